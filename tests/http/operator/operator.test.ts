import { TEST_MASTER_KEY } from '../../support/factories.ts';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance, InjectOptions } from 'fastify';
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

  const asOperator = (opts: InjectOptions) => app.inject({ ...opts, headers: op });
  const getJson = async (url: string) => (await asOperator({ method: 'GET', url })).json();
  const postTenant = (payload: object) =>
    asOperator({ method: 'POST', url: '/api/v1/operator/tenants', payload });
  const patchTenant = (id: string, payload: object) =>
    asOperator({ method: 'PATCH', url: `/api/v1/operator/tenants/${id}`, payload });
  /** Logs in as the first admin of the agency `dept-one` made below. */
  const loginDeptOneAdmin = () =>
    app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { tenant: 'dept-one', username: 'admin', password: 'firstPass1' },
    });

  before(async () => {
    t = await createTestDatabase();
    const deps = await createAppDeps({
      db: t.db,
      config: loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: t.url, SARABAN_MASTER_KEY: TEST_MASTER_KEY }),
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
    const before = await getJson('/api/v1/operator/statistics');
    const res = await postTenant(newTenant('dept-one'));
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().usersInUse, 1);
    const after = await getJson('/api/v1/operator/statistics');
    assert.equal(after.tenants, before.tenants + 1);
    assert.equal(after.totalUsers, before.totalUsers + 1);
    assert.ok(after.topTenantsByUsers.some((x: { slug: string }) => x.slug === 'dept-one'));
    const login = await loginDeptOneAdmin();
    assert.equal(login.statusCode, 200);
    assert.equal(login.json().user.mustChangePassword, true);
    const stats = await getJson('/api/v1/operator/statistics');
    assert.equal(stats.usersActiveThisMonth, after.usersActiveThisMonth + 1);
  });

  it('rejects a duplicate code, a bad letter code and an oversized field with clear 4xx errors', async () => {
    const dup = await postTenant(newTenant('dept-one'));
    assert.equal(dup.statusCode, 409);
    assert.equal(dup.json().error.code, 'TENANT_SLUG_TAKEN');
    const bad = await postTenant({ ...newTenant('dept-two'), letterCode: 'A.B' });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(bad.json().error.details.issues[0].path, ['body', 'letterCode']);
    const big = await postTenant({ ...newTenant('dept-three'), nameTh: 'ก'.repeat(301) });
    assert.equal(big.statusCode, 400);
    const list = await getJson('/api/v1/operator/tenants?q=dept');
    assert.equal(list.total, 1);
  });

  it('sets the quota, refuses one below the users in use, and answers 404 for an unknown agency', async () => {
    const id = (await getJson('/api/v1/operator/tenants?q=dept-one')).items[0].id;
    const set = await patchTenant(id, { userQuota: 60 });
    assert.equal(set.json().userQuota, 60);
    const below = await patchTenant(id, { userQuota: 0 });
    assert.equal(below.statusCode, 400);
    const missing = await asOperator({
      method: 'GET',
      url: `/api/v1/operator/tenants/${crypto.randomUUID()}`,
    });
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().error.code, 'TENANT_NOT_FOUND');
  });

  it('suspends an agency so its users can no longer log in, and reactivates it', async () => {
    const id = (await getJson('/api/v1/operator/tenants?q=dept-one')).items[0].id;
    const session = await loginDeptOneAdmin();
    const cookie = String(session.headers['set-cookie']).split(';')[0]!;
    await patchTenant(id, { status: 'suspended' });
    const denied = await loginDeptOneAdmin();
    assert.equal(denied.statusCode, 403);
    assert.equal(denied.json().error.code, 'AUTH_TENANT_SUSPENDED');
    assert.equal(
      (await app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie } })).statusCode,
      401,
    );
    await patchTenant(id, { status: 'active' });
    const back = await loginDeptOneAdmin();
    assert.equal(back.statusCode, 200);
  });

  it('keeps operator and agency sessions apart', async () => {
    const agency = await loginDeptOneAdmin();
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
