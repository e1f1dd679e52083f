import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { bearerFor } from '../../support/factories.ts';
import { type DirectoryApp, startDirectoryApp } from './directory-app.ts';

let env: DirectoryApp;
before(async () => {
  env = await startDirectoryApp();
});
after(() => env.close());

describe('directory writes and the CSRF check', () => {
  const body = () => ({ parentId: env.a.rootUnitId, nameTh: 'กองทดสอบ CSRF' });

  it('refuses a cookie-authenticated write without X-CSRF-Token, and with a wrong one', async () => {
    const none = await env.app.inject({
      method: 'POST',
      url: '/api/v1/org-units',
      headers: { cookie: env.admin.cookie },
      payload: body(),
    });
    assert.equal(none.statusCode, 403);
    assert.equal(none.json().error.code, 'AUTH_CSRF');
    const wrong = await env.app.inject({
      method: 'DELETE',
      url: `/api/v1/users/${env.a.objects.userId}`,
      headers: { cookie: env.admin.cookie, 'x-csrf-token': 'guess' },
    });
    assert.equal(wrong.json().error.code, 'AUTH_CSRF');
    const still = await env.call(env.admin, { method: 'GET', url: `/api/v1/users/${env.a.objects.userId}` });
    assert.equal(still.statusCode, 200, 'nothing was deleted');
  });

  it('lets a cookie-authenticated read through without the token', async () => {
    const res = await env.app.inject({
      method: 'GET',
      url: '/api/v1/org-units',
      headers: { cookie: env.admin.cookie },
    });
    assert.equal(res.statusCode, 200);
  });

  it('accepts a Bearer API token without a CSRF token', async () => {
    const auth = await bearerFor(env.deps, env.a.adminCtx);
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/v1/org-units',
      headers: auth,
      payload: body(),
    });
    assert.equal(res.statusCode, 200, res.body);
  });

  it("keeps a Bearer token inside its own agency: B's admin sees only B", async () => {
    const units = await env.call(env.bAdmin, { method: 'GET', url: '/api/v1/org-units' });
    assert.ok(units.json().every((u: { id: string }) => u.id !== env.a.rootUnitId));
    const person = await env.call(env.bAdmin, {
      method: 'GET',
      url: `/api/v1/people/${env.a.objects.personId}`,
    });
    assert.equal(person.statusCode, 404);
  });
});

describe('the OpenAPI document', () => {
  it('describes every directory operation with its operationId', async () => {
    const doc = (await env.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const ops = new Map<string, string>();
    for (const [path, item] of Object.entries(
      doc.paths as Record<string, Record<string, { operationId?: string }>>,
    )) {
      for (const [method, op] of Object.entries(item))
        if (op.operationId) ops.set(op.operationId, `${method.toUpperCase()} ${path}`);
    }
    assert.deepEqual(
      Object.fromEntries(
        [
          'listOrgUnits',
          'createOrgUnit',
          'updateOrgUnit',
          'deleteOrgUnit',
          'listPositions',
          'createPosition',
          'updatePosition',
          'deletePosition',
          'listAppointments',
          'createAppointment',
          'endAppointment',
          'deleteAppointment',
          'listPeople',
          'createPerson',
          'getPerson',
          'updatePerson',
          'deletePerson',
          'listUsers',
          'getUserQuota',
          'createUser',
          'getUser',
          'updateUser',
          'resetUserPassword',
          'unlockUser',
          'assignRole',
          'unassignRole',
          'deleteUser',
          'listRoles',
          'createRole',
          'updateRole',
          'deleteRole',
          'listPermissions',
        ].map((id) => [id, ops.get(id)]),
      ),
      {
        listOrgUnits: 'GET /api/v1/org-units',
        createOrgUnit: 'POST /api/v1/org-units',
        updateOrgUnit: 'PATCH /api/v1/org-units/{id}',
        deleteOrgUnit: 'DELETE /api/v1/org-units/{id}',
        listPositions: 'GET /api/v1/positions',
        createPosition: 'POST /api/v1/positions',
        updatePosition: 'PATCH /api/v1/positions/{id}',
        deletePosition: 'DELETE /api/v1/positions/{id}',
        listAppointments: 'GET /api/v1/appointments',
        createAppointment: 'POST /api/v1/appointments',
        endAppointment: 'POST /api/v1/appointments/{id}/end',
        deleteAppointment: 'DELETE /api/v1/appointments/{id}',
        listPeople: 'GET /api/v1/people',
        createPerson: 'POST /api/v1/people',
        getPerson: 'GET /api/v1/people/{id}',
        updatePerson: 'PATCH /api/v1/people/{id}',
        deletePerson: 'DELETE /api/v1/people/{id}',
        listUsers: 'GET /api/v1/users',
        getUserQuota: 'GET /api/v1/users/quota',
        createUser: 'POST /api/v1/users',
        getUser: 'GET /api/v1/users/{id}',
        updateUser: 'PATCH /api/v1/users/{id}',
        resetUserPassword: 'POST /api/v1/users/{id}/password',
        unlockUser: 'POST /api/v1/users/{id}/unlock',
        assignRole: 'POST /api/v1/users/{id}/roles',
        unassignRole: 'DELETE /api/v1/users/{id}/roles/{assignmentId}',
        deleteUser: 'DELETE /api/v1/users/{id}',
        listRoles: 'GET /api/v1/roles',
        createRole: 'POST /api/v1/roles',
        updateRole: 'PATCH /api/v1/roles/{id}',
        deleteRole: 'DELETE /api/v1/roles/{id}',
        listPermissions: 'GET /api/v1/permissions',
      },
    );
  });
});
