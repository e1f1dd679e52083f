import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef } from 'pdf-lib';
import { createPdfEngine } from '../../src/adapters/pdf/index.ts';
import { STAMP_HEIGHT, STAMP_WIDTH } from '../../src/adapters/pdf/stamp.ts';
import { PdfInputError } from '../../src/domain/letters/pdf-port.ts';
import {
  pdfPages,
  pdftotext,
  qpdfCheck,
  render,
  run,
  STAMP,
  skipWithoutTools,
  sourcePdf,
  startsWith,
  tempDir,
} from './tools.ts';

const engine = createPdfEngine();
const CM = 72 / 2.54;
let tmp: Awaited<ReturnType<typeof tempDir>>;

before(async () => {
  tmp = await tempDir();
});
after(async () => {
  await tmp.cleanup();
});

function assertStampText(text: string, numberLine = STAMP.numberLine): void {
  for (const line of [STAMP.unitName, numberLine, STAMP.dateLine, STAMP.timeLine]) {
    assert.ok(text.includes(line), `pdftotext output lacks ${JSON.stringify(line)}:\n${text}`);
  }
}

function assertClean(file: string): void {
  const r = qpdfCheck(file);
  assert.equal(r.status, 0, `qpdf --check failed:\n${r.stdout}\n${r.stderr}`);
  assert.doesNotMatch(`${r.stdout}\n${r.stderr}`, /warning|error:/i);
}

for (const objectStreams of [false, true]) {
  const kind = objectStreams ? 'object/xref streams' : 'classic xref';

  describe(`receipt stamp on a PDF with ${kind}`, { skip: skipWithoutTools }, () => {
    test('stamp once, then a second stamp in slot 1: both extract, prefix kept, qpdf clean, renders', async () => {
      const src = await sourcePdf({ objectStreams });
      const first = await engine.addReceiptStamp(src, STAMP, { at: 'top-right' });
      assert.equal(first.page, 0);
      assert.ok(startsWith(first.pdf, src), 'the stamped PDF must start with the original bytes');
      assert.ok(first.pdf.length > src.length);

      // 0.5 cm from the top and right edges, 5 × 2.5 cm.
      assert.ok(Math.abs(first.rect.x + first.rect.width - (595.28 - 0.5 * CM)) < 0.01);
      assert.ok(Math.abs(first.rect.y + first.rect.height - (841.89 - 0.5 * CM)) < 0.01);
      assert.ok(
        Math.abs(first.rect.width - STAMP_WIDTH) < 0.01 && Math.abs(first.rect.height - STAMP_HEIGHT) < 0.01,
      );

      const f1 = await tmp.file(`stamp1-${objectStreams}.pdf`, first.pdf);
      assertClean(f1);
      assertStampText(pdftotext(f1));
      assertStampText(pdftotext(f1, { layout: true }));
      assert.equal(pdfPages(f1), 1);

      const second = await engine.addReceiptStamp(
        first.pdf,
        { ...STAMP, numberLine: 'เลขรับ ๑๒๔' },
        { at: 'top-right', slot: 1 },
      );
      assert.ok(startsWith(second.pdf, first.pdf), 'the second revision must start with the first');
      assert.ok(
        Math.abs(first.rect.y - second.rect.y - (STAMP_HEIGHT + 4)) < 0.01,
        'slot 1 stacks below slot 0',
      );
      const f2 = await tmp.file(`stamp2-${objectStreams}.pdf`, second.pdf);
      assertClean(f2);
      const text = pdftotext(f2);
      assertStampText(text);
      assertStampText(text, 'เลขรับ ๑๒๔');

      const r = render(f2, `${tmp.dir}/stamp2-${objectStreams}`);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stderr.trim(), '');
    });

    test('the page content is untouched: same /Contents, one /Stamp annotation per stamp', async () => {
      const src = await sourcePdf({ objectStreams });
      const { pdf } = await engine.addReceiptStamp(src, STAMP, { at: 'top-right' });
      const before = (await PDFDocument.load(src)).getPage(0).node;
      const afterDoc = await PDFDocument.load(pdf);
      const page = afterDoc.getPage(0).node;
      assert.equal(String(page.get(PDFName.of('Contents'))), String(before.get(PDFName.of('Contents'))));
      const annots = page.Annots();
      assert.ok(annots);
      assert.equal(annots.size(), 1);
      const annot = afterDoc.context.lookup(annots.get(0), PDFDict);
      assert.equal(annot.get(PDFName.of('Subtype')), PDFName.of('Stamp'));
      assert.equal(annot.lookup(PDFName.of('F'), PDFNumber).asNumber(), 4 | 128);
      const ap = annot.lookup(PDFName.of('AP'), PDFDict);
      assert.ok(ap.get(PDFName.of('N')) instanceof PDFRef);
    });

    test('an xref stream is continued with an xref stream, a table with a table', async () => {
      const src = await sourcePdf({ objectStreams });
      const { pdf } = await engine.addReceiptStamp(src, STAMP, { at: 'top-right' });
      const appended = Buffer.from(pdf.subarray(src.length)).toString('latin1');
      if (objectStreams) {
        assert.match(appended, /\/Type \/XRef/);
        assert.doesNotMatch(appended, /^xref$/m);
      } else {
        assert.match(appended, /^xref$/m);
        assert.match(appended, /^trailer$/m);
      }
      assert.match(appended, /\/Prev \d+/);
      assert.match(appended, /\/ID \[<[0-9A-F]+> <[0-9A-F]+>\]/);
    });
  });
}

describe('inputs rewritten by qpdf (linearized; generated object streams)', {
  skip: skipWithoutTools,
}, () => {
  for (const args of [
    ['--linearize'],
    ['--object-streams=generate'],
    ['--linearize', '--object-streams=generate'],
  ]) {
    test(`qpdf ${args.join(' ')}: stamped twice, prefix kept, qpdf clean, text extracts`, async () => {
      const name = args.join('').replace(/[^a-z]/g, '');
      const plain = await tmp.file(`${name}-in.pdf`, await sourcePdf({ objectStreams: false, pages: 2 }));
      const rewritten = `${tmp.dir}/${name}-q.pdf`;
      const q = run('qpdf', [...args, plain, rewritten]);
      assert.equal(q.status, 0, q.stderr);
      const src = await readFile(rewritten);
      const first = await engine.addReceiptStamp(src, STAMP, { at: 'top-right' });
      const second = await engine.addReceiptStamp(
        first.pdf,
        { ...STAMP, numberLine: 'เลขรับ ๑๒๔' },
        { at: 'top-right', slot: 1 },
      );
      assert.ok(startsWith(second.pdf, src));
      const f = await tmp.file(`${name}-stamped.pdf`, second.pdf);
      assertClean(f);
      assert.equal(pdfPages(f), 2);
      const text = pdftotext(f);
      assertStampText(text);
      assertStampText(text, 'เลขรับ ๑๒๔');
    });
  }
});

describe('stamp placement', { skip: skipWithoutTools }, () => {
  test('a rotated page gets the stamp upright at its visible top-right corner', async () => {
    const src = await sourcePdf({ objectStreams: false, pages: 2 });
    const { pdf, rect, page } = await engine.addReceiptStamp(src, STAMP, { at: 'top-right', page: 1 });
    assert.equal(page, 1);
    // MediaBox 841.89 × 595.28 shown with /Rotate 90: the view's top-right is user space (x0, y0) side.
    assert.ok(Math.abs(rect.x - 0.5 * CM) < 0.01, `x ${rect.x}`);
    assert.ok(Math.abs(rect.width - STAMP_HEIGHT) < 0.01 && Math.abs(rect.height - STAMP_WIDTH) < 0.01);
    const f = await tmp.file('rotated.pdf', pdf);
    assertClean(f);
    assertStampText(pdftotext(f, { first: 2, last: 2 }));
  });

  test("'point' places the top-left corner from the page's top-left; the stamp is clamped to the page", async () => {
    const src = await sourcePdf({ objectStreams: false });
    const at = await engine.addReceiptStamp(src, STAMP, { at: 'point', page: 0, left: 100, top: 200 });
    assert.ok(Math.abs(at.rect.x - 100) < 0.01);
    assert.ok(Math.abs(at.rect.y + at.rect.height - (841.89 - 200)) < 0.01);
    const clamped = await engine.addReceiptStamp(src, STAMP, { at: 'point', page: 0, left: 590, top: 900 });
    assert.ok(clamped.rect.x + clamped.rect.width <= 595.28 + 1e-6);
    assert.ok(clamped.rect.y >= -1e-6);
  });

  test('a very long unit name still extracts exactly (wrapped onto two lines)', async () => {
    const src = await sourcePdf({ objectStreams: false });
    const unitName = 'กลุ่มงานบริหารทรัพยากรบุคคล สำนักงานเขตพื้นที่การศึกษาประถมศึกษากรุงเทพมหานคร';
    const { pdf } = await engine.addReceiptStamp(src, { ...STAMP, unitName }, { at: 'top-right' });
    const f = await tmp.file('long.pdf', pdf);
    const text = pdftotext(f).replace(/\s+/g, '');
    assert.ok(text.includes(unitName.replace(/\s+/g, '')), text);
    const plain = pdftotext(f);
    for (const line of [STAMP.numberLine, STAMP.dateLine, STAMP.timeLine])
      assert.ok(plain.includes(line), line);
  });

  test('a page index out of range is a caller error, encrypted input a PdfInputError', async () => {
    const src = await sourcePdf({ objectStreams: false });
    await assert.rejects(engine.addReceiptStamp(src, STAMP, { at: 'top-right', page: 3 }), RangeError);
    await assert.rejects(
      engine.addReceiptStamp(new TextEncoder().encode('hello'), STAMP, { at: 'top-right' }),
      (err: unknown) => err instanceof PdfInputError && err.problem === 'PDF_INVALID',
    );
  });
});

test('one stamp on a 1-page PDF takes well under 100 ms after warm-up', async (t) => {
  const src = await sourcePdf({ objectStreams: true });
  await engine.addReceiptStamp(src, STAMP, { at: 'top-right' });
  const n = 20;
  const start = performance.now();
  for (let i = 0; i < n; i++)
    await engine.addReceiptStamp(src, { ...STAMP, numberLine: `เลขรับ ${i}` }, { at: 'top-right' });
  const ms = (performance.now() - start) / n;
  t.diagnostic(`addReceiptStamp: ${ms.toFixed(1)} ms per stamp (mean of ${n})`);
  assert.ok(ms < 100, `${ms} ms`);
});
