import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type ApiUser, type RegistersApp, startRegistersApp } from './registers-app.ts';

describe('registers API', () => {
  let s: RegistersApp;
  let registerId: string;
  let bRegisterId: string;

  before(async () => {
    s = await startRegistersApp();
    registerId = await s.createRegister(s.admin, s.divisionId, 'dispatch', 'ทะเบียนหนังสือส่ง กองกลาง');
    bRegisterId = await s.createRegister(s.bAdmin, s.bRootUnitId, 'dispatch', 'ทะเบียนส่ง ข');
  });
  after(() => s.close());

  describe('GET /registers (listRegisters)', () => {
    it('answers 401 without a session', async () => {
      const res = await s.call(null, { method: 'GET', url: '/api/v1/registers' });
      assert.equal(res.statusCode, 401);
      assert.equal(res.json().error.code, 'AUTH_REQUIRED');
    });

    it("lists the agency's registers to any signed-in user, with the year and the next number", async () => {
      const res = await s.call(s.nobody, { method: 'GET', url: '/api/v1/registers' });
      assert.equal(res.statusCode, 200);
      const [reg, ...rest] = res.json();
      assert.equal(rest.length, 0, "agency B's register is not listed");
      assert.equal(reg.id, registerId);
      assert.equal(reg.orgUnitName, 'กองกลาง');
      assert.deepEqual(reg.year, { yearBE: 2569, startNumber: 1, lastNumber: 0, startLocked: false });
      assert.equal(reg.nextFormatted, 'ที่ ศธ ๐๔๐๐๑.๑/๑');
    });

    it('filters by unit and kind, and answers 400 for an unknown kind', async () => {
      const none = await s.call(s.admin, {
        method: 'GET',
        url: `/api/v1/registers?orgUnitId=${s.divisionId}&kind=receive`,
      });
      assert.deepEqual(none.json(), []);
      const bad = await s.call(s.admin, { method: 'GET', url: '/api/v1/registers?kind=inbox' });
      assert.equal(bad.statusCode, 400);
      assert.equal(bad.json().error.code, 'VALIDATION_FAILED');
      assert.deepEqual(bad.json().error.details.issues[0].path, ['querystring', 'kind']);
    });
  });

  describe('POST /registers (createRegister)', () => {
    const body = (orgUnitId: string, name = 'ทะเบียนหนังสือรับ กองกลาง') => ({
      orgUnitId,
      kind: 'receive',
      name,
    });
    const create = (user: ApiUser | null, payload: object) =>
      s.call(user, { method: 'POST', url: '/api/v1/registers', payload });

    it('answers 401 without a session and 403 without RegistersManage', async () => {
      assert.equal((await create(null, body(s.divisionId))).statusCode, 401);
      const res = await create(s.clerk, body(s.divisionId));
      assert.equal(res.statusCode, 403);
      assert.equal(res.json().error.code, 'PERMISSION_DENIED');
    });

    it("answers 404 for another agency's unit", async () => {
      const res = await create(s.admin, body(s.bRootUnitId));
      assert.equal(res.statusCode, 404);
      assert.equal(res.json().error.code, 'ORG_UNIT_NOT_FOUND');
    });

    it('answers 400 for an unknown kind, a dotted letter code, a missing name and malformed JSON', async () => {
      const cases = [
        { ...body(s.divisionId), kind: 'inbox' },
        { ...body(s.divisionId), letterCode: 'ศ.ธ.' },
        { orgUnitId: s.divisionId, kind: 'receive' },
      ];
      for (const payload of cases) {
        const res = await create(s.admin, payload);
        assert.equal(res.statusCode, 400, JSON.stringify(payload));
        assert.equal(res.json().error.code, 'VALIDATION_FAILED');
      }
      const malformed = await s.call(s.admin, {
        method: 'POST',
        url: '/api/v1/registers',
        payload: '{"orgUnitId":',
        headers: { 'content-type': 'application/json' },
      });
      assert.equal(malformed.statusCode, 400);
      assert.equal(malformed.json().error.code, 'REQUEST_MALFORMED');
    });

    it('creates a register, and answers 409 for a name the unit already uses', async () => {
      const res = await create(s.admin, body(s.divisionId));
      assert.equal(res.statusCode, 200);
      assert.equal(res.json().kind, 'receive');
      assert.equal(res.json().nextFormatted, '๑');
      const again = await create(s.admin, body(s.divisionId));
      assert.equal(again.statusCode, 409);
      assert.equal(again.json().error.code, 'REGISTER_NAME_TAKEN');
    });
  });

  describe('GET /registers/:id (getRegister)', () => {
    it("answers 401, 400 for a malformed id, 404 for another agency's register, and the register", async () => {
      assert.equal(
        (await s.call(null, { method: 'GET', url: `/api/v1/registers/${registerId}` })).statusCode,
        401,
      );
      assert.equal(
        (await s.call(s.nobody, { method: 'GET', url: '/api/v1/registers/not-a-uuid' })).statusCode,
        400,
      );
      const foreign = await s.call(s.admin, { method: 'GET', url: `/api/v1/registers/${bRegisterId}` });
      assert.equal(foreign.statusCode, 404);
      assert.equal(foreign.json().error.code, 'REGISTER_NOT_FOUND');
      const res = await s.call(s.nobody, { method: 'GET', url: `/api/v1/registers/${registerId}` });
      assert.equal(res.statusCode, 200);
      assert.equal(res.json().name, 'ทะเบียนหนังสือส่ง กองกลาง');
    });
  });

  describe('PATCH /registers/:id (updateRegister)', () => {
    const patch = (user: ApiUser | null, payload: object, id = registerId) =>
      s.call(user, { method: 'PATCH', url: `/api/v1/registers/${id}`, payload });

    it('answers 401, 403 without RegistersManage, 404 across agencies and 400 for bad fields', async () => {
      assert.equal((await patch(null, { name: 'x' })).statusCode, 401);
      assert.equal((await patch(s.clerk, { name: 'x' })).statusCode, 403);
      const foreign = await patch(s.admin, { name: 'x' }, bRegisterId);
      assert.equal(foreign.statusCode, 404);
      for (const payload of [{ name: '  ' }, { ownerNumber: '12' }, { archived: 'yes' }]) {
        const res = await patch(s.admin, payload);
        assert.equal(res.statusCode, 400, JSON.stringify(payload));
      }
    });

    it('renames, changes the owner number and archives, and audits the change', async () => {
      const res = await patch(s.admin, { name: 'ทะเบียนส่ง กองกลาง (ใหม่)', ownerNumber: '04001.9' });
      assert.equal(res.statusCode, 200);
      assert.equal(res.json().nextFormatted, 'ที่ ศธ ๐๔๐๐๑.๙/๑');
      const archived = await patch(s.admin, { archived: true });
      assert.equal(archived.json().archived, true);
      const reopened = await patch(s.admin, { archived: false, ownerNumber: '04001.1' });
      assert.equal(reopened.json().archived, false);
      const log = await s.deps.core.uow.run((r) =>
        r.audit.list(s.tenantId, { action: 'register.', targetId: registerId, limit: 10 }),
      );
      assert.deepEqual(
        log.map((e) => e.action),
        ['register.reopened', 'register.archived', 'register.updated', 'register.created'],
      );
    });
  });

  describe('PUT /registers/:id/start-number (setRegisterStartNumber)', () => {
    const url = (id: string) => `/api/v1/registers/${id}/start-number`;
    const put = (user: ApiUser | null, payload: object, id = registerId) =>
      s.call(user, { method: 'PUT', url: url(id), payload });

    it('answers 401, 403, 404 across agencies and 400 for a start below 1 or a missing year', async () => {
      const payload = { yearBE: 2569, startNumber: 120 };
      assert.equal((await put(null, payload)).statusCode, 401);
      assert.equal((await put(s.clerk, payload)).statusCode, 403);
      assert.equal((await put(s.admin, payload, bRegisterId)).statusCode, 404);
      for (const bad of [
        { yearBE: 2569, startNumber: 0 },
        { startNumber: 5 },
        { yearBE: 2569, startNumber: 1.5 },
      ]) {
        assert.equal((await put(s.admin, bad)).statusCode, 400, JSON.stringify(bad));
      }
    });

    it('sets the first number of the year, then answers 409 once a number of that year is used', async () => {
      const res = await put(s.admin, { yearBE: 2569, startNumber: 120 });
      assert.equal(res.statusCode, 200);
      assert.deepEqual(res.json().year, {
        yearBE: 2569,
        startNumber: 120,
        lastNumber: 119,
        startLocked: false,
      });
      assert.equal(res.json().nextFormatted, 'ที่ ศธ ๐๔๐๐๑.๑/๑๒๐');
      const reserved = await s.call(s.clerk, {
        method: 'POST',
        url: '/api/v1/number-reservations',
        payload: { registerId, reason: 'ต่อจากเล่มกระดาษ' },
      });
      assert.equal(reserved.json().number, 120);
      const locked = await put(s.admin, { yearBE: 2569, startNumber: 1 });
      assert.equal(locked.statusCode, 409);
      assert.equal(locked.json().error.code, 'REGISTER_START_LOCKED');
      const en = await s.call(s.admin, {
        method: 'PUT',
        url: url(registerId),
        payload: { yearBE: 2569, startNumber: 1 },
        headers: { 'accept-language': 'en' },
      });
      assert.match(en.json().error.message, /locked/);
    });
  });

  it('describes every registers operation in the OpenAPI document', async () => {
    const doc = (await s.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const ids = Object.values(doc.paths as Record<string, Record<string, { operationId?: string }>>).flatMap(
      (p) => Object.values(p).map((op) => op.operationId),
    );
    for (const id of [
      'listRegisters',
      'createRegister',
      'getRegister',
      'updateRegister',
      'setRegisterStartNumber',
      'listRegisterNumbers',
      'reserveNumber',
      'listReservations',
      'cancelRegisterNumber',
    ]) {
      assert.ok(ids.includes(id), id);
    }
  });
});
