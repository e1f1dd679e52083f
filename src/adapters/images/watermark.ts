/**
 * Invisible, keyed, fragile watermark for signature and endorsement images (design: interop-signature §6.2).
 *
 * The image is cut into 16×16 blocks. Each block carries, in the least-significant bits of its R, G and B
 * bytes, a 128-bit HMAC tag over the block's own pixels (LSBs cleared), the image size, the block position
 * and a caller-chosen `binding` (e.g. the letter id). So a mark proves "this exact image was issued by us
 * for this binding", and a mismatch names the tampered blocks.
 *
 * It is fragile by design: any resize, re-compression or colour conversion breaks it, so it must be checked
 * on the exact PNG or on the lossless image stream extracted from the PDF (see ../pdf/image-pixels.ts).
 * It is not a proof of authorship on its own: anyone holding the key can forge marks, and LSB-only
 * changes in the 640 slots of a block that carry no tag bits go unnoticed (they are invisible anyway).
 *
 * Tag of the block whose top-left pixel is (bx, by):
 *   first 16 bytes of HMAC-SHA256(key, "SRBWM1" ‖ utf8(binding) ‖ 0x00 ‖ u32be(width) ‖ u32be(height) ‖
 *   u32be(bx) ‖ u32be(by) ‖ the block's RGBA bytes, row by row, with every R, G, B LSB cleared)
 * Bit i of the tag (most significant bit of byte 0 first) goes into the i-th R/G/B byte of the block,
 * counted pixel by pixel in row-major order (R, G, B of each pixel; alpha skipped), so 128 of the 768
 * available slots are used. Alpha is never changed, but it is covered by the tag.
 *
 * sharp (libvips 8.18) keeps the RGB of fully transparent pixels on PNG encode and decode as long as no
 * resampling happens (checked by a test), so transparent padding and background can carry tag bits.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import sharp from 'sharp';

/** Decoded pixels: 4 bytes (R, G, B, A) per pixel, row-major, no row padding. */
export interface RgbaImage {
  data: Uint8Array;
  width: number;
  height: number;
}

export interface WatermarkCheck {
  /** true when most blocks carry a valid tag for this key and binding (i.e. the image was marked by us for this binding) */
  found: boolean;
  /** true when every block's tag is valid */
  valid: boolean;
  totalBlocks: number;
  /** top-left pixel coordinates [x, y] of blocks whose tag does not match */
  badBlocks: [number, number][];
}

const BLOCK = 16;
const TAG_BYTES = 16;
const TAG_BITS = TAG_BYTES * 8;
const MAGIC = Buffer.from('SRBWM1', 'latin1');
const BLOCK_ROW_BYTES = BLOCK * 4;
/** Refuse to decode larger PNGs: signatures are at most 600 × 240, this leaves ample room. */
const MAX_INPUT_PIXELS = 16_000_000;

/** The per-image part of the HMAC message: magic, binding, separator, width, height. */
function messagePrefix(binding: string, width: number, height: number): Buffer {
  const size = Buffer.alloc(8);
  size.writeUInt32BE(width, 0);
  size.writeUInt32BE(height, 4);
  return Buffer.concat([MAGIC, Buffer.from(binding, 'utf8'), Buffer.of(0), size]);
}

/**
 * Computes the tag of one block. `scratch` (BLOCK*BLOCK*4 bytes) receives the block's pixels with the RGB
 * LSBs cleared; it is reused across blocks to avoid an allocation per block.
 */
function blockTag(
  img: RgbaImage,
  key: Uint8Array,
  prefix: Buffer,
  bx: number,
  by: number,
  scratch: Buffer,
): Buffer {
  const { data, width } = img;
  for (let row = 0; row < BLOCK; row++) {
    const src = ((by + row) * width + bx) * 4;
    const dst = row * BLOCK_ROW_BYTES;
    for (let k = 0; k < BLOCK_ROW_BYTES; k += 4) {
      scratch[dst + k] = data[src + k]! & 0xfe;
      scratch[dst + k + 1] = data[src + k + 1]! & 0xfe;
      scratch[dst + k + 2] = data[src + k + 2]! & 0xfe;
      scratch[dst + k + 3] = data[src + k + 3]!;
    }
  }
  const position = Buffer.alloc(8);
  position.writeUInt32BE(bx, 0);
  position.writeUInt32BE(by, 4);
  return createHmac('sha256', key)
    .update(prefix)
    .update(position)
    .update(scratch)
    .digest()
    .subarray(0, TAG_BYTES);
}

/** Byte offset in `data` of the i-th R/G/B slot of the block at (bx, by) (row-major, alpha skipped). */
function slotOffset(width: number, bx: number, by: number, i: number): number {
  const pixel = Math.floor(i / 3);
  const channel = i % 3;
  const x = bx + (pixel % BLOCK);
  const y = by + Math.floor(pixel / BLOCK);
  return (y * width + x) * 4 + channel;
}

function checkSize(img: RgbaImage): void {
  const { data, width, height } = img;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new RangeError(`invalid image size ${width}×${height}`);
  }
  if (data.length !== width * height * 4) {
    throw new RangeError(`expected ${width * height * 4} bytes of RGBA, got ${data.length}`);
  }
}

/** Marks raw RGBA and returns a new buffer (the input is left alone); width and height must be multiples of 16. */
export function embedWatermarkRgba(img: RgbaImage, key: Uint8Array, binding: string): RgbaImage {
  checkSize(img);
  const { width, height } = img;
  if (width % BLOCK !== 0 || height % BLOCK !== 0) {
    throw new RangeError(`width and height must be multiples of ${BLOCK}, got ${width}×${height}`);
  }
  const out = new Uint8Array(img.data);
  const marked: RgbaImage = { data: out, width, height };
  const prefix = messagePrefix(binding, width, height);
  const scratch = Buffer.alloc(BLOCK * BLOCK_ROW_BYTES);
  for (let by = 0; by < height; by += BLOCK) {
    for (let bx = 0; bx < width; bx += BLOCK) {
      // The tag ignores the LSBs, so computing it on `out` before writing the bits is the same as on the input.
      const tag = blockTag(marked, key, prefix, bx, by, scratch);
      for (let i = 0; i < TAG_BITS; i++) {
        const bit = (tag[i >> 3]! >> (7 - (i & 7))) & 1;
        const at = slotOffset(width, bx, by, i);
        out[at] = (out[at]! & 0xfe) | bit;
      }
    }
  }
  return marked;
}

/** Checks raw RGBA pixels (e.g. decoded from a PNG or extracted from a PDF). */
export function verifyWatermarkRgba(img: RgbaImage, key: Uint8Array, binding: string): WatermarkCheck {
  checkSize(img);
  const { data, width, height } = img;
  // We always pad to whole blocks when marking, so any other size was not marked by us.
  if (width % BLOCK !== 0 || height % BLOCK !== 0) {
    return { found: false, valid: false, totalBlocks: 0, badBlocks: [] };
  }
  const prefix = messagePrefix(binding, width, height);
  const scratch = Buffer.alloc(BLOCK * BLOCK_ROW_BYTES);
  const embedded = Buffer.alloc(TAG_BYTES);
  const badBlocks: [number, number][] = [];
  let totalBlocks = 0;
  for (let by = 0; by < height; by += BLOCK) {
    for (let bx = 0; bx < width; bx += BLOCK) {
      totalBlocks++;
      embedded.fill(0);
      for (let i = 0; i < TAG_BITS; i++) {
        if (data[slotOffset(width, bx, by, i)]! & 1) embedded[i >> 3]! |= 0x80 >> (i & 7);
      }
      const expected = blockTag(img, key, prefix, bx, by, scratch);
      if (!timingSafeEqual(expected, embedded)) badBlocks.push([bx, by]);
    }
  }
  const validBlocks = totalBlocks - badBlocks.length;
  return {
    found: validBlocks * 2 >= totalBlocks,
    valid: badBlocks.length === 0,
    totalBlocks,
    badBlocks,
  };
}

/** Decodes any image sharp reads into 8-bit sRGB RGBA, without resampling (which would alter the LSBs). */
async function decodeRgba(bytes: Uint8Array): Promise<RgbaImage> {
  const { data, info } = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS })
    .ensureAlpha()
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 4 || data.length !== info.width * info.height * 4) {
    throw new Error(`unexpected decoded image layout (${info.channels} channels)`);
  }
  return {
    data: new Uint8Array(data.buffer, data.byteOffset, data.length),
    width: info.width,
    height: info.height,
  };
}

/** Copies the image onto a transparent (0,0,0,0) canvas whose sides are the next multiples of 16. */
function padToBlocks(img: RgbaImage): RgbaImage {
  const width = Math.ceil(img.width / BLOCK) * BLOCK;
  const height = Math.ceil(img.height / BLOCK) * BLOCK;
  if (width === img.width && height === img.height) return img;
  const data = new Uint8Array(width * height * 4);
  const rowBytes = img.width * 4;
  for (let y = 0; y < img.height; y++) {
    data.set(img.data.subarray(y * rowBytes, (y + 1) * rowBytes), y * width * 4);
  }
  return { data, width, height };
}

/**
 * Marks a PNG (any PNG/RGBA sharp can read). Pads the canvas with transparent pixels (right and bottom) so
 * width and height are multiples of 16, then writes a 128-bit HMAC tag per 16×16 block into the RGB
 * least-significant bits of that block. Returns a lossless RGBA PNG.
 */
export async function embedWatermark(png: Uint8Array, key: Uint8Array, binding: string): Promise<Uint8Array> {
  const marked = embedWatermarkRgba(padToBlocks(await decodeRgba(png)), key, binding);
  // palette:false keeps it truecolour + alpha; PNG is lossless, so the LSBs survive byte for byte.
  const out = await sharp(marked.data, { raw: { width: marked.width, height: marked.height, channels: 4 } })
    .png({ compressionLevel: 6, palette: false })
    .toBuffer();
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

/** Decodes a PNG with sharp and checks it. */
export async function verifyWatermark(
  png: Uint8Array,
  key: Uint8Array,
  binding: string,
): Promise<WatermarkCheck> {
  return verifyWatermarkRgba(await decodeRgba(png), key, binding);
}
