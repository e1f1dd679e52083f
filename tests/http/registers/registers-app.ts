/**
 * The app under test for the registers HTTP tests: a real server on its own database, two agencies, and
 * API tokens (Bearer, so no CSRF dance) for users holding exactly the permissions each test needs.
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { createAppDeps } from '../../../src/composition.ts';
import { loadConfig } from '../../../src/config/config.ts';
import { createApiToken } from '../../../src/domain/auth/account.ts';
import { Permission } from '../../../src/domain/directory/permissions.ts';
import type { AppDeps } from '../../../src/http/app-deps.ts';
import { buildServer } from '../../../src/http/app.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import {
  createTestTenant,
  createUnit,
  createUserWithPermissions,
  manualClock,
  type TestUser,
} from '../../db/registers/register-fixtures.ts';

/** A signed-in test user: who, and the Authorization header of their API token. */
export type ApiUser = TestUser & { auth: { authorization: string } };

/** Everything a registers HTTP test file needs. */
export interface RegistersApp {
  t: TestDatabase;
  app: FastifyInstance;
  deps: AppDeps;
  clock: ReturnType<typeof manualClock>;
  tenantId: string;
  tenantSlug: string;
  rootUnitId: string;
  divisionId: string;
  admin: ApiUser;
  clerk: ApiUser;
  nobody: ApiUser;
  /** The admin of agency B, whose ids must all answer 404 from agency A and the other way round. */
  bAdmin: ApiUser;
  bRootUnitId: string;
  call(user: ApiUser | null, opts: InjectOptions): Promise<LightMyRequestResponse>;
  /** Issues an API token for a user made by the fixtures. */
  signIn(user: TestUser): Promise<ApiUser>;
  close(): Promise<void>;
}

async function withToken(deps: AppDeps, user: TestUser): Promise<ApiUser> {
  const { token } = await createApiToken(deps.core, user.ctx, { name: 'test' });
  return { ...user, auth: { authorization: `Bearer ${token}` } };
}

/** Starts the app on a fresh database with agencies A (admin, clerk of a division, nobody) and B (admin). */
export async function startRegistersApp(): Promise<RegistersApp> {
  const t = await createTestDatabase();
  const clock = manualClock('2026-11-25T02:15:00Z');
  const deps = await createAppDeps({
    db: t.db,
    config: loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: t.url }),
    clock,
  });
  const app = await buildServer(deps);
  const a = await createTestTenant(t.db, deps.core);
  const divisionId = await createUnit(t.db, a.tenant.id, a.rootUnitId, 'กองกลาง', '04001.1');
  const user = async (permissions: Permission[], orgUnitId: string, displayName: string) =>
    withToken(
      deps,
      await createUserWithPermissions(t.db, a.tenant.id, permissions, { orgUnitId, displayName }),
    );
  const admin = await user([Permission.RegistersManage, Permission.LetterSearch], a.rootUnitId, 'ผู้ดูแลทะเบียน');
  const clerk = await user([Permission.NumberReserve, Permission.LetterSearch], divisionId, 'นายจอง เลขดี');
  const nobody = await user([], divisionId, 'ผู้ใช้ไม่มีสิทธิ์');
  const b = await createTestTenant(t.db, deps.core);
  const bAdmin = await withToken(
    deps,
    await createUserWithPermissions(t.db, b.tenant.id, Object.values(Permission), {
      orgUnitId: b.rootUnitId,
    }),
  );
  return {
    t,
    app,
    deps,
    clock,
    tenantId: a.tenant.id,
    tenantSlug: a.tenant.slug,
    rootUnitId: a.rootUnitId,
    divisionId,
    admin,
    clerk,
    nobody,
    bAdmin,
    bRootUnitId: b.rootUnitId,
    signIn: (u) => withToken(deps, u),
    call: (u, opts) => app.inject({ ...opts, headers: { ...(u ? u.auth : {}), ...(opts.headers ?? {}) } }),
    async close() {
      await app.close();
      await t.drop();
    },
  };
}
