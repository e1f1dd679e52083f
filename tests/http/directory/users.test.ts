import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Permission } from '../../../src/domain/directory/permissions.ts';
import { createUserWithPermissions, loginAs, uniqueSuffix } from '../../support/factories.ts';
import { type DirectoryApp, guardTests, startDirectoryApp } from './directory-app.ts';

let env: DirectoryApp;
before(async () => {
  env = await startDirectoryApp();
});
after(() => env.close());

const userBody = (over: object = {}) => ({
  username: `u${uniqueSuffix()}`,
  displayName: 'นายทดสอบ ระบบ',
  password: 'passw0rd-x',
  ...over,
});
const create = (payload: object) => env.call(env.admin, { method: 'POST', url: '/api/v1/users', payload });
const NIL = '00000000-0000-4000-8000-000000000000';

guardTests(
  () => env,
  [
    {
      operationId: 'listUsers',
      permission: Permission.UsersManage,
      valid: () => ({ method: 'GET', url: '/api/v1/users?q=admin' }),
      bad: () => ({ method: 'GET', url: '/api/v1/users?offset=-1' }),
    },
    {
      operationId: 'getUserQuota',
      permission: Permission.UsersManage,
      valid: () => ({ method: 'GET', url: '/api/v1/users/quota' }),
    },
    {
      operationId: 'createUser',
      permission: Permission.UsersManage,
      valid: () => ({ method: 'POST', url: '/api/v1/users', payload: userBody() }),
      foreign: () => ({
        method: 'POST',
        url: '/api/v1/users',
        payload: userBody({ personId: env.b.objects.personId }),
        code: 'PERSON_NOT_FOUND',
      }),
      bad: () => ({
        method: 'POST',
        url: '/api/v1/users',
        payload: userBody({ username: 'no spaces allowed' }),
      }),
    },
    {
      operationId: 'getUser',
      permission: Permission.UsersManage,
      valid: (o) => ({ method: 'GET', url: `/api/v1/users/${o.userId}` }),
      foreign: 'USER_NOT_FOUND',
      bad: () => ({ method: 'GET', url: '/api/v1/users/me' }),
    },
    {
      operationId: 'updateUser',
      permission: Permission.UsersManage,
      valid: (o) => ({
        method: 'PATCH',
        url: `/api/v1/users/${o.userId}`,
        payload: { note: 'หมายเหตุ' },
      }),
      foreign: 'USER_NOT_FOUND',
      bad: () => ({
        method: 'PATCH',
        url: `/api/v1/users/${env.a.objects.userId}`,
        payload: { endsOn: '31/12/2569' },
      }),
    },
    {
      operationId: 'resetUserPassword',
      permission: Permission.UsersManage,
      valid: (o) => ({
        method: 'POST',
        url: `/api/v1/users/${o.userId}/password`,
        payload: { password: 'new-passw0rd' },
      }),
      foreign: 'USER_NOT_FOUND',
      bad: () => ({
        method: 'POST',
        url: `/api/v1/users/${env.a.objects.userId}/password`,
        payload: { password: '' },
      }),
    },
    {
      operationId: 'unlockUser',
      permission: Permission.UsersManage,
      valid: (o) => ({ method: 'POST', url: `/api/v1/users/${o.userId}/unlock` }),
      foreign: 'USER_NOT_FOUND',
      bad: () => ({ method: 'POST', url: '/api/v1/users/zzz/unlock' }),
    },
    {
      operationId: 'deleteUser',
      permission: Permission.UsersManage,
      valid: (o) => ({ method: 'DELETE', url: `/api/v1/users/${o.userId}` }),
      foreign: 'USER_NOT_FOUND',
      bad: () => ({ method: 'DELETE', url: '/api/v1/users/42' }),
    },
  ],
);

describe('users', () => {
  it('the admins whose work is about users (signatures, logs, view history) may read them but not change them', async () => {
    for (const permission of [
      Permission.SignaturesManage,
      Permission.LogsView,
      Permission.ViewHistorySearch,
    ]) {
      const u = await createUserWithPermissions(env.deps, env.a.tenant.id, [permission]);
      const session = await loginAs(env.app, env.a.tenant.slug, u.username, u.password);
      const list = await env.call(session, { method: 'GET', url: '/api/v1/users?q=admin' });
      assert.equal(list.statusCode, 200, `${permission}: ${list.body}`);
      const one = await env.call(session, { method: 'GET', url: `/api/v1/users/${env.a.objects.userId}` });
      assert.equal(one.statusCode, 200, one.body);
      const change = await env.call(session, {
        method: 'PATCH',
        url: `/api/v1/users/${env.a.objects.userId}`,
        payload: { displayName: 'เปลี่ยนไม่ได้' },
      });
      assert.equal(change.statusCode, 403, `${permission} cannot change a user`);
      const other = await env.call(session, { method: 'GET', url: `/api/v1/users/${env.b.objects.userId}` });
      assert.equal(other.statusCode, 404, "another agency's user stays invisible");
    }
  });

  it('creates an account within the quota and shows it with its roles', async () => {
    const before = (await env.call(env.admin, { method: 'GET', url: '/api/v1/users/quota' })).json();
    assert.equal(before.quota, 100);
    const res = await create(userBody({ username: 'Saraban1.DGA', displayName: 'สารบรรณ 1 สพร.' }));
    assert.equal(res.statusCode, 200, res.body);
    const u = res.json();
    assert.equal(u.username, 'Saraban1.DGA');
    assert.equal(u.mustChangePassword, true);
    assert.deepEqual(u.roles, []);
    assert.equal(u.lockedUntil, null);
    const after = (await env.call(env.admin, { method: 'GET', url: '/api/v1/users/quota' })).json();
    assert.equal(after.used, before.used + 1);

    const list = await env.call(env.admin, { method: 'GET', url: '/api/v1/users?q=saraban1' });
    assert.deepEqual(
      list.json().items.map((x: { id: string }) => x.id),
      [u.id],
    );
    const seeded = await env.call(env.admin, { method: 'GET', url: `/api/v1/users/${env.a.objects.userId}` });
    assert.equal(seeded.json().roles.length, 1);
    assert.match(seeded.json().roles[0].orgUnitName, /^กอง /);
  });

  it('refuses a username already used in the agency, whatever its case', async () => {
    await create(userBody({ username: 'clerk.one' }));
    const dup = await create(userBody({ username: 'CLERK.ONE' }));
    assert.equal(dup.statusCode, 409);
    assert.equal(dup.json().error.code, 'USER_USERNAME_TAKEN');
  });

  it('refuses a weak password and an end date before the start', async () => {
    const weak = await create(userBody({ password: 'password' }));
    assert.equal(weak.statusCode, 400);
    assert.equal(weak.json().error.code, 'AUTH_PASSWORD_WEAK');
    const dates = await create(userBody({ startsOn: '2026-02-01', endsOn: '2026-01-31' }));
    assert.equal(dates.statusCode, 400);
    assert.equal(dates.json().error.code, 'DATE_RANGE_INVALID');
  });

  it('refuses a second account for the same person', async () => {
    const res = await create(userBody({ personId: env.a.objects.personId }));
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().error.code, 'USER_PERSON_LINKED');
  });

  it('disabling an account ends its sessions; a reset password ends them too and must be changed', async () => {
    const body = userBody({ mustChangePassword: false });
    const u = (await create(body)).json();
    await env.call(env.admin, {
      method: 'POST',
      url: `/api/v1/users/${u.id}/roles`,
      payload: { roleId: env.a.objects.roleId, orgUnitId: env.a.rootUnitId },
    });
    const session = await loginAs(env.app, env.a.tenant.slug, body.username, body.password);
    const ok = await env.call(session, { method: 'GET', url: '/api/v1/org-units' });
    assert.equal(ok.statusCode, 200);

    const reset = await env.call(env.admin, {
      method: 'POST',
      url: `/api/v1/users/${u.id}/password`,
      payload: { password: 'brand-new-1' },
    });
    assert.deepEqual(reset.json(), { ok: true });
    assert.equal((await env.call(session, { method: 'GET', url: '/api/v1/org-units' })).statusCode, 401);
    const fresh = await loginAs(env.app, env.a.tenant.slug, body.username, 'brand-new-1');
    const pending = await env.call(fresh, { method: 'GET', url: '/api/v1/org-units' });
    assert.equal(pending.json().error.code, 'AUTH_PASSWORD_CHANGE_REQUIRED');

    const disabled = await env.call(env.admin, {
      method: 'PATCH',
      url: `/api/v1/users/${u.id}`,
      payload: { disabled: true },
    });
    assert.equal(disabled.json().disabled, true);
    assert.equal((await env.call(fresh, { method: 'GET', url: '/api/v1/auth/session' })).statusCode, 401);
  });

  it('unlocks an account locked after wrong passwords', async () => {
    const u = (await create(userBody())).json();
    await env.t.db
      .updateTable('users')
      .set({ failed_logins: 7, locked_until: new Date(Date.now() + 3_600_000) })
      .where('id', '=', u.id)
      .execute();
    const locked = await env.call(env.admin, { method: 'GET', url: `/api/v1/users/${u.id}` });
    assert.ok(locked.json().lockedUntil);
    const res = await env.call(env.admin, { method: 'POST', url: `/api/v1/users/${u.id}/unlock` });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().lockedUntil, null);
  });

  it('deletes an account', async () => {
    const u = (await create(userBody())).json();
    const res = await env.call(env.admin, { method: 'DELETE', url: `/api/v1/users/${u.id}` });
    assert.deepEqual(res.json(), { ok: true });
    assert.equal(
      (await env.call(env.admin, { method: 'GET', url: `/api/v1/users/${u.id}` })).statusCode,
      404,
    );
    assert.equal(
      (await env.call(env.admin, { method: 'DELETE', url: `/api/v1/users/${NIL}` })).statusCode,
      404,
    );
  });
});
