/**
 * The outgoing-letter renderer, checked with the Debian tools: every form extracts its fields exactly
 * (pdftotext with and without -layout), is structurally clean (qpdf), carries PDF/A-3 metadata (pdfinfo)
 * and gives back its letter.xml byte for byte (pdfdetach).
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { createLetterRenderer } from '../../src/adapters/pdf/letter/index.ts';
import {
  type SampleImages,
  sampleImages,
  sampleLetter,
  THAI_STRESS_LINE,
} from '../../src/adapters/pdf/letter/sample.ts';
import {
  type LetterForm,
  LetterRenderError,
  type LetterRenderModel,
} from '../../src/domain/outgoing/render-port.ts';
import { pdfPages, pdftotext, qpdfCheck, render, run, skipWithoutTools, tempDir } from './tools.ts';

const renderer = createLetterRenderer();
const FORMS: LetterForm[] = ['external', 'memo', 'stamped', 'order', 'announcement'];
let tmp: Awaited<ReturnType<typeof tempDir>>;
let images: SampleImages;

before(async () => {
  tmp = await tempDir();
  images = await sampleImages();
});
after(async () => {
  await tmp.cleanup();
});

/** Without any white space: for paragraphs, which wrap over lines at word boundaries without spaces. */
const bare = (s: string): string => s.replace(/\s+/gu, '');

async function renderToFile(
  name: string,
  model: LetterRenderModel,
): Promise<{ file: string; pages: number }> {
  const { pdf, pageCount } = await renderer.render(model);
  const file = await tmp.file(name, pdf);
  return { file, pages: pageCount };
}

/** `needle` as typed, spaces included (single spaces in the sample letters). */
function assertContains(text: string, needle: string, what: string): void {
  assert.ok(text.includes(needle), `${what} ${JSON.stringify(needle)} not in:\n${text}`);
}

function assertClean(file: string): void {
  const r = qpdfCheck(file);
  assert.equal(r.status, 0, `qpdf --check failed:\n${r.stdout}\n${r.stderr}`);
  assert.ok(!/warning/i.test(r.stderr + r.stdout), r.stderr + r.stdout);
}

describe('letter renderer: the forms', { skip: skipWithoutTools }, () => {
  for (const form of FORMS) {
    test(`${form}: fields extract exactly, qpdf clean, PDF/A-3 metadata, letter.xml embedded`, async () => {
      const model = sampleLetter(form, { images });
      const { file, pages } = await renderToFile(`${form}.pdf`, model);
      assert.equal(pages, 1, 'the sample letters fit on one page');
      assert.equal(pdfPages(file), 1);
      assertClean(file);

      for (const layout of [false, true]) {
        const text = pdftotext(file, { layout });
        const mode = layout ? '(-layout)' : '(raw)';
        assertContains(text, model.subject, `subject ${mode}`);
        if (model.salutationLine !== '') assertContains(text, model.salutationLine, `salutation ${mode}`);
        if (model.numberLine !== '') assertContains(text, model.numberLine, `number line ${mode}`);
        assert.ok(text.includes(model.dateLine), `date ${mode} ${model.dateLine} not in:\n${text}`);
        if (model.signature) {
          assert.ok(text.includes(`(${model.signature.name})`), `signer ${mode}:\n${text}`);
          assertContains(text, model.signature.position, `position ${mode}`);
        }
        // A body sentence that sits on one line: the closing sentence, or the last phrase of a long one.
        const last = model.paragraphs[model.paragraphs.length - 1]!;
        const sentence = last.length < 60 ? last : last.split(' ').pop()!;
        assert.ok(
          text.includes(sentence),
          `body sentence ${mode} ${JSON.stringify(sentence)} not in:\n${text}`,
        );
        for (const p of model.paragraphs) assert.ok(bare(text).includes(bare(p)), `paragraph ${mode}: ${p}`);
        if (form === 'external') {
          for (const s of [...model.references, model.closing, model.ownerUnit, ...model.contactLines]) {
            assertContains(text, s, `external field ${mode}`);
          }
        }
        if (form === 'memo') {
          for (const s of ['บันทึกข้อความ', 'ส่วนราชการ', model.headingUnit, 'วันที่']) {
            assertContains(text, s, `memo ${mode}`);
          }
        }
        if (form === 'stamped') assertContains(text, model.agencyName, `stamped agency ${mode}`);
        if (form === 'order') assertContains(text, `คำสั่ง${model.headingUnit}`, `order heading ${mode}`);
        if (form === 'announcement') assertContains(text, `ประกาศ${model.headingUnit}`, `heading ${mode}`);
      }

      const info = run('pdfinfo', [file]);
      assert.match(info.stdout, new RegExp(`^Title:\\s+${model.title}$`, 'm'));
      assert.match(info.stdout, new RegExp(`^Author:\\s+${model.author}$`, 'm'));
      assert.match(info.stdout, /^PDF version:\s+1\.7$/m);
      const meta = run('pdfinfo', ['-meta', file]).stdout;
      assert.match(meta, /<pdfaid:part>3<\/pdfaid:part>/);
      assert.match(meta, /<pdfaid:conformance>B<\/pdfaid:conformance>/);
      assert.ok(meta.includes(model.title), 'dc:title in the XMP');

      const list = run('pdfdetach', ['-list', file]);
      assert.match(list.stdout, /^1 embedded files?\n1: letter\.xml$/m);
      const out = path.join(tmp.dir, `${form}-letter.xml`);
      const save = run('pdfdetach', ['-save', '1', '-o', out, file]);
      assert.equal(save.status, 0, save.stderr);
      assert.equal(await readFile(out, 'utf8'), model.metadataXml);
    });
  }

  test('the Thai stress line extracts exactly, with and without -layout', async () => {
    for (const form of ['external', 'memo'] as const) {
      const { file } = await renderToFile(`stress-${form}.pdf`, sampleLetter(form, { images, stress: true }));
      for (const layout of [false, true]) {
        const text = pdftotext(file, { layout });
        assert.ok(text.includes(THAI_STRESS_LINE), `${form} ${layout ? '-layout' : 'raw'}:\n${text}`);
      }
    }
  });

  test('urgency and secrecy marks: in the text, secrecy at the top and bottom of every page', async () => {
    const model = sampleLetter('external', {
      images,
      urgencyMark: 'ด่วนที่สุด',
      secrecyMark: 'ลับมาก',
      extraParagraphs: 6,
    });
    const { file, pages } = await renderToFile('marks.pdf', model);
    assert.ok(pages >= 2);
    assertClean(file);
    for (let p = 1; p <= pages; p++) {
      const lines = pdftotext(file, { layout: true, first: p, last: p })
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '');
      assert.equal(lines[0], 'ลับมาก', `page ${p} starts with the secrecy mark`);
      assert.equal(lines[lines.length - 1], 'ลับมาก', `page ${p} ends with the secrecy mark`);
    }
    assert.ok(pdftotext(file, { first: 1, last: 1 }).includes('ด่วนที่สุด'));
    assert.ok(!pdftotext(file, { first: 2, last: 2 }).includes('ด่วนที่สุด'), 'urgency on page 1 only');
  });

  test('every word inside the page and no two words overlap, with long urgency and secrecy marks', async () => {
    for (const form of FORMS) {
      const model = sampleLetter(form, {
        images,
        urgencyMark: 'ด่วนภายใน ๑๕ มิถุนายน ๒๕๖๙ เวลา ๑๖.๓๐ น.',
        secrecyMark: 'ลับที่สุด',
        extraParagraphs: 3,
      });
      const { file } = await renderToFile(`bbox-${form}.pdf`, model);
      const html = run('pdftotext', ['-bbox', file, '-']).stdout;
      const pages = html.split('<page ').slice(1);
      assert.ok(pages.length >= 1);
      pages.forEach((page, p) => {
        const [w, h] = [/width="([\d.]+)"/, /height="([\d.]+)"/].map((re) => Number(re.exec(page)![1]));
        const words = [
          ...page.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g),
        ].map((m) => ({ x0: +m[1]!, y0: +m[2]!, x1: +m[3]!, y1: +m[4]!, text: m[5]! }));
        assert.ok(words.length > 0);
        for (const a of words) {
          assert.ok(
            a.x0 >= 0 && a.y0 >= 0 && a.x1 <= w! && a.y1 <= h!,
            `${form} p${p + 1}: ${a.text} off the page`,
          );
        }
        for (let i = 0; i < words.length; i++) {
          for (let j = i + 1; j < words.length; j++) {
            const a = words[i]!;
            const b = words[j]!;
            const overlap =
              Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0.5 &&
              Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 0.5;
            assert.ok(!overlap, `${form} p${p + 1}: "${a.text}" overlaps "${b.text}"`);
          }
        }
      });
      assert.ok(pdftotext(file).replace(/\s+/g, ' ').includes('ด่วนภายใน ๑๕ มิถุนายน ๒๕๖๙ เวลา ๑๖.๓๐ น.'));
    }
  });

  test('no images: placeholder emblem and seal, blank signature space, still clean', async () => {
    for (const form of FORMS) {
      const { file } = await renderToFile(`plain-${form}.pdf`, sampleLetter(form));
      assertClean(file);
      const list = run('pdfimages', ['-list', file]).stdout.trim().split('\n');
      assert.equal(list.length, 2, `${form}: no image XObjects (only the header lines):\n${list.join('\n')}`);
    }
  });

  test('draft mark: a light diagonal ร่าง drawn as shapes under the text, not in the text layer', async () => {
    const draft = sampleLetter('memo', { images, draftMark: 'ร่าง' });
    const { file } = await renderToFile('draft.pdf', draft);
    const { file: finalFile } = await renderToFile('final.pdf', sampleLetter('memo', { images }));
    assertClean(file);
    const text = pdftotext(file);
    assert.ok(!text.includes('ร่าง'), 'the mark is not text');
    assert.ok(text.includes(draft.subject), 'the letter text is still there');
    const grey = async (pdfFile: string, prefix: string): Promise<number> => {
      const r = render(pdfFile, path.join(tmp.dir, prefix), { dpi: 30 });
      assert.equal(r.status, 0, r.stderr);
      const { data } = await sharp(path.join(tmp.dir, `${prefix}-1.png`))
        .greyscale()
        .raw()
        .toBuffer({ resolveWithObject: true });
      let n = 0;
      for (const v of data) if (v >= 205 && v <= 240) n++;
      return n;
    };
    const withMark = await grey(file, 'draft');
    const without = await grey(finalFile, 'final');
    assert.ok(withMark > without + 3000, `light grey pixels: ${withMark} with the mark, ${without} without`);
  });

  test('an emblem or seal sharp cannot read: EMBLEM_INVALID', async () => {
    const isInvalid = (err: unknown) => err instanceof LetterRenderError && err.problem === 'EMBLEM_INVALID';
    const garbage = new TextEncoder().encode('not an image at all');
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    await assert.rejects(renderer.render({ ...sampleLetter('external'), emblem: garbage }), isInvalid);
    await assert.rejects(
      renderer.render({ ...sampleLetter('memo'), emblem: svg }),
      isInvalid,
      'PNG/JPEG only',
    );
    await assert.rejects(renderer.render({ ...sampleLetter('stamped'), seal: garbage }), isInvalid);
    const truncated = images.emblem.subarray(0, 60);
    await assert.rejects(renderer.render({ ...sampleLetter('order'), emblem: truncated }), isInvalid);
  });

  test('a letter over 50 pages: LETTER_TOO_LONG', async () => {
    const model = sampleLetter('external', { extraParagraphs: 600 });
    await assert.rejects(
      renderer.render(model),
      (err: unknown) => err instanceof LetterRenderError && err.problem === 'LETTER_TOO_LONG',
    );
    const huge = { ...sampleLetter('memo'), paragraphs: ['ก'.repeat(2_100_000)] };
    await assert.rejects(
      renderer.render(huge),
      (err: unknown) => err instanceof LetterRenderError && err.problem === 'LETTER_TOO_LONG',
    );
  });

  test('Arabic-digit letters get Arabic enclosure numbers and page numbers', async () => {
    const model: LetterRenderModel = {
      ...sampleLetter('external', { extraParagraphs: 6 }),
      numberLine: 'ที่ ศธ 04001/123',
      dateLine: '14 มิถุนายน 2569',
    };
    const { file, pages } = await renderToFile('arabic.pdf', model);
    assert.ok(pages >= 2);
    const text = pdftotext(file, { layout: true });
    assert.match(text, /1\. กำหนดการประชุม/);
    assert.match(text, /^\s*- 2 -\s*$/m);
  });
});
