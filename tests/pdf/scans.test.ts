import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { createPdfEngine } from '../../src/adapters/pdf/index.ts';
import { PdfInputError, type PdfProblem } from '../../src/domain/letters/pdf-port.ts';
import { pdfPageSizes, pdfPages, qpdfCheck, render, skipWithoutTools, sourcePdf, tempDir } from './tools.ts';

const engine = createPdfEngine();
let tmp: Awaited<ReturnType<typeof tempDir>>;

before(async () => {
  tmp = await tempDir();
});
after(async () => {
  await tmp.cleanup();
});

const solid = (width: number, height: number, background: string) =>
  sharp({ create: { width, height, channels: 3, background } });

function isProblem(problem: PdfProblem, fileName?: string) {
  return (err: unknown): boolean => {
    assert.ok(err instanceof PdfInputError, `expected PdfInputError, got ${String(err)}`);
    assert.equal(err.problem, problem);
    if (fileName) assert.equal(err.fileName, fileName);
    return true;
  };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * A real decompression bomb: a valid 1-bit greyscale PNG of `size` × `size` white pixels. A few KB on
 * disk, `size`² pixels once decoded.
 */
function bombPng(size: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // greyscale
  const row = 1 + Math.ceil(size / 8);
  const raw = Buffer.alloc(row * size, 0xff);
  for (let y = 0; y < size; y++) raw[y * row] = 0; // filter type None
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('combineScans', { skip: skipWithoutTools }, () => {
  test('2 PNG + 1 JPEG + a 2-frame TIFF + a PDF → one page per image frame, PDF pages copied', async (t) => {
    const png1 = await solid(1240, 1754, '#ffffff').png().toBuffer();
    // A PNG with real transparency (kept lossless with an SMask).
    const png2 = await sharp({
      create: { width: 400, height: 300, channels: 4, background: { r: 0, g: 0, b: 200, alpha: 0.5 } },
    })
      .png()
      .toBuffer();
    const jpeg = await solid(1600, 1200, '#c0c0c0').jpeg().toBuffer(); // landscape photo
    const frameA = await solid(800, 1100, '#ff0000').png().toBuffer();
    const frameB = await solid(800, 1100, '#00ff00').png().toBuffer();
    const tiff = await sharp([frameA, frameB], { join: { animated: true } })
      .tiff()
      .toBuffer();
    assert.equal((await sharp(tiff).metadata()).pages, 2);
    const pdf = await sourcePdf({ objectStreams: true, pages: 2 });

    const start = performance.now();
    const out = await engine.combineScans([
      { bytes: png1, fileName: 'p1.png' },
      { bytes: png2, fileName: 'p2.png' },
      { bytes: jpeg, fileName: 'photo.jpg' },
      { bytes: tiff, fileName: 'scan.tif' },
      { bytes: pdf, fileName: 'letter.pdf' },
    ]);
    const ms = performance.now() - start;

    const f = await tmp.file('combined.pdf', out);
    assert.equal(qpdfCheck(f).status, 0, qpdfCheck(f).stderr);
    assert.equal(pdfPages(f), 7);
    const sizes = pdfPageSizes(f, 7);
    // A4 portrait for portrait images, A4 landscape for the landscape JPEG.
    assert.deepEqual(
      sizes.slice(0, 5).map((s) => (s.width < s.height ? 'portrait' : 'landscape')),
      ['portrait', 'landscape', 'landscape', 'portrait', 'portrait'],
    );
    assert.ok(Math.abs(sizes[0]!.width - 595.28) < 0.5 && Math.abs(sizes[0]!.height - 841.89) < 0.5);
    const r = render(f, `${tmp.dir}/combined`, { dpi: 20 });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr.trim(), '');
    t.diagnostic(`combineScans (5 image pages incl. 2 TIFF frames + a 2-page PDF): ${ms.toFixed(0)} ms`);
  });

  test('a photo with EXIF orientation 6 becomes a portrait page', async () => {
    const jpeg = await solid(1600, 1200, '#808080').jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const out = await engine.combineScans([{ bytes: jpeg, fileName: 'phone.jpg' }]);
    const f = await tmp.file('rotated-photo.pdf', out);
    const [size] = pdfPageSizes(f, 1);
    assert.ok(size && size.width < size.height);
  });

  test('a pure black-and-white scan is stored as a 1-bit image', async () => {
    const bw = await solid(2480, 3508, '#ffffff')
      .composite([{ input: await solid(1000, 200, '#000000').png().toBuffer(), top: 300, left: 300 }])
      .toColourspace('b-w')
      .png()
      .toBuffer();
    const out = await engine.combineScans([{ bytes: bw, fileName: 'bw.png' }]);
    assert.match(Buffer.from(out).toString('latin1'), /\/BitsPerComponent 1/);
    assert.ok(out.length < 100_000, `${out.length} bytes`);
  });

  test('16-bit PNGs (colour with alpha, grey) are converted to 8-bit images', async () => {
    const rgba16 = await sharp({
      create: { width: 300, height: 400, channels: 4, background: { r: 10, g: 200, b: 30, alpha: 0.5 } },
    })
      .toColourspace('rgb16')
      .png()
      .toBuffer();
    const grey16 = await solid(300, 400, '#777777').toColourspace('grey16').png().toBuffer();
    const out = await engine.combineScans([
      { bytes: rgba16, fileName: 'rgba16.png' },
      { bytes: grey16, fileName: 'grey16.png' },
    ]);
    const f = await tmp.file('sixteen.pdf', out);
    assert.equal(qpdfCheck(f).status, 0);
    assert.equal(pdfPages(f), 2);
    assert.match(Buffer.from(out).toString('latin1'), /\/SMask/);
  });

  test('a text file is FILE_TYPE_UNSUPPORTED, whatever its name', async () => {
    await assert.rejects(
      engine.combineScans([{ bytes: new TextEncoder().encode('just some text'), fileName: 'scan.png' }]),
      isProblem('FILE_TYPE_UNSUPPORTED', 'scan.png'),
    );
  });

  test('a truncated PNG is IMAGE_INVALID', async () => {
    const png = await solid(600, 800, '#336699')
      .composite([
        {
          input: Buffer.from(
            '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="800"><circle cx="300" cy="400" r="250" fill="#fc0"/></svg>',
          ),
        },
      ])
      .png()
      .toBuffer();
    const truncated = png.subarray(0, Math.floor(png.length / 2));
    await assert.rejects(
      engine.combineScans([{ bytes: truncated, fileName: 'broken.png' }]),
      isProblem('IMAGE_INVALID', 'broken.png'),
    );
    await assert.rejects(
      engine.combineScans([{ bytes: png.subarray(0, 20), fileName: 'header-only.png' }]),
      isProblem('IMAGE_INVALID', 'header-only.png'),
    );
  });

  test('a decompression bomb (12000 × 12000 PNG of a few KB) is IMAGE_TOO_LARGE without decoding it', async () => {
    const bomb = bombPng(12_000);
    assert.ok(bomb.length < 100_000, `${bomb.length} bytes`);
    const start = performance.now();
    await assert.rejects(
      engine.combineScans([{ bytes: bomb, fileName: 'bomb.png' }], { maxPixels: 40_000_000 }),
      isProblem('IMAGE_TOO_LARGE', 'bomb.png'),
    );
    assert.ok(performance.now() - start < 1000, 'refused from the header, not after decoding');
  });

  test('more pages than maxPages is PDF_TOO_MANY_PAGES; an encrypted or broken PDF is refused', async () => {
    const png = await solid(100, 140, '#ffffff').png().toBuffer();
    const inputs = Array.from({ length: 4 }, (_, i) => ({ bytes: png, fileName: `p${i}.png` }));
    await assert.rejects(
      engine.combineScans(inputs, { maxPages: 3 }),
      isProblem('PDF_TOO_MANY_PAGES', 'p3.png'),
    );
    await assert.rejects(
      engine.combineScans([{ bytes: new TextEncoder().encode('%PDF-1.7\nbroken'), fileName: 'x.pdf' }]),
      isProblem('PDF_INVALID', 'x.pdf'),
    );
    await assert.rejects(engine.combineScans([]), isProblem('PDF_EMPTY'));
    await assert.rejects(
      engine.combineScans([{ bytes: new Uint8Array(0), fileName: 'empty.jpg' }]),
      isProblem('PDF_EMPTY', 'empty.jpg'),
    );
  });
});
