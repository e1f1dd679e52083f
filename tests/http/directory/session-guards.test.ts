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
    const none = await env.app.inject({ method: 'POST', url: '/api/v1/org-units', headers: { cookie: env.admin.cookie }, payload: body() });
    assert.equal(none.statusCode, 403);
    assert.equal(none.json().error.code, 'AUTH_CSRF');
    const wrong = await env.app.inject({
      method: 'DELETE', url: `/api/v1/users/${env.a.objects.userId}`, headers: { cookie: env.admin.cookie, 'x-csrf-token': 'guess' },
    });
    assert.equal(wrong.json().error.code, 'AUTH_CSRF');
    const still = await env.call(env.admin, { method: 'GET', url: `/api/v1/users/${env.a.objects.userId}` });
    assert.equal(still.statusCode, 200, 'nothing was deleted');
  });

  it('lets a cookie-authenticated read through without the token', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/api/v1/org-units', headers: { cookie: env.admin.cookie } });
    assert.equal(res.statusCode, 200);
  });

  it('accepts a Bearer API token without a CSRF token', async () => {
    const auth = await bearerFor(env.deps, env.a.adminCtx);
    const res = await env.app.inject({ method: 'POST', url: '/api/v1/org-units', headers: auth, payload: body() });
    assert.equal(res.statusCode, 200, res.body);
  });

  it("keeps a Bearer token inside its own agency: B's admin sees only B", async () => {
    const units = await env.call(env.bAdmin, { method: 'GET', url: '/api/v1/org-units' });
    assert.ok(units.json().every((u: { id: string }) => u.id !== env.a.rootUnitId));
    const person = await env.call(env.bAdmin, { method: 'GET', url: `/api/v1/people/${env.a.objects.personId}` });
    assert.equal(person.statusCode, 404);
  });
});
