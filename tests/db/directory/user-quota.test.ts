import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createUser, getUserQuota, updateUser } from '../../../src/domain/directory/index.ts';
import { renderErrorMessage } from '../../../src/domain/shared/error-catalogue.ts';
import type { CoreDeps } from '../../../src/domain/shared/deps.ts';
import { createTestTenant, rejectsWith, startTestDeps, uniqueSuffix } from '../../support/factories.ts';
import type { TestDatabase } from '../../support/test-db.ts';

let t: TestDatabase;
let deps: CoreDeps;
before(async () => {
  ({ t, deps } = await startTestDeps());
});
after(() => t.drop());

const newUser = (over: object = {}) => ({
  username: `u${uniqueSuffix()}`,
  displayName: 'ผู้ใช้',
  password: 'secret123',
  ...over,
});
const countRows = async (table: 'users' | 'audit_log', tenantId: string) =>
  (
    await t.db
      .selectFrom(table)
      .select(sql<number>`count(*)::int`.as('n'))
      .where('tenant_id', '=', tenantId)
      .executeTakeFirstOrThrow()
  ).n;

describe('the user quota', () => {
  it('refuses one user more than the quota with the quota and usage, writing nothing', async () => {
    const a = await createTestTenant(deps, { userQuota: 3 }); // the admin is user 1
    await createUser(deps, a.adminCtx, newUser());
    await createUser(deps, a.adminCtx, newUser());
    const [users, audit] = [await countRows('users', a.tenant.id), await countRows('audit_log', a.tenant.id)];

    const err = await rejectsWith(createUser(deps, a.adminCtx, newUser()), 'TENANT_QUOTA_REACHED');
    assert.deepEqual(err.details, { quota: 3, used: 3 });
    assert.equal(
      renderErrorMessage('TENANT_QUOTA_REACHED', 'th', err.details),
      'จำนวนผู้ใช้งานครบตามที่ขอใช้งานแล้ว (จำนวนสูงสุดที่ขอใช้งาน 3 คน จำนวนที่ใช้งานในปัจจุบัน 3 คน)',
    );
    assert.equal(await countRows('users', a.tenant.id), users);
    assert.equal(await countRows('audit_log', a.tenant.id), audit);
    assert.deepEqual(await getUserQuota(deps, a.adminCtx), { quota: 3, used: 3 });
  });

  it('lets a disabled account be created at the quota, but not re-enabled', async () => {
    const a = await createTestTenant(deps, { userQuota: 1 });
    const parked = await createUser(deps, a.adminCtx, newUser({ disabled: true }));
    assert.equal(parked.disabled, true);
    const err = await rejectsWith(
      updateUser(deps, a.adminCtx, parked.id, { disabled: false }),
      'TENANT_QUOTA_REACHED',
    );
    assert.deepEqual(err.details, { quota: 1, used: 1 });
  });

  it('never overshoots the quota when accounts are created at the same time', async () => {
    const a = await createTestTenant(deps, { userQuota: 4 });
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => createUser(deps, a.adminCtx, newUser())),
    );
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 3);
    for (const r of results) if (r.status === 'rejected') assert.equal(r.reason.code, 'TENANT_QUOTA_REACHED');
    assert.equal(await countRows('users', a.tenant.id), 4);
  });
});

describe('usernames', () => {
  it('are unique per agency whatever their case, but may repeat across agencies', async () => {
    const a = await createTestTenant(deps);
    const b = await createTestTenant(deps);
    await createUser(deps, a.adminCtx, newUser({ username: 'Somchai.J' }));
    await rejectsWith(
      createUser(deps, a.adminCtx, newUser({ username: 'somchai.j' })),
      'USER_USERNAME_TAKEN',
    );
    await rejectsWith(createUser(deps, a.adminCtx, newUser({ username: 'ADMIN' })), 'USER_USERNAME_TAKEN');
    const inB = await createUser(deps, b.adminCtx, newUser({ username: 'somchai.j' }));
    assert.equal(inB.username, 'somchai.j');
  });

  it('answer 409, not 500, when two requests race for the same name', async () => {
    const a = await createTestTenant(deps);
    // Both pass the friendly check only when they truly run at once; either way the loser gets the 409.
    const results = await Promise.allSettled([
      createUser(deps, a.adminCtx, newUser({ username: 'race.user' })),
      createUser(deps, a.adminCtx, newUser({ username: 'RACE.USER' })),
    ]);
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    assert.equal(lost.reason.code, 'USER_USERNAME_TAKEN');
  });
});
