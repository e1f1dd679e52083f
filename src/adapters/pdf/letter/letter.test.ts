import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { LetterRenderError } from '../../../domain/outgoing/render-port.ts';
import { type Fonts, loadFonts } from '../fonts.ts';
import { type Placed, paginate, type Unit } from './flow.ts';
import { continuationHint } from './furniture.ts';
import { cleanText, xmpDate, xmpPacket } from './pdfa.ts';
import { digitStyle } from './render.ts';
import { SARABUN_PER_TH_PT, TH_LINE_EM, thStyle } from './spec.ts';

let fonts: Fonts;
before(async () => {
  fonts = await loadFonts();
});

/** A unit of the given height that records nothing. */
function unit(
  height: number,
  o: { gap?: number; keep?: boolean; anchor?: boolean; lead?: string } = {},
): Unit {
  return {
    height,
    gapBefore: o.gap ?? 0,
    keepWithNext: o.keep ?? false,
    anchorBottom: o.anchor ?? false,
    lead: o.lead ?? '',
    draw: () => {},
  };
}

const FRAME = { firstTop: 100, nextTop: 120, bottom: 0, maxPages: 50 };
const heights = (pages: Placed[][]): number[][] => pages.map((p) => p.map((x) => x.unit.height));

describe('paginate', () => {
  test('fills a page, then continues at the top of the next; gaps are dropped at a page top', () => {
    const units = [unit(40), unit(40), unit(40, { gap: 10 }), unit(40, { gap: 10 })];
    const pages = paginate(units, FRAME);
    assert.deepEqual(heights(pages), [
      [40, 40],
      [40, 40],
    ]);
    assert.equal(pages[1]![0]!.top, 120, 'no gap above the first unit of a page');
    assert.equal(pages[1]![1]!.top, 120 - 40 - 10);
  });

  test('a chain of keepWithNext units moves to the next page together', () => {
    const units = [unit(50), unit(20, { keep: true }), unit(40)];
    const pages = paginate(units, FRAME);
    assert.deepEqual(heights(pages), [[50], [20, 40]]);
  });

  test('a chain taller than a page is broken where it must be', () => {
    const units = Array.from({ length: 7 }, (_, i) => unit(30, { keep: i < 6 }));
    const pages = paginate(units, FRAME);
    assert.deepEqual(heights(pages), [
      [30, 30, 30],
      [30, 30, 30, 30],
    ]);
  });

  test('the closing block is set flush with the bottom of the last page, and may use tailBottom', () => {
    const units = [unit(30), unit(20, { anchor: true, keep: true }), unit(20, { anchor: true })];
    const pages = paginate(units, { ...FRAME, bottom: 10, tailBottom: 5 });
    assert.equal(pages.length, 1);
    const last = pages[0]![2]!;
    assert.equal(last.top - last.unit.height, 5);
    assert.equal(pages[0]![1]!.top, 45);
    assert.equal(pages[0]![0]!.top, 100, 'the text itself does not move');
  });

  test('more than maxPages pages: LETTER_TOO_LONG', () => {
    const units = Array.from({ length: 200 }, () => unit(50));
    assert.throws(
      () => paginate(units, { ...FRAME, maxPages: 50 }),
      (err: unknown) => err instanceof LetterRenderError && err.problem === 'LETTER_TOO_LONG',
    );
    assert.equal(paginate(units.slice(0, 100), { ...FRAME, maxPages: 50 }).length, 50);
  });
});

describe('letter helpers', () => {
  test('TH Sarabun sizes: 16 pt is set as Sarabun 10.72 pt on TH Sarabun single spacing', () => {
    const body = thStyle(16);
    assert.equal(body.size, 16 * SARABUN_PER_TH_PT);
    assert.equal(body.pitch, 16 * TH_LINE_EM);
    assert.ok(body.pitch >= 1.45 * body.size, 'room for stacked Thai marks');
  });

  test('wrap with a first-line width: the indented first line is shorter, the rest use the full width', () => {
    const face = fonts.regular;
    const text =
      'สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐานได้ดำเนินการพัฒนาระบบสารบรรณอิเล็กทรอนิกส์ให้หน่วยงานในสังกัดใช้รับส่งหนังสือราชการ';
    const lines = face.wrap(text, 10.72, 300, { firstLineWidth: 200 });
    assert.ok(lines.length >= 3);
    assert.equal(lines.join(''), text);
    assert.ok(face.widthOf(lines[0]!, 10.72) <= 200);
    assert.ok(face.widthOf(lines[1]!, 10.72) > 200, 'the second line uses the full width');
    assert.deepEqual(face.wrap(text, 10.72, 300), face.wrap(text, 10.72, 300, {}), 'defaults unchanged');
  });

  test('continuation hint: slash, the first word(s) of the next page, three dots', () => {
    assert.equal(continuationHint('ในการนี้ สำนักงานจะจัดประชุม'), '/ในการนี้...');
    assert.equal(continuationHint('สำนักเทคโนโลยีเพื่อการเรียนการสอน'), '/สำนัก...');
    assert.equal(continuationHint('๒. การจัดซื้อ ครุภัณฑ์'), '/๒. การจัดซื้อ...');
    assert.equal(continuationHint('   '), '');
  });

  test('digits the renderer adds follow the letter: Thai unless the letter uses Arabic digits only', () => {
    assert.equal(digitStyle({ numberLine: 'ที่ ศธ ๐๔๐๐๑/๑๒๓', dateLine: '' })(12), '๑๒');
    assert.equal(digitStyle({ numberLine: 'ที่ ศธ 04001/123', dateLine: '14 มิถุนายน 2569' })(12), '12');
    assert.equal(digitStyle({ numberLine: '', dateLine: '' })(2), '๒');
  });

  test('XMP: PDF/A-3B identification, escaped Thai title and author, dates as the Info dictionary has them', () => {
    const date = new Date(Date.UTC(2026, 5, 14, 3, 30, 0));
    const xmp = xmpPacket({ title: 'ขอเชิญประชุม <ด่วน> & แจ้ง', author: 'สพฐ.', date, producer: 'Saraban' });
    assert.match(xmp, /<pdfaid:part>3<\/pdfaid:part>/);
    assert.match(xmp, /<pdfaid:conformance>B<\/pdfaid:conformance>/);
    assert.ok(xmp.includes('ขอเชิญประชุม &lt;ด่วน&gt; &amp; แจ้ง'));
    assert.ok(xmp.includes('<rdf:li>สพฐ.</rdf:li>'));
    assert.equal(xmpDate(date), '2026-06-14T03:30:00Z');
    assert.ok(xmp.includes('<xmp:CreateDate>2026-06-14T03:30:00Z</xmp:CreateDate>'));
    assert.ok(xmp.startsWith('<?xpacket begin="\ufeff"') && xmp.endsWith('<?xpacket end="w"?>'));
    assert.ok(!xmpPacket({ title: 't', author: '', date, producer: 'S' }).includes('<dc:creator>'));
  });

  test('cleanText: control characters and lone surrogates never reach Info or XMP', () => {
    assert.equal(cleanText('a\u0000b\nc\u0085d'), 'a b c d');
    assert.equal(cleanText('x\ud800y'), 'x\ufffdy');
    assert.equal(cleanText('ok 😀'), 'ok 😀');
  });
});
