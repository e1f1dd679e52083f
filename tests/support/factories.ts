/**
 * Test factories shared by every database and HTTP test: an agency of its own per test (random slug, so
 * nothing is truncated and files run in parallel), users holding exactly the permissions a test needs, the
 * app under test, and sign-in helpers for `app.inject()` (session cookie + CSRF header, or a Bearer token).
 *
 *   const t = await createTestDatabase();
 *   const { app, deps } = await buildTestApp(t.db);
 *   const a = await createTestTenant(deps);
 *   const clerk = await createUserWithPermissions(deps, a.tenant.id, [Permission.LetterSearch]);
 *   const session = await loginAs(app, a.tenant.slug, clerk.username, clerk.password);
 *   await app.inject({ method: 'POST', url: '/api/v1/…', headers: session.headers, payload: {…} });
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Tenant } from '../../contracts/tenancy.contract.ts';
import { createAppDeps } from '../../src/composition.ts';
import { loadConfig } from '../../src/config/config.ts';
import type { Db } from '../../src/db/client.ts';
import { createApiToken } from '../../src/domain/auth/account.ts';
import { buildUserActor } from '../../src/domain/auth/build-actor.ts';
import { assignRole, createRole, createUser, listOrgUnits } from '../../src/domain/directory/index.ts';
import type { Permission } from '../../src/domain/directory/permissions.ts';
import { type AppError, isAppError } from '../../src/domain/shared/app-error.ts';
import type { ErrorCode } from '../../src/domain/shared/error-catalogue.ts';
import type { Clock, TenantContext, UserActor } from '../../src/domain/shared/context.ts';
import type { CoreDeps } from '../../src/domain/shared/deps.ts';
import { bangkokToday } from '../../src/domain/shared/thai/thai-date.ts';
import { createTenant } from '../../src/domain/tenancy/create-tenant.ts';
import type { AppDeps } from '../../src/http/app-deps.ts';
import { buildServer } from '../../src/http/app.ts';
import { createTestDatabase, type TestDatabase } from './test-db.ts';

/** The password of every user these factories make (it passes the password policy). */
export const TEST_PASSWORD = 'secret123';

/** A user's request context, with a real user actor (the grants active today). */
export type UserContext = TenantContext & { actor: UserActor };

/** A clock the test moves by hand. */
export function manualClock(iso: string): Clock & { set(iso: string): void } {
  let now = new Date(iso);
  return {
    now: () => now,
    set: (next) => {
      now = new Date(next);
    },
  };
}

const coreOf = (deps: CoreDeps | AppDeps): CoreDeps => ('core' in deps ? deps.core : deps);

/** A short random suffix for names that must be unique. */
export const uniqueSuffix = () => randomBytes(4).toString('hex');

/** A random national ID that passes the check digit (first digit 1–8, like real ones). */
export function randomNationalId(): string {
  const digits = [
    1 + Math.floor(Math.random() * 8),
    ...Array.from({ length: 11 }, () => Math.floor(Math.random() * 10)),
  ];
  const sum = digits.reduce((acc, d, i) => acc + d * (13 - i), 0);
  return [...digits, (11 - (sum % 11)) % 10].join('');
}

/**
 * A fixed test master key: stored keys of a test database open in every test process, and no test writes a
 * key file into the checkout's data directory.
 */
export const TEST_MASTER_KEY = Buffer.alloc(32, 7).toString('base64');

/** The configuration of test servers: quiet, no demo, letter files under .test-tmp (content-addressed, shared). */
export function testConfig(extra: Record<string, string> = {}) {
  return loadConfig({
    LOG_LEVEL: 'silent',
    SARABAN_DEMO: '0',
    SARABAN_FILES_DIR: path.join('.test-tmp', 'files'),
    SARABAN_MASTER_KEY: TEST_MASTER_KEY,
    ...extra,
  });
}

/** The use cases' dependencies on `db` (real argon2, unit of work), for database tests without HTTP. */
export async function createTestDeps(db: Db, opts: { clock?: Clock } = {}): Promise<CoreDeps> {
  return (await createTestAppDeps(db, opts)).core;
}

/** Every dependency, letters included (real file store under .test-tmp, real PDF engine). */
export async function createTestAppDeps(db: Db, opts: { clock?: Clock } = {}): Promise<AppDeps> {
  return createAppDeps({ db, config: testConfig(), clock: opts.clock });
}

/**
 * A fresh database (see createTestDatabase) and the use cases' dependencies on it, for a database test
 * file without HTTP; the caller drops `t` in `after()`:
 *
 *   let t: TestDatabase;
 *   let deps: CoreDeps;
 *   before(async () => {
 *     ({ t, deps } = await startTestDeps());
 *   });
 *   after(() => t.drop());
 */
export async function startTestDeps(
  opts: { clock?: Clock } = {},
): Promise<{ t: TestDatabase; deps: CoreDeps }> {
  const t = await createTestDatabase();
  try {
    return { t, deps: await createTestDeps(t.db, opts) };
  } catch (e) {
    await t.drop();
    throw e;
  }
}

/** `startTestDeps` with one agency of its own in the database (see createTestTenant). */
export async function startTestAgency(
  opts: { clock?: Clock } = {},
): Promise<{ t: TestDatabase; deps: CoreDeps; a: TestTenant }> {
  const { t, deps } = await startTestDeps(opts);
  try {
    return { t, deps, a: await createTestTenant(deps) };
  } catch (e) {
    await t.drop();
    throw e;
  }
}

/** The app under test on `db`, with silent logs, (optionally) a manual clock and extra configuration. */
export async function buildTestApp(
  db: Db,
  opts: { clock?: Clock; config?: Record<string, string> } = {},
): Promise<{ app: FastifyInstance; deps: AppDeps }> {
  const deps = await createAppDeps({ db, config: testConfig(opts.config), clock: opts.clock });
  const app = await buildServer(deps);
  return { app, deps };
}

/** The context of a request made by `userId`, carrying the role grants active today as the session would. */
export async function contextFor(
  deps: CoreDeps | AppDeps,
  tenantId: string,
  userId: string,
): Promise<UserContext> {
  const core = coreOf(deps);
  return core.uow.run(async (r) => {
    const user = await r.auth.getUserCredentials(tenantId, userId);
    if (!user) throw new Error(`no user ${userId} in tenant ${tenantId}`);
    const grants = await r.directory.listActiveGrants(tenantId, userId, bangkokToday(core.clock.now()));
    return { tenantId, actor: buildUserActor(user, grants), requestId: `test-${uniqueSuffix()}` };
  });
}

/** A test agency: the tenant, its root unit, its first admin and contexts acting as that admin or as the system. */
export interface TestTenant {
  tenant: Tenant;
  rootUnitId: string;
  admin: { userId: string; username: string; password: string };
  adminCtx: UserContext;
  systemCtx: TenantContext;
}

/**
 * Creates an agency through `createTenant` (random slug, quota 100 unless given) whose admin holds the
 * default Admin and บทบาทบุคคล roles on the root unit and need not change the password.
 */
export async function createTestTenant(
  deps: CoreDeps | AppDeps,
  opts: { userQuota?: number; digitStyle?: 'thai' | 'arabic'; nameTh?: string } = {},
): Promise<TestTenant> {
  const core = coreOf(deps);
  const slug = `t-${uniqueSuffix()}`;
  const tenant = await createTenant(
    core,
    { kind: 'system', name: 'test' },
    {
      slug,
      nameTh: opts.nameTh ?? `หน่วยงานทดสอบ ${slug}`,
      nameEn: `Test agency ${slug}`,
      ministry: '',
      department: '',
      letterCode: 'ศธ',
      ownerNumber: '04001',
      userQuota: opts.userQuota ?? 100,
      digitStyle: opts.digitStyle ?? 'thai',
      admin: { username: 'admin', displayName: 'ผู้ดูแลระบบ', password: TEST_PASSWORD },
    },
    undefined,
    { adminMustChangePassword: false },
  );
  const systemCtx: TenantContext = { tenantId: tenant.id, actor: { kind: 'system', name: 'test' } };
  const rootUnitId = (await listOrgUnits(core, systemCtx)).find((u) => u.parentId === null)!.id;
  const adminId = (await core.uow.run((r) => r.auth.findUserCredentials(tenant.id, 'admin')))!.id;
  const adminCtx = await contextFor(core, tenant.id, adminId);
  return {
    tenant,
    rootUnitId,
    admin: { userId: adminId, username: 'admin', password: TEST_PASSWORD },
    adminCtx,
    systemCtx,
  };
}

/** A user made by `createUserWithPermissions`: credentials, its one role, and the context of its requests. */
export interface TestUser {
  userId: string;
  username: string;
  password: string;
  roleId: string;
  ctx: UserContext;
}

/**
 * A user holding exactly `permissions` through one new role assigned on `orgUnitId` (the root unit by
 * default). Made through the directory use cases, so it counts against the quota like any account.
 */
export async function createUserWithPermissions(
  deps: CoreDeps | AppDeps,
  tenantId: string,
  permissions: readonly Permission[],
  opts: { orgUnitId?: string; displayName?: string; username?: string; personId?: string | null } = {},
): Promise<TestUser> {
  const core = coreOf(deps);
  const system: TenantContext = { tenantId, actor: { kind: 'system', name: 'test' } };
  const username = opts.username ?? `u${uniqueSuffix()}`;
  const orgUnitId = opts.orgUnitId ?? (await listOrgUnits(core, system)).find((u) => u.parentId === null)!.id;
  const role = await createRole(core, system, { nameTh: `บทบาท ${username}`, permissions: [...permissions] });
  const user = await createUser(core, system, {
    username,
    displayName: opts.displayName ?? `ผู้ใช้ ${username}`,
    password: TEST_PASSWORD,
    mustChangePassword: false,
    personId: opts.personId ?? null,
  });
  await assignRole(core, system, user.id, { roleId: role.id, orgUnitId });
  return {
    userId: user.id,
    username,
    password: TEST_PASSWORD,
    roleId: role.id,
    ctx: await contextFor(core, tenantId, user.id),
  };
}

/** Cookie-session headers for `app.inject()`: `headers` has both the cookie and the X-CSRF-Token writes need. */
export interface Session {
  cookie: string;
  csrf: string;
  headers: { cookie: string; 'x-csrf-token': string };
}

/** Logs in through POST /api/v1/auth/login and returns the session cookie and its CSRF token. */
export async function loginAs(
  app: FastifyInstance,
  tenantSlug: string,
  username: string,
  password: string,
): Promise<Session> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { tenant: tenantSlug, username, password },
  });
  if (res.statusCode !== 200)
    throw new Error(`login of ${username}@${tenantSlug} failed: ${res.statusCode} ${res.body}`);
  const set = res.headers['set-cookie'];
  const cookie = String(Array.isArray(set) ? set[0] : set).split(';')[0]!;
  const csrf = res.json().csrfToken as string;
  return { cookie, csrf, headers: { cookie, 'x-csrf-token': csrf } };
}

/** An API token for the context's user, as the Authorization header (Bearer: no CSRF token needed). */
export async function bearerFor(
  deps: CoreDeps | AppDeps,
  ctx: TenantContext,
): Promise<{ authorization: string }> {
  const { token } = await createApiToken(coreOf(deps), ctx, { name: `test ${uniqueSuffix()}` });
  return { authorization: `Bearer ${token}` };
}

/** Awaits a promise that must fail with the AppError `code`, and returns the error for further checks. */
export async function rejectsWith(promise: Promise<unknown>, code: ErrorCode): Promise<AppError> {
  try {
    await promise;
  } catch (e) {
    if (isAppError(e, code)) return e;
    throw new Error(`expected AppError ${code}, got ${e instanceof Error ? e.message : String(e)}`, {
      cause: e,
    });
  }
  throw new Error(`expected AppError ${code}, but it succeeded`);
}
