/**
 * Golden images: page 1 of the sample external letter and memo rasterised at 50 dpi (pdftoppm) and
 * compared with the committed PNGs in tests/pdf/golden/. A pixel differs when a channel is off by more
 * than 32 of 255; the test fails when more than 0.5 % of the pixels differ. Everything on the page comes
 * from the model (dates included), so the images are deterministic.
 *
 * Regenerate after an intended layout change (then look at the PNGs before committing them):
 *   UPDATE_GOLDEN=1 node scripts/test.mjs --only unit --grep pdf/letter-golden
 * On a mismatch the rendered page and a diff image are written to test-results/letter-golden/.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { createLetterRenderer } from '../../src/adapters/pdf/letter/index.ts';
import { type SampleOptions, sampleImages, sampleLetter } from '../../src/adapters/pdf/letter/sample.ts';
import type { LetterForm } from '../../src/domain/outgoing/render-port.ts';
import { render, skipWithoutTools, tempDir } from './tools.ts';

const GOLDEN_DIR = fileURLToPath(new URL('./golden/', import.meta.url));
const RESULTS_DIR = fileURLToPath(new URL('../../test-results/letter-golden/', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const CHANNEL_TOLERANCE = 32;
const MAX_DIFFERING = 0.005;

const renderer = createLetterRenderer();
let tmp: Awaited<ReturnType<typeof tempDir>>;

before(async () => {
  tmp = await tempDir();
});
after(async () => {
  await tmp.cleanup();
});

const CASES: { name: string; form: LetterForm; opts: SampleOptions }[] = [
  { name: 'letter-external-p1', form: 'external', opts: { urgencyMark: 'ด่วนที่สุด', secrecyMark: 'ลับ' } },
  { name: 'letter-memo-p1', form: 'memo', opts: { urgencyMark: 'ด่วน', stress: true } },
  { name: 'letter-stamped-p1', form: 'stamped', opts: {} },
  { name: 'letter-order-p1', form: 'order', opts: {} },
  { name: 'letter-announcement-p1', form: 'announcement', opts: {} },
];

interface Pixels {
  data: Buffer;
  width: number;
  height: number;
}

async function decode(file: string | Buffer): Promise<Pixels> {
  const { data, info } = await sharp(file)
    .removeAlpha()
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Number of pixels with a channel off by more than the tolerance, and a diff image (red = differs). */
function compare(a: Pixels, b: Pixels): { differing: number; diff: Buffer } {
  const diff = Buffer.alloc(a.width * a.height * 3, 255);
  let differing = 0;
  for (let i = 0; i < a.width * a.height; i++) {
    const o = i * 3;
    const off =
      Math.abs(a.data[o]! - b.data[o]!) > CHANNEL_TOLERANCE ||
      Math.abs(a.data[o + 1]! - b.data[o + 1]!) > CHANNEL_TOLERANCE ||
      Math.abs(a.data[o + 2]! - b.data[o + 2]!) > CHANNEL_TOLERANCE;
    if (off) {
      differing++;
      diff[o + 1] = 0;
      diff[o + 2] = 0;
    } else {
      const v = 200 + Math.round((a.data[o]! / 255) * 55);
      diff[o] = v;
      diff[o + 1] = v;
      diff[o + 2] = v;
    }
  }
  return { differing, diff };
}

describe('letter renderer: golden images', { skip: skipWithoutTools }, () => {
  for (const c of CASES) {
    test(`${c.name}: page 1 at 50 dpi matches tests/pdf/golden/${c.name}.png`, async (t) => {
      const model = sampleLetter(c.form, { ...c.opts, images: await sampleImages() });
      const { pdf } = await renderer.render(model);
      const file = await tmp.file(`${c.name}.pdf`, pdf);
      const prefix = path.join(tmp.dir, c.name);
      const r = render(file, prefix, { dpi: 50, first: 1, last: 1 });
      assert.equal(r.status, 0, r.stderr);
      const actualPng = await readFile(`${prefix}-1.png`);
      const goldenFile = path.join(GOLDEN_DIR, `${c.name}.png`);

      if (UPDATE) {
        await mkdir(GOLDEN_DIR, { recursive: true });
        await writeFile(goldenFile, actualPng);
        t.diagnostic(`wrote ${path.relative(process.cwd(), goldenFile)}`);
        return;
      }
      assert.ok(existsSync(goldenFile), `${goldenFile} is missing; create it with UPDATE_GOLDEN=1`);
      const actual = await decode(actualPng);
      const golden = await decode(goldenFile);
      assert.deepEqual([actual.width, actual.height], [golden.width, golden.height], 'image size');
      const { differing, diff } = compare(actual, golden);
      const share = differing / (actual.width * actual.height);
      t.diagnostic(
        `${differing} of ${actual.width * actual.height} pixels differ (${(share * 100).toFixed(3)} %)`,
      );
      if (share > MAX_DIFFERING) {
        await mkdir(RESULTS_DIR, { recursive: true });
        await writeFile(path.join(RESULTS_DIR, `${c.name}.actual.png`), actualPng);
        await sharp(diff, { raw: { width: actual.width, height: actual.height, channels: 3 } })
          .png()
          .toFile(path.join(RESULTS_DIR, `${c.name}.diff.png`));
      }
      assert.ok(
        share <= MAX_DIFFERING,
        `${(share * 100).toFixed(2)} % of the pixels differ from the golden image (limit ${MAX_DIFFERING * 100} %); ` +
          `see ${RESULTS_DIR}`,
      );
    });
  }
});
