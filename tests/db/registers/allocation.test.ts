import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createDb } from '../../../src/db/client.ts';
import { Permission } from '../../../src/domain/directory/permissions.ts';
import {
  allocateNumber,
  cancelNumber,
  createRegister,
  getRegister,
  listRegisterNumbers,
  listRegisters,
  setStartNumber,
} from '../../../src/domain/registers/index.ts';
import type { CoreDeps } from '../../../src/domain/shared/deps.ts';
import {
  createTestDeps,
  createUserWithPermissions,
  manualClock,
  rejectsWith,
  startTestAgency,
  type TestTenant,
  type TestUser,
} from '../../support/factories.ts';
import type { TestDatabase } from '../../support/test-db.ts';
import { createUnit } from './register-fixtures.ts';

describe('register numbers in PostgreSQL', () => {
  let t: TestDatabase;
  let deps: CoreDeps;
  const clock = manualClock('2026-11-25T03:00:00Z');
  let tenantId: string;
  let rootUnitId: string;
  let admin: TestUser;

  const newRegister = (name: string, kind: 'dispatch' | 'circular' | 'receive' | 'order' = 'dispatch') =>
    createRegister(deps, admin.ctx, { orgUnitId: rootUnitId, kind, name });
  const take = (registerId: string, d: CoreDeps = deps) =>
    d.uow.run((r) => allocateNumber(r, tenantId, registerId, d.clock.now(), { issuedBy: admin.userId }));
  const book = async (registerId: string, yearBE = 2569) =>
    (await listRegisterNumbers(deps, admin.ctx, registerId, { yearBE, limit: 200, offset: 0 })).items;

  before(async () => {
    let a: TestTenant;
    ({ t, deps, a } = await startTestAgency({ clock }));
    tenantId = a.tenant.id;
    rootUnitId = a.rootUnitId;
    admin = await createUserWithPermissions(
      deps,
      tenantId,
      [Permission.RegistersManage, Permission.NumberReserve],
      {
        orgUnitId: rootUnitId,
        displayName: 'นางสาวทะเบียน ทดสอบ',
      },
    );
  });
  after(() => t.drop());

  it('gives 64 concurrent allocations exactly 1..64, with no duplicate and no gap', async () => {
    const reg = await newRegister('ทะเบียนส่ง พร้อมกัน');
    // 64 transactions at once need 64 connections; the default test handle has 10.
    const wide = createDb(t.url, 70);
    try {
      const wideDeps = await createTestDeps(wide, { clock });
      const taken = await Promise.all(Array.from({ length: 64 }, () => take(reg.id, wideDeps)));
      const numbers = taken.map((n) => n.number).sort((x, y) => x - y);
      assert.deepEqual(
        numbers,
        Array.from({ length: 64 }, (_, i) => i + 1),
      );
      assert.ok(taken.every((n) => n.yearBE === 2569));
    } finally {
      await wide.destroy();
    }
    const rows = await book(reg.id);
    assert.equal(rows.length, 64);
    assert.equal(new Set(rows.map((n) => n.number)).size, 64);
    assert.equal((await getRegister(deps, admin.ctx, reg.id)).year.lastNumber, 64);
  });

  it('burns no number when the transaction fails after allocating: the next allocation gets it', async () => {
    const reg = await newRegister('ทะเบียนส่ง ย้อนกลับ');
    assert.equal((await take(reg.id)).number, 1);
    let inside = 0;
    await assert.rejects(
      deps.uow.run(async (r) => {
        inside = (await allocateNumber(r, tenantId, reg.id, clock.now(), { issuedBy: admin.userId })).number;
        throw new Error('registering the letter failed');
      }),
      /registering the letter failed/,
    );
    assert.equal(inside, 2);
    assert.equal((await take(reg.id)).number, 2);
    assert.deepEqual(
      (await book(reg.id)).map((n) => n.number),
      [1, 2],
    );
  });

  it('changes year at midnight Bangkok time, not UTC: 16:59:59Z on 31 Dec is still 2568, 17:30Z is 2569 from 1', async () => {
    // The runner sets TZ=UTC, where a naive `getFullYear() + 543` would still say 2568 at 17:30Z.
    assert.equal(new Date('2025-12-31T17:30:00Z').getUTCFullYear() + 543, 2568);
    const reg = await newRegister('ทะเบียนส่ง ข้ามปี');
    try {
      clock.set('2025-12-31T09:00:00Z');
      assert.deepEqual(await take(reg.id), { yearBE: 2568, number: 1, formatted: 'ที่ ศธ ๐๔๐๐๑/๑' });
      clock.set('2025-12-31T16:59:59Z');
      assert.deepEqual(await take(reg.id), { yearBE: 2568, number: 2, formatted: 'ที่ ศธ ๐๔๐๐๑/๒' });
      clock.set('2025-12-31T17:30:00Z');
      assert.deepEqual(await take(reg.id), { yearBE: 2569, number: 1, formatted: 'ที่ ศธ ๐๔๐๐๑/๑' });
      const first = (await book(reg.id, 2569))[0]!;
      assert.equal(first.issuedAt, '2025-12-31T17:30:00.000Z');
      assert.deepEqual(
        (await book(reg.id, 2568)).map((n) => n.number),
        [1, 2],
      );
    } finally {
      clock.set('2026-11-25T03:00:00Z');
    }
  });

  it('starts a year at the number set for it, e.g. 120 for an agency moving from a paper book', async () => {
    const reg = await newRegister('ทะเบียนส่ง ต่อจากเล่มกระดาษ');
    await setStartNumber(deps, admin.ctx, reg.id, { yearBE: 2569, startNumber: 100 });
    const set = await setStartNumber(deps, admin.ctx, reg.id, { yearBE: 2569, startNumber: 120 });
    assert.deepEqual(set.year, { yearBE: 2569, startNumber: 120, lastNumber: 119, startLocked: false });
    assert.equal(set.nextFormatted, 'ที่ ศธ ๐๔๐๐๑/๑๒๐');
    assert.equal((await take(reg.id)).number, 120);
    assert.equal((await take(reg.id)).number, 121);
  });

  it('locks the start number once a number of that year is used, but not for another year', async () => {
    const reg = await newRegister('ทะเบียนส่ง ล็อกเลขเริ่ม');
    await take(reg.id);
    await rejectsWith(
      setStartNumber(deps, admin.ctx, reg.id, { yearBE: 2569, startNumber: 50 }),
      'REGISTER_START_LOCKED',
    );
    assert.equal((await getRegister(deps, admin.ctx, reg.id)).year.startLocked, true);
    await setStartNumber(deps, admin.ctx, reg.id, { yearBE: 2570, startNumber: 7 });
    assert.equal((await take(reg.id)).number, 2);
    clock.set('2027-01-01T00:00:00Z');
    try {
      assert.deepEqual(await take(reg.id), { yearBE: 2570, number: 7, formatted: 'ที่ ศธ ๐๔๐๐๑/๗' });
    } finally {
      clock.set('2026-11-25T03:00:00Z');
    }
  });

  it('keeps a cancelled number in the register with the mark and never reuses it', async () => {
    const reg = await newRegister('ทะเบียนส่ง ยกเลิกเลข');
    for (let i = 0; i < 3; i++) await take(reg.id);
    const cancelled = await cancelNumber(
      deps,
      admin.ctx,
      { registerId: reg.id, yearBE: 2569, number: 2 },
      { reason: 'ออกเลขซ้ำซ้อน' },
    );
    assert.equal(cancelled.status, 'cancelled');
    assert.equal(cancelled.cancelReason, 'ออกเลขซ้ำซ้อน');
    assert.equal(cancelled.cancelledBy, admin.userId);
    assert.equal(cancelled.cancelledByName, 'นางสาวทะเบียน ทดสอบ');
    assert.equal(cancelled.cancelledAt, clock.now().toISOString());
    assert.equal((await take(reg.id)).number, 4);
    const rows = await book(reg.id);
    assert.deepEqual(
      rows.map((n) => [n.number, n.status]),
      [
        [1, 'issued'],
        [2, 'cancelled'],
        [3, 'issued'],
        [4, 'issued'],
      ],
    );
    assert.equal(rows[1]!.formatted, 'ที่ ศธ ๐๔๐๐๑/๒');
    assert.equal(rows[0]!.issuedByName, 'นางสาวทะเบียน ทดสอบ');
    await rejectsWith(
      cancelNumber(deps, admin.ctx, { registerId: reg.id, yearBE: 2569, number: 2 }, { reason: 'อีกครั้ง' }),
      'NUMBER_NOT_CANCELLABLE',
    );
    const onlyCancelled = await listRegisterNumbers(deps, admin.ctx, reg.id, {
      status: 'cancelled',
      limit: 50,
      offset: 0,
    });
    assert.deepEqual(
      onlyCancelled.items.map((n) => n.number),
      [2],
    );
    assert.equal(onlyCancelled.total, 1);
  });

  it("lists registers with this year's counter and the next number as printed for each kind", async () => {
    const unit = await createUnit(deps, tenantId, rootUnitId, 'กลุ่มงานทดสอบการพิมพ์', '04001.3');
    const make = (kind: 'dispatch' | 'circular' | 'receive' | 'order', name: string) =>
      createRegister(deps, admin.ctx, { orgUnitId: unit, kind, name });
    const circular = await make('circular', 'ทะเบียนหนังสือเวียน');
    await make('receive', 'ทะเบียนรับ');
    await make('order', 'ทะเบียนคำสั่ง');
    await make('dispatch', 'ทะเบียนส่ง');
    await take(circular.id);
    const listed = await listRegisters(deps, admin.ctx, { orgUnitId: unit });
    const next = Object.fromEntries(listed.map((g) => [g.kind, g.nextFormatted]));
    assert.deepEqual(next, {
      circular: 'ที่ ศธ ๐๔๐๐๑.๓/ว ๒',
      dispatch: 'ที่ ศธ ๐๔๐๐๑.๓/๑',
      order: 'ที่ ๑/๒๕๖๙',
      receive: '๑',
    });
    assert.ok(listed.every((g) => g.orgUnitName === 'กลุ่มงานทดสอบการพิมพ์' && g.ownerNumber === '04001.3'));
    assert.deepEqual(
      (await listRegisters(deps, admin.ctx, { orgUnitId: unit, kind: 'order' })).map((g) => g.name),
      ['ทะเบียนคำสั่ง'],
    );
  });
});
