import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ALL_PERMISSIONS, Permission } from '../../../src/domain/directory/permissions.ts';
import { type DirectoryApp, guardTests, startDirectoryApp } from './directory-app.ts';

let env: DirectoryApp;
before(async () => {
  env = await startDirectoryApp();
});
after(() => env.close());

guardTests(
  () => env,
  [
    { operationId: 'listRoles', permission: null, valid: () => ({ method: 'GET', url: '/api/v1/roles' }) },
    {
      operationId: 'createRole',
      permission: Permission.UsersManage,
      valid: () => ({
        method: 'POST',
        url: '/api/v1/roles',
        payload: { nameTh: 'ผู้ตรวจสอบ', permissions: [Permission.LogsView] },
      }),
      bad: () => ({ method: 'POST', url: '/api/v1/roles', payload: { nameTh: 'x', permissions: 'all' } }),
    },
    {
      operationId: 'updateRole',
      permission: Permission.UsersManage,
      valid: (o) => ({
        method: 'PATCH',
        url: `/api/v1/roles/${o.roleId}`,
        payload: { nameEn: 'Reader' },
      }),
      foreign: 'ROLE_NOT_FOUND',
      bad: () => ({ method: 'PATCH', url: `/api/v1/roles/${env.a.objects.roleId}`, payload: { nameTh: '' } }),
    },
    {
      operationId: 'deleteRole',
      permission: Permission.UsersManage,
      valid: (o) => ({ method: 'DELETE', url: `/api/v1/roles/${o.roleId}` }),
      foreign: 'ROLE_NOT_FOUND',
      bad: () => ({ method: 'DELETE', url: '/api/v1/roles/admin' }),
    },
    {
      operationId: 'listPermissions',
      permission: null,
      valid: () => ({ method: 'GET', url: '/api/v1/permissions' }),
    },
  ],
);

describe('roles', () => {
  it('lists the default roles with their assignment counts', async () => {
    const res = await env.call(env.nobody, { method: 'GET', url: '/api/v1/roles' });
    const admin = res.json().find((r: { key: string | null }) => r.key === 'admin');
    assert.equal(admin.assignments, 1);
    assert.ok(admin.permissions.includes(Permission.UsersManage));
  });

  it('creates a role with its permissions in the deck order, renames it and deletes it', async () => {
    const created = await env.call(env.admin, {
      method: 'POST',
      url: '/api/v1/roles',
      payload: {
        nameTh: 'ผู้ดูบันทึก',
        permissions: [Permission.LogsView, Permission.LetterSearch, Permission.LogsView],
      },
    });
    assert.equal(created.statusCode, 200, created.body);
    const role = created.json();
    assert.deepEqual(role.permissions, [Permission.LetterSearch, Permission.LogsView]);
    assert.equal(role.key, null);
    assert.equal(role.assignments, 0);

    const renamed = await env.call(env.admin, {
      method: 'PATCH',
      url: `/api/v1/roles/${role.id}`,
      payload: { nameTh: 'ผู้ตรวจบันทึก' },
    });
    assert.equal(renamed.json().nameTh, 'ผู้ตรวจบันทึก');
    assert.deepEqual(renamed.json().permissions, role.permissions, 'a rename keeps the permissions');

    const deleted = await env.call(env.admin, { method: 'DELETE', url: `/api/v1/roles/${role.id}` });
    assert.deepEqual(deleted.json(), { ok: true });
  });

  it('refuses unknown permissions, listing them', async () => {
    const res = await env.call(env.admin, {
      method: 'POST',
      url: '/api/v1/roles',
      payload: { nameTh: 'บทบาทแปลก', permissions: ['letter.search', 'launch.rockets'] },
    });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error.code, 'VALIDATION_FAILED');
    assert.deepEqual(res.json().error.details.unknown, ['launch.rockets']);
    assert.deepEqual(res.json().error.details.issues[0].path, ['body', 'permissions']);
  });

  it('refuses a duplicate name, and deleting a role still assigned', async () => {
    const dup = await env.call(env.admin, {
      method: 'POST',
      url: '/api/v1/roles',
      payload: { nameTh: 'Admin', permissions: [] },
    });
    assert.equal(dup.statusCode, 409);
    assert.equal(dup.json().error.code, 'ROLE_NAME_TAKEN');
    const inUse = await env.call(env.admin, {
      method: 'DELETE',
      url: `/api/v1/roles/${env.a.objects.roleId}`,
    });
    assert.equal(inUse.statusCode, 409);
    assert.equal(inUse.json().error.code, 'ROLE_IN_USE');
  });

  it('refuses to take user administration away from the only role that gives it', async () => {
    const roles = (await env.call(env.admin, { method: 'GET', url: '/api/v1/roles' })).json();
    const admin = roles.find((r: { key: string | null }) => r.key === 'admin');
    const res = await env.call(env.admin, {
      method: 'PATCH',
      url: `/api/v1/roles/${admin.id}`,
      payload: { permissions: [Permission.LogsView] },
    });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().error.code, 'ROLE_LAST_ADMIN');
  });

  it('lists every permission with Thai and English labels and its group', async () => {
    const res = await env.call(env.nobody, { method: 'GET', url: '/api/v1/permissions' });
    const list = res.json();
    assert.deepEqual(
      list.map((p: { key: string }) => p.key),
      ALL_PERMISSIONS,
    );
    assert.deepEqual(
      list.find((p: { key: string }) => p.key === 'admin.users'),
      {
        key: 'admin.users',
        th: 'บันทึกข้อมูลและบทบาทผู้ใช้งาน',
        en: 'Users and roles',
        group: 'admin',
      },
    );
  });
});
