/**
 * The letter's images (emblem, signature, seal): decoded once with sharp, reduced to what print needs,
 * compressed, and cached by content. An agency renders every letter with the same Garuda and a signer's
 * signature is reused across letters, so a render usually costs one hash and two stream objects per image.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { deflate as deflateCb } from 'node:zlib';
import type { PDFContext, PDFRef } from 'pdf-lib';
import sharp from 'sharp';
import { LetterRenderError } from '../../../domain/outgoing/render-port.ts';

const deflate = promisify(deflateCb);

/** Decoded and compressed pixels, ready to become an image XObject in any document. */
export interface PreparedImage {
  readonly width: number;
  readonly height: number;
  readonly grey: boolean;
  /** Deflated colour samples (1 or 3 channels). */
  readonly colour: Uint8Array;
  /** Deflated alpha channel, when the image has real transparency. */
  readonly alpha: Uint8Array | undefined;
}

/** An image registered in one document, with the size it is drawn at. */
export interface EmbeddedImage {
  readonly ref: PDFRef;
  readonly width: number;
  readonly height: number;
}

const CACHE_LIMIT = 32;
const cache = new Map<string, Promise<PreparedImage>>();

/** What the image is, for the error message. */
export type ImageRole = 'emblem' | 'seal' | 'signature';

/**
 * Decodes a PNG or JPEG and scales it to at most `maxPx` on its longer side. Anything sharp cannot
 * read, or another format, is EMBLEM_INVALID (the port's one image problem).
 */
export function prepareImage(bytes: Uint8Array, role: ImageRole, maxPx: number): Promise<PreparedImage> {
  const key = `${maxPx}:${createHash('sha256').update(bytes).digest('base64')}`;
  const hit = cache.get(key);
  if (hit) {
    // Keep recently used images at the end of the map (least recently used first out).
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const job = decode(bytes, role, maxPx);
  job.catch(() => cache.delete(key));
  if (cache.size >= CACHE_LIMIT) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(key, job);
  return job;
}

async function decode(bytes: Uint8Array, role: ImageRole, maxPx: number): Promise<PreparedImage> {
  let data: Buffer;
  let width: number;
  let height: number;
  try {
    const image = sharp(bytes, { limitInputPixels: 40_000_000, failOn: 'error' });
    const meta = await image.metadata();
    if (meta.format !== 'png' && meta.format !== 'jpeg') throw new Error(`format ${meta.format}`);
    const out = await image
      .rotate()
      .resize({ width: maxPx, height: maxPx, fit: 'inside', withoutEnlargement: true })
      .toColourspace('srgb')
      .ensureAlpha()
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    data = out.data;
    width = out.info.width;
    height = out.info.height;
    if (out.info.channels !== 4 || width < 1 || height < 1) throw new Error('unexpected pixels');
  } catch {
    throw new LetterRenderError('EMBLEM_INVALID', `The ${role} image cannot be read as PNG or JPEG.`);
  }
  const pixels = width * height;
  let grey = true;
  let opaque = true;
  for (let i = 0, p = 0; i < pixels; i++, p += 4) {
    if (grey && (data[p] !== data[p + 1] || data[p] !== data[p + 2])) grey = false;
    if (data[p + 3] !== 255) opaque = false;
    if (!grey && !opaque) break;
  }
  const colour = Buffer.allocUnsafe(pixels * (grey ? 1 : 3));
  const alpha = opaque ? undefined : Buffer.allocUnsafe(pixels);
  for (let i = 0, p = 0, c = 0; i < pixels; i++, p += 4) {
    colour[c++] = data[p]!;
    if (!grey) {
      colour[c++] = data[p + 1]!;
      colour[c++] = data[p + 2]!;
    }
    if (alpha) alpha[i] = data[p + 3]!;
  }
  const [colourZ, alphaZ] = await Promise.all([deflate(colour), alpha ? deflate(alpha) : undefined]);
  return { width, height, grey, colour: colourZ, alpha: alphaZ };
}

/** Registers the image in a document, scaled to fit a `boxW` × `boxH` box (aspect ratio kept). */
export function embedPrepared(
  ctx: PDFContext,
  img: PreparedImage,
  boxW: number,
  boxH: number,
): EmbeddedImage {
  const dict = (space: string) => ({
    Type: 'XObject',
    Subtype: 'Image',
    Width: img.width,
    Height: img.height,
    ColorSpace: space,
    BitsPerComponent: 8,
    Filter: 'FlateDecode',
  });
  const smask = img.alpha ? ctx.register(ctx.stream(img.alpha, dict('DeviceGray'))) : undefined;
  const main = { ...dict(img.grey ? 'DeviceGray' : 'DeviceRGB'), ...(smask ? { SMask: smask } : {}) };
  const ref = ctx.register(ctx.stream(img.colour, main));
  const scale = Math.min(boxW / img.width, boxH / img.height);
  return { ref, width: img.width * scale, height: img.height * scale };
}
