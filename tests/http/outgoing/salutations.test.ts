import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loginAs, TEST_PASSWORD } from '../../support/factories.ts';
import { as, type LetterAgency, type LetterUser, startLetterAgency } from '../../support/letters.ts';

describe('salutations (คำขึ้นต้น / คำลงท้าย) and review comments', () => {
  let s: LetterAgency;
  let admin: LetterUser;

  before(async () => {
    s = await startLetterAgency();
    admin = {
      userId: s.a.admin.userId,
      username: 'admin',
      session: await loginAs(s.app, s.a.tenant.slug, 'admin', TEST_PASSWORD),
    };
  });
  after(() => s.close());

  test('every agency starts with the regulation pairs; the admin edits them; others may only read', async () => {
    const list = (await as(s.app, s.staffA).get('/salutations')).json();
    assert.deepEqual(
      list.map((x: { opening: string; closing: string }) => [x.opening, x.closing]).slice(0, 2),
      [
        ['เรียน', 'ขอแสดงความนับถือ'],
        ['กราบเรียน', 'ขอแสดงความนับถืออย่างยิ่ง'],
      ],
    );
    const denied = await as(s.app, s.staffA).post('/salutations', {
      opening: 'ทูล',
      closing: 'ควรมิควรแล้วแต่จะโปรด',
    });
    assert.equal(denied.statusCode, 403);
    const created = await as(s.app, admin).post('/salutations', {
      opening: 'ขอประทานกราบทูล',
      closing: 'ควรมิควรแล้วแต่จะโปรด',
      recipient: 'พระบรมวงศ์ชั้นสมเด็จพระเจ้าลูกเธอ',
    });
    assert.equal(created.statusCode, 201, created.body);
    const patched = await as(s.app, admin).patch(`/salutations/${created.json().id}`, { closing: 'ควรมิควร' });
    assert.equal(patched.json().closing, 'ควรมิควร');
    assert.equal(
      patched.json().recipient,
      'พระบรมวงศ์ชั้นสมเด็จพระเจ้าลูกเธอ',
      'a patch keeps what it does not name',
    );
    assert.equal((await as(s.app, admin).delete(`/salutations/${created.json().id}`)).statusCode, 200);
    assert.equal((await as(s.app, admin).delete(`/salutations/${created.json().id}`)).statusCode, 404);
  });

  test('a reviewer may comment without passing the draft on; the comment stays in the history', async () => {
    const draft = await as(s.app, s.staffA).post('/outgoing', {
      form: 'memo',
      ownerUnitId: s.units.divA,
      subject: 'ขอความเห็น',
      addressee: 'ผู้อำนวยการสำนักงาน',
      paragraphs: ['ข้อความ'],
    });
    const id = draft.json().id;
    await as(s.app, s.staffA).post(`/outgoing/${id}/submit`, {
      reviewerIds: [s.deputy.userId],
      signerId: s.director.userId,
    });
    const empty = await as(s.app, s.deputy).post(`/outgoing/${id}/review`, { decision: 'comment' });
    assert.equal(empty.statusCode, 400);
    const res = await as(s.app, s.deputy).post(`/outgoing/${id}/review`, {
      decision: 'comment',
      comment: 'ควรแนบกำหนดการ',
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().status, 'in-review');
    assert.ok(res.json().actions.includes('review'), 'still the deputy’s turn');
    assert.ok(
      res
        .json()
        .reviewHistory.some(
          (h: { decision: string; comment: string }) =>
            h.decision === 'commented' && h.comment === 'ควรแนบกำหนดการ',
        ),
    );
  });
});
