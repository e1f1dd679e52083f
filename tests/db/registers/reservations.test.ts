import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Register } from '../../../contracts/registers.contract.ts';
import { Permission } from '../../../src/domain/directory/permissions.ts';
import {
  allocateNumber,
  bindReservedNumber,
  cancelNumber,
  createRegister,
  getRegister,
  listRegisterNumbers,
  listRegisters,
  listReservations,
  reserveNumber,
  setStartNumber,
  updateRegister,
} from '../../../src/domain/registers/index.ts';
import type { CoreDeps } from '../../../src/domain/shared/deps.ts';
import {
  createTestTenant,
  createUserWithPermissions,
  manualClock,
  rejectsWith,
  startTestAgency,
  type TestTenant,
  type TestUser,
} from '../../support/factories.ts';
import type { TestDatabase } from '../../support/test-db.ts';
import { createUnit } from './register-fixtures.ts';

const LETTER_ID = '5b0f6a4e-8f0e-4a52-9d6f-0f4b7f1d2c3a';

describe('number reservations and tenant scoping in PostgreSQL', () => {
  let t: TestDatabase;
  let deps: CoreDeps;
  const clock = manualClock('2026-11-25T02:15:00Z');
  let tenantId: string;
  let root: string;
  let division: string;
  let sibling: string;
  let admin: TestUser;
  let clerk: TestUser;
  let otherClerk: TestUser;
  let outsider: TestUser;
  let dispatch: Register;
  let circular: Register;
  let receive: Register;
  // Tenant B, to prove that nothing of tenant A can be seen or used from it.
  let bAdmin: TestUser;

  before(async () => {
    let a: TestTenant;
    ({ t, deps, a } = await startTestAgency({ clock }));
    tenantId = a.tenant.id;
    root = a.rootUnitId;
    division = await createUnit(deps, tenantId, root, 'กองกลาง', '04001.1');
    const section = await createUnit(deps, tenantId, division, 'ฝ่ายสารบรรณ');
    sibling = await createUnit(deps, tenantId, root, 'กองแผนงาน', '04001.2');
    admin = await createUserWithPermissions(deps, tenantId, [Permission.RegistersManage], {
      orgUnitId: root,
      displayName: 'ผู้ดูแลทะเบียน',
    });
    const reserver = (orgUnitId: string, displayName: string) =>
      createUserWithPermissions(deps, tenantId, [Permission.NumberReserve], { orgUnitId, displayName });
    clerk = await reserver(division, 'นายจอง เลขดี');
    otherClerk = await reserver(division, 'นางสาวจอง อีกคน');
    outsider = await reserver(sibling, 'นายต่าง กอง');
    // Registers kept by a section below the clerk's division: the clerk's grant on the division covers them.
    const sectionRegister = (kind: Register['kind'], name: string) =>
      createRegister(deps, admin.ctx, { orgUnitId: section, kind, name });
    dispatch = await sectionRegister('dispatch', 'ทะเบียนส่ง ฝ่ายสารบรรณ');
    circular = await sectionRegister('circular', 'ทะเบียนเวียน ฝ่ายสารบรรณ');
    receive = await sectionRegister('receive', 'ทะเบียนรับ ฝ่ายสารบรรณ');
    const b = await createTestTenant(deps);
    bAdmin = await createUserWithPermissions(
      deps,
      b.tenant.id,
      [Permission.RegistersManage, Permission.NumberReserve, Permission.LetterSearch],
      {
        orgUnitId: b.rootUnitId,
      },
    );
  });
  after(() => t.drop());

  it("defaults the letter code to the agency's and the owner number to the nearest unit's that has one, else the agency's", async () => {
    assert.equal(dispatch.letterCode, 'ศธ');
    // The section has no owner number of its own: its division's applies.
    assert.equal(dispatch.ownerNumber, '04001.1');
    const own = await createRegister(deps, admin.ctx, {
      orgUnitId: division,
      kind: 'dispatch',
      name: 'ทะเบียนส่ง กองกลาง',
    });
    assert.equal(own.ownerNumber, '04001.1');
    const bare = await createUnit(deps, tenantId, root, 'กลุ่มตรวจสอบภายใน');
    const agency = await createRegister(deps, admin.ctx, {
      orgUnitId: bare,
      kind: 'dispatch',
      name: 'ทะเบียนส่ง ตสน.',
    });
    assert.equal(agency.ownerNumber, '04001');
    const given = await createRegister(deps, admin.ctx, {
      orgUnitId: division,
      kind: 'dispatch',
      name: 'ทะเบียนส่ง ลับ',
      letterCode: 'นร',
      ownerNumber: '0201.2',
    });
    assert.equal(given.nextFormatted, 'ที่ นร ๐๒๐๑.๒/๑');
    await rejectsWith(
      createRegister(deps, admin.ctx, { orgUnitId: division, kind: 'receive', name: 'ทะเบียนส่ง กองกลาง' }),
      'REGISTER_NAME_TAKEN',
    );
    await rejectsWith(
      createRegister(deps, clerk.ctx, { orgUnitId: division, kind: 'receive', name: 'ใหม่' }),
      'PERMISSION_DENIED',
    );
  });

  it('reserves the next dispatch number with who, when and why, and audits it in the same transaction', async () => {
    const n = await reserveNumber(deps, clerk.ctx, {
      registerId: dispatch.id,
      reason: 'หนังสือเชิญประชุมที่ลงนามนอกระบบ',
    });
    assert.deepEqual(
      { number: n.number, yearBE: n.yearBE, status: n.status, reserved: n.reserved, formatted: n.formatted },
      { number: 1, yearBE: 2569, status: 'reserved', reserved: true, formatted: 'ที่ ศธ ๐๔๐๐๑.๑/๑' },
    );
    assert.equal(n.issuedBy, clerk.userId);
    assert.equal(n.issuedByName, 'นายจอง เลขดี');
    assert.equal(n.issuedAt, '2026-11-25T02:15:00.000Z');
    assert.equal(n.registerName, 'ทะเบียนส่ง ฝ่ายสารบรรณ');
    const [entry] = await deps.uow.run((r) =>
      r.audit.list(tenantId, { action: 'number.reserved', limit: 1 }),
    );
    assert.equal(entry?.actorId, clerk.userId);
    assert.deepEqual(entry?.summary, {
      yearBE: 2569,
      number: 1,
      formatted: 'ที่ ศธ ๐๔๐๐๑.๑/๑',
      reason: 'หนังสือเชิญประชุมที่ลงนามนอกระบบ',
    });
    const c = await reserveNumber(deps, clerk.ctx, { registerId: circular.id, reason: 'หนังสือเวียนแจ้งวันหยุด' });
    assert.equal(c.formatted, 'ที่ ศธ ๐๔๐๐๑.๑/ว ๑');
  });

  it('refuses other kinds of register, archived registers, and users without the permission in the unit or above', async () => {
    await rejectsWith(
      reserveNumber(deps, clerk.ctx, { registerId: receive.id, reason: 'x' }),
      'REGISTER_KIND_MISMATCH',
    );
    await rejectsWith(
      reserveNumber(deps, outsider.ctx, { registerId: dispatch.id, reason: 'x' }),
      'PERMISSION_DENIED',
    );
    await rejectsWith(
      reserveNumber(deps, admin.ctx, { registerId: dispatch.id, reason: 'x' }),
      'PERMISSION_DENIED',
    );
    const old = await createRegister(deps, admin.ctx, {
      orgUnitId: division,
      kind: 'dispatch',
      name: 'ทะเบียนส่ง เล่มเก่า',
    });
    await updateRegister(deps, admin.ctx, old.id, { archived: true });
    await rejectsWith(
      reserveNumber(deps, clerk.ctx, { registerId: old.id, reason: 'x' }),
      'REGISTER_ARCHIVED',
    );
    await rejectsWith(
      deps.uow.run((r) => allocateNumber(r, tenantId, old.id, clock.now(), { issuedBy: clerk.userId })),
      'REGISTER_ARCHIVED',
    );
  });

  it('binds a reservation to its letter once, and refuses to bind a cancelled one', async () => {
    const n = await reserveNumber(deps, clerk.ctx, { registerId: dispatch.id, reason: 'หนังสือตอบกรม' });
    const key = { registerId: dispatch.id, yearBE: n.yearBE, number: n.number };
    const bound = await deps.uow.run((r) =>
      bindReservedNumber(r, clerk.ctx, { ...key, letterId: LETTER_ID }),
    );
    assert.deepEqual(bound, { yearBE: 2569, number: n.number, formatted: n.formatted });
    await rejectsWith(
      deps.uow.run((r) => bindReservedNumber(r, clerk.ctx, { ...key, letterId: LETTER_ID })),
      'NUMBER_NOT_RESERVED',
    );
    const row = (
      await listRegisterNumbers(deps, clerk.ctx, dispatch.id, { status: 'bound', limit: 50, offset: 0 })
    ).items;
    assert.deepEqual(
      row.map((x) => [x.number, x.letterId, x.reserved]),
      [[n.number, LETTER_ID, true]],
    );
    const c = await reserveNumber(deps, clerk.ctx, { registerId: dispatch.id, reason: 'จะยกเลิก' });
    await cancelNumber(
      deps,
      clerk.ctx,
      { registerId: dispatch.id, yearBE: 2569, number: c.number },
      { reason: 'ไม่ได้ใช้' },
    );
    await rejectsWith(
      deps.uow.run((r) =>
        bindReservedNumber(r, clerk.ctx, {
          registerId: dispatch.id,
          yearBE: 2569,
          number: c.number,
          letterId: LETTER_ID,
        }),
      ),
      'NUMBER_NOT_RESERVED',
    );
    await rejectsWith(
      deps.uow.run((r) =>
        bindReservedNumber(r, clerk.ctx, {
          registerId: dispatch.id,
          yearBE: 2569,
          number: 999,
          letterId: LETTER_ID,
        }),
      ),
      'NUMBER_NOT_FOUND',
    );
  });

  it('lets a reserver cancel their own reservation only, and a register admin cancel any', async () => {
    const mine = await reserveNumber(deps, clerk.ctx, { registerId: dispatch.id, reason: 'ของฉัน' });
    const key = { registerId: dispatch.id, yearBE: 2569, number: mine.number };
    await rejectsWith(cancelNumber(deps, otherClerk.ctx, key, { reason: 'ไม่ใช่ของฉัน' }), 'PERMISSION_DENIED');
    const cancelled = await cancelNumber(deps, clerk.ctx, key, { reason: 'เรื่องยุติแล้ว' });
    assert.equal(cancelled.status, 'cancelled');
    assert.equal(cancelled.reserved, true);
    const theirs = await reserveNumber(deps, otherClerk.ctx, { registerId: dispatch.id, reason: 'ของอีกคน' });
    const byAdmin = await cancelNumber(
      deps,
      admin.ctx,
      { registerId: dispatch.id, yearBE: 2569, number: theirs.number },
      { reason: 'ผู้ดูแลยกเลิก' },
    );
    assert.equal(byAdmin.cancelledByName, 'ผู้ดูแลทะเบียน');
    // Never reused: the next reservation continues after the cancelled ones.
    const next = await reserveNumber(deps, clerk.ctx, { registerId: dispatch.id, reason: 'ต่อไป' });
    assert.equal(next.number, theirs.number + 1);
  });

  it("lists reservations newest first: a clerk sees their units' registers, the admin sees all, filtered by status", async () => {
    const elsewhere = await createRegister(deps, admin.ctx, {
      orgUnitId: sibling,
      kind: 'dispatch',
      name: 'ทะเบียนส่ง กองแผนงาน',
    });
    clock.set('2026-11-25T05:00:00Z');
    const there = await reserveNumber(deps, outsider.ctx, {
      registerId: elsewhere.id,
      reason: 'ของกองแผนงาน',
    });
    clock.set('2026-11-25T02:15:00Z');
    const q = { limit: 200, offset: 0 };
    const forClerk = await listReservations(deps, clerk.ctx, q);
    assert.ok(forClerk.items.length > 0);
    assert.ok(forClerk.items.every((n) => n.registerId === dispatch.id || n.registerId === circular.id));
    const forOutsider = await listReservations(deps, outsider.ctx, q);
    assert.deepEqual(
      forOutsider.items.map((n) => [n.registerId, n.number]),
      [[elsewhere.id, there.number]],
    );
    const forAdmin = await listReservations(deps, admin.ctx, q);
    assert.equal(forAdmin.total, forClerk.total + 1);
    assert.equal(forAdmin.items[0]!.registerId, elsewhere.id, 'newest first');
    assert.equal(forAdmin.items[0]!.orgUnitName, 'กองแผนงาน');
    const cancelled = await listReservations(deps, admin.ctx, { ...q, status: 'cancelled' });
    assert.ok(cancelled.items.length >= 2 && cancelled.items.every((n) => n.status === 'cancelled'));
    await rejectsWith(
      listReservations(deps, { ...clerk.ctx, actor: { ...clerk.ctx.actor, grants: [] } }, q),
      'PERMISSION_DENIED',
    );
  });

  it("scopes every call to the tenant: agency B can neither see nor use agency A's registers and numbers", async () => {
    const ctx = bAdmin.ctx;
    const key = { registerId: dispatch.id, yearBE: 2569, number: 1 };
    await rejectsWith(getRegister(deps, ctx, dispatch.id), 'REGISTER_NOT_FOUND');
    await rejectsWith(
      reserveNumber(deps, ctx, { registerId: dispatch.id, reason: 'x' }),
      'REGISTER_NOT_FOUND',
    );
    await rejectsWith(updateRegister(deps, ctx, dispatch.id, { name: 'ยึด' }), 'REGISTER_NOT_FOUND');
    await rejectsWith(
      setStartNumber(deps, ctx, dispatch.id, { yearBE: 2570, startNumber: 5 }),
      'REGISTER_NOT_FOUND',
    );
    await rejectsWith(
      listRegisterNumbers(deps, ctx, dispatch.id, { limit: 10, offset: 0 }),
      'REGISTER_NOT_FOUND',
    );
    await rejectsWith(cancelNumber(deps, ctx, key, { reason: 'x' }), 'REGISTER_NOT_FOUND');
    await rejectsWith(
      createRegister(deps, ctx, { orgUnitId: division, kind: 'dispatch', name: 'x' }),
      'ORG_UNIT_NOT_FOUND',
    );
    await rejectsWith(
      deps.uow.run((r) => bindReservedNumber(r, ctx, { ...key, letterId: LETTER_ID })),
      'NUMBER_NOT_FOUND',
    );
    await rejectsWith(
      deps.uow.run((r) =>
        allocateNumber(r, ctx.tenantId, dispatch.id, clock.now(), { issuedBy: bAdmin.userId }),
      ),
      'REGISTER_NOT_FOUND',
    );
    assert.deepEqual(await listRegisters(deps, ctx), []);
    assert.deepEqual(await listReservations(deps, ctx, { limit: 50, offset: 0 }), { items: [], total: 0 });
    // And A's book is untouched by all of that.
    const book = await listRegisterNumbers(deps, admin.ctx, dispatch.id, { limit: 200, offset: 0 });
    assert.ok(book.items.every((n) => n.issuedBy !== bAdmin.userId));
  });

  it('lets a system actor (the demo seed) reserve on behalf of a named user', async () => {
    const sys = { tenantId, actor: { kind: 'system' as const, name: 'demo seed' } };
    const n = await reserveNumber(deps, sys, {
      registerId: dispatch.id,
      reason: 'ตัวอย่างการจองเลข',
      reservedBy: clerk.userId,
    });
    assert.equal(n.issuedByName, 'นายจอง เลขดี');
    await rejectsWith(
      reserveNumber(deps, sys, { registerId: dispatch.id, reason: 'x' }),
      'VALIDATION_FAILED',
    );
  });
});
