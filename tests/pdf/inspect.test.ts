import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { readFile } from 'node:fs/promises';
import { deflateSync } from 'node:zlib';
import { degrees, PDFDocument } from 'pdf-lib';
import { createPdfEngine } from '../../src/adapters/pdf/index.ts';
import { PdfInputError, type PdfProblem } from '../../src/domain/letters/pdf-port.ts';
import { run, skipWithoutTools, sourcePdf, tempDir } from './tools.ts';

const engine = createPdfEngine();
let tmp: Awaited<ReturnType<typeof tempDir>>;

before(async () => {
  tmp = await tempDir();
});
after(async () => {
  await tmp.cleanup();
});

function isProblem(problem: PdfProblem, fileName?: string) {
  return (err: unknown): boolean => {
    assert.ok(err instanceof PdfInputError, `expected PdfInputError, got ${String(err)}`);
    assert.equal(err.problem, problem);
    if (fileName) assert.equal(err.fileName, fileName);
    return true;
  };
}

async function blankPages(n: number, objectStreams = false): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < n; i++) doc.addPage([595.28, 841.89]);
  return doc.save({ useObjectStreams: objectStreams, addDefaultPage: false });
}

/** A PDF whose one object stream is ~200 KB of Flate data that inflates to 200 MB of zeros. */
function objectStreamBomb(): Uint8Array {
  const bomb = deflateSync(Buffer.alloc(200 * 1024 * 1024));
  const head = Buffer.from(
    `%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n` +
      `3 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${bomb.length} >>\nstream\n`,
    'latin1',
  );
  const tail = Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R /Size 4 >>\n%%EOF\n', 'latin1');
  return new Uint8Array(Buffer.concat([head, bomb, tail]));
}

describe('inspect', () => {
  test('a decompression bomb in an object stream is refused before the parser inflates it', async () => {
    await assert.rejects(
      engine.inspect(objectStreamBomb(), { fileName: 'bomb.pdf' }),
      isProblem('PDF_DECOMPRESSION_BOMB', 'bomb.pdf'),
    );
  });

  test('a good PDF: page count and the size of page 1 as displayed', async () => {
    assert.deepEqual(await engine.inspect(await sourcePdf({ objectStreams: true, pages: 2 })), {
      pageCount: 2,
      firstPage: { width: 595.28, height: 841.89 },
    });
    const doc = await PDFDocument.create();
    doc.addPage([595.28, 841.89]).setRotation(degrees(90));
    const info = await engine.inspect(await doc.save());
    assert.deepEqual(info.firstPage, { width: 841.89, height: 595.28 });
  });

  test('empty, not a PDF, truncated', async () => {
    await assert.rejects(
      engine.inspect(new Uint8Array(0), { fileName: 'a.pdf' }),
      isProblem('PDF_EMPTY', 'a.pdf'),
    );
    await assert.rejects(engine.inspect(new TextEncoder().encode('hello')), isProblem('PDF_INVALID'));
    const good = await sourcePdf({ objectStreams: false });
    await assert.rejects(
      engine.inspect(good.subarray(0, Math.floor(good.length * 0.6))),
      isProblem('PDF_INVALID'),
    );
    const goodStreams = await sourcePdf({ objectStreams: true });
    await assert.rejects(
      engine.inspect(goodStreams.subarray(0, goodStreams.length - 200)),
      isProblem('PDF_INVALID'),
    );
    await assert.rejects(
      engine.inspect(new TextEncoder().encode('%PDF-1.7\n%%EOF\n')),
      isProblem('PDF_INVALID'),
    );
  });

  test('no pages is PDF_INVALID; more than maxPages (default 500) is PDF_TOO_MANY_PAGES', async () => {
    await assert.rejects(engine.inspect(await blankPages(0)), isProblem('PDF_INVALID'));
    const three = await blankPages(3);
    await assert.rejects(
      engine.inspect(three, { maxPages: 2, fileName: 'big.pdf' }),
      isProblem('PDF_TOO_MANY_PAGES', 'big.pdf'),
    );
    assert.equal((await engine.inspect(three, { maxPages: 3 })).pageCount, 3);
    await assert.rejects(engine.inspect(await blankPages(501, true)), isProblem('PDF_TOO_MANY_PAGES'));
    assert.equal((await engine.inspect(await blankPages(500, true))).pageCount, 500);
  });

  test('encrypted (qpdf AES-256, with and without object streams) is PDF_ENCRYPTED', {
    skip: skipWithoutTools,
  }, async () => {
    for (const objectStreams of [false, true]) {
      const input = await tmp.file(`plain-${objectStreams}.pdf`, await sourcePdf({ objectStreams }));
      const output = `${tmp.dir}/enc-${objectStreams}.pdf`;
      const r = run('qpdf', ['--encrypt', 'user', 'owner', '256', '--', input, output]);
      assert.equal(r.status, 0, r.stderr);
      const encrypted = await readFile(output);
      await assert.rejects(
        engine.inspect(encrypted, { fileName: 'enc.pdf' }),
        isProblem('PDF_ENCRYPTED', 'enc.pdf'),
      );
      await assert.rejects(
        engine.addReceiptStamp(
          encrypted,
          { unitName: 'ก', numberLine: '๑', dateLine: '๑', timeLine: '๑' },
          { at: 'top-right' },
        ),
        isProblem('PDF_ENCRYPTED'),
      );
    }
  });
});
