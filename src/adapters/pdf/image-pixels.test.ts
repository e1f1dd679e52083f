import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { before, describe, test } from 'node:test';
import { PDFDocument, type PDFRawStream } from 'pdf-lib';
import { imageXObjectToRgba } from './image-pixels.ts';

let doc: PDFDocument;
before(async () => {
  doc = await PDFDocument.create();
});

/** pdf-lib's dictionary literal type (not exported by name). */
type Literal = NonNullable<Parameters<PDFDocument['context']['stream']>[1]>;

/** A stream object as another writer would put it in a PDF. */
function stream(contents: Uint8Array, dict: Literal): PDFRawStream {
  return doc.context.stream(contents, { Type: 'XObject', Subtype: 'Image', BitsPerComponent: 8, ...dict });
}

/** 4 × 3 RGB test pixels with distinct values, so every predictor has something to do. */
const W = 4;
const H = 3;
const RGB = Uint8Array.from({ length: W * H * 3 }, (_, i) => (i * 29 + 7) & 0xff);

/** PNG-predicts `pixels` row by row with the given filter types (bpp 3), as a PNG encoder would. */
function pngPredict(pixels: Uint8Array, types: number[], rowBytes: number, bpp: number): Uint8Array {
  const out = new Uint8Array(types.length * (rowBytes + 1));
  types.forEach((type, y) => {
    out[y * (rowBytes + 1)] = type;
    for (let i = 0; i < rowBytes; i++) {
      const at = y * rowBytes + i;
      const left = i >= bpp ? pixels[at - bpp]! : 0;
      const up = y > 0 ? pixels[at - rowBytes]! : 0;
      const upLeft = y > 0 && i >= bpp ? pixels[at - rowBytes - bpp]! : 0;
      const p = left + up - upLeft;
      const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
      const paeth = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      const pred = [0, left, up, (left + up) >> 1, paeth][type]!;
      out[y * (rowBytes + 1) + 1 + i] = (pixels[at]! - pred) & 0xff;
    }
  });
  return out;
}

/** The expected RGBA of RGB with a constant alpha. */
function rgba(rgb: Uint8Array, alpha: (i: number) => number = () => 255): Uint8Array {
  const out = new Uint8Array((rgb.length / 3) * 4);
  for (let i = 0; i < rgb.length / 3; i++) {
    out.set(rgb.subarray(i * 3, i * 3 + 3), i * 4);
    out[i * 4 + 3] = alpha(i);
  }
  return out;
}

describe('imageXObjectToRgba', () => {
  test('Flate RGB with the PNG Up predictor', () => {
    const image = stream(deflateSync(pngPredict(RGB, [2, 2, 2], W * 3, 3)), {
      Width: W,
      Height: H,
      ColorSpace: 'DeviceRGB',
      Filter: 'FlateDecode',
      DecodeParms: { Predictor: 12, Colors: 3, BitsPerComponent: 8, Columns: W },
    });
    assert.deepEqual(imageXObjectToRgba(doc, image), { data: rgba(RGB), width: W, height: H });
  });

  test('Sub, Average and Paeth rows mixed in one image (Predictor 15), and TIFF predictor 2', () => {
    const png = stream(deflateSync(pngPredict(RGB, [1, 3, 4], W * 3, 3)), {
      Width: W,
      Height: H,
      ColorSpace: 'DeviceRGB',
      Filter: ['FlateDecode'],
      DecodeParms: [{ Predictor: 15, Colors: 3, Columns: W }],
    });
    assert.deepEqual(imageXObjectToRgba(doc, png)?.data, rgba(RGB));

    const tiff = new Uint8Array(RGB);
    for (let y = 0; y < H; y++) {
      for (let i = W * 3 - 1; i >= 3; i--)
        tiff[y * W * 3 + i] = (RGB[y * W * 3 + i]! - RGB[y * W * 3 + i - 3]!) & 0xff;
    }
    const t = stream(deflateSync(tiff), {
      Width: W,
      Height: H,
      ColorSpace: 'DeviceRGB',
      Filter: 'FlateDecode',
      DecodeParms: { Predictor: 2, Colors: 3, Columns: W },
    });
    assert.deepEqual(imageXObjectToRgba(doc, t)?.data, rgba(RGB));
  });

  test('DeviceGray with an /SMask (by reference), and an inverted /Decode on the mask', () => {
    const grey = Uint8Array.from({ length: W * H }, (_, i) => i * 20);
    const alpha = Uint8Array.from({ length: W * H }, (_, i) => 255 - i * 10);
    const maskDict = { Width: W, Height: H, ColorSpace: 'DeviceGray', Filter: 'FlateDecode' };
    const mask = doc.context.register(stream(deflateSync(alpha), maskDict));
    const image = stream(deflateSync(grey), {
      Width: W,
      Height: H,
      ColorSpace: 'DeviceGray',
      Filter: 'FlateDecode',
      SMask: mask,
    });
    const expected = new Uint8Array(W * H * 4);
    for (let i = 0; i < W * H; i++) expected.set([grey[i]!, grey[i]!, grey[i]!, alpha[i]!], i * 4);
    assert.deepEqual(imageXObjectToRgba(doc, image)?.data, expected);

    const inverted = doc.context.register(stream(deflateSync(alpha), { ...maskDict, Decode: [1, 0] }));
    const image2 = stream(deflateSync(grey), { ...maskDict, SMask: inverted });
    const out = imageXObjectToRgba(doc, image2);
    assert.ok(out);
    for (let i = 0; i < W * H; i++) assert.equal(out.data[i * 4 + 3], 255 - alpha[i]!);
  });

  test('unfiltered samples are accepted', () => {
    const image = stream(RGB, { Width: W, Height: H, ColorSpace: 'DeviceRGB' });
    assert.deepEqual(imageXObjectToRgba(doc, image)?.data, rgba(RGB));
  });

  test('undefined for DCT, 16-bit, indexed, a /Decode array, a /Matte mask or a mismatched predictor', () => {
    const base = { Width: W, Height: H, ColorSpace: 'DeviceRGB', Filter: 'FlateDecode' };
    const flate = deflateSync(RGB);
    assert.ok(imageXObjectToRgba(doc, stream(flate, base)), 'the base case decodes');
    const jpeg = Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0, 0x10);
    assert.equal(imageXObjectToRgba(doc, stream(jpeg, { ...base, Filter: 'DCTDecode' })), undefined);
    assert.equal(imageXObjectToRgba(doc, stream(flate, { ...base, BitsPerComponent: 16 })), undefined);
    const indexed = ['Indexed', 'DeviceRGB', 1, '<000000ffffff>'];
    assert.equal(imageXObjectToRgba(doc, stream(flate, { ...base, ColorSpace: indexed })), undefined);
    assert.equal(imageXObjectToRgba(doc, stream(flate, { ...base, Decode: [1, 0, 1, 0, 1, 0] })), undefined);
    assert.equal(
      imageXObjectToRgba(doc, stream(flate, { ...base, Filter: ['ASCII85Decode', 'FlateDecode'] })),
      undefined,
    );
    const predicted = deflateSync(pngPredict(RGB, [0, 0, 0], W * 3, 3));
    const parms = { Predictor: 12, Colors: 3, Columns: W + 1 };
    assert.equal(imageXObjectToRgba(doc, stream(predicted, { ...base, DecodeParms: parms })), undefined);
    const matte = doc.context.register(
      stream(deflateSync(new Uint8Array(W * H)), { ...base, ColorSpace: 'DeviceGray', Matte: [0, 0, 0] }),
    );
    assert.equal(imageXObjectToRgba(doc, stream(flate, { ...base, SMask: matte })), undefined);
  });

  test('undefined when the inflated length does not match, or the image is too large', () => {
    const base = { Width: W, Height: H, ColorSpace: 'DeviceRGB', Filter: 'FlateDecode' };
    assert.equal(imageXObjectToRgba(doc, stream(deflateSync(RGB.subarray(1)), base)), undefined, 'short');
    const long = new Uint8Array(RGB.length + 1);
    assert.equal(imageXObjectToRgba(doc, stream(deflateSync(long), base)), undefined, 'long');
    assert.equal(imageXObjectToRgba(doc, stream(Uint8Array.of(1, 2, 3), base)), undefined, 'not zlib');
    // A 10 × 10 image whose stream inflates to 64 MB: refused without inflating it all.
    const bomb = deflateSync(new Uint8Array(64 * 1024 * 1024));
    const started = performance.now();
    assert.equal(imageXObjectToRgba(doc, stream(bomb, { ...base, Width: 10, Height: 10 })), undefined);
    assert.ok(performance.now() - started < 50, 'stops early');
    const huge = { ...base, Width: 5000, Height: 4000 };
    assert.equal(imageXObjectToRgba(doc, stream(deflateSync(new Uint8Array(10)), huge)), undefined);
  });
});
