/**
 * Image XObjects written straight from sharp's decoded pixels: JPEG (DCTDecode) for photos, 1-bit Flate
 * for pure black-and-white, lossless Flate with an /SMask for real transparency. This is what pdf-lib's
 * embedPng produces for an RGBA PNG, without its pure-JS PNG decoder (tens of ms even for a signature).
 */
import { promisify } from 'node:util';
import { deflate as deflateCb } from 'node:zlib';
import type { PDFContext, PDFRef } from 'pdf-lib';
import sharp from 'sharp';

const deflate = promisify(deflateCb);

/** Decoded pixels as sharp returns them from `.raw()`: 1–4 interleaved 8-bit channels. */
export interface RawImage {
  data: Uint8Array;
  width: number;
  height: number;
  channels: number;
}

type ColourSpace = 'DeviceRGB' | 'DeviceGray';

function imageDict(width: number, height: number, space: ColourSpace, bits: 1 | 8, filter: string) {
  return {
    Type: 'XObject',
    Subtype: 'Image',
    Width: width,
    Height: height,
    ColorSpace: space,
    BitsPerComponent: bits,
    Filter: filter,
  };
}

/**
 * Registers an image XObject for raw pixels. Grey or colour comes from the channel count (1–2 grey,
 * 3–4 RGB; 2 and 4 carry alpha). An alpha channel that is fully opaque is dropped. Opaque images become
 * JPEG at `jpegQuality`, or lossless Flate when `jpegQuality` is undefined; a grey image whose pixels are
 * all pure black or white becomes 1 bit per pixel.
 */
export async function embedRawImage(ctx: PDFContext, raw: RawImage, jpegQuality?: number): Promise<PDFRef> {
  const { data, width, height, channels } = raw;
  const hasAlpha = channels === 2 || channels === 4;
  const colourChannels = hasAlpha ? channels - 1 : channels;
  const space: ColourSpace = colourChannels === 1 ? 'DeviceGray' : 'DeviceRGB';
  const pixels = width * height;
  let colour: Uint8Array = data;
  let alpha: Uint8Array | undefined;
  if (hasAlpha) {
    colour = Buffer.allocUnsafe(pixels * colourChannels);
    const a = Buffer.allocUnsafe(pixels);
    let opaque = true;
    for (let i = 0, p = 0, c = 0; i < pixels; i++) {
      for (let k = 0; k < colourChannels; k++) colour[c++] = data[p++]!;
      const v = data[p++]!;
      a[i] = v;
      if (v !== 255) opaque = false;
    }
    if (!opaque) alpha = a;
  }

  if (alpha) {
    const mask = ctx.stream(await deflate(alpha), imageDict(width, height, 'DeviceGray', 8, 'FlateDecode'));
    const dict = { ...imageDict(width, height, space, 8, 'FlateDecode'), SMask: ctx.register(mask) };
    return ctx.register(ctx.stream(await deflate(colour), dict));
  }
  const packed = colourChannels === 1 ? packBilevel(colour, width, height) : undefined;
  if (packed) {
    return ctx.register(
      ctx.stream(await deflate(packed), imageDict(width, height, 'DeviceGray', 1, 'FlateDecode')),
    );
  }
  if (jpegQuality === undefined) {
    return ctx.register(ctx.stream(await deflate(colour), imageDict(width, height, space, 8, 'FlateDecode')));
  }
  const jpeg = await sharp(colour, { raw: { width, height, channels: colourChannels as 1 | 3 } })
    .jpeg({ quality: jpegQuality })
    .toBuffer();
  return ctx.register(ctx.stream(jpeg, imageDict(width, height, space, 8, 'DCTDecode')));
}

/**
 * Packs a one-channel image into 1 bit per pixel (1 = white) if every pixel is pure black or white, as
 * fax-style and many office-scanner pages are; returns undefined otherwise.
 */
function packBilevel(data: Uint8Array, width: number, height: number): Uint8Array | undefined {
  for (let i = 0; i < data.length; i++) {
    const v = data[i];
    if (v !== 0 && v !== 255) return undefined;
  }
  const rowBytes = Math.ceil(width / 8);
  const out = new Uint8Array(rowBytes * height);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    const o = y * rowBytes;
    for (let x = 0; x < width; x++) {
      if (data[row + x] === 255) out[o + (x >> 3)]! |= 0x80 >> (x & 7);
    }
  }
  return out;
}
