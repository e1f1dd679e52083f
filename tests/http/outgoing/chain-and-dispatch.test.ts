import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { Permission } from '../../../src/domain/directory/permissions.ts';
import { createUserWithPermissions, loginAs, TEST_PASSWORD } from '../../support/factories.ts';
import { api, expectError, ok, type OtherAgency } from '../../support/letters-extra.ts';
import type { LetterAgency, LetterUser } from '../../support/letters.ts';
import {
  bookOf,
  draftOf,
  lastNumber,
  newDraft,
  pdfOf,
  queueIds,
  signedLetter,
  signRequest,
  th,
  toSignature,
  startOutgoingAgency,
} from '../../support/outgoing.ts';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/**
 * The review-and-signing chain (versions, returns with โปรดแก้ไข, resubmission, delete and cancel rules, the
 * actions offered to each role at each step) and dispatch (paper, units of the agency, another agency on the
 * platform with tenant isolation both ways, dispatching twice).
 */
describe('outgoing letters: chain and dispatch', () => {
  let s: LetterAgency;
  let other: OtherAgency;
  let signature: string;
  let dispatchReg: string;

  before(async () => {
    ({ s, signature, dispatchReg, other } = await startOutgoingAgency());
  });
  after(() => s.close());

  const view = async (id: string, user: LetterUser = s.staffA) =>
    ok(await api(s.app, user).get(`/outgoing/${id}`));
  const actions = async (id: string, user: LetterUser) => [...(await view(id, user)).actions].sort();

  describe('the chain', () => {
    test('every PATCH is a new version with its note; the content is the latest', async () => {
      const draft = await newDraft(s, s.staffA, draftOf(s, 'external'));
      assert.equal(draft.version, 1);
      assert.deepEqual(
        draft.versions.map((v: { version: number; note: string }) => [v.version, v.note]),
        [[1, 'ร่างแรก']],
      );
      const v2 = ok(
        await api(s.app, s.staffA).patch(`/outgoing/${draft.id}`, {
          subject: 'ขอเชิญประชุมคณะทำงาน (แก้ไขเรื่อง)',
          note: 'แก้ชื่อเรื่อง',
        }),
      );
      assert.equal(v2.version, 2);
      const v3 = ok(
        await api(s.app, s.staffA).patch(`/outgoing/${draft.id}`, {
          paragraphs: ['ย่อหน้าใหม่ที่หนึ่ง', 'ย่อหน้าใหม่ที่สอง', 'ย่อหน้าใหม่ที่สาม'],
        }),
      );
      assert.equal(v3.version, 3);
      const v4 = ok(
        await api(s.app, s.staffA).patch(`/outgoing/${draft.id}`, {
          form: 'memo',
          closing: '',
          note: 'เปลี่ยนเป็นบันทึกข้อความ',
        }),
      );
      assert.equal(v4.version, 4);
      assert.deepEqual(
        v4.versions.map((v: { version: number; note: string; createdByName: string }) => [
          v.version,
          v.note,
          v.createdByName,
        ]),
        [
          [1, 'ร่างแรก', 'นายขยัน ปฏิบัติงาน'],
          [2, 'แก้ชื่อเรื่อง', 'นายขยัน ปฏิบัติงาน'],
          [3, '', 'นายขยัน ปฏิบัติงาน'],
          [4, 'เปลี่ยนเป็นบันทึกข้อความ', 'นายขยัน ปฏิบัติงาน'],
        ],
      );
      const now = await view(draft.id);
      assert.equal(now.version, 4);
      assert.equal(now.content.form, 'memo');
      assert.equal(now.content.subject, 'ขอเชิญประชุมคณะทำงาน (แก้ไขเรื่อง)');
      assert.deepEqual(now.content.paragraphs, ['ย่อหน้าใหม่ที่หนึ่ง', 'ย่อหน้าใหม่ที่สอง', 'ย่อหน้าใหม่ที่สาม']);
      assert.equal(now.content.addressee, draft.content.addressee, 'untouched fields stay');
    });

    test('a return sends the draft back with its reason; resubmitting restarts the chain; the comments are kept', async () => {
      const draft = await newDraft(s, s.staffA, draftOf(s, 'external'));
      ok(
        await api(s.app, s.staffA).post(`/outgoing/${draft.id}/submit`, {
          reviewerIds: [s.deputy.userId, s.clerk.userId],
          signerId: s.director.userId,
        }),
      );
      ok(
        await api(s.app, s.deputy).post(`/outgoing/${draft.id}/review`, {
          decision: 'approve',
          comment: 'ถูกต้องตามระเบียบ',
        }),
      );
      // The second reviewer returns it.
      const back = ok(
        await api(s.app, s.clerk).post(`/outgoing/${draft.id}/review`, {
          decision: 'return',
          comment: 'โปรดแก้ไข ระบุสถานที่ประชุม',
        }),
      );
      assert.equal(back.status, 'draft');
      assert.deepEqual(
        back.reviews.map((r: { userId: string; role: string; status: string; comment: string }) => [
          r.userId,
          r.role,
          r.status,
          r.comment,
        ]),
        [
          [s.deputy.userId, 'reviewer', 'approved', 'ถูกต้องตามระเบียบ'],
          [s.clerk.userId, 'reviewer', 'returned', 'โปรดแก้ไข ระบุสถานที่ประชุม'],
          [s.director.userId, 'signer', 'waiting', ''],
        ],
      );
      assert.deepEqual(await actions(draft.id, s.staffA), ['delete', 'edit', 'submit']);
      assert.deepEqual(await actions(draft.id, s.director), []);

      ok(
        await api(s.app, s.staffA).patch(`/outgoing/${draft.id}`, {
          paragraphs: ['ด้วยสำนักงานจะจัดประชุม ณ ห้องประชุมชั้น ๓', 'จึงเรียนมาเพื่อโปรดทราบ'],
          note: 'เพิ่มสถานที่ประชุม',
        }),
      );
      const again = ok(
        await api(s.app, s.staffA).post(`/outgoing/${draft.id}/submit`, {
          reviewerIds: [s.deputy.userId, s.clerk.userId],
          signerId: s.director.userId,
        }),
      );
      assert.equal(again.status, 'in-review');
      assert.deepEqual(
        again.reviews.map((r: { status: string; comment: string }) => [r.status, r.comment]),
        [
          ['pending', ''],
          ['waiting', ''],
          ['waiting', ''],
        ],
        'the chain starts again from the first reviewer',
      );
      // Earlier rounds stay readable.
      assert.deepEqual(
        again.reviewHistory.map((h: { decision: string; comment: string }) => [h.decision, h.comment]),
        [
          ['submitted', ''],
          ['approved', 'ถูกต้องตามระเบียบ'],
          ['returned', 'โปรดแก้ไข ระบุสถานที่ประชุม'],
          ['submitted', ''],
        ],
      );
      assert.deepEqual(
        again.reviewHistory.map((h: { byName: string }) => h.byName),
        ['นายขยัน ปฏิบัติงาน', 'นายวิไล ทำแทนได้', 'นายสมใจ ใจดี', 'นายขยัน ปฏิบัติงาน'],
      );
      // The first reviewer must approve again before the second can act.
      expectError(
        await api(s.app, s.clerk).post(`/outgoing/${draft.id}/review`, { decision: 'approve' }),
        403,
        'NOT_YOUR_TURN',
      );
      ok(await api(s.app, s.deputy).post(`/outgoing/${draft.id}/review`, { decision: 'approve' }));
      ok(
        await api(s.app, s.clerk).post(`/outgoing/${draft.id}/review`, {
          decision: 'approve',
          comment: 'ครบถ้วน',
        }),
      );
      // The signer returns it too; resubmitted with no reviewers it goes straight to the signer.
      const fromSigner = ok(
        await api(s.app, s.director).post(`/outgoing/${draft.id}/review`, {
          decision: 'return',
          comment: 'โปรดแก้ไข ใช้คำว่า กราบเรียน',
        }),
      );
      assert.equal(fromSigner.status, 'draft');
      assert.equal(fromSigner.reviews.at(-1).status, 'returned');
      assert.equal(fromSigner.reviews.at(-1).comment, 'โปรดแก้ไข ใช้คำว่า กราบเรียน');
      ok(await api(s.app, s.staffA).patch(`/outgoing/${draft.id}`, { salutation: 'กราบเรียน' }));
      const direct = ok(
        await api(s.app, s.staffA).post(`/outgoing/${draft.id}/submit`, { signerId: s.director.userId }),
      );
      assert.equal(direct.status, 'awaiting-signature');
      assert.deepEqual(
        direct.reviews.map((r: { role: string; status: string }) => [r.role, r.status]),
        [['signer', 'pending']],
      );
      const signed = ok(await signRequest(s, draft.id, signature));
      assert.equal(signed.version, 3);
      assert.deepEqual(
        signed.reviewHistory.map((h: { decision: string }) => h.decision),
        [
          'submitted',
          'approved',
          'returned',
          'submitted',
          'approved',
          'approved',
          'returned',
          'submitted',
          'signed',
        ],
      );
      assert.ok(
        signed.reviewHistory.some(
          (h: { decision: string; comment: string }) =>
            h.decision === 'returned' && h.comment === 'โปรดแก้ไข ใช้คำว่า กราบเรียน',
        ),
      );
    });

    test('only the drafter deletes a draft, and only while it is a draft', async () => {
      const draft = await newDraft(s, s.staffA, draftOf(s, 'memo'));
      // The clerk and the director see it (they search the unit) but did not write it.
      for (const u of [s.clerk, s.director]) {
        expectError(await api(s.app, u).delete(`/outgoing/${draft.id}`), 403, 'PERMISSION_DENIED');
      }
      ok(await api(s.app, s.staffA).post(`/outgoing/${draft.id}/submit`, { signerId: s.director.userId }));
      const underWay = await api(s.app, s.staffA).delete(`/outgoing/${draft.id}`);
      expectError(underWay, 409, 'OUTGOING_WRONG_STATUS');
      assert.equal(underWay.json().error.details.status, 'awaiting-signature');
      ok(
        await api(s.app, s.director).post(`/outgoing/${draft.id}/review`, {
          decision: 'return',
          comment: 'โปรดแก้ไข',
        }),
      );
      assert.deepEqual(ok(await api(s.app, s.staffA).delete(`/outgoing/${draft.id}`)), { ok: true });
      expectError(await api(s.app, s.staffA).get(`/outgoing/${draft.id}`), 404, 'OUTGOING_NOT_FOUND');
      const list = ok(await api(s.app, s.staffA).get('/outgoing?box=all&limit=200'));
      assert.ok(!list.items.some((i: { id: string }) => i.id === draft.id));

      const signed = await signedLetter(s, signature, draftOf(s, 'memo'));
      const gone = await api(s.app, s.staffA).delete(`/outgoing/${signed.id}`);
      expectError(gone, 409, 'OUTGOING_WRONG_STATUS');
      assert.equal(gone.json().error.details.status, 'signed');
      assert.equal((await view(signed.id)).status, 'signed');
    });

    test('cancel after signing: the number stays in the register book marked cancelled and is never reused', async () => {
      const signed = await signedLetter(s, signature, draftOf(s, 'external'));
      const n = await lastNumber(s, dispatchReg);
      assert.equal(signed.numberFormatted, `ที่ ศธ ๐๔๐๐๑/${th(n)}`);
      const cancelled = ok(
        await api(s.app, s.clerk).post(`/outgoing/${signed.id}/cancel`, { reason: 'พิมพ์ชื่อผู้รับผิด' }),
      );
      assert.equal(cancelled.status, 'cancelled');
      assert.equal(cancelled.numberFormatted, signed.numberFormatted, 'the letter keeps its number');
      assert.equal(cancelled.cancelReason, 'พิมพ์ชื่อผู้รับผิด');
      assert.ok(cancelled.cancelledAt);
      const entry = (await bookOf(s, dispatchReg)).items.find((e) => e.number === n);
      assert.deepEqual(
        [entry?.status, entry?.letterId, entry?.formatted, entry?.cancelReason],
        ['cancelled', signed.id, signed.numberFormatted, 'พิมพ์ชื่อผู้รับผิด'],
      );
      const cancelledOnly = ok(
        await api(s.app, s.clerk).get(`/registers/${dispatchReg}/numbers?status=cancelled`),
      );
      assert.ok(cancelledOnly.items.some((e: { number: number }) => e.number === n));
      // Not again, not dispatched, no actions; the next letter gets the next number.
      const twice = await api(s.app, s.clerk).post(`/outgoing/${signed.id}/cancel`, { reason: 'อีกครั้ง' });
      expectError(twice, 409, 'OUTGOING_WRONG_STATUS');
      assert.equal(twice.json().error.details.status, 'cancelled');
      expectError(
        await api(s.app, s.clerk).post(`/outgoing/${signed.id}/dispatch`, { paperRecipients: ['ผู้รับ'] }),
        409,
        'OUTGOING_WRONG_STATUS',
      );
      for (const u of [s.staffA, s.clerk, s.director]) assert.deepEqual(await actions(signed.id, u), []);
      const next = await signedLetter(s, signature, draftOf(s, 'external'));
      assert.equal(next.numberFormatted, `ที่ ศธ ๐๔๐๐๑/${th(n + 1)}`);
    });

    test('cancelling a letter signed with a reserved number marks that number cancelled', async () => {
      const reserved = ok(
        await api(s.app, s.clerk).post('/number-reservations', { registerId: dispatchReg, reason: 'จองเลข' }),
      );
      const draft = await newDraft(s, s.staffA, draftOf(s, 'external'));
      await toSignature(s, draft.id);
      ok(await signRequest(s, draft.id, signature, { reservedNumber: reserved.number }));
      ok(await api(s.app, s.director).post(`/outgoing/${draft.id}/cancel`, { reason: 'ยกเลิกการประชุม' }));
      const entry = (await bookOf(s, dispatchReg)).items.find((e) => e.number === reserved.number);
      assert.deepEqual([entry?.status, entry?.letterId], ['cancelled', draft.id]);
    });
  });

  describe('actions', () => {
    test('the actions offered match what each role may do at each step, and what is offered works', async () => {
      const who = { staffA: s.staffA, deputy: s.deputy, director: s.director, clerk: s.clerk };
      const all = async (id: string) =>
        Object.fromEntries(
          await Promise.all(Object.entries(who).map(async ([k, u]) => [k, await actions(id, u)] as const)),
        );
      const draft = await newDraft(s, s.staffA, draftOf(s, 'external'));
      assert.deepEqual(await all(draft.id), {
        staffA: ['delete', 'edit', 'submit'],
        deputy: [],
        director: [],
        clerk: [],
      });
      ok(
        await api(s.app, s.staffA).post(`/outgoing/${draft.id}/submit`, {
          reviewerIds: [s.deputy.userId],
          signerId: s.director.userId,
        }),
      );
      assert.deepEqual(await all(draft.id), { staffA: [], deputy: ['review'], director: [], clerk: [] });
      ok(await api(s.app, s.deputy).post(`/outgoing/${draft.id}/review`, { decision: 'approve' }));
      assert.deepEqual(await all(draft.id), {
        staffA: [],
        deputy: [],
        director: ['review', 'sign'],
        clerk: [],
      });
      ok(await signRequest(s, draft.id, signature));
      const afterSigning = {
        staffA: ['dispatch'],
        deputy: ['cancel', 'dispatch'],
        director: ['cancel', 'dispatch'],
        clerk: ['cancel', 'dispatch'],
      };
      assert.deepEqual(await all(draft.id), afterSigning);
      // Staff of the unit may send it on inside the agency, as offered; not to another agency.
      ok(await api(s.app, s.staffA).post(`/outgoing/${draft.id}/dispatch`, { paperRecipients: ['ผู้รับ'] }));
      assert.equal((await view(draft.id)).status, 'dispatched');
      assert.deepEqual(await all(draft.id), afterSigning);
      ok(await api(s.app, s.deputy).post(`/outgoing/${draft.id}/cancel`, { reason: 'ยกเลิก' }));
      assert.deepEqual(await all(draft.id), { staffA: [], deputy: [], director: [], clerk: [] });
      // A person of another division does not see the letter at all.
      expectError(await api(s.app, s.personB).get(`/outgoing/${draft.id}`), 404, 'OUTGOING_NOT_FOUND');
    });
  });

  describe('dispatch', () => {
    test('to paper recipients: a delivery record each, nothing in any queue', async () => {
      const signed = await signedLetter(s, signature, draftOf(s, 'external'));
      const queues = async () => ({
        clerk: await queueIds(s, s.clerk, 'to-receive'),
        clerkA: await queueIds(s, s.clerkA, 'to-receive'),
        clerkB: await queueIds(s, s.clerkB, 'to-receive'),
        other: await queueIds(s, other.clerk, 'all'),
      });
      const before = await queues();
      const sent = ok(
        await api(s.app, s.clerk).post(`/outgoing/${signed.id}/dispatch`, {
          paperRecipients: ['ผู้ว่าราชการจังหวัดทดสอบ', 'นายอำเภอเมืองทดสอบ'],
        }),
      );
      assert.equal(sent.status, 'dispatched');
      assert.deepEqual(
        sent.deliveries
          .map((d: { kind: string; toName: string; status: string; receiptFormatted: string | null }) => [
            d.kind,
            d.toName,
            d.status,
            d.receiptFormatted,
          ])
          .sort(),
        [
          ['paper', 'นายอำเภอเมืองทดสอบ', 'delivered', null],
          ['paper', 'ผู้ว่าราชการจังหวัดทดสอบ', 'delivered', null],
        ].sort(),
      );
      assert.deepEqual(await queues(), before);
      // The signed PDF is the print-ready copy.
      const pdf = await pdfOf(s, s.clerk, signed.id);
      assert.equal(Buffer.from(pdf.subarray(0, 5)).toString('latin1'), '%PDF-');
    });

    test('to a unit of the agency: an incoming letter in its รอลงรับ; its registration is reported back', async () => {
      const signed = await signedLetter(s, signature, draftOf(s, 'memo'));
      const before = await queueIds(s, s.clerkB, 'to-receive');
      const sent = ok(
        await api(s.app, s.clerk).post(`/outgoing/${signed.id}/dispatch`, { orgUnitIds: [s.units.divB] }),
      );
      assert.deepEqual(
        sent.deliveries.map((d: { kind: string; toName: string; status: string }) => [
          d.kind,
          d.toName,
          d.status,
        ]),
        [['unit', 'กองแผนงาน', 'delivered']],
      );
      const page = ok(await api(s.app, s.clerkB).get('/letters?queue=to-receive&limit=200'));
      assert.equal(page.total, before.length + 1);
      const item = page.items.find(
        (i: { letter: { subject: string } }) => i.letter.subject === signed.content.subject,
      );
      assert.ok(item, 'the letter waits in division B');
      assert.equal(item.letter.docNo, signed.numberFormatted.replace(/^ที่ /, ''));
      const got = ok(await api(s.app, s.clerkB).post(`/deliveries/${item.delivery.id}/receive`, {}));
      const receipt = got.receipts[0].formatted;
      const after = await view(signed.id);
      assert.deepEqual(
        after.deliveries.map((d: { status: string; receiptFormatted: string }) => [
          d.status,
          d.receiptFormatted,
        ]),
        [['received', receipt]],
      );
    });

    describe('to another agency on the platform', () => {
      let toOther: { id: string; subject: string; number: string };
      let toDivB: { id: string; subject: string };
      let incoming: string;
      let divBIncoming: string;

      before(async () => {
        const a = await signedLetter(s, signature, draftOf(s, 'external'));
        ok(
          await api(s.app, s.clerk).post(`/outgoing/${a.id}/dispatch`, {
            orgUnitIds: [s.units.divB],
            agencySlugs: [other.b.tenant.slug],
          }),
        );
        toOther = { id: a.id, subject: a.content.subject, number: a.numberFormatted };
        const b = await signedLetter(s, signature, draftOf(s, 'external'));
        ok(await api(s.app, s.clerk).post(`/outgoing/${b.id}/dispatch`, { orgUnitIds: [s.units.divB] }));
        toDivB = { id: b.id, subject: b.content.subject };
        // Signed but never sent.
        await signedLetter(s, signature, draftOf(s, 'external'));
        const divB = ok(await api(s.app, s.clerkB).get('/letters?queue=to-receive&limit=200'));
        divBIncoming = divB.items.find(
          (i: { letter: { subject: string } }) => i.letter.subject === toDivB.subject,
        ).letter.id;
      });

      test('the receiver sees exactly the incoming copy of what was sent to it, never our outgoing letters', async () => {
        const o = api(s.app, other.clerk);
        const all = ok(await o.get('/letters?queue=all&limit=200'));
        assert.equal(all.total, 1, 'only the one letter sent to it');
        assert.equal(all.items[0].letter.subject, toOther.subject);
        incoming = all.items[0].letter.id;
        assert.deepEqual(await queueIds(s, other.clerk, 'to-receive'), [incoming]);
        const letter = ok(await o.get(`/letters/${incoming}`));
        assert.equal(letter.docNo, toOther.number.replace(/^ที่ /, ''));
        assert.equal(letter.senderAgency, s.a.tenant.nameTh);
        // The same signed PDF, copied into its own file store.
        const theirs = new Uint8Array((await o.get(`/letters/${incoming}/pdf`)).rawPayload);
        assert.equal(sha(theirs), sha(await pdfOf(s, s.staffA, toOther.id)));
        // Our outgoing letters: not found, whichever endpoint; none listed.
        for (const res of [
          await o.get(`/outgoing/${toOther.id}`),
          await o.get(`/outgoing/${toOther.id}/pdf`),
          await o.get(`/outgoing/${toDivB.id}`),
        ]) {
          expectError(res, 404, 'OUTGOING_NOT_FOUND');
        }
        assert.equal(ok(await o.get('/outgoing?box=all')).total, 0);
        // Division B's incoming copy of another letter is not theirs either.
        expectError(await o.get(`/letters/${divBIncoming}`), 404, 'LETTER_NOT_FOUND');
        expectError(await o.get(`/letters/${divBIncoming}/pdf`), 404, 'LETTER_NOT_FOUND');
      });

      test("the sender's users cannot open the receiver's incoming letter", async () => {
        for (const u of [s.clerk, s.director, s.staffA]) {
          expectError(await api(s.app, u).get(`/letters/${incoming}`), 404, 'LETTER_NOT_FOUND');
          expectError(await api(s.app, u).get(`/letters/${incoming}/pdf`), 404, 'LETTER_NOT_FOUND');
          assert.ok(!(await queueIds(s, u, 'all')).includes(incoming));
        }
      });

      test('the receiver registers it with its own number and the sender sees "received" with it', async () => {
        const page = ok(await api(s.app, other.clerk).get('/letters?queue=to-receive'));
        const got = ok(
          await api(s.app, other.clerk).post(`/deliveries/${page.items[0].delivery.id}/receive`, {}),
        );
        const receipt = got.receipts[0];
        assert.equal(receipt.registerId, other.registerId);
        const sent = await view(toOther.id, s.clerk);
        const byKind = Object.fromEntries(
          sent.deliveries.map((d: { kind: string; status: string; receiptFormatted: string | null }) => [
            d.kind,
            [d.status, d.receiptFormatted],
          ]),
        );
        assert.deepEqual(byKind, { unit: ['delivered', null], agency: ['received', receipt.formatted] });
        assert.ok(sent.deliveries.find((d: { kind: string }) => d.kind === 'agency').receivedAt);
      });

      test('the same agency twice in one dispatch (any letter case) delivers once', async () => {
        const c = await signedLetter(s, signature, draftOf(s, 'external'));
        const before = (await queueIds(s, other.clerk, 'to-receive')).length;
        const sent = ok(
          await api(s.app, s.clerk).post(`/outgoing/${c.id}/dispatch`, {
            agencySlugs: [other.b.tenant.slug, other.b.tenant.slug.toUpperCase()],
          }),
        );
        assert.equal(sent.deliveries.length, 1);
        assert.equal((await queueIds(s, other.clerk, 'to-receive')).length, before + 1);
      });
    });

    test('dispatching again to the same unit is accepted and makes a second delivery (and a second incoming letter)', async () => {
      const signed = await signedLetter(s, signature, draftOf(s, 'external'));
      const first = ok(
        await api(s.app, s.clerk).post(`/outgoing/${signed.id}/dispatch`, { orgUnitIds: [s.units.divB] }),
      );
      assert.equal(first.deliveries.length, 1);
      const second = ok(
        await api(s.app, s.clerk).post(`/outgoing/${signed.id}/dispatch`, {
          orgUnitIds: [s.units.divB, s.units.divB],
        }),
      );
      assert.equal(second.status, 'dispatched');
      assert.deepEqual(
        second.deliveries.map((d: { kind: string; toName: string }) => [d.kind, d.toName]),
        [
          ['unit', 'กองแผนงาน'],
          ['unit', 'กองแผนงาน'],
        ],
        'one per dispatch (duplicates within one dispatch are merged)',
      );
      const waiting = ok(await api(s.app, s.clerkB).get('/letters?queue=to-receive&limit=200')).items.filter(
        (i: { letter: { subject: string } }) => i.letter.subject === signed.content.subject,
      );
      assert.equal(waiting.length, 2, 'division B has two copies to register');
    });
  });

  describe('who may see and act', () => {
    let searcher: LetterUser;

    before(async () => {
      const u = await createUserWithPermissions(s.deps, s.a.tenant.id, [Permission.LetterSearch]);
      searcher = {
        userId: u.userId,
        username: u.username,
        session: await loginAs(s.app, s.a.tenant.slug, u.username, TEST_PASSWORD),
      };
    });

    test('a searcher of the owner unit (or above) sees its plain letters, read-only', async () => {
      const draft = await newDraft(s, s.staffA, draftOf(s, 'memo'));
      const seen = await view(draft.id, searcher);
      assert.deepEqual(seen.actions, []);
      assert.ok(
        ok(await api(s.app, searcher).get('/outgoing?box=all&limit=200')).items.some(
          (i: { id: string }) => i.id === draft.id,
        ),
      );
    });

    test('a classified letter is hidden from a searcher without the secret register, as incoming ones are', async () => {
      const draft = await newDraft(s, s.staffA, draftOf(s, 'memo', { secrecy: 'secret' }));
      expectError(await api(s.app, searcher).get(`/outgoing/${draft.id}`), 404, 'OUTGOING_NOT_FOUND');
      expectError(await api(s.app, searcher).get(`/outgoing/${draft.id}/pdf`), 404, 'OUTGOING_NOT_FOUND');
      assert.ok(
        !ok(await api(s.app, searcher).get('/outgoing?box=all&limit=200')).items.some(
          (i: { id: string }) => i.id === draft.id,
        ),
      );
    });

    test('a reviewer from another division cannot cancel or dispatch the letter with grants held only there', async () => {
      // Division B's registry clerk reviews a division A letter; they hold every letter function, in B only.
      const a = await newDraft(s, s.staffA, draftOf(s, 'external'));
      await toSignature(s, a.id, { reviewers: [s.clerkB] });
      ok(await signRequest(s, a.id, signature));
      expectError(
        await api(s.app, s.clerkB).post(`/outgoing/${a.id}/cancel`, { reason: 'ยกเลิกข้ามกอง' }),
        403,
        'PERMISSION_DENIED',
      );
      expectError(
        await api(s.app, s.clerkB).post(`/outgoing/${a.id}/dispatch`, { agencySlugs: [other.b.tenant.slug] }),
        403,
        'PERMISSION_DENIED',
      );
      const now = await view(a.id);
      assert.equal(now.status, 'signed');
      assert.deepEqual(now.deliveries, []);
      assert.deepEqual(await actions(a.id, s.clerkB), []);
    });
  });
});
