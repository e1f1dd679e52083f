import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  api,
  assertNothingStored,
  bangkokDates,
  bangkokYear,
  expectError,
  loginAdmin,
  ok,
  recentPast,
  routeDeliveries,
  snapshot,
} from '../../support/letters-extra.ts';
import {
  type LetterAgency,
  type LetterUser,
  letterMetadata,
  makePdf,
  makeSignaturePng,
  pdfPart,
  pdfTool,
  registerLetter,
  startLetterAgency,
} from '../../support/letters.ts';

/**
 * The letter's life beyond the happy path, through the HTTP API: old letters backfilled against the
 * register, saving without a number and deleting, cancelling with the number kept, closing, editing with
 * history, returning and recalling, every illegal transition as 409 with its reason, the stamp position,
 * and the work queues (order, unread marks, counts, filters, pages).
 */
describe('letter lifecycle', () => {
  let s: LetterAgency;
  let admin: LetterUser;
  let signature: string;
  let yearBE: number;

  before(async () => {
    s = await startLetterAgency();
    admin = await loginAdmin(s);
    signature = await makeSignaturePng();
    yearBE = ok(await api(s.app, s.clerk).get(`/registers/${s.registers.root}`)).year.yearBE;
  });
  after(() => s.close());

  /** Registers a letter as the clerk (or `user`) and returns its view. */
  const register = async (
    extra: Record<string, unknown> = {},
    user: LetterUser = s.clerk,
    pdf?: Uint8Array,
  ) => {
    const res = await registerLetter(s.app, user.session, letterMetadata(extra), [
      pdfPart(pdf ?? (await makePdf())),
    ]);
    assert.equal(res.statusCode, 201, res.body);
    return res.json();
  };
  const routeOf = async (letterId: string, u: LetterUser = s.clerk) =>
    ok(await api(s.app, u).get(`/letters/${letterId}/route`));
  const numbersOf = async (registerId: string, query = '') =>
    ok(await api(s.app, s.clerk).get(`/registers/${registerId}/numbers?limit=200${query}`)).items as {
      number: number;
      status: string;
      letterId: string | null;
      reason: string;
      cancelReason: string | null;
      formatted: string;
    }[];
  const old = (
    receiptNumber: number | undefined,
    receivedAt: string | undefined,
    extra: Record<string, unknown> = {},
  ) =>
    letterMetadata({
      intake: 'old',
      receiptNumber,
      receivedAt,
      subject: `หนังสือเก่า ${receiptNumber}`,
      ...extra,
    });
  const minutesAgo = recentPast;

  // Runs first: the start number of a year can only be set before its first number is used.
  describe('old letters (หนังสือเก่า) against the register', () => {
    test('the admin sets the root receive register to start this year at 100', async () => {
      const res = await api(s.app, admin).put(`/registers/${s.registers.root}/start-number`, {
        yearBE,
        startNumber: 100,
      });
      const reg = ok(res);
      assert.deepEqual(reg.year, { yearBE, startNumber: 100, lastNumber: 99, startLocked: false });
      expectError(
        await api(s.app, s.clerk).put(`/registers/${s.registers.root}/start-number`, {
          yearBE,
          startNumber: 5,
        }),
        403,
        'PERMISSION_DENIED',
      );
    });

    test('backfilling number 50 with a past time: 201, receipt ๕๐ at that time, stamped, in the book as หนังสือเก่า', async () => {
      const receivedAt = minutesAgo(30);
      const pdf = await makePdf();
      const res = await registerLetter(s.app, s.clerk.session, old(50, receivedAt), [pdfPart(pdf)]);
      assert.equal(res.statusCode, 201, res.body);
      const letter = res.json();
      assert.equal(letter.intake, 'old');
      assert.equal(letter.receipt.number, 50);
      assert.equal(letter.receipt.formatted, '๕๐');
      assert.equal(letter.receipt.yearBE, yearBE);
      assert.equal(letter.receipt.receivedAt, new Date(receivedAt).toISOString());
      assert.deepEqual(
        letter.revisions.map((r: { reason: string }) => r.reason),
        ['original', 'receipt-stamp'],
      );
      const stamped = new Uint8Array((await api(s.app, s.clerk).get(`/letters/${letter.id}/pdf`)).rawPayload);
      assert.match(pdfTool('pdftotext', stamped).stdout, /เลขรับ ๕๐/);
      const route = await routeOf(letter.id);
      assert.equal(route.hops[0].kind, 'intake');
      assert.equal(route.hops[0].at, new Date(receivedAt).toISOString());
      const entry = (await numbersOf(s.registers.root)).find((n) => n.number === 50)!;
      assert.equal(entry.status, 'issued');
      assert.equal(entry.letterId, letter.id);
      assert.equal(entry.reason, 'หนังสือเก่า');
      const reg = ok(await api(s.app, s.clerk).get(`/registers/${s.registers.root}`));
      assert.equal(reg.year.lastNumber, 99, 'a backfill does not move the counter');
    });

    test('refused backfills store nothing and burn nothing: taken, in the issuing range, no number, future', async () => {
      const cases: [string, unknown, number, string][] = [
        ['50 again', old(50, minutesAgo(20)), 409, 'RECEIPT_NUMBER_TAKEN'],
        ['150', old(150, minutesAgo(20)), 409, 'RECEIPT_NUMBER_IN_USE_RANGE'],
        ['100, the start itself', old(100, minutesAgo(20)), 409, 'RECEIPT_NUMBER_IN_USE_RANGE'],
        ['no number', old(undefined, minutesAgo(20)), 400, 'OLD_LETTER_NEEDS_NUMBER'],
        ['no time', old(60, undefined), 400, 'OLD_LETTER_NEEDS_NUMBER'],
        ['a future time', old(60, new Date(Date.now() + 86_400_000).toISOString()), 400, 'OLD_LETTER_FUTURE'],
        ['a time that is no time', old(60, 'yesterday'), 400, 'VALIDATION_FAILED'],
      ];
      for (const [label, metadata, status, code] of cases) {
        const before = await snapshot(s);
        const res = await registerLetter(s.app, s.clerk.session, metadata, [pdfPart(await makePdf())]);
        expectError(res, status, code);
        if (code === 'RECEIPT_NUMBER_IN_USE_RANGE') assert.equal(res.json().error.details.startNumber, 100);
        await assertNothingStored(s, before, `old letter: ${label}`);
      }
      const issued = (await numbersOf(s.registers.root)).map((n) => n.number);
      assert.deepEqual(
        issued,
        [50, 100, 101, 102, 103, 104, 105, 106],
        'the system issued from 100 on, gapless',
      );
    });

    test('the numbers just below the start and the first of the year are free to backfill; not by staff', async () => {
      for (const n of [99, 1]) {
        const res = await registerLetter(s.app, s.clerk.session, old(n, minutesAgo(10)), []);
        assert.equal(res.statusCode, 201, res.body);
        assert.equal(res.json().receipt.number, n);
        assert.equal(res.json().hasDocument, false, 'an old letter may come without a PDF');
      }
      const before = await snapshot(s);
      expectError(
        await registerLetter(s.app, s.staffA.session, old(2, minutesAgo(10)), []),
        403,
        'PERMISSION_DENIED',
      );
      await assertNothingStored(s, before, 'old letter by staff');
    });

    test('an old letter of last year takes its number in last year’s book; the same number twice is 409', async () => {
      const lastYear = bangkokYear() - 1;
      const at = `${lastYear}-03-10T09:30:00+07:00`;
      const res = await registerLetter(s.app, s.clerk.session, old(7, at, { receiveNow: false }), []);
      assert.equal(res.statusCode, 201, res.body);
      assert.equal(res.json().receipt.yearBE, yearBE - 1);
      assert.equal(res.json().receipt.number, 7, 'an old letter is always numbered, receiveNow or not');
      const book = await numbersOf(s.registers.root, `&yearBE=${yearBE - 1}`);
      assert.deepEqual(
        book.map((n) => [n.number, n.status]),
        [[7, 'issued']],
      );
      expectError(
        await registerLetter(s.app, s.clerk.session, old(7, `${lastYear}-04-01T09:30:00+07:00`), []),
        409,
        'RECEIPT_NUMBER_TAKEN',
      );
    });

    test("after a backfill the year's start is locked: moving it onto a backfilled number is refused", async () => {
      const regB = s.registers.divB;
      ok(await api(s.app, admin).put(`/registers/${regB}/start-number`, { yearBE, startNumber: 100 }));
      const backfill = await registerLetter(s.app, s.clerkB.session, old(50, minutesAgo(5)), []);
      assert.equal(backfill.statusCode, 201, backfill.body);
      assert.equal(backfill.json().receipt.registerId, regB);
      const move = await api(s.app, admin).put(`/registers/${regB}/start-number`, {
        yearBE,
        startNumber: 50,
      });
      const next = await registerLetter(
        s.app,
        s.clerkB.session,
        letterMetadata({ subject: 'หลังย้ายเลขเริ่ม' }),
        [pdfPart(await makePdf())],
      );
      assert.equal(next.statusCode, 201, `moving the start answered ${move.statusCode}; then: ${next.body}`);
      assert.notEqual(next.json().receipt.number, 50, 'number 50 is given twice');
      expectError(move, 409, 'REGISTER_START_BELOW_BOOKED');
    });
  });

  describe('saved without a number, deleted', () => {
    test('receiveNow:false stores the letter unnumbered and unstamped in the clerk’s to-receive queue', async () => {
      const before = await snapshot(s);
      const counts = ok(await api(s.app, s.clerk).get('/letters/counts'));
      const letter = await register({ receiveNow: false, subject: 'บันทึกไว้ก่อน ลบได้' });
      assert.equal(letter.receipt, null);
      assert.deepEqual(letter.receipts, []);
      assert.deepEqual(
        letter.revisions.map((r: { reason: string }) => r.reason),
        ['original'],
      );
      const actions = letter.actions.map((a: { action: string }) => a.action);
      assert.ok(actions.includes('receive'));
      assert.ok(actions.includes('delete'));
      const queue = ok(
        await api(s.app, s.clerk).get(`/letters?queue=to-receive&q=${encodeURIComponent('บันทึกไว้ก่อน ลบได้')}`),
      );
      assert.equal(queue.total, 1);
      assert.equal(queue.items[0].letter.id, letter.id);
      assert.equal(queue.items[0].delivery.stepKind, 'intake');
      assert.equal(queue.items[0].delivery.status, 'pending');
      const after = ok(await api(s.app, s.clerk).get('/letters/counts'));
      assert.equal(after.toReceive, counts.toReceive + 1);
      const book = ok(await api(s.app, s.clerk).get(`/registers/${s.registers.root}/numbers?limit=1`));
      assert.equal(book.total, before.bookTotal, 'no number taken');

      const del = await api(s.app, s.clerk).delete(`/letters/${letter.id}`);
      assert.deepEqual(ok(del), { ok: true });
      expectError(await api(s.app, s.clerk).get(`/letters/${letter.id}`), 404, 'LETTER_NOT_FOUND');
      expectError(await api(s.app, s.clerk).delete(`/letters/${letter.id}`), 404, 'LETTER_NOT_FOUND');
      assert.equal(ok(await api(s.app, s.clerk).get('/letters/counts')).toReceive, counts.toReceive);
      await assertNothingStored(s, before, 'saved then deleted');
    });

    test('received later from the queue it takes the next number and a stamp; then delete is 409 LETTER_DELETE_NUMBERED', async () => {
      const letter = await register({ receiveNow: false, subject: 'ลงรับภายหลัง' });
      const { next } = await snapshot(s);
      const receive = letter.actions.find((a: { action: string }) => a.action === 'receive');
      const received = ok(await api(s.app, s.clerk).post(`/deliveries/${receive.deliveryId}/receive`, {}));
      assert.equal(received.receipt.number, next);
      assert.deepEqual(
        received.revisions.map((r: { reason: string }) => r.reason),
        ['original', 'receipt-stamp'],
      );
      assert.ok(
        !received.actions.some((a: { action: string }) => a.action === 'delete'),
        'delete is not offered',
      );
      expectError(await api(s.app, s.clerk).delete(`/letters/${letter.id}`), 409, 'LETTER_DELETE_NUMBERED');
      ok(await api(s.app, s.clerk).get(`/letters/${letter.id}`));
    });

    test('an unnumbered letter cannot be sent on (409 LETTER_NOT_RECEIVED), so it stays deletable', async () => {
      const letter = await register({ receiveNow: false, subject: 'ส่งต่อก่อนลงรับ' });
      expectError(
        await api(s.app, s.clerk).post(`/letters/${letter.id}/forward`, { userIds: [s.staffA.userId] }),
        409,
        'LETTER_NOT_RECEIVED',
      );
      expectError(
        await api(s.app, s.clerk).post(`/letters/${letter.id}/propose`, { userIds: [s.director.userId] }),
        409,
        'LETTER_NOT_RECEIVED',
      );
      ok(await api(s.app, s.clerk).delete(`/letters/${letter.id}`));
      expectError(await api(s.app, s.clerk).get(`/letters/${letter.id}`), 404, 'LETTER_NOT_FOUND');
    });
  });

  describe('cancel (ยกเลิก)', () => {
    let letter: { id: string; receipt: { number: number } };
    let divANumber: number;

    test('cancelling a numbered letter: 200, cancelled, every receipt kept and marked, pending deliveries withdrawn', async () => {
      letter = await register({ subject: 'ยกเลิกเพราะลงซ้ำ' });
      ok(
        await api(s.app, s.clerk).post(`/letters/${letter.id}/forward`, {
          orgUnitIds: [s.units.divA],
          userIds: [s.staffA.userId],
        }),
      );
      const toA = routeDeliveries(await routeOf(letter.id)).find((d) => d.toId === s.units.divA)!;
      const receivedA = ok(await api(s.app, s.clerkA).post(`/deliveries/${toA.id}/receive`, {}));
      divANumber = receivedA.receipts.find((x: { orgUnitId: string }) => x.orgUnitId === s.units.divA).number;

      expectError(
        await api(s.app, s.clerk).post(`/letters/${letter.id}/cancel`, {}),
        400,
        'VALIDATION_FAILED',
      );
      const res = await api(s.app, s.clerk).post(`/letters/${letter.id}/cancel`, { reason: 'ลงทะเบียนซ้ำ' });
      const cancelled = ok(res);
      assert.equal(cancelled.status, 'cancelled');
      assert.equal(cancelled.cancelReason, 'ลงทะเบียนซ้ำ');
      assert.ok(cancelled.cancelledAt);
      assert.equal(cancelled.receipts.length, 2);
      assert.ok(cancelled.receipts.every((x: { cancelled: boolean }) => x.cancelled));
      const route = await routeOf(letter.id);
      assert.equal(route.hops.at(-1).kind, 'cancel');
      const toStaff = routeDeliveries(route).find((d) => d.toId === s.staffA.userId)!;
      assert.equal(toStaff.status, 'recalled', 'the pending delivery was withdrawn');
      expectError(
        await api(s.app, s.staffA).post(`/deliveries/${toStaff.id}/acknowledge`, {}),
        409,
        'LETTER_NOT_ACTIVE',
      );
    });

    test('its numbers stay in both register books marked cancelled, and in the receive book with ยกเลิก', async () => {
      const root = (await numbersOf(s.registers.root)).find((n) => n.number === letter.receipt.number)!;
      assert.equal(root.status, 'cancelled');
      assert.equal(root.letterId, letter.id);
      assert.equal(root.cancelReason, 'ลงทะเบียนซ้ำ');
      const divA = ok(await api(s.app, s.clerkA).get(`/registers/${s.registers.divA}/numbers`)).items.find(
        (n: { number: number }) => n.number === divANumber,
      );
      assert.equal(divA.status, 'cancelled');
      const book = ok(await api(s.app, s.clerk).get(`/registers/${s.registers.root}/receive-book`));
      const row = book.rows.find((r: { number: number }) => r.number === letter.receipt.number);
      assert.equal(row.letterId, letter.id);
      assert.equal(row.cancelled, true);
      assert.match(row.remarks, /ยกเลิก/);
      const listed = ok(await api(s.app, s.clerk).get('/letters?queue=all&status=cancelled'));
      assert.deepEqual(
        listed.items.map((i: { letter: { id: string } }) => i.letter.id),
        [letter.id],
      );
    });

    test('a cancelled number is never reused; cancel again is 409; delete is still 409 LETTER_DELETE_NUMBERED', async () => {
      const before = await snapshot(s);
      const next = await register({ subject: 'ถัดจากที่ยกเลิก' });
      assert.equal(next.receipt.number, before.next);
      assert.ok(next.receipt.number > letter.receipt.number);
      expectError(
        await api(s.app, s.clerk).post(`/letters/${letter.id}/cancel`, { reason: 'อีกครั้ง' }),
        409,
        'LETTER_NOT_ACTIVE',
      );
      expectError(await api(s.app, s.clerk).delete(`/letters/${letter.id}`), 409, 'LETTER_DELETE_NUMBERED');
    });

    test('nothing can be done on a cancelled letter: 409 LETTER_NOT_ACTIVE', async () => {
      const c = api(s.app, s.clerk);
      const id = letter.id;
      for (const [label, res] of [
        ['forward', await c.post(`/letters/${id}/forward`, { userIds: [s.staffA.userId] })],
        ['propose', await c.post(`/letters/${id}/propose`, { userIds: [s.director.userId] })],
        ['action', await c.post(`/letters/${id}/actions`, { content: 'x' })],
        ['close', await c.post(`/letters/${id}/close`, {})],
        ['edit', await c.patch(`/letters/${id}`, { subject: 'แก้หลังยกเลิก' })],
        [
          'command',
          await api(s.app, s.director).post(`/letters/${id}/commands`, {
            text: 'ทราบ',
            userIds: [s.staffA.userId],
            password: 'secret123',
            signatureImage: signature,
          }),
        ],
      ] as const) {
        assert.equal(res.statusCode, 409, `${label}: ${res.body}`);
        assert.equal(res.json().error.code, 'LETTER_NOT_ACTIVE', label);
      }
    });
  });

  describe('closed letters', () => {
    let closed: string;
    let pending: { toA: string; toStaff: string; toDeputy: string; proposal: string };

    before(async () => {
      const letter = await register({ subject: 'ปิดงานแล้ว' });
      closed = letter.id;
      ok(
        await api(s.app, s.clerk).post(`/letters/${closed}/forward`, {
          orgUnitIds: [s.units.divA],
          userIds: [s.staffA.userId, s.deputy.userId],
        }),
      );
      ok(await api(s.app, s.clerk).post(`/letters/${closed}/propose`, { userIds: [s.director.userId] }));
      const d = routeDeliveries(await routeOf(closed));
      pending = {
        toA: d.find((x) => x.toId === s.units.divA)!.id,
        toStaff: d.find((x) => x.toId === s.staffA.userId)!.id,
        toDeputy: d.find((x) => x.toId === s.deputy.userId)!.id,
        proposal: d.find((x) => x.toId === s.director.userId)!.id,
      };
      const res = ok(await api(s.app, s.clerk).post(`/letters/${closed}/close`, { note: 'เรื่องยุติ' }));
      assert.equal(res.status, 'closed');
      assert.ok(res.closedAt);
    });

    test('every step on a closed letter is 409 LETTER_NOT_ACTIVE, and nothing is written', async () => {
      const hops = (await routeOf(closed)).hops.length;
      const c = api(s.app, s.clerk);
      const cases: [string, () => ReturnType<typeof c.get>][] = [
        ['forward', () => c.post(`/letters/${closed}/forward`, { userIds: [s.personB.userId] })],
        ['propose', () => c.post(`/letters/${closed}/propose`, { userIds: [s.director.userId] })],
        ['action', () => c.post(`/letters/${closed}/actions`, { content: 'x' })],
        ['close again', () => c.post(`/letters/${closed}/close`, {})],
        ['edit', () => c.patch(`/letters/${closed}`, { subject: 'แก้หลังปิด' })],
        ['cancel', () => c.post(`/letters/${closed}/cancel`, { reason: 'ยกเลิกหลังปิด' })],
        ['receive', () => api(s.app, s.clerkA).post(`/deliveries/${pending.toA}/receive`, {})],
        ['acknowledge', () => api(s.app, s.staffA).post(`/deliveries/${pending.toStaff}/acknowledge`, {})],
        [
          'return',
          () => api(s.app, s.deputy).post(`/deliveries/${pending.toDeputy}/return`, { reason: 'คืน' }),
        ],
        [
          'command on the proposal',
          () =>
            api(s.app, s.director).post(`/letters/${closed}/commands`, {
              deliveryId: pending.proposal,
              text: 'ทราบ',
              userIds: [s.staffA.userId],
              password: 'secret123',
              signatureImage: signature,
            }),
        ],
      ];
      for (const [label, call] of cases) {
        const res = await call();
        assert.equal(res.statusCode, 409, `${label}: ${res.body}`);
        assert.equal(res.json().error.code, 'LETTER_NOT_ACTIVE', `${label}: ${res.body}`);
      }
      assert.equal((await routeOf(closed)).hops.length, hops);
      const letter = ok(await api(s.app, s.clerk).get(`/letters/${closed}`));
      assert.equal(letter.subject, 'ปิดงานแล้ว');
      assert.equal(letter.status, 'closed');
      assert.equal(letter.receipts.length, 1, 'division A did not receive it');
    });

    test('recalling a delivery of a closed letter is 409 LETTER_NOT_ACTIVE too', async () => {
      expectError(
        await api(s.app, s.clerk).post(`/deliveries/${pending.toStaff}/recall`, {}),
        409,
        'LETTER_NOT_ACTIVE',
      );
    });

    test("a closed letter's pending deliveries leave the work queues, as they leave the counts", async () => {
      const q = `q=${encodeURIComponent('ปิดงานแล้ว')}`;
      assert.equal(
        ok(await api(s.app, s.clerkA).get(`/letters?queue=to-receive&${q}`)).total,
        0,
        'to-receive',
      );
      assert.equal(
        ok(await api(s.app, s.director).get(`/letters?queue=to-consider&${q}`)).total,
        0,
        'to-consider',
      );
      assert.equal(ok(await api(s.app, s.staffA).get(`/letters?queue=assigned&${q}`)).total, 0, 'assigned');
    });
  });

  describe('edit metadata (แก้ไขหนังสือ)', () => {
    let letter: { id: string };

    test('PATCH changes the fields; the history shows each change with from/to and who made it', async () => {
      letter = await register({ subject: 'เรื่องเดิม', urgency: 'normal', docNo: 'ศธ ๑/๒๕๖๙' });
      const res = await api(s.app, s.clerk).patch(`/letters/${letter.id}`, {
        subject: 'เรื่องใหม่ที่ถูกต้อง',
        urgency: 'most-urgent',
        docNo: 'ศธ ๑/๒๕๖๙',
      });
      const updated = ok(res);
      assert.equal(updated.subject, 'เรื่องใหม่ที่ถูกต้อง');
      assert.equal(updated.urgency, 'most-urgent');
      const history = ok(await api(s.app, s.clerk).get(`/letters/${letter.id}/history`));
      assert.equal(history.length, 1);
      assert.equal(history[0].action, 'letter.updated');
      assert.equal(history[0].byName, 'นายสมใจ ใจดี');
      assert.deepEqual(history[0].changes, {
        subject: { from: 'เรื่องเดิม', to: 'เรื่องใหม่ที่ถูกต้อง' },
        urgency: { from: 'normal', to: 'most-urgent' },
      });
    });

    test('a PATCH that changes nothing adds no history; a second change adds a second entry', async () => {
      ok(await api(s.app, s.clerk).patch(`/letters/${letter.id}`, { subject: 'เรื่องใหม่ที่ถูกต้อง' }));
      assert.equal(ok(await api(s.app, s.clerk).get(`/letters/${letter.id}/history`)).length, 1);
      ok(await api(s.app, s.clerk).patch(`/letters/${letter.id}`, { remarks: 'แก้ตามต้นฉบับ', docDate: null }));
      const history = ok(await api(s.app, s.clerk).get(`/letters/${letter.id}/history`));
      assert.equal(history.length, 2);
      const second = history.find((h: { changes: Record<string, unknown> }) => 'remarks' in h.changes);
      assert.deepEqual(second.changes, {
        remarks: { from: '', to: 'แก้ตามต้นฉบับ' },
        docDate: { from: '2026-11-20', to: null },
      });
    });

    test('the edits are in the agency audit log; invalid edits are 400 and change nothing', async () => {
      const audit = ok(await api(s.app, admin).get(`/audit?targetId=${letter.id}&action=letter.updated`));
      assert.equal(audit.items.length, 2);
      for (const e of audit.items) {
        assert.equal(e.actorId, s.clerk.userId);
        assert.equal(e.targetType, 'letter');
      }
      for (const body of [
        { subject: '' },
        { subject: 'ก'.repeat(501) },
        { urgency: 'now' },
        { docDate: '20/11/2569' },
      ]) {
        expectError(await api(s.app, s.clerk).patch(`/letters/${letter.id}`, body), 400, 'VALIDATION_FAILED');
      }
      const after = ok(await api(s.app, s.clerk).get(`/letters/${letter.id}`));
      assert.equal(after.subject, 'เรื่องใหม่ที่ถูกต้อง');
      assert.equal(ok(await api(s.app, s.clerk).get(`/letters/${letter.id}/history`)).length, 2);
      const book = ok(await api(s.app, s.clerk).get(`/registers/${s.registers.root}/receive-book`));
      assert.equal(
        book.rows.find((r: { letterId: string }) => r.letterId === letter.id).subject,
        'เรื่องใหม่ที่ถูกต้อง',
      );
    });
  });

  describe('return (ส่งคืน) and recall (ดึงกลับ)', () => {
    let letter: { id: string };

    before(async () => {
      letter = await register({ subject: 'ส่งคืนและดึงกลับ' });
    });

    test('a person returns a delivery with the reason; the sender finds a return step in their assigned queue', async () => {
      ok(
        await api(s.app, s.clerk).post(`/letters/${letter.id}/forward`, {
          userIds: [s.deputy.userId, s.staffA.userId],
          content: 'มอบดำเนินการ',
        }),
      );
      const deliveries = routeDeliveries(await routeOf(letter.id));
      const toDeputy = deliveries.find((d) => d.toId === s.deputy.userId)!;
      const toStaff = deliveries.find((d) => d.toId === s.staffA.userId)!;
      // The person role (บทบาทบุคคล) has no ส่งคืนหนังสือ.
      expectError(
        await api(s.app, s.staffA).post(`/deliveries/${toStaff.id}/return`, { reason: 'คืน' }),
        403,
        'PERMISSION_DENIED',
      );
      const before = ok(await api(s.app, s.clerk).get('/letters/counts'));
      expectError(
        await api(s.app, s.deputy).post(`/deliveries/${toDeputy.id}/return`, { reason: '' }),
        400,
        'VALIDATION_FAILED',
      );
      const res = await api(s.app, s.deputy).post(`/deliveries/${toDeputy.id}/return`, {
        reason: 'ไม่ใช่งานของกลุ่มนี้',
      });
      assert.equal(res.statusCode, 200, res.body);
      const route = await routeOf(letter.id);
      const returned = routeDeliveries(route).find((d) => d.id === toDeputy.id) as unknown as {
        status: string;
        returnReason: string;
        returnedAt: string | null;
      };
      assert.equal(returned.status, 'returned');
      assert.equal(returned.returnReason, 'ไม่ใช่งานของกลุ่มนี้');
      assert.ok(returned.returnedAt);
      const back = route.hops.at(-1);
      assert.equal(back.kind, 'return');
      assert.equal(back.content, 'ไม่ใช่งานของกลุ่มนี้');
      assert.deepEqual(
        back.deliveries.map((d: { toId: string }) => d.toId),
        [s.clerk.userId],
      );
      const queue = ok(await api(s.app, s.clerk).get('/letters?queue=assigned'));
      const mine = queue.items.find((i: { letter: { id: string } }) => i.letter.id === letter.id);
      assert.equal(mine.delivery.stepKind, 'return');
      assert.equal(mine.delivery.content, 'ไม่ใช่งานของกลุ่มนี้');
      assert.match(mine.delivery.fromName, /วิไล ทำแทนได้/);
      assert.equal(mine.unread, true);
      const counts = ok(await api(s.app, s.clerk).get('/letters/counts'));
      assert.equal(counts.assigned, before.assigned + 1);
      expectError(
        await api(s.app, s.deputy).post(`/deliveries/${toDeputy.id}/return`, { reason: 'อีกครั้ง' }),
        409,
        'DELIVERY_NOT_PENDING',
      );
    });

    test("a division's clerk returns a delivery to the division; an intake delivery cannot be returned", async () => {
      ok(await api(s.app, s.clerk).post(`/letters/${letter.id}/forward`, { orgUnitIds: [s.units.divB] }));
      const toB = routeDeliveries(await routeOf(letter.id)).find(
        (d) => d.toId === s.units.divB && d.status === 'pending',
      )!;
      const res = await api(s.app, s.clerkB).post(`/deliveries/${toB.id}/return`, { reason: 'ส่งผิดกอง' });
      assert.equal(res.statusCode, 200, res.body);
      const route = await routeOf(letter.id);
      assert.equal(route.hops.at(-1).kind, 'return');
      assert.equal(route.hops.at(-1).deliveries[0].toId, s.clerk.userId);
      expectError(
        await api(s.app, s.clerkB).post(`/deliveries/${toB.id}/receive`, {}),
        409,
        'DELIVERY_NOT_PENDING',
      );

      const unnumbered = await register({ receiveNow: false, subject: 'ไม่มีเลขรับ คืนไม่ได้' });
      const intake = unnumbered.actions.find((a: { action: string }) => a.action === 'receive');
      expectError(
        await api(s.app, s.clerk).post(`/deliveries/${intake.deliveryId}/return`, { reason: 'คืนผู้ส่ง' }),
        403,
        'DELIVERY_NOT_YOURS',
      );
    });

    test('recall after receipt or twice is 409 DELIVERY_NOT_PENDING with the state; recalled cannot be acknowledged', async () => {
      ok(
        await api(s.app, s.clerk).post(`/letters/${letter.id}/forward`, {
          orgUnitIds: [s.units.divA],
          userIds: [s.deputy.userId],
        }),
      );
      const d = routeDeliveries(await routeOf(letter.id));
      const toA = d.find((x) => x.toId === s.units.divA && x.status === 'pending')!;
      const toPerson = d.find((x) => x.toId === s.deputy.userId && x.status === 'pending')!;
      ok(await api(s.app, s.clerkA).post(`/deliveries/${toA.id}/receive`, {}));
      const late = await api(s.app, s.clerk).post(`/deliveries/${toA.id}/recall`, {});
      expectError(late, 409, 'DELIVERY_NOT_PENDING');
      assert.equal(late.json().error.details.status, 'received');
      assert.match(late.json().error.message, /รับ/);

      const recall = await api(s.app, s.clerk).post(`/deliveries/${toPerson.id}/recall`, {});
      assert.equal(recall.statusCode, 200, recall.body);
      const twice = await api(s.app, s.clerk).post(`/deliveries/${toPerson.id}/recall`, {});
      expectError(twice, 409, 'DELIVERY_NOT_PENDING');
      assert.equal(twice.json().error.details.status, 'recalled');
      expectError(
        await api(s.app, s.deputy).post(`/deliveries/${toPerson.id}/acknowledge`, {}),
        409,
        'DELIVERY_NOT_PENDING',
      );
      expectError(
        await api(s.app, s.deputy).post(`/deliveries/${toPerson.id}/return`, { reason: 'คืน' }),
        409,
        'DELIVERY_NOT_PENDING',
      );
      const after = routeDeliveries(await routeOf(letter.id)).find(
        (x) => x.id === toPerson.id,
      ) as unknown as {
        status: string;
        recalledAt: string | null;
      };
      assert.equal(after.status, 'recalled');
      assert.ok(after.recalledAt);
    });

    test('acknowledge twice, receive twice, return after acknowledging: 409 DELIVERY_NOT_PENDING', async () => {
      ok(await api(s.app, s.clerk).post(`/letters/${letter.id}/forward`, { userIds: [s.deputy.userId] }));
      const toPerson = routeDeliveries(await routeOf(letter.id)).find(
        (x) => x.toId === s.deputy.userId && x.status === 'pending',
      )!;
      ok(await api(s.app, s.deputy).post(`/deliveries/${toPerson.id}/acknowledge`, {}));
      const again = await api(s.app, s.deputy).post(`/deliveries/${toPerson.id}/acknowledge`, {});
      expectError(again, 409, 'DELIVERY_NOT_PENDING');
      assert.equal(again.json().error.details.status, 'received');
      expectError(
        await api(s.app, s.deputy).post(`/deliveries/${toPerson.id}/return`, { reason: 'คืน' }),
        409,
        'DELIVERY_NOT_PENDING',
      );
      expectError(
        await api(s.app, s.clerk).post(`/deliveries/${toPerson.id}/recall`, {}),
        409,
        'DELIVERY_NOT_PENDING',
      );
      const toA = routeDeliveries(await routeOf(letter.id)).find(
        (x) => x.toId === s.units.divA && x.status === 'received',
      )!;
      expectError(
        await api(s.app, s.clerkA).post(`/deliveries/${toA.id}/receive`, {}),
        409,
        'DELIVERY_NOT_PENDING',
      );
      expectError(
        await api(s.app, s.clerk).post(`/deliveries/${toPerson.id}/receive`, {}),
        403,
        'DELIVERY_NOT_YOURS',
      );
    });

    test('a proposal is answered once: a second command on it is 409; another executive cannot answer it (403)', async () => {
      ok(await api(s.app, s.clerk).post(`/letters/${letter.id}/propose`, { userIds: [s.director.userId] }));
      const proposal = routeDeliveries(await routeOf(letter.id)).find(
        (x) => x.toId === s.director.userId && x.status === 'pending',
      )!;
      const body = {
        deliveryId: proposal.id,
        text: 'ทราบ',
        userIds: [s.staffA.userId],
        password: 'secret123',
        signatureImage: signature,
      };
      expectError(
        await api(s.app, s.deputy).post(`/letters/${letter.id}/commands`, body),
        403,
        'DELIVERY_NOT_YOURS',
      );
      ok(await api(s.app, s.director).post(`/letters/${letter.id}/commands`, body));
      expectError(
        await api(s.app, s.director).post(`/letters/${letter.id}/commands`, body),
        409,
        'DELIVERY_NOT_PENDING',
      );
    });

    test('the intake delivery cannot be recalled (403 RECALL_NOT_SENDER)', async () => {
      const intake = routeDeliveries(await routeOf(letter.id))[0]!;
      assert.equal(intake.stepKind, 'intake');
      expectError(
        await api(s.app, s.clerk).post(`/deliveries/${intake.id}/recall`, {}),
        403,
        'RECALL_NOT_SENDER',
      );
    });
  });

  describe('at the same time', () => {
    const forwardToA = async (subject: string) => {
      const letter = await register({ subject });
      ok(await api(s.app, s.clerk).post(`/letters/${letter.id}/forward`, { orgUnitIds: [s.units.divA] }));
      return routeDeliveries(await routeOf(letter.id)).find(
        (d) => d.toId === s.units.divA && d.status === 'pending',
      )!.id;
    };
    const lastOfA = async () =>
      ok(await api(s.app, s.clerk).get(`/registers/${s.registers.divA}`)).year.lastNumber;

    test('the same delivery received twice at once: one 200, one 409 DELIVERY_NOT_PENDING, one number taken', async () => {
      const delivery = await forwardToA('รับพร้อมกันสองครั้ง');
      const before = await lastOfA();
      const results = await Promise.all([
        api(s.app, s.clerkA).post(`/deliveries/${delivery}/receive`, {}),
        api(s.app, s.clerkA).post(`/deliveries/${delivery}/receive`, {}),
      ]);
      assert.deepEqual(results.map((r) => r.statusCode).sort(), [200, 409]);
      expectError(results.find((r) => r.statusCode === 409)!, 409, 'DELIVERY_NOT_PENDING');
      assert.equal(await lastOfA(), before + 1);
    });

    test('a recall racing a receipt: exactly one wins, the other is 409 DELIVERY_NOT_PENDING', async () => {
      const delivery = await forwardToA('ดึงกลับแข่งกับลงรับ');
      const before = await lastOfA();
      const [received, recalled] = await Promise.all([
        api(s.app, s.clerkA).post(`/deliveries/${delivery}/receive`, {}),
        api(s.app, s.clerk).post(`/deliveries/${delivery}/recall`, {}),
      ]);
      assert.deepEqual([received.statusCode, recalled.statusCode].sort(), [200, 409]);
      const loser = received.statusCode === 409 ? received : recalled;
      expectError(loser, 409, 'DELIVERY_NOT_PENDING');
      assert.equal(
        await lastOfA(),
        before + (received.statusCode === 200 ? 1 : 0),
        'a number only for a receipt',
      );
    });

    test("two deliveries received at once take distinct, consecutive numbers of the division's register", async () => {
      const d1 = await forwardToA('พร้อมกัน หนึ่ง');
      const d2 = await forwardToA('พร้อมกัน สอง');
      const before = await lastOfA();
      const [r1, r2] = await Promise.all([
        api(s.app, s.clerkA).post(`/deliveries/${d1}/receive`, {}),
        api(s.app, s.clerkA).post(`/deliveries/${d2}/receive`, {}),
      ]);
      const numberOf = (r: typeof r1) =>
        ok(r).receipts.find((x: { orgUnitId: string }) => x.orgUnitId === s.units.divA).number as number;
      assert.deepEqual(
        [numberOf(r1), numberOf(r2)].sort((a, b) => a - b),
        [before + 1, before + 2],
      );
      const book = await numbersOf(s.registers.divA);
      assert.deepEqual(
        book.map((n) => n.number),
        Array.from({ length: before + 2 }, (_, i) => i + 1),
        "division A's book is gapless",
      );
    });
  });

  describe('stamp position', () => {
    /** The box of the stamp's "เลขรับ" word on each page, from pdftotext -bbox (points from the top-left). */
    const stampBoxes = (pdf: Uint8Array) => {
      const html = pdfTool('pdftotext', pdf, ['-bbox']).stdout;
      const pages = html.split('<page ').slice(1);
      return pages.map((p) => {
        const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">เลขรับ<\/word>/.exec(p);
        return m ? { x: Number(m[1]), y: Number(m[2]) } : null;
      });
    };

    test('by default the stamp sits in the top-right corner of page 1', async () => {
      const letter = await register({ subject: 'ตรารับมุมขวาบน' });
      const pdf = new Uint8Array((await api(s.app, s.clerk).get(`/letters/${letter.id}/pdf`)).rawPayload);
      const [box] = stampBoxes(pdf);
      assert.ok(box, 'the stamp text is on page 1');
      assert.ok(box.x > 595 / 2, `right half (x=${box.x})`);
      assert.ok(box.y < 150, `top (y=${box.y})`);
    });

    test('stampPosition {page:1,left:50,top:300} puts it there; the original bytes stay intact', async () => {
      const original = await makePdf();
      const letter = await register(
        { subject: 'ตรารับตำแหน่งที่เลือก', stampPosition: { page: 1, left: 50, top: 300 } },
        s.clerk,
        original,
      );
      assert.deepEqual(
        letter.revisions.map((r: { reason: string }) => r.reason),
        ['original', 'receipt-stamp'],
      );
      const pdf = new Uint8Array((await api(s.app, s.clerk).get(`/letters/${letter.id}/pdf`)).rawPayload);
      assert.equal(Buffer.compare(pdf.subarray(0, original.length), original), 0);
      assert.equal(pdfTool('qpdf', pdf, ['--check']).status, 0);
      const [box] = stampBoxes(pdf);
      assert.ok(box, 'the stamp text is on page 1');
      assert.ok(box.x >= 50 && box.x < 250, `left edge near 50 (x=${box.x})`);
      assert.ok(box.y >= 300 && box.y < 400, `top edge near 300 (y=${box.y})`);
    });

    test('stampPosition on page 2 of a two-page letter stamps page 2 only', async () => {
      const letter = await register(
        { subject: 'ตรารับหน้าสอง', stampPosition: { page: 2, left: 300, top: 500 } },
        s.clerk,
        await makePdf({ pages: 2 }),
      );
      const pdf = new Uint8Array((await api(s.app, s.clerk).get(`/letters/${letter.id}/pdf`)).rawPayload);
      const boxes = stampBoxes(pdf);
      assert.equal(boxes.length, 2);
      assert.equal(boxes[0], null, 'page 1 has no stamp');
      assert.ok(boxes[1] && boxes[1].y >= 500, `page 2 has it (y=${boxes[1]?.y})`);
    });
  });

  describe('work queues', () => {
    const tag = 'คิวทดสอบ';
    const q = `q=${encodeURIComponent(tag)}`;
    const ids: Record<string, string> = {};

    before(async () => {
      for (const [key, urgency] of [
        ['normal1', 'normal'],
        ['urgent', 'urgent'],
        ['most', 'most-urgent'],
        ['very', 'very-urgent'],
        ['normal2', 'normal'],
      ] as const) {
        const letter = await register({
          receiveNow: false,
          urgency,
          subject: `${tag} ${key}`,
          docNo: `คิว/${key}`,
          secrecy: key === 'very' ? 'confidential' : 'none',
        });
        ids[key] = letter.id;
      }
    });

    const idsOf = (page: { items: { letter: { id: string } }[] }) => page.items.map((i) => i.letter.id);

    test('the to-receive queue: ด่วนที่สุด first, then by urgency, then oldest first; all unread', async () => {
      const page = ok(await api(s.app, s.clerk).get(`/letters?queue=to-receive&${q}`));
      assert.equal(page.total, 5);
      assert.deepEqual(idsOf(page), [ids.most, ids.very, ids.urgent, ids.normal1, ids.normal2]);
      assert.ok(page.items.every((i: { unread: boolean }) => i.unread));
    });

    test('opening a letter clears its unread mark and the unread count', async () => {
      const before = ok(await api(s.app, s.clerk).get('/letters/counts'));
      ok(await api(s.app, s.clerk).get(`/letters/${ids.most}`));
      const page = ok(await api(s.app, s.clerk).get(`/letters?queue=to-receive&${q}`));
      const unread = Object.fromEntries(
        page.items.map((i: { letter: { id: string }; unread: boolean }) => [i.letter.id, i.unread]),
      );
      assert.equal(unread[ids.most!], false);
      assert.equal(unread[ids.normal1!], true);
      const after = ok(await api(s.app, s.clerk).get('/letters/counts'));
      assert.equal(after.unread, before.unread - 1);
      assert.equal(after.toReceive, before.toReceive);
      // Reading it again changes nothing more.
      ok(await api(s.app, s.clerk).get(`/letters/${ids.most}`));
      assert.equal(ok(await api(s.app, s.clerk).get('/letters/counts')).unread, after.unread);
    });

    test('the counts match the queues', async () => {
      const counts = ok(await api(s.app, s.clerk).get('/letters/counts'));
      const toReceive = ok(await api(s.app, s.clerk).get('/letters?queue=to-receive&limit=1'));
      assert.equal(counts.toReceive, toReceive.total);
      const before = ok(await api(s.app, s.director).get('/letters/counts'));
      // Receive two of them and propose them to the director: normal first, then most urgent.
      for (const key of ['normal1', 'most']) {
        const letter = ok(await api(s.app, s.clerk).get(`/letters/${ids[key]}`));
        const receive = letter.actions.find((a: { action: string }) => a.action === 'receive');
        ok(await api(s.app, s.clerk).post(`/deliveries/${receive.deliveryId}/receive`, {}));
        ok(await api(s.app, s.clerk).post(`/letters/${ids[key]}/propose`, { userIds: [s.director.userId] }));
      }
      const after = ok(await api(s.app, s.director).get('/letters/counts'));
      assert.equal(after.toConsider, before.toConsider + 2);
      const consider = ok(await api(s.app, s.director).get(`/letters?queue=to-consider&${q}`));
      assert.deepEqual(idsOf(consider), [ids.most, ids.normal1], 'the most urgent proposal first');
      assert.deepEqual(
        consider.items.map((i: { unread: boolean }) => i.unread),
        [true, true],
      );
      assert.equal(ok(await api(s.app, s.clerk).get('/letters/counts')).toReceive, counts.toReceive - 2);
      const sent = ok(await api(s.app, s.clerk).get(`/letters?queue=sent&${q}`));
      assert.equal(sent.total, 2);
      assert.ok(
        sent.items.every((i: { delivery: { stepKind: string } }) => i.delivery.stepKind === 'propose'),
      );
    });

    test('filters: text (subject, ที่, sender), urgency, secrecy, status, dates', async () => {
      const all = (query: string) => api(s.app, s.clerk).get(`/letters?queue=all&${query}`);
      assert.equal(ok(await all(q)).total, 5);
      assert.deepEqual(idsOf(ok(await all(`q=${encodeURIComponent('คิว/urgent')}`))), [ids.urgent], 'by ที่');
      assert.equal(ok(await all(`${q}&urgency=normal`)).total, 2);
      assert.deepEqual(idsOf(ok(await all(`${q}&urgency=most-urgent`))), [ids.most]);
      assert.deepEqual(idsOf(ok(await all(`${q}&secrecy=confidential`))), [ids.very]);
      assert.equal(ok(await all(`${q}&secrecy=none`)).total, 4);
      assert.equal(ok(await all(`${q}&status=active`)).total, 5);
      assert.equal(ok(await all(`${q}&status=closed`)).total, 0);
      const sender = encodeURIComponent('ปลัดกระทรวงศึกษาธิการ');
      assert.ok(ok(await all(`q=${sender}`)).total >= 5, 'by sender agency');
      assert.equal(ok(await all(`q=${encodeURIComponent('ไม่มีเรื่องนี้แน่นอน')}`)).total, 0);
      const { today, yesterday, tomorrow } = bangkokDates();
      assert.equal(ok(await all(`${q}&from=${today}&to=${today}`)).total, 5);
      assert.equal(ok(await all(`${q}&from=${tomorrow}`)).total, 0);
      assert.equal(ok(await all(`${q}&to=${yesterday}`)).total, 0);
      assert.equal(ok(await all(`${q}&orgUnitId=${s.units.root}`)).total, 5);
      assert.equal(ok(await all(`${q}&orgUnitId=${s.units.divB}`)).total, 0);
      // Only what the viewer may see: staff of division A see none of the root's letters.
      assert.equal(ok(await api(s.app, s.staffA).get(`/letters?queue=all&${q}`)).total, 0);
    });

    test('pagination: limit, offset and total; pages do not overlap and cover everything', async () => {
      const full = ok(await api(s.app, s.clerk).get(`/letters?queue=all&${q}`));
      const seen: string[] = [];
      for (let offset = 0; offset < 5; offset += 2) {
        const page = ok(await api(s.app, s.clerk).get(`/letters?queue=all&${q}&limit=2&offset=${offset}`));
        assert.equal(page.total, 5);
        assert.equal(page.items.length, Math.min(2, 5 - offset));
        seen.push(...idsOf(page));
      }
      assert.deepEqual(seen, idsOf(full));
      assert.equal(new Set(seen).size, 5);
      const beyond = ok(await api(s.app, s.clerk).get(`/letters?queue=all&${q}&offset=10`));
      assert.deepEqual(beyond.items, []);
      assert.equal(beyond.total, 5);
      for (const bad of [
        'limit=0',
        'limit=201',
        'offset=-1',
        'queue=everything',
        'urgency=soon',
        'from=2026-13-01',
      ]) {
        expectError(await api(s.app, s.clerk).get(`/letters?${bad}`), 400, 'VALIDATION_FAILED');
      }
    });

    test('in-unit and assigned queues: what a division received, and what was sent to a person', async () => {
      ok(await api(s.app, s.clerk).post(`/letters/${ids.most}/forward`, { orgUnitIds: [s.units.divA] }));
      const toA = ok(await api(s.app, s.clerkA).get(`/letters?queue=to-receive&${q}`));
      assert.deepEqual(idsOf(toA), [ids.most]);
      ok(await api(s.app, s.clerkA).post(`/deliveries/${toA.items[0].delivery.id}/receive`, {}));
      const inUnit = ok(await api(s.app, s.clerkA).get(`/letters?queue=in-unit&${q}`));
      assert.deepEqual(idsOf(inUnit), [ids.most]);
      assert.equal(ok(await api(s.app, s.clerkA).get(`/letters?queue=to-receive&${q}`)).total, 0);
      const before = ok(await api(s.app, s.staffA).get('/letters/counts'));
      ok(await api(s.app, s.clerkA).post(`/letters/${ids.most}/forward`, { userIds: [s.staffA.userId] }));
      const assigned = ok(await api(s.app, s.staffA).get(`/letters?queue=assigned&${q}`));
      assert.deepEqual(idsOf(assigned), [ids.most]);
      assert.equal(assigned.items[0].delivery.stepKind, 'forward');
      assert.equal(assigned.items[0].unread, true);
      assert.equal(ok(await api(s.app, s.staffA).get('/letters/counts')).assigned, before.assigned + 1);
    });
  });
});
