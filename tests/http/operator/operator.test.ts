import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../../src/config/config.ts';
import { createAppDeps } from '../../../src/composition.ts';
import { createOperator } from '../../../src/domain/auth/operator-login.ts';
import { buildServer } from '../../../src/http/app.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';

const newTenant = (slug: string, userQuota = 5) => ({
  slug,
  nameTh: `กรมทดสอบ ${slug}`,
  nameEn: 'Test Department',
  ministry: 'กระทรวงทดสอบ',
  department: '',
  letterCode: 'ทส',
  ownerNumber: '0201.2',
  userQuota,
  admin: { username: 'admin', displayName: 'ผู้ดูแลระบบ', password: 'firstPass1' },
});

describe('operator API: agencies, quotas and usage statistics', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let op: Record<string, string>;

  before(async () => {
    t = await createTestDatabase();
    const deps = await createAppDeps({
      db: t.db,
      config: loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: t.url }),
    });
    app = await buildServer(deps);
    await createOperator(deps.core, { username: 'ops', displayName: 'ผู้ให้บริการ', password: 'operatorPass1' });
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/operator/auth/login',
      payload: { username: 'ops', password: 'operatorPass1' },
    });
    assert.equal(res.statusCode, 200);
    op = { cookie: String(res.headers['set-cookie']).split(';')[0]!, 'x-csrf-token': res.json().csrfToken };
  });
  after(async () => {
    await app.close();
    await t.drop();
  });

  it('answers 401 to every operator route without an operator session', async () => {
    for (const [method, url] of [
      ['GET', '/api/v1/operator/tenants'],
      ['POST', '/api/v1/operator/tenants'],
      ['GET', '/api/v1/operator/statistics'],
      ['GET', `/api/v1/operator/tenants/${crypto.randomUUID()}`],
      ['PATCH', `/api/v1/operator/tenants/${crypto.randomUUID()}`],
    ] as const) {
      const res = await app.inject({ method, url, payload: method === 'GET' ? undefined : {} });
      assert.equal(res.statusCode, 401, `${method} ${url}`);
    }
  });

  it('creates an agency with its first admin, and the statistics count it', async () => {
    const before = (
      await app.inject({ method: 'GET', url: '/api/v1/operator/statistics', headers: op })
    ).json();
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/operator/tenants',
      payload: newTenant('dept-one'),
      headers: op,
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().usersInUse, 1);
    const after = (
      await app.inject({ method: 'GET', url: '/api/v1/operator/statistics', headers: op })
    ).json();
    assert.equal(after.tenants, before.tenants + 1);
    assert.equal(after.totalUsers, before.totalUsers + 1);
    assert.ok(after.topTenantsByUsers.some((x: { slug: string }) => x.slug === 'dept-one'));
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { tenant: 'dept-one', username: 'admin', password: 'firstPass1' },
    });
    assert.equal(login.statusCode, 200);
    assert.equal(login.json().user.mustChangePassword, true);
    const stats = (
      await app.inject({ method: 'GET', url: '/api/v1/operator/statistics', headers: op })
    ).json();
    assert.equal(stats.usersActiveThisMonth, after.usersActiveThisMonth + 1);
  });

  it('rejects a duplicate code, a bad letter code and an oversized field with clear 4xx errors', async () => {
    const dup = await app.inject({
      method: 'POST',
      url: '/api/v1/operator/tenants',
      payload: newTenant('dept-one'),
      headers: op,
    });
    assert.equal(dup.statusCode, 409);
    assert.equal(dup.json().error.code, 'TENANT_SLUG_TAKEN');
    const bad = await app.inject({
      method: 'POST',
      url: '/api/v1/operator/tenants',
      payload: { ...newTenant('dept-two'), letterCode: 'A.B' },
      headers: op,
    });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(bad.json().error.details.issues[0].path, ['body', 'letterCode']);
    const big = await app.inject({
      method: 'POST',
      url: '/api/v1/operator/tenants',
      payload: { ...newTenant('dept-three'), nameTh: 'ก'.repeat(301) },
      headers: op,
    });
    assert.equal(big.statusCode, 400);
    const list = (
      await app.inject({ method: 'GET', url: '/api/v1/operator/tenants?q=dept', headers: op })
    ).json();
    assert.equal(list.total, 1);
  });

  it('sets the quota, refuses one below the users in use, and answers 404 for an unknown agency', async () => {
    const list = (
      await app.inject({ method: 'GET', url: '/api/v1/operator/tenants?q=dept-one', headers: op })
    ).json();
    const id = list.items[0].id;
    const set = await app.inject({
      method: 'PATCH',
      url: `/api/v1/operator/tenants/${id}`,
      payload: { userQuota: 60 },
      headers: op,
    });
    assert.equal(set.json().userQuota, 60);
    const below = await app.inject({
      method: 'PATCH',
      url: `/api/v1/operator/tenants/${id}`,
      payload: { userQuota: 0 },
      headers: op,
    });
    assert.equal(below.statusCode, 400);
    const missing = await app.inject({
      method: 'GET',
      url: `/api/v1/operator/tenants/${crypto.randomUUID()}`,
      headers: op,
    });
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().error.code, 'TENANT_NOT_FOUND');
  });

  it('suspends an agency so its users can no longer log in, and reactivates it', async () => {
    const id = (
      await app.inject({ method: 'GET', url: '/api/v1/operator/tenants?q=dept-one', headers: op })
    ).json().items[0].id;
    const session = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { tenant: 'dept-one', username: 'admin', password: 'firstPass1' },
    });
    const cookie = String(session.headers['set-cookie']).split(';')[0]!;
    await app.inject({
      method: 'PATCH',
      url: `/api/v1/operator/tenants/${id}`,
      payload: { status: 'suspended' },
      headers: op,
    });
    const denied = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { tenant: 'dept-one', username: 'admin', password: 'firstPass1' },
    });
    assert.equal(denied.statusCode, 403);
    assert.equal(denied.json().error.code, 'AUTH_TENANT_SUSPENDED');
    assert.equal(
      (await app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie } })).statusCode,
      401,
    );
    await app.inject({
      method: 'PATCH',
      url: `/api/v1/operator/tenants/${id}`,
      payload: { status: 'active' },
      headers: op,
    });
    const back = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { tenant: 'dept-one', username: 'admin', password: 'firstPass1' },
    });
    assert.equal(back.statusCode, 200);
  });

  it('keeps operator and agency sessions apart', async () => {
    const agency = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { tenant: 'dept-one', username: 'admin', password: 'firstPass1' },
    });
    const cookie = String(agency.headers['set-cookie']).split(';')[0]!;
    assert.equal(
      (await app.inject({ method: 'GET', url: '/api/v1/operator/tenants', headers: { cookie } })).statusCode,
      401,
    );
    assert.equal(
      (await app.inject({ method: 'GET', url: '/api/v1/agency', headers: { cookie: op.cookie! } }))
        .statusCode,
      401,
    );
  });
});
