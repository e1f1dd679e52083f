import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { PDFDocument } from 'pdf-lib';
import { type Fonts, loadFonts } from './fonts.ts';
import { breakChunks, num, PdfFont, showText } from './thai-text.ts';

let fonts: Fonts;
before(async () => {
  fonts = await loadFonts();
});

describe('TextFace', () => {
  test('sanitize: characters the font lacks become "?", invisible format characters go, tabs become spaces', () => {
    const face = fonts.regular;
    assert.equal(face.sanitize('สวัสดี 😀 ok'), 'สวัสดี ? ok');
    assert.equal(face.sanitize('ก\u200bข\u2060ค\ufeff'), 'กขค');
    assert.equal(face.sanitize('a\tb\nc\u0007'), 'a b c');
    assert.equal(face.sanitize('中文'), '??');
    const text = 'ที่ ศธ ๐๔๐๑/๑๒๓';
    assert.equal(face.sanitize(text), text, 'unchanged text keeps its identity');
  });

  test('shape: never glyph 0, advances add up to the width, clusters are non-decreasing', () => {
    const face = fonts.regular;
    for (const text of ['ผู้อำนวยการ น้ำ ที่นั่ง', '😀 \u0e31 ฝั่ง', 'ญุ ฐุ ฎุ ฏุ ฤๅษี', '']) {
      const run = face.shape(text);
      assert.ok(!run.glyphs.includes(0), text);
      assert.equal(
        run.advances.reduce((s, a) => s + a, 0),
        run.width,
      );
      for (let i = 1; i < run.clusters.length; i++) assert.ok(run.clusters[i]! >= run.clusters[i - 1]!);
    }
    assert.equal(face.shape('น้ำ'), face.shape('น้ำ'), 'shaping is cached');
  });

  test('every glyph of the font has a ToUnicode text (variants via their base glyph)', () => {
    const face = fonts.regular;
    // yoYingthai.less (ญ before a below vowel) and the tone-mark variants.
    const run = face.shape('ญุ ฐุ ป่ ฝั่ ป้');
    for (const gid of run.glyphs) assert.match(face.glyphText(gid, ''), /^[\u0e00-\u0e7f ]+$/u);
  });

  test('wrap: explicit newlines, width limit, no line starting with closing punctuation', () => {
    const face = fonts.regular;
    assert.deepEqual(face.wrap('ก\n\nข', 12, 100), ['ก', '', 'ข']);
    const text = 'ขอเชิญประชุมคณะกรรมการพัฒนาระบบสารบรรณอิเล็กทรอนิกส์ ครั้งที่ ๓/๒๕๖๙ วันที่ ๒๕ พ.ย. ๒๕๖๙ เวลา ๑๖.๔๔ น.';
    for (const width of [60, 90, 140, 200]) {
      const lines = face.wrap(text, 12, width);
      for (const line of lines) {
        assert.ok(face.widthOf(line, 12) <= width + 0.01, `${line} > ${width}`);
        assert.doesNotMatch(line, /^[.,)/]/);
      }
      assert.equal(lines.join('').replace(/\s/g, ''), text.replace(/\s/g, ''), 'no text lost');
    }
    assert.deepEqual(face.wrap('ผู้อำนวยการกองคลัง ปฏิบัติราชการแทน', 12, 150), [
      'ผู้อำนวยการกองคลัง',
      'ปฏิบัติราชการแทน',
    ]);
  });

  test('breakChunks keeps abbreviations, numbers and word-joined names together', () => {
    assert.deepEqual(breakChunks('วันที่ ๒๕ พ.ย. เวลา ๑๖.๔๔ น.'), [
      'วัน',
      'ที่',
      ' ',
      '๒๕',
      ' ',
      'พ.ย.',
      ' ',
      'เวลา',
      ' ',
      '๑๖.๔๔',
      ' ',
      'น.',
    ]);
    assert.ok(breakChunks('ที่ ศธ ๐๔๐๑/๕๖').includes('๐๔๐๑/๕๖'));
    assert.ok(
      breakChunks('อาคาร\u2060รัฐ').some((c) => c.includes('อาคาร\u2060รัฐ')),
      'word joiner',
    );
    assert.ok(breakChunks('นาย\u00a0สมชาย ใจดี').includes('นาย\u00a0สมชาย'), 'no-break space');
  });
});

describe('showText', () => {
  test('offset marks get a Tm, multi-glyph clusters an ActualText span, codes come from the subset', async () => {
    const doc = await PDFDocument.create();
    const font = new PdfFont(doc.context, fonts.regular, 'F1');
    const ops: string[] = [];
    const width = showText(ops, font, 'ฝั่ง น้ำ', 10, 20, 12);
    assert.ok(Math.abs(width - fonts.regular.widthOf('ฝั่ง น้ำ', 12)) < 1e-6);
    const s = ops.join('\n');
    assert.match(s, /^BT \/F1 12 Tf 1 0 0 1 10 20 Tm/);
    assert.match(s, /\/Span <<\/ActualText <FEFF0E1D0E310E48>>> BDC/, 'ฝั่ as one span');
    assert.match(s, /\/Span <<\/ActualText <FEFF0E190E490E33>>> BDC/, 'น้ำ as one span');
    assert.match(s, /Tc \[<[0-9a-f]{4}>\] TJ 0 Tc/, 'a span ending in an offset mark closes its gap with Tc');
    assert.match(s, /ET$/);
    await font.embed();
    assert.ok(doc.context.lookup(font.ref), 'the font dictionary is written at the reserved ref');
  });

  test('num writes compact numbers', () => {
    assert.equal(num(1), '1');
    assert.equal(num(-0.0001), '0');
    assert.equal(num(12.34567), '12.346');
    assert.equal(num(-3.5), '-3.5');
  });
});
