import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { PdfInputError } from '../../domain/letters/pdf-port.ts';
import { findPreviousXref, IncrementalUpdate } from './incremental.ts';

async function source(useObjectStreams: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([595.28, 841.89]);
  doc.addPage([595.28, 841.89]);
  return doc.save({ useObjectStreams });
}

describe('incremental updates', () => {
  for (const objectStreams of [false, true]) {
    test(`${objectStreams ? 'xref stream' : 'xref table'}: output = input + appended revision, reloadable`, async () => {
      const src = await source(objectStreams);
      const prev = findPreviousXref(src);
      assert.ok(prev);
      assert.equal(prev.kind, objectStreams ? 'stream' : 'table');

      const update = await IncrementalUpdate.open(src);
      const page = update.doc.getPage(1);
      page.node.set(PDFName.of('Marker'), PDFString.of('changed'));
      const added = update.doc.context.register(update.doc.context.obj({ Hello: 'World' }));
      const out = await update.save();
      assert.equal(Buffer.compare(Buffer.from(out.subarray(0, src.length)), Buffer.from(src)), 0);

      const appended = Buffer.from(out.subarray(src.length)).toString('latin1');
      // Only the changed page and the new object are written.
      assert.equal((appended.match(/ obj\n/g) ?? []).length, objectStreams ? 3 : 2);
      assert.ok(
        added.objectNumber >= prev.size,
        'new objects never reuse numbers of dropped stream containers',
      );
      const next = findPreviousXref(out);
      assert.ok(next && next.kind === prev.kind && next.offset > src.length);

      const reloaded = await PDFDocument.load(out);
      assert.equal(reloaded.getPageCount(), 2);
      assert.equal(reloaded.getPage(1).node.get(PDFName.of('Marker'))?.toString(), '(changed)');
    });
  }

  test('the first /ID element is kept across revisions, the second changes', async () => {
    const src = await source(true);
    const once = await (await IncrementalUpdate.open(src)).save();
    const twice = await (await IncrementalUpdate.open(once)).save();
    const ids = [
      ...Buffer.from(twice)
        .toString('latin1')
        .matchAll(/\/ID \[<([0-9A-F]+)> <([0-9A-F]+)>\]/g),
    ];
    assert.equal(ids.length, 2);
    assert.equal(ids[0]![1], ids[1]![1]);
    assert.notEqual(ids[0]![2], ids[1]![2]);
  });

  test('an update without changes appends only a cross-reference section', async () => {
    const src = await source(false);
    const out = await (await IncrementalUpdate.open(src)).save();
    const appended = Buffer.from(out.subarray(src.length)).toString('latin1');
    assert.doesNotMatch(appended, / obj\n/);
    assert.match(appended, /\/Prev \d+/);
  });

  test('broken input is a PdfInputError', async () => {
    const src = await source(false);
    await assert.rejects(
      IncrementalUpdate.open(new Uint8Array(0)),
      (e) => e instanceof PdfInputError && e.problem === 'PDF_EMPTY',
    );
    await assert.rejects(IncrementalUpdate.open(src.subarray(0, src.length - 60)), PdfInputError);
    assert.equal(findPreviousXref(new TextEncoder().encode('%PDF-1.7\nstartxref\n999999\n%%EOF')), undefined);
  });
});
