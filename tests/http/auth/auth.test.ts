import { TEST_MASTER_KEY } from '../../support/factories.ts';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import * as OTPAuth from 'otpauth';
import { loadConfig } from '../../../src/config/config.ts';
import { createAppDeps } from '../../../src/composition.ts';
import { createTenant } from '../../../src/domain/tenancy/create-tenant.ts';
import type { AppDeps } from '../../../src/http/app-deps.ts';
import { buildServer } from '../../../src/http/app.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';

const PASSWORD = 'secret123';

function cookieOf(res: { headers: Record<string, unknown> }): string {
  const set = res.headers['set-cookie'];
  const first = Array.isArray(set) ? set[0] : String(set);
  return first.split(';')[0]!;
}

describe('authentication API', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let deps: AppDeps;

  const login = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: body, headers });

  before(async () => {
    t = await createTestDatabase();
    deps = await createAppDeps({
      db: t.db,
      config: loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: t.url, SARABAN_MASTER_KEY: TEST_MASTER_KEY }),
    });
    app = await buildServer(deps);
    for (const slug of ['auth-a', 'auth-b']) {
      await createTenant(
        deps.core,
        { kind: 'system', name: 'test' },
        {
          slug,
          nameTh: `หน่วยงาน ${slug}`,
          nameEn: '',
          ministry: '',
          department: '',
          letterCode: 'ศธ',
          ownerNumber: '0400',
          userQuota: 10,
          digitStyle: 'thai',
          admin: { username: 'admin', displayName: 'ผู้ดูแล', password: PASSWORD },
        },
        undefined,
        { adminMustChangePassword: slug === 'auth-b' },
      );
    }
  });
  after(async () => {
    await app.close();
    await t.drop();
  });

  it('logs in with a session cookie that is httpOnly and SameSite, and returns the CSRF token and permissions', async () => {
    const res = await login({ tenant: 'auth-a', username: 'ADMIN', password: PASSWORD });
    assert.equal(res.statusCode, 200);
    const setCookie = String(res.headers['set-cookie']);
    assert.match(setCookie, /saraban_session=/);
    assert.match(setCookie, /HttpOnly/i);
    assert.match(setCookie, /SameSite=Lax/i);
    const body = res.json();
    assert.equal(body.tenant.slug, 'auth-a');
    assert.ok(body.csrfToken.length > 20);
    assert.ok(body.permissions.includes('admin.users'));
    const session = await app.inject({
      method: 'GET',
      url: '/api/v1/auth/session',
      headers: { cookie: cookieOf(res) },
    });
    assert.equal(session.statusCode, 200);
    assert.equal(session.json().user.username, 'admin');
  });

  it('answers 401 with a Thai message by default and English on request, without saying which part was wrong', async () => {
    const th = await login({ tenant: 'auth-a', username: 'admin', password: 'wrong-pass1' });
    assert.equal(th.statusCode, 401);
    assert.equal(th.json().error.code, 'AUTH_INVALID_CREDENTIALS');
    assert.match(th.json().error.message, /รหัสผ่านไม่ถูกต้อง/);
    assert.ok(th.json().requestId);
    const en = await login(
      { tenant: 'no-such-agency', username: 'admin', password: PASSWORD },
      { 'accept-language': 'en' },
    );
    assert.equal(en.statusCode, 401);
    assert.equal(en.json().error.message, 'Agency, username or password is incorrect.');
  });

  it('answers 400 for malformed JSON and for missing fields, listing each issue', async () => {
    const malformed = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: '{"tenant":',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(malformed.statusCode, 400);
    assert.equal(malformed.json().error.code, 'REQUEST_MALFORMED');
    const missing = await login({ tenant: 'auth-a' });
    assert.equal(missing.statusCode, 400);
    assert.equal(missing.json().error.code, 'VALIDATION_FAILED');
    assert.ok(missing.json().error.details.issues.length >= 2);
  });

  it('answers 401 without a session and 403 for a cookie write without the CSRF token', async () => {
    assert.equal((await app.inject({ method: 'GET', url: '/api/v1/auth/session' })).statusCode, 401);
    const res = await login({ tenant: 'auth-a', username: 'admin', password: PASSWORD });
    const noCsrf = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/tokens',
      payload: { name: 'x' },
      headers: { cookie: cookieOf(res) },
    });
    assert.equal(noCsrf.statusCode, 403);
    assert.equal(noCsrf.json().error.code, 'AUTH_CSRF');
  });

  it('issues API tokens that work as Bearer without CSRF, and stop working once revoked', async () => {
    const res = await login({ tenant: 'auth-a', username: 'admin', password: PASSWORD });
    const headers = { cookie: cookieOf(res), 'x-csrf-token': res.json().csrfToken };
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/tokens',
      payload: { name: 'ระบบ ERP' },
      headers,
    });
    assert.equal(created.statusCode, 200);
    const { token, id } = created.json();
    const bearer = { authorization: `Bearer ${token}` };
    assert.equal(
      (await app.inject({ method: 'GET', url: '/api/v1/agency', headers: bearer })).json().slug,
      'auth-a',
    );
    const list = await app.inject({ method: 'GET', url: '/api/v1/auth/tokens', headers: bearer });
    assert.equal(list.json()[0].name, 'ระบบ ERP');
    assert.equal(list.json()[0].token, undefined);
    const revoked = await app.inject({ method: 'DELETE', url: `/api/v1/auth/tokens/${id}`, headers: bearer });
    assert.equal(revoked.statusCode, 200);
    assert.equal(
      (await app.inject({ method: 'GET', url: '/api/v1/agency', headers: bearer })).statusCode,
      401,
    );
  });

  it('does not let one agency revoke another agency’s token (404)', async () => {
    const a = await login({ tenant: 'auth-a', username: 'admin', password: PASSWORD });
    const tok = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/tokens',
      payload: { name: 'a' },
      headers: { cookie: cookieOf(a), 'x-csrf-token': a.json().csrfToken },
    });
    const b = await login({ tenant: 'auth-b', username: 'admin', password: PASSWORD });
    // auth-b's admin must change the password first; change it, then try.
    const bHeaders = { cookie: cookieOf(b), 'x-csrf-token': b.json().csrfToken };
    const blocked = await app.inject({ method: 'GET', url: '/api/v1/agency', headers: bHeaders });
    assert.equal(blocked.statusCode, 403);
    assert.equal(blocked.json().error.code, 'AUTH_PASSWORD_CHANGE_REQUIRED');
    const weak = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: { currentPassword: PASSWORD, newPassword: 'short' },
      headers: bHeaders,
    });
    assert.equal(weak.json().error.code, 'AUTH_PASSWORD_WEAK');
    const changed = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: { currentPassword: PASSWORD, newPassword: 'newSecret456' },
      headers: bHeaders,
    });
    assert.equal(changed.statusCode, 200);
    const cross = await app.inject({
      method: 'DELETE',
      url: `/api/v1/auth/tokens/${tok.json().id}`,
      headers: bHeaders,
    });
    assert.equal(cross.statusCode, 404);
  });

  it('locks the account after five wrong passwords, even for the right password', async () => {
    for (let i = 0; i < 5; i++) await login({ tenant: 'auth-b', username: 'admin', password: `wrong-${i}x` });
    const locked = await login({ tenant: 'auth-b', username: 'admin', password: 'newSecret456' });
    assert.equal(locked.statusCode, 423);
    assert.equal(locked.json().error.code, 'AUTH_LOCKED');
  });

  it('requires the TOTP code once the second factor is enabled', async () => {
    const res = await login({ tenant: 'auth-a', username: 'admin', password: PASSWORD });
    const headers = { cookie: cookieOf(res), 'x-csrf-token': res.json().csrfToken };
    const setup = await app.inject({ method: 'POST', url: '/api/v1/auth/totp/setup', headers });
    assert.equal(setup.statusCode, 200);
    const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(setup.json().secret) });
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp/confirm',
      payload: { code: '000000' === totp.generate() ? '111111' : '000000' },
      headers,
    });
    assert.equal(wrong.json().error.code, 'AUTH_TOTP_INVALID');
    const ok = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp/confirm',
      payload: { code: totp.generate() },
      headers,
    });
    assert.equal(ok.statusCode, 200);
    const noCode = await login({ tenant: 'auth-a', username: 'admin', password: PASSWORD });
    assert.equal(noCode.json().error.code, 'AUTH_TOTP_REQUIRED');
    const withCode = await login({
      tenant: 'auth-a',
      username: 'admin',
      password: PASSWORD,
      totp: totp.generate(),
    });
    assert.equal(withCode.statusCode, 200);
    const off = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp/disable',
      payload: { password: PASSWORD },
      headers: { cookie: cookieOf(withCode), 'x-csrf-token': withCode.json().csrfToken },
    });
    assert.equal(off.statusCode, 200);
  });

  it('serves health, the OpenAPI document with an operationId on every operation, and security headers', async () => {
    const health = await app.inject({ method: 'GET', url: '/api/health' });
    assert.deepEqual(health.json(), { status: 'ok' });
    assert.ok(health.headers['x-request-id']);
    assert.equal(health.headers['x-content-type-options'], 'nosniff');
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const ops = Object.values(doc.paths as Record<string, Record<string, { operationId?: string }>>).flatMap(
      (p) => Object.values(p),
    );
    assert.ok(ops.length >= 10);
    for (const op of ops) assert.ok(op.operationId, JSON.stringify(op).slice(0, 120));
    assert.ok(ops.some((o) => o.operationId === 'login'));
  });
});
