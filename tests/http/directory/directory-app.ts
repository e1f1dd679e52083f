/**
 * The app under test for the directory HTTP tests: agencies A and B, each with one of everything
 * (unit, position, person, appointment, user with a role), an admin session on A, a user of A without
 * admin permissions, and B's admin by API token. `guardTests` writes the checks every route must pass.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import {
  assignRole,
  createAppointment,
  createOrgUnit,
  createPerson,
  createPosition,
  createRole,
  createUser,
} from '../../../src/domain/directory/index.ts';
import { Permission } from '../../../src/domain/directory/permissions.ts';
import type { TenantContext } from '../../../src/domain/shared/context.ts';
import type { AppDeps } from '../../../src/http/app-deps.ts';
import {
  bearerFor,
  buildTestApp,
  createTestTenant,
  createUserWithPermissions,
  loginAs,
  randomNationalId,
  type Session,
  type TestTenant,
  uniqueSuffix,
} from '../../support/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';

/** Ids of one of everything in an agency. */
export interface DirectoryObjects {
  unitId: string;
  positionId: string;
  personId: string;
  appointmentId: string;
  userId: string;
  roleId: string;
  assignmentId: string;
}

/** Who calls: a cookie session, a Bearer header, or nobody. */
export type Caller = Session | { authorization: string } | null;

/** Everything a directory HTTP test file needs. */
export interface DirectoryApp {
  t: TestDatabase;
  app: FastifyInstance;
  deps: AppDeps;
  a: TestTenant & { objects: DirectoryObjects };
  b: TestTenant & { objects: DirectoryObjects };
  /** A's admin, signed in with a cookie session. */
  admin: Session;
  /** A user of A holding only Permission.LetterSearch, signed in with a cookie session. */
  nobody: Session;
  /** B's admin by API token. */
  bAdmin: { authorization: string };
  call(caller: Caller, opts: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** Creates one of everything in the agency, through the use cases. */
export async function seedObjects(
  deps: AppDeps,
  ctx: TenantContext,
  rootUnitId: string,
): Promise<DirectoryObjects> {
  const core = deps.core;
  const unit = await createOrgUnit(core, ctx, { parentId: rootUnitId, nameTh: `กอง ${uniqueSuffix()}` });
  const position = await createPosition(core, ctx, {
    orgUnitId: unit.id,
    titleTh: 'ผู้อำนวยการกอง',
    signatureTitle: 'ผู้อำนวยการกองกลาง',
  });
  const person = await createPerson(core, ctx, {
    orgUnitId: unit.id,
    title: 'นาย',
    nameTh: `สมชาย ${uniqueSuffix()}`,
    nationalId: randomNationalId(),
  });
  const appointment = await createAppointment(core, ctx, {
    positionId: position.id,
    personId: person.id,
    kind: 'regular',
    startsOn: '2025-01-01',
  });
  const role = await createRole(core, ctx, {
    nameTh: `บทบาท ${uniqueSuffix()}`,
    permissions: [Permission.LetterSearch],
  });
  const user = await createUser(core, ctx, {
    username: `u${uniqueSuffix()}`,
    displayName: 'ผู้ใช้ทดสอบ',
    password: 'secret123',
    personId: person.id,
  });
  const withRole = await assignRole(core, ctx, user.id, { roleId: role.id, orgUnitId: unit.id });
  return {
    unitId: unit.id,
    positionId: position.id,
    personId: person.id,
    appointmentId: appointment.id,
    userId: user.id,
    roleId: role.id,
    assignmentId: withRole.roles[0]!.id,
  };
}

/** Starts the app on a fresh database with agencies A and B. */
export async function startDirectoryApp(): Promise<DirectoryApp> {
  const t = await createTestDatabase();
  const { app, deps } = await buildTestApp(t.db);
  const tenantWithObjects = async () => {
    const tenant = await createTestTenant(deps);
    return { ...tenant, objects: await seedObjects(deps, tenant.systemCtx, tenant.rootUnitId) };
  };
  const [a, b] = await Promise.all([tenantWithObjects(), tenantWithObjects()]);
  const plain = await createUserWithPermissions(deps, a.tenant.id, [Permission.LetterSearch]);
  const admin = await loginAs(app, a.tenant.slug, a.admin.username, a.admin.password);
  const nobody = await loginAs(app, a.tenant.slug, plain.username, plain.password);
  const bAdmin = await bearerFor(deps, b.adminCtx);
  const call = (caller: Caller, opts: InjectOptions) =>
    app.inject({
      ...opts,
      headers: {
        ...(caller && 'headers' in caller ? caller.headers : (caller ?? {})),
        ...(opts.headers ?? {}),
      },
    });
  return {
    t,
    app,
    deps,
    a,
    b,
    admin,
    nobody,
    bAdmin,
    call,
    async close() {
      await app.close();
      await t.drop();
    },
  };
}

/** A request: method, url and (for writes) body. */
export interface Req {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  payload?: object;
}

/** One route's guard checks: the valid request, and the variants that must fail. */
export interface GuardCase {
  operationId: string;
  /**
   * A valid request on an agency's objects: A's for the 401 and 403 checks (not sent with admin rights, so it
   * changes nothing), B's for `foreign` given as a code.
   */
  valid: (objects: DirectoryObjects) => Req;
  /** The permission required; null when any signed-in user of the agency may call it. */
  permission: Permission | null;
  /**
   * The 404 code expected when A's admin sends the valid request on agency B's objects; or, where that is not
   * the request to try, a request of its own naming one of B's ids, with the code.
   */
  foreign?: string | (() => Req & { code: string });
  /** An invalid request: 400 VALIDATION_FAILED. */
  bad?: () => Req;
}

/**
 * For every case: 401 without a session, 403 (or 2xx for open reads) for a user without the permission,
 * 404 for another agency's ids, 400 on bad input.
 */
export function guardTests(env: () => DirectoryApp, cases: readonly GuardCase[]): void {
  for (const c of cases) {
    describe(`${c.operationId} guards`, () => {
      it('answers 401 without a session', async () => {
        const res = await env().call(null, c.valid(env().a.objects));
        assert.equal(res.statusCode, 401, res.body);
        assert.equal(res.json().error.code, 'AUTH_REQUIRED');
      });

      if (c.permission === null) {
        it('is open to a signed-in user without admin permissions', async () => {
          const res = await env().call(env().nobody, c.valid(env().a.objects));
          assert.equal(res.statusCode, 200, res.body);
        });
      } else {
        it(`answers 403 to a user without ${c.permission}`, async () => {
          const res = await env().call(env().nobody, c.valid(env().a.objects));
          assert.equal(res.statusCode, 403, res.body);
          assert.equal(res.json().error.code, 'PERMISSION_DENIED');
        });
      }

      const foreign = c.foreign;
      if (foreign) {
        it("answers 404 for another agency's id, like a missing one", async () => {
          const { code, ...req } =
            typeof foreign === 'string' ? { ...c.valid(env().b.objects), code: foreign } : foreign();
          const res = await env().call(env().admin, req);
          assert.equal(res.statusCode, 404, res.body);
          assert.equal(res.json().error.code, code);
        });
      }

      const bad = c.bad;
      if (bad) {
        it('answers 400 on bad input, naming the field', async () => {
          const res = await env().call(env().admin, bad());
          assert.equal(res.statusCode, 400, res.body);
          assert.equal(res.json().error.code, 'VALIDATION_FAILED');
          assert.ok(res.json().error.details.issues.length > 0);
        });
      }
    });
  }
}
