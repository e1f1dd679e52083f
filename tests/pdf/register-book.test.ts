import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createPdfEngine } from '../../src/adapters/pdf/index.ts';
import type { RegisterBookModel } from '../../src/domain/letters/pdf-port.ts';
import { pdfPageSizes, pdfPages, pdftotext, qpdfCheck, render, skipWithoutTools, tempDir } from './tools.ts';

const engine = createPdfEngine();
let tmp: Awaited<ReturnType<typeof tempDir>>;

before(async () => {
  tmp = await tempDir();
});
after(async () => {
  await tmp.cleanup();
});

const COLUMNS: RegisterBookModel['columns'] = [
  { header: 'เลขทะเบียนรับ', width: 1.9 },
  { header: 'ที่', width: 1.7 },
  { header: 'ลงวันที่', width: 1.3 },
  { header: 'จาก', width: 2 },
  { header: 'ถึง', width: 2 },
  { header: 'เรื่อง', width: 4 },
  { header: 'การปฏิบัติ', width: 2 },
  { header: 'หมายเหตุ', width: 1.2 },
];

function rows(n: number): string[][] {
  return Array.from({ length: n }, (_, i) => [
    `${i + 1}`,
    `ศธ ๐๔๐๑/${i + 100}`,
    '๒๕ พ.ย. ๒๕๖๙',
    'สำนักงานเขตพื้นที่การศึกษาประถมศึกษากรุงเทพมหานคร',
    'ผู้อำนวยการกองคลัง',
    i % 7 === 0
      ? 'ขอเชิญประชุมคณะกรรมการพัฒนาระบบสารบรรณอิเล็กทรอนิกส์ ครั้งที่ ๓/๒๕๖๙ ณ ห้องประชุมใหญ่'
      : 'ขออนุมัติเดินทางไปราชการ',
    'มอบ กลุ่มงานบริหาร',
    '',
  ]);
}

describe('register book', { skip: skipWithoutTools }, () => {
  test('60 rows: landscape A4 pages, header on every page, "- ๒ -" from page 2', async (t) => {
    const start = performance.now();
    const pdf = await engine.renderRegisterBook({
      title: 'ทะเบียนหนังสือรับ',
      subtitle: 'กองคลัง  ปี พ.ศ. ๒๕๖๙',
      columns: COLUMNS,
      rows: rows(60),
    });
    t.diagnostic(`renderRegisterBook (60 rows): ${(performance.now() - start).toFixed(0)} ms`);
    const f = await tmp.file('register.pdf', pdf);
    const check = qpdfCheck(f);
    assert.equal(check.status, 0, check.stdout + check.stderr);
    const pages = pdfPages(f);
    assert.ok(pages >= 2, `${pages} pages`);
    for (const size of pdfPageSizes(f, pages)) assert.ok(size.width > size.height, 'landscape');
    const text = pdftotext(f);
    assert.ok(text.includes('ทะเบียนหนังสือรับ'));
    assert.ok(text.includes('กองคลัง ปี พ.ศ. ๒๕๖๙') || text.includes('กองคลัง  ปี พ.ศ. ๒๕๖๙'));
    // -layout: in raw mode poppler treats a '-' ending a line as a hyphenation point and joins the lines.
    assert.ok(pdftotext(f, { layout: true, first: 2, last: 2 }).includes('- ๒ -'));
    assert.equal(text.split('เลขทะเบียนรับ').length - 1, pages, 'the header row is repeated on every page');
    assert.ok(!pdftotext(f, { first: 1, last: 1 }).includes('- ๑ -'), 'no number on page 1');
    assert.ok(text.includes('สำนักงานเขตพื้นที่การศึกษาประถมศึกษากรุงเทพมหานคร'.slice(0, 8)));
    const r = render(f, `${tmp.dir}/register`, { dpi: 30, first: 1, last: 2 });
    assert.equal(r.status, 0, r.stderr);
  });

  test('a row taller than a page is split across pages; empty books still print the header', async () => {
    const tall = [['1', 'ข้อความยาวมาก '.repeat(400), '', '', '', '', '', '']];
    const f = await tmp.file(
      'tall.pdf',
      await engine.renderRegisterBook({ title: 'ทะเบียนหนังสือส่ง', subtitle: '', columns: COLUMNS, rows: tall }),
    );
    assert.equal(qpdfCheck(f).status, 0);
    assert.ok(pdfPages(f) >= 2);
    const empty = await tmp.file(
      'empty.pdf',
      await engine.renderRegisterBook({ title: 'ทะเบียน', subtitle: 'ว่าง', columns: COLUMNS, rows: [] }),
    );
    assert.equal(pdfPages(empty), 1);
    assert.ok(pdftotext(empty).includes('เลขทะเบียนรับ'));
  });
});
