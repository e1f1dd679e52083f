import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Permission } from '../../../src/domain/directory/permissions.ts';
import { type DirectoryApp, guardTests, startDirectoryApp } from './directory-app.ts';

let env: DirectoryApp;
before(async () => {
  env = await startDirectoryApp();
});
after(() => env.close());

const assign = (userId: string, payload: object) =>
  env.call(env.admin, { method: 'POST', url: `/api/v1/users/${userId}/roles`, payload });

guardTests(
  () => env,
  [
    {
      operationId: 'assignRole',
      permission: Permission.UsersManage,
      valid: () => ({
        method: 'POST',
        url: `/api/v1/users/${env.a.objects.userId}/roles`,
        payload: { roleId: env.a.objects.roleId, orgUnitId: env.a.rootUnitId },
      }),
      foreign: () => ({
        method: 'POST',
        url: `/api/v1/users/${env.a.objects.userId}/roles`,
        payload: { roleId: env.b.objects.roleId, orgUnitId: env.a.rootUnitId },
        code: 'ROLE_NOT_FOUND',
      }),
      bad: () => ({
        method: 'POST',
        url: `/api/v1/users/${env.a.objects.userId}/roles`,
        payload: { roleId: env.a.objects.roleId },
      }),
    },
    {
      operationId: 'unassignRole',
      permission: Permission.UsersManage,
      valid: (o) => ({
        method: 'DELETE',
        url: `/api/v1/users/${o.userId}/roles/${o.assignmentId}`,
      }),
      foreign: 'USER_NOT_FOUND',
      bad: () => ({ method: 'DELETE', url: `/api/v1/users/${env.a.objects.userId}/roles/not-an-id` }),
    },
  ],
);

describe('role assignments', () => {
  it('assigns a role in a unit between two dates and removes it again', async () => {
    const res = await assign(env.a.objects.userId, {
      roleId: env.a.objects.roleId,
      orgUnitId: env.a.rootUnitId,
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
    });
    assert.equal(res.statusCode, 200, res.body);
    const added = res.json().roles.find((x: { startsOn: string | null }) => x.startsOn === '2026-01-01');
    assert.equal(added.orgUnitId, env.a.rootUnitId);
    assert.equal(added.endsOn, '2026-12-31');
    assert.ok(added.roleName.startsWith('บทบาท'));

    const removed = await env.call(env.admin, {
      method: 'DELETE',
      url: `/api/v1/users/${env.a.objects.userId}/roles/${added.id}`,
    });
    assert.equal(removed.statusCode, 200, removed.body);
    assert.ok(!removed.json().roles.some((x: { id: string }) => x.id === added.id));
    const again = await env.call(env.admin, {
      method: 'DELETE',
      url: `/api/v1/users/${env.a.objects.userId}/roles/${added.id}`,
    });
    assert.equal(again.json().error.code, 'ROLE_ASSIGNMENT_NOT_FOUND');
  });

  it("refuses another agency's unit, and an end before the start", async () => {
    const unit = await assign(env.a.objects.userId, {
      roleId: env.a.objects.roleId,
      orgUnitId: env.b.rootUnitId,
    });
    assert.equal(unit.statusCode, 404);
    assert.equal(unit.json().error.code, 'ORG_UNIT_NOT_FOUND');
    const dates = await assign(env.a.objects.userId, {
      roleId: env.a.objects.roleId,
      orgUnitId: env.a.rootUnitId,
      startsOn: '2026-02-02',
      endsOn: '2026-02-01',
    });
    assert.equal(dates.json().error.code, 'DATE_RANGE_INVALID');
  });

  it("does not remove another user's assignment through this user's URL", async () => {
    const admin = await env.call(env.admin, { method: 'GET', url: `/api/v1/users/${env.a.admin.userId}` });
    const adminAssignment = admin.json().roles[0].id;
    const res = await env.call(env.admin, {
      method: 'DELETE',
      url: `/api/v1/users/${env.a.objects.userId}/roles/${adminAssignment}`,
    });
    assert.equal(res.statusCode, 404);
  });

  it("refuses to remove the agency's last administrator role", async () => {
    const admin = await env.call(env.admin, { method: 'GET', url: `/api/v1/users/${env.a.admin.userId}` });
    const adminRole = admin.json().roles.find((x: { roleName: string }) => x.roleName === 'Admin');
    const res = await env.call(env.admin, {
      method: 'DELETE',
      url: `/api/v1/users/${env.a.admin.userId}/roles/${adminRole.id}`,
    });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().error.code, 'ROLE_LAST_ADMIN');
  });
});
