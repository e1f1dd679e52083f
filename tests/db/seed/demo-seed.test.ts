import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { listCapacitiesOn, listPeople, listUsers } from '../../../src/domain/directory/index.ts';
import { listRegisters } from '../../../src/domain/registers/index.ts';
import type { TenantContext } from '../../../src/domain/shared/context.ts';
import { bangkokToday } from '../../../src/domain/shared/thai/thai-date.ts';
import type { AppDeps } from '../../../src/http/app-deps.ts';
import { seedDemoAgency, seedSecondDemoAgency } from '../../../src/seed/demo-seed.ts';
import { buildTestApp, loginAs } from '../../support/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';

describe('demo agency seed', () => {
  let t: TestDatabase;
  let deps: AppDeps;
  let ctx: TenantContext;
  let ctx2: TenantContext;
  let app: Awaited<ReturnType<typeof buildTestApp>>['app'];

  before(async () => {
    t = await createTestDatabase();
    ({ app, deps } = await buildTestApp(t.db));
    const seeded = await seedDemoAgency(deps.core);
    assert.equal(seeded.created, true);
    ctx = { tenantId: seeded.tenantId, actor: { kind: 'system', name: 'test' } };
    const demo2 = await deps.core.uow.run((r) => r.tenants.findBySlug('demo2'));
    assert.ok(demo2, 'the second demo agency is seeded with the first');
    ctx2 = { tenantId: demo2.id, actor: { kind: 'system', name: 'test' } };
  });
  after(async () => {
    await app.close();
    await t.drop();
  });

  it('is idempotent: a second start finds the agency and adds nothing', async () => {
    const again = await seedDemoAgency(deps.core);
    assert.equal(again.created, false);
    assert.equal((await listUsers(deps.core, ctx, { limit: 50, offset: 0 })).total, 7);
    assert.equal((await listUsers(deps.core, ctx2, { limit: 50, offset: 0 })).total, 2);
    assert.equal((await listRegisters(deps.core, ctx2, {})).length, 2);
    const second = await seedSecondDemoAgency(deps.core);
    assert.deepEqual(second, { created: false, tenantId: ctx2.tenantId });
    assert.equal((await listUsers(deps.core, ctx2, { limit: 50, offset: 0 })).total, 2);
  });

  it('lets every documented demo user log in with demo1234', async () => {
    for (const username of ['admin', 'saraban', 'unit', 'unit2', 'director', 'deputy', 'staff']) {
      const s = await loginAs(app, 'demo', username, 'demo1234');
      assert.ok(s.csrf, username);
    }
  });

  it('makes the deputy acting director today, on top of the deputy post', async () => {
    const people = await listPeople(deps.core, ctx, { limit: 50, offset: 0, q: 'วิไล' });
    const deputy = people.items[0]!;
    const capacities = await listCapacitiesOn(deps.core, ctx, deputy.id, bangkokToday(new Date()));
    const kinds = capacities.map((c) => c.kind).sort();
    assert.deepEqual(kinds, ['acting', 'regular']);
    assert.match(capacities.find((c) => c.kind === 'acting')!.authorityRef, /คำสั่ง/);
  });

  it('gives the agency receive, dispatch, circular and order registers', async () => {
    const registers = await listRegisters(deps.core, ctx, {});
    const kinds = new Set(registers.map((r) => r.kind));
    for (const k of ['receive', 'dispatch', 'circular', 'order']) assert.ok(kinds.has(k as never), k);
    const dispatch = registers.find((r) => r.kind === 'dispatch' && r.name.includes('สำนักงาน'))!;
    assert.match(dispatch.nextFormatted, /^ที่ ศธ ๐๔๐๐๑\/๑$/);
  });

  it('seeds a second agency, demo2, whose admin and central registry clerk log in with demo1234', async () => {
    const tenant = await deps.core.uow.run((r) => r.tenants.get(ctx2.tenantId));
    assert.equal(tenant?.slug, 'demo2');
    assert.equal(tenant?.letterCode, 'ศธ');
    assert.equal(tenant?.ownerNumber, '04002');
    for (const username of ['admin', 'saraban']) {
      const s = await loginAs(app, 'demo2', username, 'demo1234');
      assert.ok(s.csrf, username);
    }
    const people = await listPeople(deps.core, ctx2, { limit: 50, offset: 0 });
    assert.equal(people.total, 1, 'saraban has a person record');
  });

  it('gives demo2 a receive and a dispatch register on its root unit', async () => {
    const registers = await listRegisters(deps.core, ctx2, {});
    assert.deepEqual(registers.map((r) => r.kind).sort(), ['dispatch', 'receive']);
    const dispatch = registers.find((r) => r.kind === 'dispatch')!;
    assert.match(dispatch.nextFormatted, /^ที่ ศธ ๐๔๐๐๒\/๑$/);
  });

  it('lets demo send to demo2 across the platform', async () => {
    const s = await loginAs(app, 'demo', 'saraban', 'demo1234');
    const res = await app.inject({ method: 'GET', url: '/api/v1/outgoing/agencies', headers: s.headers });
    assert.equal(res.statusCode, 200, res.body);
    assert.ok(
      res.json().some((a: { slug: string }) => a.slug === 'demo2'),
      res.body,
    );
  });
});
