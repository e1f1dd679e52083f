import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  assignRole,
  createUser,
  deleteUser,
  getUser,
  listRoles,
  unassignRole,
  updateRole,
  updateUser,
} from '../../../src/domain/directory/index.ts';
import { Permission } from '../../../src/domain/directory/permissions.ts';
import type { CoreDeps } from '../../../src/domain/shared/deps.ts';
import { bangkokToday } from '../../../src/domain/shared/thai/thai-date.ts';
import {
  createTestTenant,
  rejectsWith,
  startTestDeps,
  type TestTenant,
  uniqueSuffix,
} from '../../support/factories.ts';
import type { TestDatabase } from '../../support/test-db.ts';

let t: TestDatabase;
let deps: CoreDeps;
before(async () => {
  ({ t, deps } = await startTestDeps());
});
after(() => t.drop());

const yesterday = () => bangkokToday(new Date(Date.now() - 86_400_000));
const adminRoleId = async (a: TestTenant) =>
  (await listRoles(deps, a.adminCtx)).find((r) => r.key === 'admin')!.id;
const adminAssignment = async (a: TestTenant) => {
  const roleId = await adminRoleId(a);
  return (await getUser(deps, a.adminCtx, a.admin.userId)).roles.find((x) => x.roleId === roleId)!.id;
};
/** A second account holding the Admin role on the root unit. */
async function secondAdmin(a: TestTenant, over: { endsOn?: string } = {}) {
  const u = await createUser(deps, a.adminCtx, {
    username: `adm${uniqueSuffix()}`,
    displayName: 'ผู้ดูแลสำรอง',
    password: 'secret123',
  });
  await assignRole(deps, a.adminCtx, u.id, {
    roleId: await adminRoleId(a),
    orgUnitId: a.rootUnitId,
    endsOn: over.endsOn ?? null,
  });
  return u;
}

describe('the last administrator', () => {
  it('cannot lose the Admin role, be disabled, expire or be deleted', async () => {
    const a = await createTestTenant(deps);
    await rejectsWith(
      unassignRole(deps, a.adminCtx, a.admin.userId, await adminAssignment(a)),
      'ROLE_LAST_ADMIN',
    );
    await rejectsWith(updateUser(deps, a.adminCtx, a.admin.userId, { disabled: true }), 'ROLE_LAST_ADMIN');
    await rejectsWith(
      updateUser(deps, a.adminCtx, a.admin.userId, { endsOn: yesterday() }),
      'ROLE_LAST_ADMIN',
    );
    await rejectsWith(deleteUser(deps, a.adminCtx, a.admin.userId), 'ROLE_LAST_ADMIN');
    assert.equal((await getUser(deps, a.adminCtx, a.admin.userId)).disabled, false, 'nothing changed');
  });

  it("cannot lose UsersManage from the only role that grants it, though the role's other permissions may change", async () => {
    const a = await createTestTenant(deps);
    const roleId = await adminRoleId(a);
    await rejectsWith(
      updateRole(deps, a.adminCtx, roleId, { permissions: [Permission.LogsView] }),
      'ROLE_LAST_ADMIN',
    );
    const kept = await updateRole(deps, a.adminCtx, roleId, { permissions: [Permission.UsersManage] });
    assert.deepEqual(kept.permissions, [Permission.UsersManage]);
  });

  it('does not count an administrator whose role assignment has ended', async () => {
    const a = await createTestTenant(deps);
    await secondAdmin(a, { endsOn: yesterday() });
    await rejectsWith(deleteUser(deps, a.adminCtx, a.admin.userId), 'ROLE_LAST_ADMIN');
  });

  it('may go once another active administrator remains', async () => {
    const a = await createTestTenant(deps);
    const other = await secondAdmin(a);
    await unassignRole(deps, a.adminCtx, a.admin.userId, await adminAssignment(a));
    await rejectsWith(deleteUser(deps, a.adminCtx, other.id), 'ROLE_LAST_ADMIN');
  });

  it('survives two administrators removing each other at the same moment', async () => {
    const a = await createTestTenant(deps);
    const other = await secondAdmin(a);
    const results = await Promise.allSettled([
      deleteUser(deps, a.adminCtx, other.id),
      deleteUser(deps, a.adminCtx, a.admin.userId),
    ]);
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    assert.equal(lost.reason.code, 'ROLE_LAST_ADMIN');
  });
});
