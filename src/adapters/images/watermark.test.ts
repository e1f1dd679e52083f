import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import sharp from 'sharp';
import { embedRawImage } from '../pdf/images.ts';
import { imageXObjectToRgba } from '../pdf/image-pixels.ts';
import {
  embedWatermark,
  embedWatermarkRgba,
  type RgbaImage,
  verifyWatermark,
  verifyWatermarkRgba,
} from './watermark.ts';

const KEY = new Uint8Array(32).map((_, i) => (i * 37 + 11) & 0xff);
const OTHER_KEY = new Uint8Array(32).map((_, i) => (i * 53 + 7) & 0xff);
const BINDING = 'letter:01JC6Z8Q5V3W ที่ ศธ ๐๔๐๑/๑๒๓';

/** A 300 × 100 "signature": one anti-aliased ink stroke on a transparent background. */
async function signaturePng(): Promise<Uint8Array> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100">
    <path d="M12 70 C 50 5, 80 95, 120 40 S 190 85, 230 30 S 270 60, 290 45" stroke="#1a237e"
      stroke-width="4" fill="none" stroke-linecap="round"/></svg>`;
  return new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer());
}

async function decode(png: Uint8Array): Promise<RgbaImage> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data), width: info.width, height: info.height };
}

/** The image on a transparent canvas of `width` × `height` (top-left aligned), as the marker pads it. */
function padded(img: RgbaImage, width: number, height: number): RgbaImage {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < img.height; y++) {
    data.set(img.data.subarray(y * img.width * 4, (y + 1) * img.width * 4), y * width * 4);
  }
  return { data, width, height };
}

let original: RgbaImage;
let markedPng: Uint8Array;
let marked: RgbaImage;
before(async () => {
  const png = await signaturePng();
  original = await decode(png);
  markedPng = await embedWatermark(png, KEY, BINDING);
  marked = await decode(markedPng);
});

describe('embedWatermark / verifyWatermark', () => {
  test('clean round trip: found and valid, canvas padded to whole 16 × 16 blocks', async () => {
    assert.equal(original.width, 300);
    assert.equal(original.height, 100);
    const meta = await sharp(markedPng).metadata();
    assert.equal(meta.format, 'png');
    assert.equal(meta.width, 304);
    assert.equal(meta.height, 112);
    assert.equal(meta.channels, 4);
    const check = await verifyWatermark(markedPng, KEY, BINDING);
    assert.deepEqual(check, { found: true, valid: true, totalBlocks: 19 * 7, badBlocks: [] });
  });

  test('wrong key, wrong binding or an unmarked image: not found', async () => {
    const wrongKey = await verifyWatermark(markedPng, OTHER_KEY, BINDING);
    assert.equal(wrongKey.found, false);
    assert.equal(wrongKey.badBlocks.length, wrongKey.totalBlocks, 'every block fails');
    const wrongBinding = await verifyWatermark(markedPng, KEY, `${BINDING}x`);
    assert.equal(wrongBinding.found, false);
    assert.equal(wrongBinding.valid, false);

    const unmarked = verifyWatermarkRgba(padded(original, 304, 112), KEY, BINDING);
    assert.equal(unmarked.found, false);
    assert.equal(unmarked.valid, false);
    assert.equal(unmarked.totalBlocks, 133);
    // A size that is not a multiple of 16 cannot come from the marker.
    assert.deepEqual(verifyWatermarkRgba(original, KEY, BINDING), {
      found: false,
      valid: false,
      totalBlocks: 0,
      badBlocks: [],
    });
  });

  test('the PNG is lossless: decoding gives the marked RGBA back, including RGB under alpha 0', async () => {
    // Random RGB everywhere and alpha 0 on two pixels out of three: a premultiplying or "cleaning" encoder
    // would zero those RGB bytes and break the mark.
    const width = 40;
    const height = 24;
    const raw = new Uint8Array(width * height * 4);
    let seed = 12345;
    for (let i = 0; i < raw.length; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      raw[i] = seed >>> 24;
    }
    for (let p = 0; p < width * height; p++) if (p % 3 !== 0) raw[p * 4 + 3] = 0;
    const input = await sharp(raw, { raw: { width, height, channels: 4 } })
      .png({ palette: false })
      .toBuffer();
    assert.deepEqual((await decode(input)).data, raw, 'sharp keeps RGB under alpha 0 when decoding');

    const out = await decode(await embedWatermark(input, KEY, BINDING));
    const expected = embedWatermarkRgba(padded({ data: raw, width, height }, 48, 32), KEY, BINDING);
    assert.equal(out.width, 48);
    assert.equal(out.height, 32);
    assert.ok(Buffer.from(out.data).equals(Buffer.from(expected.data)), 'byte-identical RGBA');
    assert.equal(verifyWatermarkRgba(out, KEY, BINDING).valid, true);
  });

  test('the visible change is tiny: no channel moves by more than 1, alpha never', () => {
    const before = padded(original, 304, 112);
    let changed = 0;
    for (let i = 0; i < before.data.length; i++) {
      const d = Math.abs(marked.data[i]! - before.data[i]!);
      if (i % 4 === 3) assert.equal(d, 0, `alpha at byte ${i}`);
      else assert.ok(d <= 1, `byte ${i} changed by ${d}`);
      if (d) changed++;
    }
    // 128 tag bits per block, about half of them already right.
    assert.ok(changed > 0 && changed <= 133 * 128, `${changed} bytes changed`);
  });

  test('embedWatermarkRgba returns a new buffer and refuses sizes that are not whole blocks', () => {
    const img = padded(original, 304, 112);
    const copy = new Uint8Array(img.data);
    const out = embedWatermarkRgba(img, KEY, BINDING);
    assert.notEqual(out.data, img.data);
    assert.deepEqual(img.data, copy, 'input untouched');
    assert.throws(() => embedWatermarkRgba(original, KEY, BINDING), RangeError);
    assert.throws(() =>
      verifyWatermarkRgba({ data: new Uint8Array(10), width: 16, height: 16 }, KEY, BINDING),
    );
  });

  test('one visible pixel changed: found, not valid, exactly that block flagged', () => {
    // The first fully opaque pixel in raster order below row 40, i.e. somewhere on the stroke.
    let at = -1;
    for (let p = 40 * marked.width; p < marked.width * marked.height; p++) {
      if (marked.data[p * 4 + 3] === 255) {
        at = p;
        break;
      }
    }
    assert.ok(at >= 0);
    const x = at % marked.width;
    const y = Math.floor(at / marked.width);
    const tampered = new Uint8Array(marked.data);
    const r = tampered[at * 4]!;
    tampered[at * 4] = r > 250 ? r - 3 : r + 3;
    const check = verifyWatermarkRgba({ ...marked, data: tampered }, KEY, BINDING);
    assert.equal(check.found, true);
    assert.equal(check.valid, false);
    assert.deepEqual(check.badBlocks, [[x - (x % 16), y - (y % 16)]]);

    // Alpha is not a carrier but it is covered: making an invisible pixel visible is caught too.
    const alphaEdit = new Uint8Array(marked.data);
    alphaEdit[3] = 255;
    assert.deepEqual(verifyWatermarkRgba({ ...marked, data: alphaEdit }, KEY, BINDING).badBlocks, [[0, 0]]);
  });

  test('a JPEG re-encode destroys the mark', async () => {
    const jpeg = await sharp(markedPng).flatten({ background: '#ffffff' }).jpeg({ quality: 95 }).toBuffer();
    const check = await verifyWatermark(jpeg, KEY, BINDING);
    assert.equal(check.totalBlocks, 133, 'same size, so every block is checked');
    assert.equal(check.valid, false);
    assert.equal(check.found, false);
  });
});

describe('watermark inside a PDF', () => {
  /** The image XObjects named in the first page's /Resources /XObject. */
  function pageImages(doc: PDFDocument): PDFRawStream[] {
    const xobjects = doc.getPage(0).node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict);
    const out: PDFRawStream[] = [];
    for (const [, ref] of xobjects?.entries() ?? []) {
      const obj = doc.context.lookup(ref);
      if (obj instanceof PDFRawStream && obj.dict.get(PDFName.of('Subtype')) === PDFName.of('Image')) {
        out.push(obj);
      }
    }
    return out;
  }

  async function reload(doc: PDFDocument): Promise<{ bytes: Uint8Array; doc: PDFDocument }> {
    const bytes = await doc.save();
    return { bytes, doc: await PDFDocument.load(bytes) };
  }

  test('pdf-lib embedPng → save → load → decode the XObject: valid, byte-identical', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([595, 842]);
    const image = await doc.embedPng(markedPng);
    page.drawImage(image, { x: 100, y: 100, width: 152, height: 56 });
    const loaded = (await reload(doc)).doc;
    const images = pageImages(loaded);
    assert.equal(images.length, 1);
    const rgba = imageXObjectToRgba(loaded, images[0]!);
    assert.ok(rgba);
    assert.equal(rgba.width, 304);
    assert.ok(Buffer.from(rgba.data).equals(Buffer.from(marked.data)));
    assert.deepEqual(verifyWatermarkRgba(rgba, KEY, BINDING), {
      found: true,
      valid: true,
      totalBlocks: 133,
      badBlocks: [],
    });
    assert.equal(verifyWatermarkRgba(rgba, OTHER_KEY, BINDING).found, false);
  });

  test('our own embedRawImage (Flate + /SMask) keeps the mark too', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([595, 842]);
    const ref = await embedRawImage(doc.context, { ...marked, channels: 4 });
    page.node.setXObject(PDFName.of('Im1'), ref);
    const loaded = (await reload(doc)).doc;
    const rgba = imageXObjectToRgba(loaded, pageImages(loaded)[0]!);
    assert.ok(rgba);
    assert.equal(verifyWatermarkRgba(rgba, KEY, BINDING).valid, true);
  });

  const pdfimages = (() => {
    try {
      execFileSync('pdfimages', ['-v'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

  test('pdfimages -png extraction, RGB and SMask re-joined: valid', {
    skip: !pdfimages && 'no pdfimages',
  }, async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([595, 842]);
    page.drawImage(await doc.embedPng(markedPng), { x: 100, y: 100, width: 152, height: 56 });
    const { bytes } = await reload(doc);
    const dir = mkdtempSync(path.join(tmpdir(), 'wm-pdfimages-'));
    try {
      const pdf = path.join(dir, 'in.pdf');
      writeFileSync(pdf, bytes);
      execFileSync('pdfimages', ['-png', pdf, path.join(dir, 'img')]);
      // pdfimages writes the image, then its soft mask, in object order: img-000.png (RGB), img-001.png (alpha).
      const files = readdirSync(dir)
        .filter((f) => f.endsWith('.png'))
        .sort();
      assert.equal(files.length, 2);
      const rgb = await sharp(readFileSync(path.join(dir, files[0]!)))
        .raw()
        .toBuffer({ resolveWithObject: true });
      const alpha = await sharp(readFileSync(path.join(dir, files[1]!)))
        .extractChannel(0)
        .raw()
        .toBuffer({ resolveWithObject: true });
      assert.equal(rgb.info.channels, 3);
      const { width, height } = rgb.info;
      const data = new Uint8Array(width * height * 4);
      for (let p = 0; p < width * height; p++) {
        data.set(rgb.data.subarray(p * 3, p * 3 + 3), p * 4);
        data[p * 4 + 3] = alpha.data[p]!;
      }
      assert.deepEqual(verifyWatermarkRgba({ data, width, height }, KEY, BINDING), {
        found: true,
        valid: true,
        totalBlocks: 133,
        badBlocks: [],
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
