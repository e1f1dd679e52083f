import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Permission } from '../../../src/domain/directory/permissions.ts';
import { loginAs } from '../../support/factories.ts';
import { type ApiUser, type RegistersApp, startRegistersApp } from './registers-app.ts';

describe('register book and number reservations API', () => {
  let s: RegistersApp;
  let dispatchId: string;
  let receiveId: string;
  let bRegisterId: string;

  const reserve = (user: ApiUser | null, payload: unknown) =>
    s.call(user, {
      method: 'POST',
      url: '/api/v1/number-reservations',
      payload: payload as Record<string, unknown>,
    });
  const get = (user: ApiUser | null, url: string) => s.call(user, { method: 'GET', url });

  before(async () => {
    s = await startRegistersApp();
    dispatchId = await s.createRegister(s.admin, s.divisionId, 'dispatch', 'ทะเบียนหนังสือส่ง');
    receiveId = await s.createRegister(s.admin, s.divisionId, 'receive', 'ทะเบียนหนังสือรับ');
    bRegisterId = await s.createRegister(s.bAdmin, s.bRootUnitId, 'dispatch', 'ทะเบียนส่ง ข');
  });
  after(() => s.close());

  describe('POST /number-reservations (reserveNumber)', () => {
    it('answers 401 without a session and 403 without NumberReserve', async () => {
      assert.equal((await reserve(null, { registerId: dispatchId, reason: 'x' })).statusCode, 401);
      const res = await reserve(s.nobody, { registerId: dispatchId, reason: 'x' });
      assert.equal(res.statusCode, 403);
      assert.equal(res.json().error.code, 'PERMISSION_DENIED');
    });

    it("answers 404 for another agency's register, both ways", async () => {
      const res = await reserve(s.clerk, { registerId: bRegisterId, reason: 'x' });
      assert.equal(res.statusCode, 404);
      assert.equal(res.json().error.code, 'REGISTER_NOT_FOUND');
      assert.equal((await reserve(s.bAdmin, { registerId: dispatchId, reason: 'x' })).statusCode, 404);
    });

    it('answers 400 for a missing or blank reason, a malformed id and malformed JSON', async () => {
      for (const payload of [
        { registerId: dispatchId },
        { registerId: dispatchId, reason: '   ' },
        { registerId: 'abc', reason: 'x' },
      ]) {
        const res = await reserve(s.clerk, payload);
        assert.equal(res.statusCode, 400, JSON.stringify(payload));
        assert.equal(res.json().error.code, 'VALIDATION_FAILED');
      }
      const missing = await reserve(s.clerk, { registerId: dispatchId });
      assert.deepEqual(missing.json().error.details.issues[0].path, ['body', 'reason']);
      const malformed = await s.call(s.clerk, {
        method: 'POST',
        url: '/api/v1/number-reservations',
        payload: '{"registerId": "',
        headers: { 'content-type': 'application/json' },
      });
      assert.equal(malformed.statusCode, 400);
      assert.equal(malformed.json().error.code, 'REQUEST_MALFORMED');
    });

    it('answers 409 for a receive register', async () => {
      const res = await reserve(s.clerk, { registerId: receiveId, reason: 'x' });
      assert.equal(res.statusCode, 409);
      assert.equal(res.json().error.code, 'REGISTER_KIND_MISMATCH');
    });

    it('reserves the next number and shows who reserved it, when and why', async () => {
      const res = await reserve(s.clerk, { registerId: dispatchId, reason: 'หนังสือเชิญประชุม ลงนามนอกระบบ' });
      assert.equal(res.statusCode, 200);
      const n = res.json();
      assert.equal(n.number, 1);
      assert.equal(n.formatted, 'ที่ ศธ ๐๔๐๐๑.๑/๑');
      assert.equal(n.status, 'reserved');
      assert.equal(n.issuedBy, s.clerk.userId);
      assert.equal(n.issuedByName, 'นายจอง เลขดี');
      assert.equal(n.issuedAt, '2026-11-25T02:15:00.000Z');
      assert.equal(n.reason, 'หนังสือเชิญประชุม ลงนามนอกระบบ');
    });

    it('works with a session cookie when the CSRF token is echoed, and refuses it without', async () => {
      const u = await s.user([Permission.NumberReserve], s.divisionId, 'ผู้ใช้เบราว์เซอร์');
      const session = await loginAs(s.app, s.tenantSlug, u.username, u.password);
      const payload = { registerId: dispatchId, reason: 'จองผ่านเว็บ' };
      const url = '/api/v1/number-reservations';
      const noCsrf = await s.app.inject({
        method: 'POST',
        url,
        payload,
        headers: { cookie: session.cookie },
      });
      assert.equal(noCsrf.statusCode, 403);
      assert.equal(noCsrf.json().error.code, 'AUTH_CSRF');
      const ok = await s.app.inject({ method: 'POST', url, payload, headers: session.headers });
      assert.equal(ok.statusCode, 200);
      assert.equal(ok.json().issuedByName, 'ผู้ใช้เบราว์เซอร์');
    });
  });

  describe('GET /number-reservations (listReservations)', () => {
    it('answers 401 without a session, 403 without NumberReserve or RegistersManage, 400 for an unknown status', async () => {
      assert.equal((await get(null, '/api/v1/number-reservations')).statusCode, 401);
      assert.equal((await get(s.nobody, '/api/v1/number-reservations')).statusCode, 403);
      assert.equal((await get(s.clerk, '/api/v1/number-reservations?status=lost')).statusCode, 400);
      assert.equal((await get(s.clerk, '/api/v1/number-reservations?limit=0')).statusCode, 400);
    });

    it("lists reservations newest first with who, when and why; another agency's register gives nothing", async () => {
      s.clock.set('2026-11-25T03:00:00Z');
      await reserve(s.clerk, { registerId: dispatchId, reason: 'หนังสือขอความอนุเคราะห์' });
      s.clock.set('2026-11-25T02:15:00Z');
      const res = await get(s.clerk, '/api/v1/number-reservations?status=reserved');
      assert.equal(res.statusCode, 200);
      const { items, total } = res.json();
      assert.equal(total, items.length);
      assert.deepEqual(
        {
          number: items[0].number,
          who: items[0].issuedByName,
          when: items[0].issuedAt,
          why: items[0].reason,
          register: items[0].registerName,
        },
        {
          number: 3,
          who: 'นายจอง เลขดี',
          when: '2026-11-25T03:00:00.000Z',
          why: 'หนังสือขอความอนุเคราะห์',
          register: 'ทะเบียนหนังสือส่ง',
        },
      );
      const admin = await get(s.admin, `/api/v1/number-reservations?registerId=${dispatchId}`);
      assert.equal(admin.json().total, 3);
      const foreign = await get(s.clerk, `/api/v1/number-reservations?registerId=${bRegisterId}`);
      assert.deepEqual(foreign.json(), { items: [], total: 0 });
    });
  });

  describe('POST /registers/:id/numbers/:yearBE/:number/cancel (cancelRegisterNumber)', () => {
    const url = (id: string, n: number | string, year: number | string = 2569) =>
      `/api/v1/registers/${id}/numbers/${year}/${n}/cancel`;
    const payload = { reason: 'เรื่องยุติ ไม่ต้องออกหนังสือ' };
    const cancel = (user: ApiUser | null, cancelUrl: string, body: object = payload) =>
      s.call(user, { method: 'POST', url: cancelUrl, payload: body });

    it("answers 401, 403 for someone else's reservation, 404 across agencies and for a number never taken", async () => {
      assert.equal((await cancel(null, url(dispatchId, 1))).statusCode, 401);
      assert.equal((await cancel(s.nobody, url(dispatchId, 1))).statusCode, 403);
      const other = await s.user([Permission.NumberReserve], s.divisionId);
      assert.equal((await cancel(other, url(dispatchId, 1))).statusCode, 403);
      const foreign = await cancel(s.admin, url(bRegisterId, 1));
      assert.equal(foreign.statusCode, 404);
      assert.equal(foreign.json().error.code, 'REGISTER_NOT_FOUND');
      const never = await cancel(s.admin, url(dispatchId, 9999));
      assert.equal(never.statusCode, 404);
      assert.equal(never.json().error.code, 'NUMBER_NOT_FOUND');
    });

    it('answers 400 for a missing reason, a number below 1 and a year that is not a number', async () => {
      assert.equal((await cancel(s.clerk, url(dispatchId, 1), {})).statusCode, 400);
      assert.equal((await cancel(s.clerk, url(dispatchId, 0))).statusCode, 400);
      assert.equal((await cancel(s.clerk, url(dispatchId, 1, 'abc'))).statusCode, 400);
    });

    it("cancels the reserver's own reservation; it stays in the book as cancelled and is never reused", async () => {
      const res = await cancel(s.clerk, url(dispatchId, 1));
      assert.equal(res.statusCode, 200);
      assert.equal(res.json().status, 'cancelled');
      assert.equal(res.json().cancelledByName, 'นายจอง เลขดี');
      assert.equal(res.json().cancelReason, payload.reason);
      const again = await cancel(s.admin, url(dispatchId, 1));
      assert.equal(again.statusCode, 409);
      assert.equal(again.json().error.code, 'NUMBER_NOT_CANCELLABLE');
      const next = await reserve(s.clerk, { registerId: dispatchId, reason: 'ฉบับถัดไป' });
      assert.equal(next.json().number, 4);
    });
  });

  describe('GET /registers/:id/numbers (listRegisterNumbers)', () => {
    const url = (id: string, q = '') => `/api/v1/registers/${id}/numbers${q}`;

    it('answers 401, 403 without a register permission, 404 across agencies and 400 for an unknown status', async () => {
      assert.equal((await get(null, url(dispatchId))).statusCode, 401);
      assert.equal((await get(s.nobody, url(dispatchId))).statusCode, 403);
      assert.equal((await get(s.admin, url(bRegisterId))).statusCode, 404);
      assert.equal((await get(s.bAdmin, url(dispatchId))).statusCode, 404);
      assert.equal((await get(s.admin, url(dispatchId, '?status=void'))).statusCode, 400);
    });

    it("shows the year's book in number order with printed numbers, issuers, and cancelled numbers in place", async () => {
      const res = await get(s.admin, url(dispatchId, '?yearBE=2569'));
      assert.equal(res.statusCode, 200);
      const { items, total } = res.json();
      assert.equal(total, 4);
      assert.deepEqual(
        items.map((n: { number: number; status: string; formatted: string }) => [
          n.number,
          n.status,
          n.formatted,
        ]),
        [
          [1, 'cancelled', 'ที่ ศธ ๐๔๐๐๑.๑/๑'],
          [2, 'reserved', 'ที่ ศธ ๐๔๐๐๑.๑/๒'],
          [3, 'reserved', 'ที่ ศธ ๐๔๐๐๑.๑/๓'],
          [4, 'reserved', 'ที่ ศธ ๐๔๐๐๑.๑/๔'],
        ],
      );
      assert.equal(items[1].issuedByName, 'ผู้ใช้เบราว์เซอร์');
      const page = await get(s.clerk, url(dispatchId, '?status=cancelled&limit=1'));
      assert.deepEqual([page.json().total, page.json().items[0].number], [1, 1]);
      const otherYear = await get(s.admin, url(dispatchId, '?yearBE=2568'));
      assert.deepEqual(otherYear.json(), { items: [], total: 0 });
    });
  });
});
