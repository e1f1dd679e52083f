import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { Permission } from '../../../src/domain/directory/permissions.ts';
import { createRegister } from '../../../src/domain/registers/index.ts';
import {
  createTestTenant,
  createUserWithPermissions,
  loginAs,
  TEST_PASSWORD,
  type TestTenant,
} from '../../support/factories.ts';
import { api, expectError, ok, type OtherAgency } from '../../support/letters-extra.ts';
import { type LetterAgency, type LetterUser, pdfTool } from '../../support/letters.ts';
import {
  bookOf,
  draftOf,
  lastNumber,
  newDraft,
  outgoingTotal,
  queueIds,
  setAgencyStatus,
  signedLetter,
  signRequest,
  th,
  toSignature,
  startOutgoingAgency,
} from '../../support/outgoing.ts';

/**
 * The issue's "Bad input" list for outgoing letters, through the HTTP API: each refusal is a clear 4xx with
 * the catalogue's code, and nothing happens half-way — no draft created, no version added, no number burnt
 * in the register book, no delivery recorded and nothing in any agency's queue.
 */
describe('outgoing letters: bad input', () => {
  let s: LetterAgency;
  let other: OtherAgency;
  let signature: string;
  let dispatchReg: string;

  before(async () => {
    ({ s, signature, dispatchReg, other } = await startOutgoingAgency());
  });
  after(() => s.close());

  /** What a refusal must leave as it was: staff A's letters, the dispatch register, the clerks' queues. */
  async function snapshot() {
    return {
      drafts: await outgoingTotal(s, s.staffA),
      last: await lastNumber(s, dispatchReg),
      book: (await bookOf(s, dispatchReg)).total,
      clerkB: (await queueIds(s, s.clerkB, 'to-receive')).length,
      clerk: (await queueIds(s, s.clerk, 'to-receive')).length,
      other: (await queueIds(s, other.clerk, 'all')).length,
    };
  }

  describe('drafts', () => {
    test('without a session: 401 AUTH_REQUIRED on every outgoing endpoint; without the CSRF token: 403 AUTH_CSRF', async () => {
      const draft = await newDraft(s, s.staffA, draftOf(s, 'external'));
      const id = draft.id;
      const cases: ['GET' | 'POST' | 'PATCH' | 'DELETE', string, unknown][] = [
        ['POST', '/api/v1/outgoing', draftOf(s, 'external')],
        ['GET', '/api/v1/outgoing', undefined],
        ['GET', '/api/v1/outgoing/agencies', undefined],
        ['POST', '/api/v1/outgoing/render', draftOf(s, 'external')],
        ['GET', `/api/v1/outgoing/${id}`, undefined],
        ['PATCH', `/api/v1/outgoing/${id}`, { subject: 'แก้โดยไม่ได้เข้าสู่ระบบ' }],
        ['DELETE', `/api/v1/outgoing/${id}`, undefined],
        ['GET', `/api/v1/outgoing/${id}/pdf`, undefined],
        ['POST', `/api/v1/outgoing/${id}/submit`, { signerId: s.director.userId }],
        ['POST', `/api/v1/outgoing/${id}/review`, { decision: 'approve' }],
        ['POST', `/api/v1/outgoing/${id}/sign`, { password: TEST_PASSWORD }],
        ['POST', `/api/v1/outgoing/${id}/dispatch`, { paperRecipients: ['x'] }],
        ['POST', `/api/v1/outgoing/${id}/cancel`, { reason: 'x' }],
      ];
      for (const [method, url, payload] of cases) {
        const res = await s.app.inject({
          method,
          url,
          ...(payload !== undefined && { payload: payload as object }),
        });
        expectError(res, 401, 'AUTH_REQUIRED');
      }
      const noCsrf = await s.app.inject({
        method: 'PATCH',
        url: `/api/v1/outgoing/${id}`,
        headers: { cookie: s.staffA.session.cookie },
        payload: { subject: 'แก้โดยไม่มีโทเค็น' },
      });
      expectError(noCsrf, 403, 'AUTH_CSRF');
      const now = ok(await api(s.app, s.staffA).get(`/outgoing/${id}`));
      assert.equal(now.version, 1);
      assert.equal(now.status, 'draft');
      assert.equal(now.content.subject, draft.content.subject);
    });

    test("each form's required fields: 400 FORM_FIELD_REQUIRED naming the field; nothing is created", async () => {
      const cases: [string, Record<string, unknown>, string][] = [
        ['external without addressee', draftOf(s, 'external', { addressee: '' }), 'addressee'],
        ['external with a blank addressee', draftOf(s, 'external', { addressee: '   ' }), 'addressee'],
        ['external without closing', draftOf(s, 'external', { closing: '' }), 'closing'],
        ['external without salutation', draftOf(s, 'external', { salutation: '' }), 'salutation'],
        ['memo without addressee', draftOf(s, 'memo', { addressee: '' }), 'addressee'],
        ['memo without salutation', draftOf(s, 'memo', { salutation: ' ' }), 'salutation'],
        ['stamped without addressee', draftOf(s, 'stamped', { addressee: '' }), 'addressee'],
      ];
      const total = await outgoingTotal(s, s.staffA);
      for (const [label, body, field] of cases) {
        const res = await api(s.app, s.staffA).post('/outgoing', body);
        expectError(res, 400, 'FORM_FIELD_REQUIRED');
        assert.equal(res.json().error.details.field, field, label);
        assert.equal(res.json().error.details.form, body.form, label);
      }
      // addressee omitted altogether (it defaults to ''): still refused.
      const { addressee: _a, ...noAddressee } = draftOf(s, 'stamped');
      const res = await api(s.app, s.staffA).post('/outgoing', noAddressee);
      expectError(res, 400, 'FORM_FIELD_REQUIRED');
      assert.equal(res.json().error.details.field, 'addressee');
      assert.equal(await outgoingTotal(s, s.staffA), total, 'no draft was created');
    });

    test('an edit that blanks a required field: 400 FORM_FIELD_REQUIRED, no new version', async () => {
      const draft = await newDraft(s, s.staffA, draftOf(s, 'external'));
      for (const [patch, field] of [
        [{ addressee: '' }, 'addressee'],
        [{ closing: '' }, 'closing'],
        [{ form: 'memo', salutation: '' }, 'salutation'],
      ] as const) {
        const res = await api(s.app, s.staffA).patch(`/outgoing/${draft.id}`, patch);
        expectError(res, 400, 'FORM_FIELD_REQUIRED');
        assert.equal(res.json().error.details.field, field);
      }
      const now = ok(await api(s.app, s.staffA).get(`/outgoing/${draft.id}`));
      assert.equal(now.version, 1);
      assert.equal(now.versions.length, 1);
      assert.equal(now.content.addressee, draft.content.addressee);
    });

    test('missing subject, no paragraphs, an unknown form or urgency: 400 VALIDATION_FAILED at the field', async () => {
      const total = await outgoingTotal(s, s.staffA);
      const cases: [string, Record<string, unknown>, string][] = [
        ['no subject', draftOf(s, 'memo', { subject: undefined }), 'body.subject'],
        ['blank subject', draftOf(s, 'memo', { subject: '   ' }), 'body.subject'],
        ['no paragraphs', draftOf(s, 'memo', { paragraphs: [] }), 'body.paragraphs'],
        ['a blank paragraph', draftOf(s, 'memo', { paragraphs: ['  '] }), 'body.paragraphs.0'],
        ['unknown form', draftOf(s, 'memo', { form: 'letter' }), 'body.form'],
        ['unknown urgency', draftOf(s, 'memo', { urgency: 'asap' }), 'body.urgency'],
        ['owner unit not a uuid', draftOf(s, 'memo', { ownerUnitId: 'divA' }), 'body.ownerUnitId'],
      ];
      for (const [label, body, at] of cases) {
        const res = await api(s.app, s.staffA).post('/outgoing', body);
        expectError(res, 400, 'VALIDATION_FAILED');
        const paths = res
          .json()
          .error.details.issues.map((i: { path: (string | number)[] }) => i.path.join('.'));
        assert.ok(paths.includes(at), `${label}: an issue at ${at} in ${res.body}`);
      }
      assert.equal(await outgoingTotal(s, s.staffA), total);
    });

    test('a body too long: a paragraph of 5001 characters or 61 paragraphs is 400 VALIDATION_FAILED; 5000 and 60 are fine', async () => {
      const total = await outgoingTotal(s, s.staffA);
      const para = (n: number) => 'ก'.repeat(n);
      const long = await api(s.app, s.staffA).post(
        '/outgoing',
        draftOf(s, 'memo', { paragraphs: [para(5001)] }),
      );
      expectError(long, 400, 'VALIDATION_FAILED');
      assert.deepEqual(long.json().error.details.issues[0].path, ['body', 'paragraphs', '0']);
      const many = await api(s.app, s.staffA).post(
        '/outgoing',
        draftOf(s, 'memo', { paragraphs: Array.from({ length: 61 }, (_, i) => `ข้อ ${i + 1}`) }),
      );
      expectError(many, 400, 'VALIDATION_FAILED');
      assert.deepEqual(many.json().error.details.issues[0].path, ['body', 'paragraphs']);
      const preview = await api(s.app, s.staffA).post(
        '/outgoing/render',
        draftOf(s, 'memo', { paragraphs: [para(5001)] }),
      );
      expectError(preview, 400, 'VALIDATION_FAILED');
      assert.equal(await outgoingTotal(s, s.staffA), total, 'nothing created');

      // The limits themselves are accepted, and an edit past them is refused without a new version.
      const edge = await newDraft(
        s,
        s.staffA,
        draftOf(s, 'memo', { paragraphs: Array.from({ length: 60 }, (_, i) => `ข้อ ${i + 1}`) }),
      );
      const fits = ok(await api(s.app, s.staffA).patch(`/outgoing/${edge.id}`, { paragraphs: [para(5000)] }));
      assert.equal(fits.version, 2);
      const past = await api(s.app, s.staffA).patch(`/outgoing/${edge.id}`, {
        paragraphs: Array.from({ length: 61 }, () => 'ข้อความ'),
      });
      expectError(past, 400, 'VALIDATION_FAILED');
      assert.equal(ok(await api(s.app, s.staffA).get(`/outgoing/${edge.id}`)).version, 2);
    });

    test("an unknown owner unit or another agency's unit: 404 ORG_UNIT_NOT_FOUND, nothing created or rendered", async () => {
      const total = await outgoingTotal(s, s.staffA);
      for (const unit of [randomUUID(), other.b.rootUnitId]) {
        expectError(
          await api(s.app, s.staffA).post('/outgoing', draftOf(s, 'memo', { ownerUnitId: unit })),
          404,
          'ORG_UNIT_NOT_FOUND',
        );
        expectError(
          await api(s.app, s.staffA).post('/outgoing/render', draftOf(s, 'memo', { ownerUnitId: unit })),
          404,
          'ORG_UNIT_NOT_FOUND',
        );
        // The other agency's clerk cannot draft for our unit either.
        expectError(
          await api(s.app, other.clerk).post('/outgoing', draftOf(s, 'memo', { ownerUnitId: s.units.divA })),
          404,
          'ORG_UNIT_NOT_FOUND',
        );
      }
      assert.equal(await outgoingTotal(s, s.staffA), total);
      assert.equal(await outgoingTotal(s, other.clerk), 0);
      const draft = await newDraft(s, s.staffA, draftOf(s, 'memo'));
      expectError(
        await api(s.app, s.staffA).patch(`/outgoing/${draft.id}`, { ownerUnitId: other.b.rootUnitId }),
        404,
        'ORG_UNIT_NOT_FOUND',
      );
      const now = ok(await api(s.app, s.staffA).get(`/outgoing/${draft.id}`));
      assert.equal(now.version, 1);
      assert.equal(now.content.ownerUnitId, s.units.divA);
    });

    test('a unit the drafter has no grant on: 403 PERMISSION_DENIED (staff of division A drafting for division B)', async () => {
      const total = await outgoingTotal(s, s.staffA);
      expectError(
        await api(s.app, s.staffA).post('/outgoing', draftOf(s, 'memo', { ownerUnitId: s.units.divB })),
        403,
        'PERMISSION_DENIED',
      );
      assert.equal(await outgoingTotal(s, s.staffA), total);
    });

    test('a reply to a letter that does not exist or belongs to another agency is refused', async () => {
      const total = await outgoingTotal(s, s.staffA);
      const res = await api(s.app, s.staffA).post(
        '/outgoing',
        draftOf(s, 'memo', { replyToLetterId: randomUUID() }),
      );
      expectError(res, 404, 'LETTER_NOT_FOUND');
      assert.equal(await outgoingTotal(s, s.staffA), total, 'no draft links a letter that is not there');
    });

    test('editing a letter under review, awaiting signature or signed: 409 OUTGOING_NOT_EDITABLE', async () => {
      const draft = await newDraft(s, s.staffA, draftOf(s, 'external'));
      ok(
        await api(s.app, s.staffA).post(`/outgoing/${draft.id}/submit`, {
          reviewerIds: [s.deputy.userId],
          signerId: s.director.userId,
        }),
      );
      const inReview = await api(s.app, s.staffA).patch(`/outgoing/${draft.id}`, { subject: 'แก้ระหว่างตรวจ' });
      expectError(inReview, 409, 'OUTGOING_NOT_EDITABLE');
      assert.equal(inReview.json().error.details.status, 'in-review');
      ok(await api(s.app, s.deputy).post(`/outgoing/${draft.id}/review`, { decision: 'approve' }));
      const awaiting = await api(s.app, s.staffA).patch(`/outgoing/${draft.id}`, {
        subject: 'แก้ระหว่างรอลงนาม',
      });
      expectError(awaiting, 409, 'OUTGOING_NOT_EDITABLE');
      ok(await signRequest(s, draft.id, signature));
      expectError(
        await api(s.app, s.staffA).patch(`/outgoing/${draft.id}`, { subject: 'แก้หลังลงนาม' }),
        409,
        'OUTGOING_NOT_EDITABLE',
      );
      const now = ok(await api(s.app, s.staffA).get(`/outgoing/${draft.id}`));
      assert.equal(now.content.subject, draft.content.subject);
      assert.equal(now.version, 1);
    });

    test('someone else editing or deleting a draft: 403 PERMISSION_DENIED if they can see it, 404 if they cannot', async () => {
      const draft = await newDraft(s, s.staffA, draftOf(s, 'memo'));
      // The central clerk searches every unit, so sees the draft, but did not write it.
      ok(await api(s.app, s.clerk).get(`/outgoing/${draft.id}`));
      expectError(
        await api(s.app, s.clerk).patch(`/outgoing/${draft.id}`, { subject: 'ไม่ใช่ผู้ร่าง' }),
        403,
        'PERMISSION_DENIED',
      );
      expectError(await api(s.app, s.clerk).delete(`/outgoing/${draft.id}`), 403, 'PERMISSION_DENIED');
      expectError(
        await api(s.app, s.clerk).post(`/outgoing/${draft.id}/submit`, { signerId: s.director.userId }),
        403,
        'PERMISSION_DENIED',
      );
      // A person of division B neither drafted it nor searches division A.
      expectError(await api(s.app, s.personB).get(`/outgoing/${draft.id}`), 404, 'OUTGOING_NOT_FOUND');
      expectError(
        await api(s.app, s.personB).patch(`/outgoing/${draft.id}`, { subject: 'ไม่เห็น' }),
        404,
        'OUTGOING_NOT_FOUND',
      );
      expectError(await api(s.app, s.personB).delete(`/outgoing/${draft.id}`), 404, 'OUTGOING_NOT_FOUND');
      const now = ok(await api(s.app, s.staffA).get(`/outgoing/${draft.id}`));
      assert.equal(now.version, 1);
      assert.equal(now.status, 'draft');
      assert.deepEqual(now.reviews, []);
    });
  });

  describe('the chain', () => {
    test('a signer without the sign permission: 400 SIGNER_CANNOT_SIGN; the draft stays a draft with no chain', async () => {
      const draft = await newDraft(s, s.staffA, draftOf(s, 'external'));
      for (const signer of [s.staffA, s.personB]) {
        expectError(
          await api(s.app, s.staffA).post(`/outgoing/${draft.id}/submit`, {
            reviewerIds: [s.deputy.userId],
            signerId: signer.userId,
          }),
          400,
          'SIGNER_CANNOT_SIGN',
        );
      }
      const now = ok(await api(s.app, s.staffA).get(`/outgoing/${draft.id}`));
      assert.equal(now.status, 'draft');
      assert.deepEqual(now.reviews, []);
      assert.equal(await outgoingTotal(s, s.deputy, 'to-review'), 0);
    });

    test('a reviewer or signer from another agency, or unknown: 400 RECIPIENT_NOT_FOUND naming them', async () => {
      const draft = await newDraft(s, s.staffA, draftOf(s, 'external'));
      const stranger = randomUUID();
      for (const [body, ids] of [
        [{ reviewerIds: [other.clerk.userId], signerId: s.director.userId }, [other.clerk.userId]],
        [{ reviewerIds: [s.deputy.userId], signerId: other.clerk.userId }, [other.clerk.userId]],
        [{ reviewerIds: [stranger], signerId: s.director.userId }, [stranger]],
      ] as const) {
        const res = await api(s.app, s.staffA).post(`/outgoing/${draft.id}/submit`, body);
        expectError(res, 400, 'RECIPIENT_NOT_FOUND');
        assert.deepEqual(res.json().error.details.ids, ids);
      }
      const now = ok(await api(s.app, s.staffA).get(`/outgoing/${draft.id}`));
      assert.equal(now.status, 'draft');
      assert.deepEqual(now.reviews, []);
      expectError(await api(s.app, other.clerk).get(`/outgoing/${draft.id}`), 404, 'OUTGOING_NOT_FOUND');
    });

    test('acting out of turn: 403 NOT_YOUR_TURN for a later reviewer, an outsider and a reviewer trying to sign', async () => {
      const draft = await newDraft(s, s.staffA, draftOf(s, 'external'));
      ok(
        await api(s.app, s.staffA).post(`/outgoing/${draft.id}/submit`, {
          reviewerIds: [s.deputy.userId],
          signerId: s.director.userId,
        }),
      );
      // The signer before the reviewer, and the central clerk who is not in the chain.
      expectError(
        await api(s.app, s.director).post(`/outgoing/${draft.id}/review`, { decision: 'approve' }),
        403,
        'NOT_YOUR_TURN',
      );
      expectError(
        await api(s.app, s.director).post(`/outgoing/${draft.id}/review`, {
          decision: 'return',
          comment: 'โปรดแก้ไข',
        }),
        403,
        'NOT_YOUR_TURN',
      );
      expectError(
        await api(s.app, s.clerk).post(`/outgoing/${draft.id}/review`, { decision: 'approve' }),
        403,
        'NOT_YOUR_TURN',
      );
      // Signing while reviewers are still at it: the letter is not awaiting a signature yet.
      const early = await signRequest(s, draft.id, signature);
      expectError(early, 409, 'OUTGOING_WRONG_STATUS');
      assert.equal(early.json().error.details.status, 'in-review');
      let now = ok(await api(s.app, s.staffA).get(`/outgoing/${draft.id}`));
      assert.deepEqual(
        now.reviews.map((r: { status: string }) => r.status),
        ['pending', 'waiting'],
      );
      ok(await api(s.app, s.deputy).post(`/outgoing/${draft.id}/review`, { decision: 'approve' }));
      // The deputy (who may sign) tries to sign the director's letter; the clerk too.
      const last = await lastNumber(s, dispatchReg);
      expectError(await signRequest(s, draft.id, signature, {}, s.deputy), 403, 'NOT_YOUR_TURN');
      expectError(await signRequest(s, draft.id, signature, {}, s.clerk), 403, 'NOT_YOUR_TURN');
      expectError(
        await api(s.app, s.deputy).post(`/outgoing/${draft.id}/review`, { decision: 'approve' }),
        403,
        'NOT_YOUR_TURN',
      );
      assert.equal(await lastNumber(s, dispatchReg), last, 'no number burnt');
      now = ok(await api(s.app, s.staffA).get(`/outgoing/${draft.id}`));
      assert.equal(now.status, 'awaiting-signature');
      assert.equal(now.numberFormatted, null);
      // The signer approving instead of signing is not a thing.
      expectError(
        await api(s.app, s.director).post(`/outgoing/${draft.id}/review`, { decision: 'approve' }),
        409,
        'OUTGOING_WRONG_STATUS',
      );
      // Submitting again while under way.
      expectError(
        await api(s.app, s.staffA).post(`/outgoing/${draft.id}/submit`, { signerId: s.director.userId }),
        409,
        'OUTGOING_WRONG_STATUS',
      );
    });

    test('signing by someone without the sign permission: 403 PERMISSION_DENIED before anything else', async () => {
      const draft = await newDraft(s, s.staffA, draftOf(s, 'memo'));
      await toSignature(s, draft.id);
      expectError(await signRequest(s, draft.id, signature, {}, s.staffA), 403, 'PERMISSION_DENIED');
    });

    test('return without a reason: 400 VALIDATION_FAILED naming comment; the letter stays where it was', async () => {
      const draft = await newDraft(s, s.staffA, draftOf(s, 'external'));
      ok(
        await api(s.app, s.staffA).post(`/outgoing/${draft.id}/submit`, {
          reviewerIds: [s.deputy.userId],
          signerId: s.director.userId,
        }),
      );
      for (const body of [{ decision: 'return' }, { decision: 'return', comment: '   ' }]) {
        const res = await api(s.app, s.deputy).post(`/outgoing/${draft.id}/review`, body);
        expectError(res, 400, 'VALIDATION_FAILED');
        assert.deepEqual(res.json().error.details.issues[0].path, ['comment']);
      }
      expectError(
        await api(s.app, s.deputy).post(`/outgoing/${draft.id}/review`, { decision: 'maybe' }),
        400,
        'VALIDATION_FAILED',
      );
      const now = ok(await api(s.app, s.staffA).get(`/outgoing/${draft.id}`));
      assert.equal(now.status, 'in-review');
      assert.deepEqual(
        now.reviews.map((r: { status: string; comment: string }) => [r.status, r.comment]),
        [
          ['pending', ''],
          ['waiting', ''],
        ],
      );
    });
  });

  describe('signing', () => {
    test('a wrong password: 400 SIGN_PASSWORD_WRONG; nothing numbered, and the next signing gets the next number', async () => {
      const draft = await newDraft(s, s.staffA, draftOf(s, 'external'));
      await toSignature(s, draft.id);
      const last = await lastNumber(s, dispatchReg);
      const book = (await bookOf(s, dispatchReg)).total;
      expectError(
        await signRequest(s, draft.id, signature, { password: 'wrong-pass-1' }),
        400,
        'SIGN_PASSWORD_WRONG',
      );
      let now = ok(await api(s.app, s.staffA).get(`/outgoing/${draft.id}`));
      assert.equal(now.status, 'awaiting-signature');
      assert.equal(now.numberFormatted, null);
      assert.equal(now.letterDate, null);
      assert.equal(await lastNumber(s, dispatchReg), last);
      assert.equal((await bookOf(s, dispatchReg)).total, book);
      now = ok(await signRequest(s, draft.id, signature));
      assert.equal(now.numberFormatted, `ที่ ศธ ๐๔๐๐๑/${th(last + 1)}`);
    });

    test('a signature image that is not an image: 400 SIGNATURE_IMAGE_INVALID; nothing numbered', async () => {
      const draft = await newDraft(s, s.staffA, draftOf(s, 'memo'));
      await toSignature(s, draft.id);
      const last = await lastNumber(s, dispatchReg);
      expectError(
        await signRequest(s, draft.id, Buffer.from('not a picture at all').toString('base64')),
        400,
        'SIGNATURE_IMAGE_INVALID',
      );
      assert.equal(await lastNumber(s, dispatchReg), last);
      assert.equal(ok(await api(s.app, s.staffA).get(`/outgoing/${draft.id}`)).status, 'awaiting-signature');
    });

    test('no register for the form: 409 NO_REGISTER_FOR_FORM with the kind; the dispatch register is untouched', async () => {
      const last = await lastNumber(s, dispatchReg);
      const book = (await bookOf(s, dispatchReg)).total;
      for (const [content, kind] of [
        [draftOf(s, 'external', { circular: true }), 'circular'],
        [draftOf(s, 'order'), 'order'],
        [draftOf(s, 'announcement'), 'announcement'],
      ] as const) {
        const draft = await newDraft(s, s.staffA, content);
        await toSignature(s, draft.id);
        const res = await signRequest(s, draft.id, signature);
        expectError(res, 409, 'NO_REGISTER_FOR_FORM');
        assert.equal(res.json().error.details.kind, kind);
        const now = ok(await api(s.app, s.staffA).get(`/outgoing/${draft.id}`));
        assert.equal(now.status, 'awaiting-signature');
        assert.equal(now.numberFormatted, null);
        assert.equal(now.signedAt, null);
        assert.deepEqual(
          now.reviews.map((r: { status: string }) => r.status),
          ['pending'],
        );
      }
      assert.equal(await lastNumber(s, dispatchReg), last);
      assert.equal((await bookOf(s, dispatchReg)).total, book);
    });

    test('a signing that fails after the number was taken (a letter too long to render: 400 LETTER_RENDER_FAILED) burns nothing', async () => {
      // 40 paragraphs of 5000 characters: valid as a draft, but more than the renderer's 50 pages.
      const word = 'การประชุมคณะทำงาน ';
      const paragraph = word.repeat(Math.floor(5000 / word.length)).trim();
      const draft = await newDraft(
        s,
        s.staffA,
        draftOf(s, 'memo', { paragraphs: Array.from({ length: 40 }, () => paragraph) }),
      );
      await toSignature(s, draft.id);
      const last = await lastNumber(s, dispatchReg);
      const book = (await bookOf(s, dispatchReg)).total;
      const res = await signRequest(s, draft.id, signature);
      expectError(res, 400, 'LETTER_RENDER_FAILED');
      const now = ok(await api(s.app, s.staffA).get(`/outgoing/${draft.id}`));
      assert.equal(now.status, 'awaiting-signature');
      assert.equal(now.numberFormatted, null);
      assert.equal(await lastNumber(s, dispatchReg), last, 'the counter went back');
      assert.equal((await bookOf(s, dispatchReg)).total, book, 'no entry in the register book');
      // The director sends it back; the next letter signed gets exactly the next number.
      ok(
        await api(s.app, s.director).post(`/outgoing/${draft.id}/review`, {
          decision: 'return',
          comment: 'โปรดแก้ไข ยาวเกินไป ให้ส่งเป็นสิ่งที่ส่งมาด้วย',
        }),
      );
      const good = await signedLetter(s, signature, draftOf(s, 'external'));
      assert.equal(good.numberFormatted, `ที่ ศธ ๐๔๐๐๑/${th(last + 1)}`);
    });

    test('binding a number that was never reserved: 404 NUMBER_NOT_FOUND / 409 NUMBER_NOT_RESERVED; nothing burnt', async () => {
      const issued = await signedLetter(s, signature, draftOf(s, 'external'));
      const draft = await newDraft(s, s.staffA, draftOf(s, 'external'));
      await toSignature(s, draft.id);
      const last = await lastNumber(s, dispatchReg);
      const taken = await signRequest(s, draft.id, signature, { reservedNumber: last });
      expectError(taken, 409, 'NUMBER_NOT_RESERVED');
      assert.equal(taken.json().error.details.status, 'issued');
      expectError(
        await signRequest(s, draft.id, signature, { reservedNumber: last + 50 }),
        404,
        'NUMBER_NOT_FOUND',
      );
      expectError(await signRequest(s, draft.id, signature, { reservedNumber: 0 }), 400, 'VALIDATION_FAILED');
      assert.equal(await lastNumber(s, dispatchReg), last);
      const now = ok(await api(s.app, s.staffA).get(`/outgoing/${draft.id}`));
      assert.equal(now.status, 'awaiting-signature');
      assert.ok(issued.numberFormatted.endsWith(th(last)));
    });
  });

  describe('dispatch', () => {
    let susp: TestTenant;
    let suspUser: { username: string };

    before(async () => {
      susp = await createTestTenant(s.deps, { nameTh: 'หน่วยงานที่ถูกระงับ' });
      await createRegister(s.deps.core, susp.systemCtx, {
        orgUnitId: susp.rootUnitId,
        kind: 'receive',
        name: 'ทะเบียนรับ',
      });
      suspUser = await createUserWithPermissions(s.deps, susp.tenant.id, [
        Permission.LetterSearch,
        Permission.LetterExternalExchange,
        Permission.LetterInternalExchange,
        Permission.LetterCreate,
      ]);
    });

    test('dispatching an unsigned letter: 409 OUTGOING_WRONG_STATUS at every step before signing; nothing delivered', async () => {
      const before = await snapshot();
      const draft = await newDraft(s, s.staffA, draftOf(s, 'external'));
      const body = {
        orgUnitIds: [s.units.divB],
        agencySlugs: [other.b.tenant.slug],
        paperRecipients: ['ผู้รับ'],
      };
      const statuses: string[] = [];
      const attempt = async (expected: string) => {
        const res = await api(s.app, s.clerk).post(`/outgoing/${draft.id}/dispatch`, body);
        expectError(res, 409, 'OUTGOING_WRONG_STATUS');
        assert.equal(res.json().error.details.status, expected);
        statuses.push(expected);
      };
      await attempt('draft');
      ok(
        await api(s.app, s.staffA).post(`/outgoing/${draft.id}/submit`, {
          reviewerIds: [s.deputy.userId],
          signerId: s.director.userId,
        }),
      );
      await attempt('in-review');
      ok(await api(s.app, s.deputy).post(`/outgoing/${draft.id}/review`, { decision: 'approve' }));
      await attempt('awaiting-signature');
      assert.deepEqual(statuses, ['draft', 'in-review', 'awaiting-signature']);
      const now = ok(await api(s.app, s.staffA).get(`/outgoing/${draft.id}`));
      assert.deepEqual(now.deliveries, []);
      assert.deepEqual(await snapshot(), { ...before, drafts: before.drafts + 1 });
    });

    test('dispatch with no recipients: 400 RECIPIENTS_REQUIRED; unknown or foreign units: 400 RECIPIENT_NOT_FOUND', async () => {
      const signed = await signedLetter(s, signature, draftOf(s, 'external'));
      const before = await snapshot();
      expectError(
        await api(s.app, s.clerk).post(`/outgoing/${signed.id}/dispatch`, {}),
        400,
        'RECIPIENTS_REQUIRED',
      );
      for (const unit of [randomUUID(), other.b.rootUnitId]) {
        const res = await api(s.app, s.clerk).post(`/outgoing/${signed.id}/dispatch`, {
          orgUnitIds: [s.units.divB, unit],
          paperRecipients: ['สำนักงานจังหวัด'],
        });
        expectError(res, 400, 'RECIPIENT_NOT_FOUND');
        assert.deepEqual(res.json().error.details.ids, [unit]);
      }
      const now = ok(await api(s.app, s.clerk).get(`/outgoing/${signed.id}`));
      assert.equal(now.status, 'signed');
      assert.deepEqual(now.deliveries, []);
      assert.deepEqual(await snapshot(), before);
    });

    test('an unknown agency slug, or our own: 400 AGENCY_NOT_FOUND with the slug; nothing delivered', async () => {
      const signed = await signedLetter(s, signature, draftOf(s, 'external'));
      const before = await snapshot();
      for (const slug of ['no-such-agency', s.a.tenant.slug]) {
        const res = await api(s.app, s.clerk).post(`/outgoing/${signed.id}/dispatch`, {
          orgUnitIds: [s.units.divB],
          agencySlugs: [other.b.tenant.slug, slug],
        });
        expectError(res, 400, 'AGENCY_NOT_FOUND');
        assert.equal(res.json().error.details.slug, slug);
      }
      const now = ok(await api(s.app, s.clerk).get(`/outgoing/${signed.id}`));
      assert.equal(now.status, 'signed');
      assert.deepEqual(now.deliveries, []);
      assert.deepEqual(await snapshot(), before);
    });

    test('delivering to a suspended agency: 409 AGENCY_SUSPENDED and nothing delivered anywhere; after reactivation it goes', async () => {
      const signed = await signedLetter(s, signature, draftOf(s, 'external'));
      await setAgencyStatus(s, susp.tenant.id, 'suspended');
      const agencies = ok(await api(s.app, s.clerk).get('/outgoing/agencies'));
      assert.ok(
        !agencies.some((a: { slug: string }) => a.slug === susp.tenant.slug),
        'a suspended agency is not offered',
      );
      assert.ok(agencies.some((a: { slug: string }) => a.slug === other.b.tenant.slug));
      const before = await snapshot();
      const res = await api(s.app, s.clerk).post(`/outgoing/${signed.id}/dispatch`, {
        orgUnitIds: [s.units.divB, s.units.root],
        agencySlugs: [other.b.tenant.slug, susp.tenant.slug],
        paperRecipients: ['สำนักงานจังหวัด'],
      });
      expectError(res, 409, 'AGENCY_SUSPENDED');
      assert.equal(res.json().error.details.name, 'หน่วยงานที่ถูกระงับ');
      const now = ok(await api(s.app, s.clerk).get(`/outgoing/${signed.id}`));
      assert.equal(now.status, 'signed');
      assert.deepEqual(now.deliveries, [], 'no delivery recorded');
      assert.deepEqual(await snapshot(), before, 'nothing in our units’ queues nor in the other agency');
      const count = async (table: 'letters' | 'route_deliveries' | 'route_steps') =>
        Number(
          (
            await s.t.db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll().as('n'))
              .where('tenant_id', '=', susp.tenant.id)
              .executeTakeFirstOrThrow()
          ).n,
        );
      assert.equal(await count('letters'), 0, 'no letter in the suspended agency');
      assert.equal(await count('route_steps'), 0, 'no route step in the suspended agency');
      assert.equal(await count('route_deliveries'), 0, 'no delivery in the suspended agency');
      const outgoingRows = await s.t.db
        .selectFrom('outgoing_deliveries')
        .select('id')
        .where('letter_id', '=', signed.id)
        .execute();
      assert.equal(outgoingRows.length, 0);

      // Reactivated, its users see an empty queue, and the same dispatch now goes through.
      await setAgencyStatus(s, susp.tenant.id, 'active');
      const user: LetterUser = {
        userId: '',
        username: suspUser.username,
        session: await loginAs(s.app, susp.tenant.slug, suspUser.username, TEST_PASSWORD),
      };
      assert.deepEqual(await queueIds(s, user, 'all'), []);
      const sent = ok(
        await api(s.app, s.clerk).post(`/outgoing/${signed.id}/dispatch`, {
          agencySlugs: [susp.tenant.slug],
        }),
      );
      assert.equal(sent.deliveries.length, 1);
      assert.equal((await queueIds(s, user, 'to-receive')).length, 1);
    });

    test('a top-secret letter cannot go electronically: 409 TOP_SECRET_NOT_ELECTRONIC; on paper it can', async () => {
      const signed = await signedLetter(s, signature, draftOf(s, 'external', { secrecy: 'top-secret' }));
      const before = await snapshot();
      for (const body of [
        { orgUnitIds: [s.units.divB] },
        { agencySlugs: [other.b.tenant.slug] },
        { orgUnitIds: [s.units.divB], paperRecipients: ['สำนักงานจังหวัด'] },
      ]) {
        expectError(
          await api(s.app, s.clerk).post(`/outgoing/${signed.id}/dispatch`, body),
          409,
          'TOP_SECRET_NOT_ELECTRONIC',
        );
      }
      let now = ok(await api(s.app, s.clerk).get(`/outgoing/${signed.id}`));
      assert.deepEqual(now.deliveries, []);
      assert.deepEqual(await snapshot(), before);
      now = ok(
        await api(s.app, s.clerk).post(`/outgoing/${signed.id}/dispatch`, {
          paperRecipients: ['สำนักงานจังหวัด'],
        }),
      );
      assert.equal(now.status, 'dispatched');
      assert.deepEqual(
        now.deliveries.map((d: { kind: string; toName: string }) => [d.kind, d.toName]),
        [['paper', 'สำนักงานจังหวัด']],
      );
    });

    test('dispatch to another agency without the external-exchange permission: 403 PERMISSION_DENIED', async () => {
      // staff A (บทบาทบุคคล) exchanges letters internally only.
      const signed = await signedLetter(s, signature, draftOf(s, 'external'));
      const before = await snapshot();
      expectError(
        await api(s.app, s.staffA).post(`/outgoing/${signed.id}/dispatch`, {
          agencySlugs: [other.b.tenant.slug],
        }),
        403,
        'PERMISSION_DENIED',
      );
      assert.deepEqual(await snapshot(), before);
    });

    test('paper dispatch needs an exchange permission too, as the actions list says', async () => {
      const searcher = await createUserWithPermissions(s.deps, s.a.tenant.id, [Permission.LetterSearch]);
      const user: LetterUser = {
        userId: searcher.userId,
        username: searcher.username,
        session: await loginAs(s.app, s.a.tenant.slug, searcher.username, TEST_PASSWORD),
      };
      const signed = await signedLetter(s, signature, draftOf(s, 'external'));
      const view = ok(await api(s.app, user).get(`/outgoing/${signed.id}`));
      assert.deepEqual(view.actions, [], 'a searcher is offered nothing');
      expectError(
        await api(s.app, user).post(`/outgoing/${signed.id}/dispatch`, { paperRecipients: ['ร้านค้า'] }),
        403,
        'PERMISSION_DENIED',
      );
      assert.deepEqual(ok(await api(s.app, s.clerk).get(`/outgoing/${signed.id}`)).deliveries, []);
    });
  });

  describe('cancel', () => {
    test('cancel of a draft: 409; without a reason: 400; by staff without the permission: 403', async () => {
      const draft = await newDraft(s, s.staffA, draftOf(s, 'external'));
      const res = await api(s.app, s.clerk).post(`/outgoing/${draft.id}/cancel`, { reason: 'ไม่ใช้แล้ว' });
      expectError(res, 409, 'OUTGOING_WRONG_STATUS');
      assert.equal(res.json().error.details.status, 'draft');
      const signed = await signedLetter(s, signature, draftOf(s, 'external'));
      expectError(
        await api(s.app, s.clerk).post(`/outgoing/${signed.id}/cancel`, {}),
        400,
        'VALIDATION_FAILED',
      );
      expectError(
        await api(s.app, s.clerk).post(`/outgoing/${signed.id}/cancel`, { reason: '  ' }),
        400,
        'VALIDATION_FAILED',
      );
      expectError(
        await api(s.app, s.staffA).post(`/outgoing/${signed.id}/cancel`, { reason: 'ผู้ร่างยกเลิกเอง' }),
        403,
        'PERMISSION_DENIED',
      );
      const now = ok(await api(s.app, s.clerk).get(`/outgoing/${signed.id}`));
      assert.equal(now.status, 'signed');
      const entry = (await bookOf(s, dispatchReg)).items.find((n) => n.letterId === signed.id);
      assert.equal(entry?.status, 'issued');
    });
  });

  describe('other agencies', () => {
    test("another agency's outgoing id: 404 OUTGOING_NOT_FOUND on every endpoint; nothing changes", async () => {
      const draft = await newDraft(s, s.staffA, draftOf(s, 'external'));
      const signed = await signedLetter(s, signature, draftOf(s, 'external'));
      const o = api(s.app, other.clerk);
      for (const id of [draft.id, signed.id, randomUUID()]) {
        for (const res of [
          await o.get(`/outgoing/${id}`),
          await o.get(`/outgoing/${id}/pdf`),
          await o.patch(`/outgoing/${id}`, { subject: 'ข้ามหน่วยงาน' }),
          await o.delete(`/outgoing/${id}`),
          await o.post(`/outgoing/${id}/submit`, { signerId: other.clerk.userId }),
          await o.post(`/outgoing/${id}/review`, { decision: 'return', comment: 'ข้ามหน่วยงาน' }),
          await o.post(`/outgoing/${id}/sign`, { password: TEST_PASSWORD, signatureImage: signature }),
          await o.post(`/outgoing/${id}/dispatch`, { paperRecipients: ['ข้ามหน่วยงาน'] }),
          await o.post(`/outgoing/${id}/cancel`, { reason: 'ข้ามหน่วยงาน' }),
        ]) {
          expectError(res, 404, 'OUTGOING_NOT_FOUND');
        }
      }
      expectError(await o.get('/outgoing/not-a-uuid'), 400, 'VALIDATION_FAILED');
      const list = ok(await o.get('/outgoing?box=all'));
      assert.equal(list.total, 0, 'the other agency lists none of ours');
      const d = ok(await api(s.app, s.staffA).get(`/outgoing/${draft.id}`));
      assert.equal(d.version, 1);
      assert.equal(d.status, 'draft');
      const sv = ok(await api(s.app, s.staffA).get(`/outgoing/${signed.id}`));
      assert.equal(sv.status, 'signed');
      assert.deepEqual(sv.deliveries, []);
      // The signed PDF still opens for us.
      const pdf = new Uint8Array((await api(s.app, s.staffA).get(`/outgoing/${signed.id}/pdf`)).rawPayload);
      assert.equal(pdfTool('qpdf', pdf, ['--check']).status, 0);
    });
  });
});
