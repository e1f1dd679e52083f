import sharp from 'sharp';
import type { SignatureImages } from '../../domain/letters/ports.ts';
import { AppError } from '../../domain/shared/app-error.ts';

const MAX_BYTES = 1024 * 1024;
const MAX_INPUT_PIXELS = 4000 * 4000;

/**
 * Signature images with sharp: PNG or JPEG in, a PNG with alpha out, at most 600 × 240 pixels (enough for a
 * 3 cm wide signature at 500 dpi). Sniffs the bytes, refuses decompression bombs, strips metadata.
 */
/** PNG/JPEG magic bytes: only these are decoded at all. */
function isPngOrJpeg(bytes: Uint8Array): boolean {
  const png = bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  return png || jpeg;
}

export const sharpSignatureImages: SignatureImages = {
  async normalizeEmblem(bytes) {
    if (bytes.byteLength === 0 || bytes.byteLength > 2 * MAX_BYTES || !isPngOrJpeg(bytes)) {
      throw new AppError('EMBLEM_INVALID');
    }
    try {
      const out = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS })
        .resize({ width: 1000, height: 1000, fit: 'inside', withoutEnlargement: true })
        .ensureAlpha()
        .png()
        .toBuffer();
      return new Uint8Array(out);
    } catch {
      throw new AppError('EMBLEM_INVALID');
    }
  },

  async normalize(bytes) {
    if (bytes.byteLength === 0 || bytes.byteLength > MAX_BYTES || !isPngOrJpeg(bytes)) {
      throw new AppError('SIGNATURE_IMAGE_INVALID');
    }
    try {
      const out = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS })
        // 592 × 240: the watermark pads to 16-pixel blocks, so the stored image stays within 600 × 240.
        .resize({ width: 592, height: 240, fit: 'inside', withoutEnlargement: true })
        .ensureAlpha()
        .png()
        .toBuffer();
      return new Uint8Array(out);
    } catch {
      throw new AppError('SIGNATURE_IMAGE_INVALID');
    }
  },
};
