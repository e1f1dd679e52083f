import { sql } from 'kysely';
import type { RoleAssignment, User } from '../../../contracts/directory.contract.ts';
import type { UserRepository } from '../../domain/directory/ports.ts';
import type { Tx } from '../client.ts';
import { mapUniqueViolation } from './unique-violation.ts';
import { containsPattern } from './like.ts';

const uniqueIndexes = { users_username: 'USER_USERNAME_TAKEN', users_person: 'USER_PERSON_LINKED' } as const;
const userCols = [
  'id',
  'person_id',
  'username',
  'display_name',
  'starts_on',
  'ends_on',
  'disabled',
  'must_change_password',
  'totp_enabled',
  'locked_until',
  'last_login_at',
  'note',
] as const;
const iso = (d: Date | null) => (d ? d.toISOString() : null);
const likeOf = containsPattern;
// Active on a day: no bound, or the day within [starts_on, ends_on]; both ends inclusive.
const activeOn = (alias: 'u' | 'a', today: string) =>
  sql<boolean>`(${sql.ref(`${alias}.starts_on`)} IS NULL OR ${sql.ref(`${alias}.starts_on`)} <= ${today})
    AND (${sql.ref(`${alias}.ends_on`)} IS NULL OR ${sql.ref(`${alias}.ends_on`)} >= ${today})`;

/** User accounts and role assignments; every query filters by tenant first (joins repeat it). */
export function userRepository(tx: Tx): UserRepository {
  const assignments = (tenantId: string) =>
    tx
      .selectFrom('role_assignments as a')
      .innerJoin('roles as r', (j) =>
        j.onRef('r.tenant_id', '=', 'a.tenant_id').onRef('r.id', '=', 'a.role_id'),
      )
      .innerJoin('org_units as o', (j) =>
        j.onRef('o.tenant_id', '=', 'a.tenant_id').onRef('o.id', '=', 'a.org_unit_id'),
      )
      .select([
        'a.id',
        'a.user_id',
        'a.role_id',
        'r.name_th as role_name',
        'a.org_unit_id',
        'o.name_th as unit_name',
        'a.starts_on',
        'a.ends_on',
      ])
      .where('a.tenant_id', '=', tenantId);
  type AssignmentRow = Awaited<ReturnType<ReturnType<typeof assignments>['execute']>>[number];
  const toAssignment = (r: AssignmentRow): RoleAssignment => ({
    id: r.id,
    roleId: r.role_id,
    roleName: r.role_name,
    orgUnitId: r.org_unit_id,
    orgUnitName: r.unit_name,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
  });

  const users = (tenantId: string) =>
    tx
      .selectFrom('users as u')
      .select(userCols.map((c) => `u.${c}` as const))
      .where('u.tenant_id', '=', tenantId);
  type UserRow = Awaited<ReturnType<ReturnType<typeof users>['execute']>>[number];

  /** Attaches every user's role assignments with one query for the whole page. */
  const withRoles = async (tenantId: string, rows: UserRow[]): Promise<User[]> => {
    if (rows.length === 0) return [];
    const roleRows = await assignments(tenantId)
      .where(
        'a.user_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('r.name_th')
      .orderBy('o.name_th')
      .orderBy('a.id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      personId: r.person_id,
      username: r.username,
      displayName: r.display_name,
      startsOn: r.starts_on,
      endsOn: r.ends_on,
      disabled: r.disabled,
      mustChangePassword: r.must_change_password,
      totpEnabled: r.totp_enabled,
      lockedUntil: iso(r.locked_until),
      lastLoginAt: iso(r.last_login_at),
      note: r.note,
      roles: roleRows.filter((a) => a.user_id === r.id).map(toAssignment),
    }));
  };

  return {
    async insertUser(tenantId, u) {
      const r = await mapUniqueViolation(
        () =>
          tx
            .insertInto('users')
            .values({
              tenant_id: tenantId,
              person_id: u.personId,
              username: u.username,
              display_name: u.displayName,
              password_hash: u.passwordHash,
              starts_on: u.startsOn,
              ends_on: u.endsOn,
              disabled: u.disabled,
              must_change_password: u.mustChangePassword,
              note: u.note,
            })
            .returning('id')
            .executeTakeFirstOrThrow(),
        uniqueIndexes,
        { username: u.username },
      );
      return r.id;
    },
    async listUsers(tenantId, q) {
      let query = users(tenantId);
      if (q.q) {
        const like = likeOf(q.q);
        query = query.where((eb) =>
          eb.or([eb('u.username', 'ilike', like), eb('u.display_name', 'ilike', like)]),
        );
      }
      const [rows, n] = await Promise.all([
        query.orderBy('u.display_name').orderBy('u.id').limit(q.limit).offset(q.offset).execute(),
        query.clearSelect().select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: await withRoles(tenantId, rows), total: n.n };
    },
    async getUser(tenantId, id) {
      const r = await users(tenantId).where('u.id', '=', id).executeTakeFirst();
      return r ? ((await withRoles(tenantId, [r]))[0] ?? null) : null;
    },
    async findUserIdByUsername(tenantId, username) {
      const r = await tx
        .selectFrom('users')
        .select('id')
        .where('tenant_id', '=', tenantId)
        .where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
        .executeTakeFirst();
      return r?.id ?? null;
    },
    async findUserIdByPerson(tenantId, personId) {
      const r = await tx
        .selectFrom('users')
        .select('id')
        .where('tenant_id', '=', tenantId)
        .where('person_id', '=', personId)
        .executeTakeFirst();
      return r?.id ?? null;
    },
    async updateUser(tenantId, id, p) {
      const values = {
        person_id: p.personId,
        display_name: p.displayName,
        starts_on: p.startsOn,
        ends_on: p.endsOn,
        disabled: p.disabled,
        note: p.note,
      };
      const r = await mapUniqueViolation(
        () =>
          tx
            .updateTable('users')
            .set({ ...values, updated_at: new Date() })
            .where('tenant_id', '=', tenantId)
            .where('id', '=', id)
            .executeTakeFirst(),
        uniqueIndexes,
      );
      return Number(r.numUpdatedRows) > 0;
    },
    async unlockUser(tenantId, id) {
      const r = await tx
        .updateTable('users')
        .set({ failed_logins: 0, locked_until: null, updated_at: new Date() })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },
    async deleteUser(tenantId, id) {
      // Role assignments and API tokens go with the user (ON DELETE CASCADE).
      const r = await tx
        .deleteFrom('users')
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
    async countUsersInUse(tenantId) {
      const r = await tx
        .selectFrom('users')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('tenant_id', '=', tenantId)
        .where('disabled', '=', false)
        .executeTakeFirstOrThrow();
      return r.n;
    },
    async insertRoleAssignment(tenantId, a) {
      const r = await tx
        .insertInto('role_assignments')
        .values({
          tenant_id: tenantId,
          user_id: a.userId,
          role_id: a.roleId,
          org_unit_id: a.orgUnitId,
          starts_on: a.startsOn,
          ends_on: a.endsOn,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    },
    async getRoleAssignment(tenantId, userId, id) {
      const r = await assignments(tenantId)
        .where('a.user_id', '=', userId)
        .where('a.id', '=', id)
        .executeTakeFirst();
      return r ? toAssignment(r) : null;
    },
    async deleteRoleAssignment(tenantId, userId, id) {
      const r = await tx
        .deleteFrom('role_assignments')
        .where('tenant_id', '=', tenantId)
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
    async listActiveGrants(tenantId, userId, today) {
      const rows = await tx
        .selectFrom('role_assignments as a')
        .innerJoin('roles as r', (j) =>
          j.onRef('r.tenant_id', '=', 'a.tenant_id').onRef('r.id', '=', 'a.role_id'),
        )
        .innerJoin('org_units as u', (j) =>
          j.onRef('u.tenant_id', '=', 'a.tenant_id').onRef('u.id', '=', 'a.org_unit_id'),
        )
        .select([
          'a.role_id',
          'r.name_th as role_name',
          'r.permissions',
          'a.org_unit_id',
          'u.name_th as unit_name',
        ])
        .where('a.tenant_id', '=', tenantId)
        .where('a.user_id', '=', userId)
        .where(activeOn('a', today))
        .orderBy('r.name_th')
        .execute();
      return rows.map((r) => ({
        roleId: r.role_id,
        roleName: r.role_name,
        permissions: r.permissions,
        orgUnitId: r.org_unit_id,
        orgUnitName: r.unit_name,
      }));
    },
    async countActiveHolders(tenantId, permission, today) {
      const r = await tx
        .selectFrom('users as u')
        .innerJoin('role_assignments as a', (j) =>
          j.onRef('a.tenant_id', '=', 'u.tenant_id').onRef('a.user_id', '=', 'u.id'),
        )
        .innerJoin('roles as r', (j) =>
          j.onRef('r.tenant_id', '=', 'a.tenant_id').onRef('r.id', '=', 'a.role_id'),
        )
        .select(sql<number>`count(DISTINCT u.id)::int`.as('n'))
        .where('u.tenant_id', '=', tenantId)
        .where('u.disabled', '=', false)
        .where(activeOn('u', today))
        .where(activeOn('a', today))
        .where(sql<boolean>`${permission} = ANY(r.permissions)`)
        .executeTakeFirstOrThrow();
      return r.n;
    },
  };
}
