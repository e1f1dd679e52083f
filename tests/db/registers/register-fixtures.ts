/**
 * Minimal fixtures for the registers tests (until tests/support/factories.ts lands): an agency of its own,
 * org units, and users holding exactly the permissions a test needs, on one role per user.
 */
import { randomBytes } from 'node:crypto';
import type { Tenant } from '../../../contracts/tenancy.contract.ts';
import { argon2Hasher } from '../../../src/adapters/crypto/argon2-hasher.ts';
import type { Db } from '../../../src/db/client.ts';
import { createUnitOfWork } from '../../../src/db/unit-of-work.ts';
import type { Permission } from '../../../src/domain/directory/permissions.ts';
import type { Clock, TenantContext, UserActor } from '../../../src/domain/shared/context.ts';
import type { CoreDeps } from '../../../src/domain/shared/deps.ts';
import { createTenant } from '../../../src/domain/tenancy/create-tenant.ts';

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

/** Core dependencies on a test database, with the given clock. */
export function testDeps(db: Db, clock: Clock = { now: () => new Date() }): CoreDeps {
  return { uow: createUnitOfWork(db), passwords: argon2Hasher, clock };
}

/** A new agency (random slug) with its root unit, and a system context acting in it. */
export async function createTestTenant(
  db: Db,
  deps: CoreDeps,
  opts: { digitStyle?: 'thai' | 'arabic' } = {},
): Promise<{ tenant: Tenant; rootUnitId: string; systemCtx: TenantContext }> {
  const slug = `reg-${randomBytes(4).toString('hex')}`;
  const tenant = await createTenant(
    deps,
    { kind: 'system', name: 'test' },
    {
      slug,
      nameTh: `หน่วยงานทดสอบ ${slug}`,
      nameEn: '',
      ministry: '',
      department: '',
      letterCode: 'ศธ',
      ownerNumber: '04001',
      userQuota: 100,
      digitStyle: opts.digitStyle ?? 'thai',
      admin: { username: 'admin', displayName: 'ผู้ดูแลระบบ', password: 'secret123' },
    },
    undefined,
    { adminMustChangePassword: false },
  );
  const root = await db
    .selectFrom('org_units')
    .select('id')
    .where('tenant_id', '=', tenant.id)
    .where('parent_id', 'is', null)
    .executeTakeFirstOrThrow();
  return {
    tenant,
    rootUnitId: root.id,
    systemCtx: { tenantId: tenant.id, actor: { kind: 'system', name: 'test' } },
  };
}

/** A unit under `parentId`, optionally with its own owner number. */
export async function createUnit(
  db: Db,
  tenantId: string,
  parentId: string,
  nameTh: string,
  ownerNumber: string | null = null,
) {
  const row = await db
    .insertInto('org_units')
    .values({ tenant_id: tenantId, parent_id: parentId, name_th: nameTh, owner_number: ownerNumber })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A test user with its password, and the context of a request made by them. */
export interface TestUser {
  userId: string;
  username: string;
  password: string;
  ctx: TenantContext & { actor: UserActor };
}

/**
 * A user holding `permissions` through one role assigned on `orgUnitId`. The password is hashed only when
 * asked for (`withPassword`), since argon2 is deliberately slow.
 */
export async function createUserWithPermissions(
  db: Db,
  tenantId: string,
  permissions: readonly Permission[],
  opts: { orgUnitId: string; displayName?: string; withPassword?: boolean },
): Promise<TestUser> {
  const username = `u${randomBytes(4).toString('hex')}`;
  const password = 'secret123';
  const displayName = opts.displayName ?? `ผู้ใช้ ${username}`;
  const passwordHash = opts.withPassword ? await argon2Hasher.hash(password) : 'not-a-hash';
  const user = await db
    .insertInto('users')
    .values({
      tenant_id: tenantId,
      username,
      display_name: displayName,
      password_hash: passwordHash,
      person_id: null,
      starts_on: null,
      ends_on: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const role = await db
    .insertInto('roles')
    .values({ tenant_id: tenantId, key: null, name_th: `บทบาท ${username}`, permissions: [...permissions] })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('role_assignments')
    .values({
      tenant_id: tenantId,
      user_id: user.id,
      role_id: role.id,
      org_unit_id: opts.orgUnitId,
      starts_on: null,
      ends_on: null,
    })
    .execute();
  const actor: UserActor = {
    kind: 'user',
    tenantId,
    userId: user.id,
    personId: null,
    name: displayName,
    grants: [{ roleId: role.id, orgUnitId: opts.orgUnitId, permissions: new Set(permissions) }],
  };
  return { userId: user.id, username, password, ctx: { tenantId, actor, requestId: `test-${username}` } };
}
