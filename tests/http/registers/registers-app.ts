/**
 * The app under test for the registers HTTP tests: a real server on its own database with a manual clock,
 * agencies A and B, and API tokens (Bearer, so no CSRF dance) for users holding exactly the permissions
 * each test needs.
 */
import assert from 'node:assert/strict';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { Permission } from '../../../src/domain/directory/permissions.ts';
import type { AppDeps } from '../../../src/http/app-deps.ts';
import {
  bearerFor,
  buildTestApp,
  createTestTenant,
  createUserWithPermissions,
  manualClock,
  type TestUser,
} from '../../support/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import { createUnit } from '../../db/registers/register-fixtures.ts';

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
  /** Creates a register through POST /registers as `user`, asserting that it succeeds; returns its id. */
  createRegister(user: ApiUser, orgUnitId: string, kind: string, name: string): Promise<string>;
  /** A user holding `permissions` on `orgUnitId`, with an API token. */
  user(permissions: Permission[], orgUnitId: string, displayName?: string): Promise<ApiUser>;
  close(): Promise<void>;
}

/** Starts the app on a fresh database with agencies A (admin, clerk of a division, nobody) and B (admin). */
export async function startRegistersApp(): Promise<RegistersApp> {
  const t = await createTestDatabase();
  const clock = manualClock('2026-11-25T02:15:00Z');
  const { app, deps } = await buildTestApp(t.db, { clock });
  const signedIn = async (u: TestUser): Promise<ApiUser> => ({ ...u, auth: await bearerFor(deps, u.ctx) });
  const a = await createTestTenant(deps);
  const divisionId = await createUnit(deps, a.tenant.id, a.rootUnitId, 'กองกลาง', '04001.1');
  const user = async (permissions: Permission[], orgUnitId: string, displayName?: string) =>
    signedIn(await createUserWithPermissions(deps, a.tenant.id, permissions, { orgUnitId, displayName }));
  const admin = await user([Permission.RegistersManage, Permission.LetterSearch], a.rootUnitId, 'ผู้ดูแลทะเบียน');
  const clerk = await user([Permission.NumberReserve, Permission.LetterSearch], divisionId, 'นายจอง เลขดี');
  const nobody = await user([], divisionId, 'ผู้ใช้ไม่มีสิทธิ์');
  const b = await createTestTenant(deps);
  const bAdmin = await signedIn(
    await createUserWithPermissions(deps, b.tenant.id, Object.values(Permission)),
  );
  const call: RegistersApp['call'] = (u, opts) =>
    app.inject({ ...opts, headers: { ...(u ? u.auth : {}), ...(opts.headers ?? {}) } });
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
    user,
    call,
    async createRegister(u, orgUnitId, kind, name) {
      const res = await call(u, {
        method: 'POST',
        url: '/api/v1/registers',
        payload: { orgUnitId, kind, name },
      });
      assert.equal(res.statusCode, 200, res.body);
      return res.json().id as string;
    },
    async close() {
      await app.close();
      await t.drop();
    },
  };
}
