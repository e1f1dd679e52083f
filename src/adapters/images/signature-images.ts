import sharp, { type OutputInfo } from 'sharp';
import type { SignatureImages } from '../../domain/letters/ports.ts';
import { AppError } from '../../domain/shared/app-error.ts';

const MAX_BYTES = 1024 * 1024;
const MAX_INPUT_PIXELS = 4000 * 4000;

/** PNG/JPEG magic bytes: only these are decoded at all. */
function isPngOrJpeg(bytes: Uint8Array): boolean {
  const png = bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  return png || jpeg;
}

/**
 * Signature images with sharp: PNG or JPEG in, a PNG with alpha out, at most 592 × 240 pixels (enough for a
 * 3 cm wide signature at 500 dpi), the paper of a photo or scan made transparent. Sniffs the bytes, refuses
 * decompression bombs, strips metadata.
 */
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
    let raw: { data: Buffer; info: OutputInfo };
    try {
      raw = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS })
        // 592 × 240: the watermark pads to 16-pixel blocks, so the stored image stays within 600 × 240.
        .resize({ width: 592, height: 240, fit: 'inside', withoutEnlargement: true })
        .ensureAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
    } catch {
      throw new AppError('SIGNATURE_IMAGE_INVALID');
    }
    const { width, height } = raw.info;
    clearBackground(raw.data, width, height);
    const out = await sharp(raw.data, { raw: { width, height, channels: 4 } })
      .png()
      .toBuffer();
    return new Uint8Array(out);
  },
};

const luminance = (px: Buffer, i: number) => 0.299 * px[i]! + 0.587 * px[i + 1]! + 0.114 * px[i + 2]!;

/**
 * Makes the paper of a photographed or scanned signature transparent, in place (RGBA): the paper's
 * brightness is the median of the opaque border pixels; pixels near it become transparent, ink stays
 * opaque, and the edge between fades so strokes keep their smooth outline. An image whose border is already
 * transparent, or dark (light ink on a dark ground), is left as it is.
 */
export function clearBackground(px: Buffer, width: number, height: number): void {
  const border: number[] = [];
  const at = (x: number, y: number) => (y * width + x) * 4;
  for (let x = 0; x < width; x++) for (const y of [0, height - 1]) border.push(at(x, y));
  for (let y = 1; y < height - 1; y++) for (const x of [0, width - 1]) border.push(at(x, y));
  const opaque = border.filter((i) => px[i + 3]! > 200).map((i) => luminance(px, i));
  if (opaque.length < border.length / 2) return;
  opaque.sort((a, b) => a - b);
  const paper = opaque[Math.floor(opaque.length / 2)]!;
  if (paper < 150) return;
  const clear = paper - 18; // at least this bright: paper
  const ink = Math.max(0, paper - 90); // at most this bright: ink
  for (let i = 0; i < px.length; i += 4) {
    const l = luminance(px, i);
    if (l >= clear) px[i + 3] = 0;
    else if (l > ink) px[i + 3] = Math.round((px[i + 3]! * (clear - l)) / (clear - ink));
  }
}
