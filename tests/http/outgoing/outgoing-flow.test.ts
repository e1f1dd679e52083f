import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assignRole, createPerson, createUser, listRoles } from '../../../src/domain/directory/index.ts';
import { createRegister } from '../../../src/domain/registers/index.ts';
import {
  createTestTenant,
  loginAs,
  randomNationalId,
  TEST_PASSWORD,
  type TestTenant,
} from '../../support/factories.ts';
import {
  as,
  type LetterAgency,
  type LetterUser,
  makeSignaturePng,
  pdfTool,
  startLetterAgency,
} from '../../support/letters.ts';

/**
 * The deck's second workflow through the API: draft → reviewer → the director returns it with โปรดแก้ไข →
 * the drafter fixes it → signed (number and date rendered into the PDF) → dispatched to a division and to
 * another agency on the platform → each registers it with its own number → the sender sees "received".
 */
describe('outgoing letter flow', () => {
  let s: LetterAgency;
  let other: TestTenant;
  let otherClerk: LetterUser;
  let signature: string;
  let letterId: string;
  let dispatchRegisterId: string;

  const draft = () => ({
    form: 'external',
    ownerUnitId: s.units.divA,
    subject: 'ขอเชิญประชุมคณะทำงานพัฒนาระบบสารบรรณอิเล็กทรอนิกส์',
    salutation: 'เรียน',
    addressee: 'ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา',
    references: ['หนังสือสำนักงานปลัดกระทรวง ที่ ศธ ๐๒๐๖/ว ๑๒ ลงวันที่ ๑ พฤศจิกายน ๒๕๖๙'],
    enclosures: ['กำหนดการประชุม จำนวน ๑ ฉบับ'],
    paragraphs: [
      'ด้วยสำนักงานจะจัดประชุมคณะทำงานพัฒนาระบบสารบรรณอิเล็กทรอนิกส์ ในวันที่ ๑๕ ธันวาคม ๒๕๖๙',
      'จึงเรียนมาเพื่อโปรดพิจารณาเข้าร่วมประชุม ปี่ ป่า ฝั่ง ฟ้า น้ำ ที่นั่ง',
    ],
    closing: 'ขอแสดงความนับถือ',
    phone: '0 2123 4567',
    email: 'saraban@example.go.th',
  });

  before(async () => {
    s = await startLetterAgency();
    signature = await makeSignaturePng();
    const sys = s.a.systemCtx;
    dispatchRegisterId = (
      await createRegister(s.deps.core, sys, {
        orgUnitId: s.units.root,
        kind: 'dispatch',
        name: 'ทะเบียนหนังสือส่ง',
      })
    ).id;
    // A second agency on the platform, with its central registry and receive register.
    other = await createTestTenant(s.deps, { nameTh: 'สำนักงานเขตพื้นที่การศึกษาทดสอบ' });
    const osys = other.systemCtx;
    await createRegister(s.deps.core, osys, {
      orgUnitId: other.rootUnitId,
      kind: 'receive',
      name: 'ทะเบียนรับ',
    });
    const roles = new Map((await listRoles(s.deps.core, osys)).map((r) => [r.key, r.id]));
    const person = await createPerson(s.deps.core, osys, {
      orgUnitId: other.rootUnitId,
      title: 'นาง',
      nameTh: 'รับดี มีระเบียบ',
      nationalId: randomNationalId(),
    });
    const user = await createUser(s.deps.core, osys, {
      personId: person.id,
      username: 'registry',
      displayName: 'นางรับดี มีระเบียบ',
      password: TEST_PASSWORD,
      mustChangePassword: false,
    });
    await assignRole(s.deps.core, osys, user.id, {
      roleId: roles.get('central-registry')!,
      orgUnitId: other.rootUnitId,
    });
    otherClerk = {
      userId: user.id,
      username: 'registry',
      session: await loginAs(s.app, other.tenant.slug, 'registry', TEST_PASSWORD),
    };
  });
  after(() => s.close());

  test('staff drafts an external letter and previews it; a form without its salutation is refused', async () => {
    const missing = await as(s.app, s.staffA).post('/outgoing', { ...draft(), addressee: '' });
    assert.equal(missing.statusCode, 400);
    assert.equal(missing.json().error.code, 'FORM_FIELD_REQUIRED');
    const preview = await as(s.app, s.staffA).post('/outgoing/render', draft());
    assert.equal(preview.statusCode, 200, preview.body);
    const text = pdfTool('pdftotext', new Uint8Array(preview.rawPayload)).stdout;
    assert.match(text, /ขอเชิญประชุมคณะทำงานพัฒนาระบบสารบรรณอิเล็กทรอนิกส์/);
    const res = await as(s.app, s.staffA).post('/outgoing', draft());
    assert.equal(res.statusCode, 201, res.body);
    letterId = res.json().id;
    assert.equal(res.json().status, 'draft');
    assert.ok(res.json().actions.includes('submit'));
  });

  test('review chain: the deputy approves, the director returns it with โปรดแก้ไข, the drafter fixes it', async () => {
    const submit = await as(s.app, s.staffA).post(`/outgoing/${letterId}/submit`, {
      reviewerIds: [s.deputy.userId],
      signerId: s.director.userId,
    });
    assert.equal(submit.statusCode, 200, submit.body);
    assert.equal(submit.json().status, 'in-review');
    const early = await as(s.app, s.director).post(`/outgoing/${letterId}/review`, { decision: 'approve' });
    assert.equal(early.json().error.code, 'NOT_YOUR_TURN');
    const ok = await as(s.app, s.deputy).post(`/outgoing/${letterId}/review`, {
      decision: 'approve',
      comment: 'ถูกต้อง',
    });
    assert.equal(ok.json().status, 'awaiting-signature');
    const back = await as(s.app, s.director).post(`/outgoing/${letterId}/review`, {
      decision: 'return',
      comment: 'โปรดแก้ไข ระบุเวลาประชุม',
    });
    assert.equal(back.json().status, 'draft');
    const edit = await as(s.app, s.staffA).patch(`/outgoing/${letterId}`, {
      paragraphs: [
        'ด้วยสำนักงานจะจัดประชุมคณะทำงานพัฒนาระบบสารบรรณอิเล็กทรอนิกส์ ในวันที่ ๑๕ ธันวาคม ๒๕๖๙ เวลา ๐๙.๐๐ น.',
        'จึงเรียนมาเพื่อโปรดพิจารณาเข้าร่วมประชุม',
      ],
      note: 'แก้ตามที่ผู้อำนวยการสั่ง',
    });
    assert.equal(edit.statusCode, 200, edit.body);
    assert.equal(edit.json().version, 2);
    assert.equal(edit.json().versions.length, 2);
    // Every version is kept whole, so the two can be compared.
    const v1 = (await as(s.app, s.director).get(`/outgoing/${letterId}/versions/1`)).json();
    const v2 = (await as(s.app, s.director).get(`/outgoing/${letterId}/versions/2`)).json();
    assert.doesNotMatch(v1.content.paragraphs[0], /เวลา/);
    assert.match(v2.content.paragraphs[0], /เวลา ๐๙\.๐๐ น\./);
    assert.equal(v2.note, 'แก้ตามที่ผู้อำนวยการสั่ง');
    await as(s.app, s.staffA).post(`/outgoing/${letterId}/submit`, {
      reviewerIds: [s.deputy.userId],
      signerId: s.director.userId,
    });
    await as(s.app, s.deputy).post(`/outgoing/${letterId}/review`, { decision: 'approve' });
  });

  test('signing: a wrong password burns no number; then the number and date are in the signed PDF', async () => {
    const wrong = await as(s.app, s.director).post(`/outgoing/${letterId}/sign`, {
      password: 'wrong-pass-1',
      signatureImage: signature,
    });
    assert.equal(wrong.json().error.code, 'SIGN_PASSWORD_WRONG');
    const res = await as(s.app, s.director).post(`/outgoing/${letterId}/sign`, {
      password: TEST_PASSWORD,
      signatureImage: signature,
    });
    assert.equal(res.statusCode, 200, res.body);
    const signed = res.json();
    assert.equal(signed.status, 'signed');
    assert.equal(signed.numberFormatted, 'ที่ ศธ ๐๔๐๐๑/๑');
    assert.match(signed.letterDate, /^\d{4}-\d{2}-\d{2}$/);
    const pdf = new Uint8Array((await as(s.app, s.staffA).get(`/outgoing/${letterId}/pdf`)).rawPayload);
    const text = pdfTool('pdftotext', pdf).stdout;
    assert.match(text, /ศธ ๐๔๐๐๑\/๑/);
    assert.match(text, /\(นายประเสริฐ บริหารดี\)/);
    assert.match(text, /เวลา ๐๙\.๐๐ น\./);
    assert.equal(pdfTool('qpdf', pdf, ['--check']).status, 0);
  });

  test('dispatch to a division and to another agency; each registers it and the sender sees "received"', async () => {
    const res = await as(s.app, s.director).post(`/outgoing/${letterId}/dispatch`, {
      orgUnitIds: [s.units.divB],
      agencySlugs: [other.tenant.slug],
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().deliveries.length, 2);
    for (const clerk of [s.clerkB, otherClerk]) {
      const queue = (await as(s.app, clerk).get('/letters?queue=to-receive')).json();
      assert.equal(queue.total, 1, `${clerk.username} has it waiting`);
      assert.match(queue.items[0].letter.docNo, /ศธ ๐๔๐๐๑\/๑/);
      const got = await as(s.app, clerk).post(`/deliveries/${queue.items[0].delivery.id}/receive`, {});
      assert.equal(got.statusCode, 200, got.body);
    }
    const after = (await as(s.app, s.staffA).get(`/outgoing/${letterId}`)).json();
    assert.deepEqual(
      after.deliveries.map((d: { status: string; receiptFormatted: string }) => [
        d.status,
        d.receiptFormatted,
      ]),
      [
        ['received', '๑'],
        ['received', '๑'],
      ],
    );
  });

  test('the receiving agency acting on it acknowledges it to the sender', async () => {
    const incoming = (await as(s.app, otherClerk).get('/letters?queue=all')).json().items[0].letter.id;
    const note = await as(s.app, otherClerk).post(`/letters/${incoming}/actions`, {
      content: 'แจ้งผู้เกี่ยวข้องแล้ว',
    });
    assert.equal(note.statusCode, 200, note.body);
    const sent = (await as(s.app, s.staffA).get(`/outgoing/${letterId}`)).json();
    assert.deepEqual(sent.deliveries.map((d: { toName: string; status: string }) => d.status).sort(), [
      'acknowledged',
      'received',
    ]);
  });

  test('the dispatch register (แบบที่ ๑๔) lists the number with the letter, on screen and as PDF', async () => {
    const book = (await as(s.app, s.clerk).get(`/registers/${dispatchRegisterId}/dispatch-book`)).json();
    assert.equal(book.rows.length, 1);
    const row = book.rows[0];
    assert.equal(row.formatted, 'ที่ ศธ ๐๔๐๐๑/๑');
    assert.equal(row.subject, 'ขอเชิญประชุมคณะทำงานพัฒนาระบบสารบรรณอิเล็กทรอนิกส์');
    assert.match(row.to, /กองแผนงาน/);
    assert.match(row.to, /สำนักงานเขตพื้นที่การศึกษาทดสอบ/);
    const pdf = await as(s.app, s.clerk).get(`/registers/${dispatchRegisterId}/dispatch-book.pdf`);
    assert.equal(pdf.statusCode, 200);
    const text = pdfTool('pdftotext', new Uint8Array(pdf.rawPayload)).stdout;
    assert.match(text, /ทะเบียนหนังสือส่ง/);
  });

  test('the other agency sees only what was sent to it', async () => {
    const res = await as(s.app, otherClerk).get(`/outgoing/${letterId}`);
    assert.equal(res.statusCode, 404);
    const all = (await as(s.app, otherClerk).get('/letters?queue=all')).json();
    assert.equal(all.total, 1);
  });
});
