import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import sharp from 'sharp';
import { createPdfEngine, type ReceiptCell } from '../../src/adapters/pdf/index.ts';
import type { RoutePageModel, RoutePageRow } from '../../src/domain/letters/pdf-port.ts';
import {
  pdfPages,
  pdftotext,
  qpdfCheck,
  render,
  STAMP,
  skipWithoutTools,
  sourcePdf,
  startsWith,
  tempDir,
} from './tools.ts';

const engine = createPdfEngine();
const STRESS = 'ผู้อำนวยการ น้ำ ที่นั่ง ปฏิบัติราชการแทน';
let tmp: Awaited<ReturnType<typeof tempDir>>;
let signature: Uint8Array;

before(async () => {
  tmp = await tempDir();
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200">' +
    '<path d="M20 150 C 100 20, 200 180, 300 60 S 500 160, 580 40" stroke="#1a237e" stroke-width="8" fill="none"/></svg>';
  signature = await sharp(Buffer.from(svg)).png().toBuffer();
});
after(async () => {
  await tmp.cleanup();
});

function model(rows: RoutePageRow[]): RoutePageModel {
  return {
    letterLine: 'ที่ ศธ ๐๔๐๑/๕๖  ลงวันที่ ๑๓ พ.ค. ๒๕๖๙',
    subjectLine: 'เรื่อง ขอเชิญประชุมคณะกรรมการพัฒนาระบบสารบรรณอิเล็กทรอนิกส์',
    marksLine: 'ความเร่งด่วน ปกติ  ชั้นความลับ ปกติ',
    rows,
  };
}

const ROWS = (sig: Uint8Array): RoutePageRow[] => [
  {
    sender: 'นายสมชาย ใจดี กองกลาง',
    content: 'เรียน ผู้อำนวยการสำนัก\nโปรดดำเนินการต่อไป',
    signatureImage: sig,
    signerName: '(นายสมชาย ใจดี)',
    signerPosition: 'ผู้อำนวยการสำนัก',
    capacity: 'รักษาราชการแทน ผู้อำนวยการสำนัก',
    signedAt: '๒๕ พ.ย. ๒๕๖๙ เวลา ๑๖.๔๔ น.',
    recipients: [
      { key: 'finance', name: 'กองคลัง' },
      { key: 'legal', name: 'กลุ่มงานนิติการ สำนักงานปลัดกระทรวง' },
    ],
  },
  {
    sender: 'นางสาวสมหญิง รักงาน',
    content: STRESS,
    signatureImage: null,
    signerName: '(นางสาวสมหญิง รักงาน)',
    signerPosition: 'หัวหน้ากลุ่มงาน',
    capacity: '',
    signedAt: '๒๖ พ.ย. ๒๕๖๙ เวลา ๐๙.๑๕ น.',
    recipients: [],
  },
];

describe('route page', { skip: skipWithoutTools }, () => {
  test('appended to a stamped PDF: text extracts, qpdf clean, +1 page, receipt cells usable for stamps', async () => {
    const src = await sourcePdf({ objectStreams: true });
    const stamped = (await engine.addReceiptStamp(src, STAMP, { at: 'top-right' })).pdf;
    const r = await engine.appendRoutePage(stamped, model(ROWS(signature)));
    assert.ok(startsWith(r.pdf, stamped));
    assert.equal(r.pageIndex, 1);

    const f = await tmp.file('route.pdf', r.pdf);
    const check = qpdfCheck(f);
    assert.equal(check.status, 0, check.stdout + check.stderr);
    assert.doesNotMatch(check.stdout + check.stderr, /warning/i);
    assert.equal(pdfPages(f), 2);
    const text = pdftotext(f, { first: 2, last: 2 });
    for (const s of ['บันทึกเส้นทางหนังสือ / คำสั่งการ', 'โปรดดำเนินการต่อไป', STRESS, '(นายสมชาย ใจดี)', 'กองคลัง']) {
      assert.ok(text.includes(s), `missing ${JSON.stringify(s)} in:\n${text}`);
    }

    assert.deepEqual(Object.keys(r.receiptCells).sort(), ['finance', 'legal']);
    for (const cell of Object.values(r.receiptCells)) {
      assert.ok(cell.width >= 141 && cell.height >= 71, JSON.stringify(cell));
      assert.ok(
        cell.x >= 0 && cell.x + cell.width <= 595.28 && cell.y >= 0 && cell.y + cell.height <= 841.89,
      );
      assert.equal((cell as ReceiptCell).page, 1);
    }

    // The signature keeps its alpha: an RGB image with an /SMask.
    const doc = await PDFDocument.load(r.pdf);
    const resources = doc.getPage(1).node.Resources();
    const xobjects = resources?.lookup(PDFName.of('XObject'), PDFDict);
    assert.ok(xobjects, 'route page has image XObjects');
    const image = doc.context.lookup(xobjects.values()[0]);
    assert.ok(image instanceof PDFRawStream);
    assert.ok(image.dict.get(PDFName.of('SMask')), 'signature image has an SMask');

    const cell = r.receiptCells.finance!;
    const stampedCell = await engine.addReceiptStamp(
      r.pdf,
      { ...STAMP, unitName: 'กองคลัง', numberLine: 'เลขรับ ๗' },
      { at: 'rect', page: r.pageIndex, rect: cell },
    );
    assert.ok(startsWith(stampedCell.pdf, r.pdf));
    assert.equal(stampedCell.page, 1);
    for (const k of ['x', 'y', 'width', 'height'] as const)
      assert.ok(Math.abs(stampedCell.rect[k] - cell[k]) < 0.01);
    const f2 = await tmp.file('route-stamped.pdf', stampedCell.pdf);
    assert.equal(qpdfCheck(f2).status, 0);
    assert.ok(pdftotext(f2, { first: 2, last: 2 }).includes('เลขรับ ๗'));
    const shot = render(f2, `${tmp.dir}/route`, { dpi: 50 });
    assert.equal(shot.status, 0, shot.stderr);
  });

  test('rows that do not fit continue on further pages; each cell says its page', async () => {
    const src = await sourcePdf({ objectStreams: false });
    const many: RoutePageRow[] = Array.from({ length: 6 }, (_, i) => ({
      ...ROWS(signature)[0]!,
      content: `คำสั่งที่ ${i + 1} `.repeat(30),
      recipients: Array.from({ length: i === 4 ? 9 : 2 }, (_, k) => ({
        key: `r${i}-${k}`,
        name: `หน่วยงานที่ ${k + 1}`,
      })),
    }));
    const r = await engine.appendRoutePage(src, model(many));
    const f = await tmp.file('route-many.pdf', r.pdf);
    assert.equal(qpdfCheck(f).status, 0);
    const pages = pdfPages(f);
    assert.ok(pages >= 3, `${pages} pages`);
    assert.equal(r.pageIndex, 1);
    assert.equal(Object.keys(r.receiptCells).length, 5 * 2 + 9);
    const cellPages = new Set(Object.values(r.receiptCells).map((c) => (c as ReceiptCell).page));
    assert.ok(cellPages.size >= 2);
    for (const p of cellPages) assert.ok(p >= 1 && p < pages);
  });
});

test('route page timing (diagnostic)', { skip: skipWithoutTools }, async (t) => {
  const src = await sourcePdf({ objectStreams: false });
  await engine.appendRoutePage(src, model(ROWS(signature)));
  const n = 10;
  const start = performance.now();
  for (let i = 0; i < n; i++) await engine.appendRoutePage(src, model(ROWS(signature)));
  const ms = (performance.now() - start) / n;
  t.diagnostic(`appendRoutePage (2 rows, 1 signature): ${ms.toFixed(1)} ms (mean of ${n})`);
  assert.ok(ms < 1000);
});

test('a command with hundreds of lines is split across pages, not cut off', {
  skip: skipWithoutTools,
}, async () => {
  const src = await sourcePdf({ objectStreams: false });
  const content = Array.from({ length: 120 }, (_, i) => `บรรทัดที่ ${i + 1}`).join('\n');
  const r = await engine.appendRoutePage(src, model([{ ...ROWS(signature)[0]!, content }]));
  const f = await tmp.file('route-long.pdf', r.pdf);
  assert.equal(qpdfCheck(f).status, 0);
  assert.ok(pdfPages(f) >= 3);
  const text = pdftotext(f);
  for (const n of [1, 60, 120]) assert.ok(text.includes(`บรรทัดที่ ${n}\n`), `line ${n}`);
  assert.ok(text.includes('(ต่อ)'));
});
