import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { Permission } from '../../../src/domain/directory/permissions.ts';
import type { AppDeps } from '../../../src/http/app-deps.ts';
import {
  buildTestApp,
  createTestTenant,
  createUserWithPermissions,
  loginAs,
  type TestTenant,
} from '../../support/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';

describe('agency and audit-log API', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let deps: AppDeps;
  let a: TestTenant;
  let b: TestTenant;

  before(async () => {
    t = await createTestDatabase();
    ({ app, deps } = await buildTestApp(t.db));
    a = await createTestTenant(deps);
    b = await createTestTenant(deps);
  });
  after(async () => {
    await app.close();
    await t.drop();
  });

  it('answers 401 without a session on every route', async () => {
    for (const url of ['/api/v1/agency', '/api/v1/audit', '/api/v1/audit/verify']) {
      assert.equal((await app.inject({ method: 'GET', url })).statusCode, 401, url);
    }
    const patch = await app.inject({
      method: 'PATCH',
      url: '/api/v1/agency',
      payload: { digitStyle: 'arabic' },
    });
    assert.equal(patch.statusCode, 401);
  });

  it('lets a register admin switch the agency to Arabic digits, audited; refuses others (403) and bad values (400)', async () => {
    const admin = await loginAs(app, a.tenant.slug, 'admin', a.admin.password);
    const bad = await app.inject({
      method: 'PATCH',
      url: '/api/v1/agency',
      payload: { digitStyle: 'roman' },
      headers: admin.headers,
    });
    assert.equal(bad.statusCode, 400);
    const clerk = await createUserWithPermissions(deps, a.tenant.id, [Permission.NumberReserve]);
    const s = await loginAs(app, a.tenant.slug, clerk.username, clerk.password);
    const denied = await app.inject({
      method: 'PATCH',
      url: '/api/v1/agency',
      payload: { digitStyle: 'arabic' },
      headers: s.headers,
    });
    assert.equal(denied.statusCode, 403);
    const ok = await app.inject({
      method: 'PATCH',
      url: '/api/v1/agency',
      payload: { digitStyle: 'arabic' },
      headers: admin.headers,
    });
    assert.equal(ok.statusCode, 200);
    assert.equal(ok.json().digitStyle, 'arabic');
    assert.equal(ok.json().id, a.tenant.id);
    const other = await loginAs(app, b.tenant.slug, 'admin', b.admin.password);
    assert.equal(
      (await app.inject({ method: 'GET', url: '/api/v1/agency', headers: other.headers })).json().digitStyle,
      'thai',
    );
    const log = (
      await app.inject({
        method: 'GET',
        url: '/api/v1/audit?action=tenant.settings-updated',
        headers: admin.headers,
      })
    ).json();
    assert.deepEqual(log.items[0].summary, { digitStyle: { from: 'thai', to: 'arabic' } });
    await app.inject({
      method: 'PATCH',
      url: '/api/v1/agency',
      payload: { digitStyle: 'thai' },
      headers: admin.headers,
    });
  });

  it('shows the signed-in user their own agency only', async () => {
    const s = await loginAs(app, b.tenant.slug, 'admin', a.admin.password);
    const res = await app.inject({ method: 'GET', url: '/api/v1/agency', headers: s.headers });
    assert.equal(res.json().id, b.tenant.id);
  });

  it('lets admins browse the log with filters, newest first, and refuses users without the log permission (403)', async () => {
    const admin = await loginAs(app, a.tenant.slug, 'admin', a.admin.password);
    const all = (
      await app.inject({ method: 'GET', url: '/api/v1/audit?limit=200', headers: admin.headers })
    ).json();
    assert.ok(all.items.length >= 2);
    assert.ok(all.items[0].seq > all.items[1].seq);
    assert.ok(all.items.every((e: { action: string }) => typeof e.action === 'string'));
    const logins = (
      await app.inject({ method: 'GET', url: '/api/v1/audit?action=auth.login', headers: admin.headers })
    ).json();
    assert.ok(logins.items.length >= 1);
    assert.ok(logins.items.every((e: { action: string }) => e.action.startsWith('auth.login')));
    const paged = (
      await app.inject({ method: 'GET', url: '/api/v1/audit?limit=1', headers: admin.headers })
    ).json();
    assert.equal(paged.items.length, 1);
    assert.equal(paged.nextBeforeSeq, paged.items[0].seq);
    // Another agency's log is never visible: filtering by its tenant id as target finds nothing.
    const foreign = (
      await app.inject({
        method: 'GET',
        url: `/api/v1/audit?targetId=${b.tenant.id}`,
        headers: admin.headers,
      })
    ).json();
    assert.equal(foreign.items.length, 0);

    const clerk = await createUserWithPermissions(deps, a.tenant.id, [Permission.LetterSearch]);
    const s = await loginAs(app, a.tenant.slug, clerk.username, clerk.password);
    const denied = await app.inject({ method: 'GET', url: '/api/v1/audit', headers: s.headers });
    assert.equal(denied.statusCode, 403);
    assert.equal(denied.json().error.code, 'PERMISSION_DENIED');
    assert.equal(
      (await app.inject({ method: 'GET', url: '/api/v1/audit/verify', headers: s.headers })).statusCode,
      403,
    );
  });

  it('answers 400 on a bad filter', async () => {
    const admin = await loginAs(app, a.tenant.slug, 'admin', a.admin.password);
    const res = await app.inject({
      method: 'GET',
      url: '/api/v1/audit?from=yesterday&limit=0',
      headers: admin.headers,
    });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error.details.issues.length, 2);
  });

  it('verifies the agency chain and names the first broken entry after tampering', async () => {
    const admin = await loginAs(app, a.tenant.slug, 'admin', a.admin.password);
    const ok = (
      await app.inject({ method: 'GET', url: '/api/v1/audit/verify', headers: admin.headers })
    ).json();
    assert.equal(ok.ok, true);
    assert.ok(ok.checked >= 2);
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(t.db);
    await sql`UPDATE audit_log SET actor_name = 'someone else' WHERE tenant_id = ${a.tenant.id} AND seq = 2`.execute(
      t.db,
    );
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(t.db);
    const bad = (
      await app.inject({ method: 'GET', url: '/api/v1/audit/verify', headers: admin.headers })
    ).json();
    assert.equal(bad.ok, false);
    assert.deepEqual(bad.firstBroken, { seq: 2, reason: 'hash-mismatch' });
  });
});
