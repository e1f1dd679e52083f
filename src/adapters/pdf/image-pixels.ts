/**
 * Reads the pixels of an image XObject back out of a PDF, byte for byte, so the watermark of a signature
 * image (../images/watermark.ts) can be checked on the PDF itself rather than on a PNG kept elsewhere.
 *
 * Only the lossless layouts that our writers and common tools produce are decoded: 8-bit DeviceRGB or
 * DeviceGray samples (ICCBased with 1 or 3 components counts as the same samples), unfiltered or
 * /FlateDecode, optionally with a TIFF (2) or PNG (10–15) predictor, plus an optional 8-bit DeviceGray
 * /SMask of the same size. pdf-lib's embedPng and our embedRawImage write RGB + /SMask with plain Flate;
 * other tools often add PNG predictors. Anything else (DCT, JPX, 1/16-bit, indexed, /Decode arrays, colour
 * key masks, /Matte) gives undefined: its pixels cannot carry an intact watermark or we would have to guess.
 *
 * Sizes are checked before inflating and the inflate is capped at the expected length, so a small stream
 * cannot expand into gigabytes.
 */
import { inflateSync, constants as zlibConstants } from 'node:zlib';
import {
  PDFArray,
  PDFBool,
  PDFDict,
  type PDFDocument,
  PDFName,
  PDFNull,
  PDFNumber,
  type PDFObject,
  PDFRawStream,
} from 'pdf-lib';
import type { RgbaImage } from '../images/watermark.ts';

/** Larger images are refused (4000 × 4000; signatures are at most 600 × 240). */
const MAX_PIXELS = 16_000_000;

const name = (n: string): PDFName => PDFName.of(n);

/** The value under `key`, with indirect references resolved. */
function get(doc: PDFDocument, dict: PDFDict, key: string): PDFObject | undefined {
  const value = dict.get(name(key));
  return value === undefined ? undefined : doc.context.lookup(value);
}

/** A non-negative integer under `key`, `fallback` when absent, undefined when present but not one. */
function int(doc: PDFDocument, dict: PDFDict, key: string, fallback?: number): number | undefined {
  const value = get(doc, dict, key);
  if (value === undefined) return fallback;
  if (!(value instanceof PDFNumber)) return undefined;
  const n = value.asNumber();
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

/**
 * A one-element array stands for its element (e.g. /Filter [/FlateDecode]); an empty one for nothing.
 * Longer arrays (filter chains) give null, meaning "refuse".
 */
function single(doc: PDFDocument, value: PDFObject | undefined): PDFObject | undefined | null {
  if (!(value instanceof PDFArray)) return value;
  if (value.size() === 0) return undefined;
  if (value.size() > 1) return null;
  return doc.context.lookup(value.get(0));
}

/** Number of colour components for the spaces we decode, or undefined. */
function components(doc: PDFDocument, space: PDFObject | undefined): 1 | 3 | undefined {
  if (space === name('DeviceGray')) return 1;
  if (space === name('DeviceRGB')) return 3;
  // [/ICCBased stream]: the samples are the same bytes, only their colorimetry is described.
  if (space instanceof PDFArray && space.size() === 2 && space.get(0) === name('ICCBased')) {
    const profile = doc.context.lookup(space.get(1));
    if (!(profile instanceof PDFRawStream)) return undefined;
    const n = int(doc, profile.dict, 'N');
    return n === 1 || n === 3 ? n : undefined;
  }
  return undefined;
}

/** Classifies /Decode: absent or [0 1 …] is identity, [1 0] on one component is inverted, the rest unknown. */
function decodeArray(doc: PDFDocument, dict: PDFDict, n: number): 'identity' | 'inverted' | undefined {
  const value = get(doc, dict, 'Decode');
  if (value === undefined) return 'identity';
  if (!(value instanceof PDFArray) || value.size() !== 2 * n) return undefined;
  const nums: number[] = [];
  for (let i = 0; i < value.size(); i++) {
    const v = doc.context.lookup(value.get(i));
    if (!(v instanceof PDFNumber)) return undefined;
    nums.push(v.asNumber());
  }
  if (nums.every((v, i) => v === i % 2)) return 'identity';
  if (n === 1 && nums[0] === 1 && nums[1] === 0) return 'inverted';
  return undefined;
}

/** Paeth predictor of the PNG specification. */
function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

/**
 * Undoes PNG row prediction in `src` (each row: one filter-type byte, then `rowBytes` bytes), with `bpp`
 * bytes per pixel. Returns undefined for an unknown filter type.
 */
function unpredictPng(src: Uint8Array, rows: number, rowBytes: number, bpp: number): Uint8Array | undefined {
  const out = new Uint8Array(rows * rowBytes);
  for (let y = 0; y < rows; y++) {
    const type = src[y * (rowBytes + 1)]!;
    const inRow = y * (rowBytes + 1) + 1;
    const row = y * rowBytes;
    const prev = row - rowBytes; // only read when y > 0
    for (let i = 0; i < rowBytes; i++) {
      const raw = src[inRow + i]!;
      const left = i >= bpp ? out[row + i - bpp]! : 0;
      const up = y > 0 ? out[prev + i]! : 0;
      const upLeft = y > 0 && i >= bpp ? out[prev + i - bpp]! : 0;
      let v: number;
      if (type === 0) v = raw;
      else if (type === 1) v = raw + left;
      else if (type === 2) v = raw + up;
      else if (type === 3) v = raw + ((left + up) >> 1);
      else if (type === 4) v = raw + paeth(left, up, upLeft);
      else return undefined;
      out[row + i] = v & 0xff;
    }
  }
  return out;
}

/** Undoes TIFF predictor 2 for 8-bit samples: each byte was stored as the difference to the pixel on its left. */
function unpredictTiff(data: Uint8Array, rows: number, rowBytes: number, bpp: number): Uint8Array {
  const out = new Uint8Array(data);
  for (let y = 0; y < rows; y++) {
    const row = y * rowBytes;
    for (let i = bpp; i < rowBytes; i++) out[row + i] = (out[row + i]! + out[row + i - bpp]!) & 0xff;
  }
  return out;
}

/**
 * The 8-bit samples of an image stream (`n` components per pixel, `width` × `height`), unfiltered and
 * unpredicted, or undefined when the filter, predictor or length is not what we accept.
 */
function samples(
  doc: PDFDocument,
  stream: PDFRawStream,
  width: number,
  height: number,
  n: number,
): Uint8Array | undefined {
  const { dict } = stream;
  const filter = single(doc, get(doc, dict, 'Filter'));
  const parms = single(doc, get(doc, dict, 'DecodeParms'));
  if (filter === null || parms === null) return undefined;
  const rowBytes = width * n;
  const expected = rowBytes * height;

  if (filter === undefined) {
    if (parms !== undefined && parms !== PDFNull) return undefined;
    return stream.contents.length === expected ? stream.contents : undefined;
  }
  if (filter !== name('FlateDecode')) return undefined;

  let predictor = 1;
  if (parms instanceof PDFDict) {
    const pred = int(doc, parms, 'Predictor', 1);
    if (pred === undefined) return undefined;
    predictor = pred;
    if (predictor !== 1) {
      // The predictor's own idea of the row layout must match the image's.
      const colors = int(doc, parms, 'Colors', 1);
      const bits = int(doc, parms, 'BitsPerComponent', 8);
      const columns = int(doc, parms, 'Columns', 1);
      if (colors !== n || bits !== 8 || columns !== width) return undefined;
    }
  } else if (parms !== undefined && parms !== PDFNull) {
    return undefined;
  }
  const png = predictor >= 10 && predictor <= 15;
  if (!png && predictor !== 1 && predictor !== 2) return undefined;

  const inflatedLength = png ? (rowBytes + 1) * height : expected;
  let inflated: Buffer;
  try {
    // Cap the output one byte past what we expect: longer data is refused below, and a bomb stops early.
    // SYNC_FLUSH tolerates a missing end-of-stream marker, which some writers omit; length is checked anyway.
    inflated = inflateSync(stream.contents, {
      maxOutputLength: inflatedLength + 1,
      finishFlush: zlibConstants.Z_SYNC_FLUSH,
    });
  } catch {
    return undefined;
  }
  if (inflated.length !== inflatedLength) return undefined;
  const data = new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.length);
  if (png) return unpredictPng(data, height, rowBytes, n);
  if (predictor === 2) return unpredictTiff(data, height, rowBytes, n);
  return data;
}

/** The alpha channel from /SMask: same size, 8-bit DeviceGray, no /Matte; undefined when unusable. */
function softMask(doc: PDFDocument, mask: PDFObject, width: number, height: number): Uint8Array | undefined {
  if (!(mask instanceof PDFRawStream)) return undefined;
  const { dict } = mask;
  if (int(doc, dict, 'Width') !== width || int(doc, dict, 'Height') !== height) return undefined;
  if (int(doc, dict, 'BitsPerComponent') !== 8) return undefined;
  if (components(doc, get(doc, dict, 'ColorSpace')) !== 1) return undefined;
  // /Matte means the colour was pre-multiplied with a background: the RGB would not be the original bytes.
  if (get(doc, dict, 'Matte') !== undefined) return undefined;
  const decode = decodeArray(doc, dict, 1);
  if (decode === undefined) return undefined;
  const alpha = samples(doc, mask, width, height, 1);
  if (!alpha || decode === 'identity') return alpha;
  return alpha.map((a) => 255 - a);
}

/**
 * Decodes an image XObject (8-bit DeviceRGB or DeviceGray, /FlateDecode, optionally with /DecodeParms PNG
 * predictors, and an optional /SMask 8-bit DeviceGray) back to RGBA. Returns undefined for anything else
 * (DCT, 16-bit, indexed, etc.).
 */
export function imageXObjectToRgba(doc: PDFDocument, image: PDFRawStream): RgbaImage | undefined {
  const { dict } = image;
  const subtype = get(doc, dict, 'Subtype');
  if (subtype !== undefined && subtype !== name('Image')) return undefined;
  const imageMask = get(doc, dict, 'ImageMask');
  if (imageMask instanceof PDFBool && imageMask.asBoolean()) return undefined;
  // A colour-key or stencil /Mask would need reconstructing alpha from something other than an SMask.
  if (get(doc, dict, 'Mask') !== undefined) return undefined;

  const width = int(doc, dict, 'Width');
  const height = int(doc, dict, 'Height');
  if (!width || !height || width * height > MAX_PIXELS) return undefined;
  if (int(doc, dict, 'BitsPerComponent') !== 8) return undefined;
  const n = components(doc, get(doc, dict, 'ColorSpace'));
  if (n === undefined || decodeArray(doc, dict, n) !== 'identity') return undefined;

  const colour = samples(doc, image, width, height, n);
  if (!colour) return undefined;
  let alpha: Uint8Array | undefined;
  const mask = get(doc, dict, 'SMask');
  if (mask !== undefined) {
    alpha = softMask(doc, mask, width, height);
    if (!alpha) return undefined;
  }

  const pixels = width * height;
  const data = new Uint8Array(pixels * 4);
  for (let i = 0, c = 0, o = 0; i < pixels; i++, o += 4) {
    if (n === 3) {
      data[o] = colour[c++]!;
      data[o + 1] = colour[c++]!;
      data[o + 2] = colour[c++]!;
    } else {
      const g = colour[c++]!;
      data[o] = g;
      data[o + 1] = g;
      data[o + 2] = g;
    }
    data[o + 3] = alpha ? alpha[i]! : 255;
  }
  return { data, width, height };
}
