import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createRegister } from '../../../src/domain/registers/index.ts';
import { TEST_PASSWORD } from '../../support/factories.ts';
import {
  as,
  type FilePart,
  type LetterAgency,
  makePdf,
  makeSignaturePng,
  sendFiles,
  startLetterAgency,
} from '../../support/letters.ts';

describe('attachments (สิ่งที่ส่งมาด้วย) of outgoing letters', () => {
  let s: LetterAgency;
  let id: string;
  const upload = (user: LetterAgency['staffA'], files: FilePart[]) =>
    sendFiles(s.app, user, 'POST', `/api/v1/outgoing/${id}/attachments`, files);

  before(async () => {
    s = await startLetterAgency();
    await createRegister(s.deps.core, s.a.systemCtx, {
      orgUnitId: s.units.root,
      kind: 'dispatch',
      name: 'ทะเบียนส่ง',
    });
    const res = await as(s.app, s.staffA).post('/outgoing', {
      form: 'memo',
      ownerUnitId: s.units.divA,
      subject: 'ส่งกำหนดการประชุม',
      addressee: 'ผู้อำนวยการกองแผนงาน',
      paragraphs: ['ส่งกำหนดการประชุมมาเพื่อโปรดทราบ'],
    });
    id = res.json().id;
  });
  after(() => s.close());

  test('the drafter attaches files to the draft; bad names and other users are refused', async () => {
    const pdf = await makePdf();
    const bad = await upload(s.staffA, [
      { field: 'attachments', fileName: '../x.pdf', contentType: 'application/pdf', bytes: pdf },
    ]);
    assert.equal(bad.json().error.code, 'FILE_NAME_INVALID');
    const other = await upload(s.clerkA, [
      { field: 'attachments', fileName: 'ก.pdf', contentType: 'application/pdf', bytes: pdf },
    ]);
    assert.ok(other.statusCode === 403 || other.statusCode === 404, other.body);
    const ok = await upload(s.staffA, [
      { field: 'attachments', fileName: 'กำหนดการประชุม.pdf', contentType: 'application/pdf', bytes: pdf },
    ]);
    assert.equal(ok.statusCode, 200, ok.body);
    assert.deepEqual(
      ok.json().attachments.map((a: { fileName: string }) => a.fileName),
      ['กำหนดการประชุม.pdf'],
    );
  });

  test('the attachment travels with the signed letter to the receiving unit', async () => {
    await as(s.app, s.staffA).post(`/outgoing/${id}/submit`, {
      reviewerIds: [],
      signerId: s.director.userId,
    });
    const signed = await as(s.app, s.director).post(`/outgoing/${id}/sign`, {
      password: TEST_PASSWORD,
      signatureImage: await makeSignaturePng(),
    });
    assert.equal(signed.statusCode, 200, signed.body);
    const late = await upload(s.staffA, [
      { field: 'attachments', fileName: 'ช้า.pdf', contentType: 'application/pdf', bytes: await makePdf() },
    ]);
    assert.equal(late.json().error.code, 'OUTGOING_NOT_EDITABLE');
    await as(s.app, s.director).post(`/outgoing/${id}/dispatch`, { orgUnitIds: [s.units.divB] });
    const queue = (await as(s.app, s.clerkB).get('/letters?queue=to-receive')).json();
    const incoming = (await as(s.app, s.clerkB).get(`/letters/${queue.items[0].letter.id}`)).json();
    assert.deepEqual(
      incoming.attachments.map((a: { fileName: string }) => a.fileName),
      ['กำหนดการประชุม.pdf'],
    );
  });
});
