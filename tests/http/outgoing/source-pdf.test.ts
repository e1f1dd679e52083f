import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createRegister } from '../../../src/domain/registers/index.ts';
import { TEST_PASSWORD } from '../../support/factories.ts';
import {
  as,
  type LetterAgency,
  makePdf,
  makeSignaturePng,
  sendFiles,
  pdfTool,
  startLetterAgency,
} from '../../support/letters.ts';

/** A draft that carries a finished PDF made elsewhere: signing adds the number, date and signature to it. */
describe('outgoing letter from a finished PDF', () => {
  let s: LetterAgency;
  let id: string;
  let original: Uint8Array;
  const put = (bytes: Uint8Array, fileName: string) =>
    sendFiles(s.app, s.staffA, 'PUT', `/api/v1/outgoing/${id}/document`, [
      { field: 'document', fileName, contentType: 'application/pdf', bytes },
    ]);

  before(async () => {
    s = await startLetterAgency();
    await createRegister(s.deps.core, s.a.systemCtx, {
      orgUnitId: s.units.root,
      kind: 'dispatch',
      name: 'ทะเบียนส่ง',
    });
    original = await makePdf({ text: 'Letter typed in another program' });
    const res = await as(s.app, s.staffA).post('/outgoing', {
      form: 'external',
      ownerUnitId: s.units.divA,
      subject: 'หนังสือที่จัดทำจากโปรแกรมอื่น',
      addressee: 'ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา',
      paragraphs: ['ตามไฟล์แนบ'],
    });
    id = res.json().id;
  });
  after(() => s.close());

  test('a non-PDF is refused; a PDF becomes the draft and its preview', async () => {
    const bad = await put(new TextEncoder().encode('hello'), 'x.pdf');
    assert.equal(bad.json().error.code, 'PDF_INVALID');
    const ok = await put(original, 'หนังสือ.pdf');
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().sourcePdfName, 'หนังสือ.pdf');
    const preview = new Uint8Array((await as(s.app, s.staffA).get(`/outgoing/${id}/pdf`)).rawPayload);
    assert.equal(Buffer.compare(preview, original), 0);
  });

  test('signing keeps its bytes and adds the number, date and signature as revisions', async () => {
    await as(s.app, s.staffA).post(`/outgoing/${id}/submit`, {
      reviewerIds: [],
      signerId: s.director.userId,
    });
    const signed = await as(s.app, s.director).post(`/outgoing/${id}/sign`, {
      password: TEST_PASSWORD,
      signatureImage: await makeSignaturePng(),
    });
    assert.equal(signed.statusCode, 200, signed.body);
    assert.equal(signed.json().numberFormatted, 'ที่ ศธ ๐๔๐๐๑/๑');
    const pdf = new Uint8Array((await as(s.app, s.staffA).get(`/outgoing/${id}/pdf`)).rawPayload);
    assert.equal(
      Buffer.compare(pdf.subarray(0, original.length), original),
      0,
      'the original bytes are intact',
    );
    const text = pdfTool('pdftotext', pdf).stdout;
    assert.match(text, /ที่ ศธ ๐๔๐๐๑\/๑/);
    assert.match(text, /ลงวันที่ /);
    assert.match(text, /\(นายประเสริฐ บริหารดี\)/);
    assert.equal(pdfTool('qpdf', pdf, ['--check']).status, 0);
  });
});
