import { sql } from 'kysely';
import type { DirectoryRepository } from '../../domain/directory/ports.ts';
import type { Tx } from '../client.ts';

/** The agency's structure, people, users and roles; every query filters by tenant first. */
export function directoryRepository(tx: Tx): DirectoryRepository {
  return {
    async insertOrgUnit(tenantId, u) {
      const r = await tx
        .insertInto('org_units')
        .values({ tenant_id: tenantId, parent_id: u.parentId, name_th: u.nameTh, name_en: u.nameEn, short_name: u.shortName, owner_number: u.ownerNumber })
        .returningAll()
        .executeTakeFirstOrThrow();
      return { id: r.id, parentId: r.parent_id, nameTh: r.name_th, nameEn: r.name_en, shortName: r.short_name, ownerNumber: r.owner_number };
    },
    async insertRole(tenantId, role) {
      const r = await tx
        .insertInto('roles')
        .values({ tenant_id: tenantId, key: role.key, name_th: role.nameTh, name_en: role.nameEn, permissions: [...role.permissions] })
        .returningAll()
        .executeTakeFirstOrThrow();
      return { id: r.id, key: r.key, nameTh: r.name_th, nameEn: r.name_en, permissions: r.permissions, assignments: 0 };
    },
    async insertUser(tenantId, u) {
      const r = await tx
        .insertInto('users')
        .values({
          tenant_id: tenantId, person_id: u.personId, username: u.username, display_name: u.displayName,
          password_hash: u.passwordHash, starts_on: u.startsOn, ends_on: u.endsOn, disabled: u.disabled,
          must_change_password: u.mustChangePassword, note: u.note,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    },
    async insertRoleAssignment(tenantId, a) {
      const r = await tx
        .insertInto('role_assignments')
        .values({ tenant_id: tenantId, user_id: a.userId, role_id: a.roleId, org_unit_id: a.orgUnitId, starts_on: a.startsOn, ends_on: a.endsOn })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
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
    async listActiveGrants(tenantId, userId, today) {
      const rows = await tx
        .selectFrom('role_assignments as a')
        .innerJoin('roles as r', (j) => j.onRef('r.tenant_id', '=', 'a.tenant_id').onRef('r.id', '=', 'a.role_id'))
        .innerJoin('org_units as u', (j) => j.onRef('u.tenant_id', '=', 'a.tenant_id').onRef('u.id', '=', 'a.org_unit_id'))
        .select(['a.role_id', 'r.name_th as role_name', 'r.permissions', 'a.org_unit_id', 'u.name_th as unit_name'])
        .where('a.tenant_id', '=', tenantId)
        .where('a.user_id', '=', userId)
        .where((eb) => eb.or([eb('a.starts_on', 'is', null), eb('a.starts_on', '<=', today)]))
        .where((eb) => eb.or([eb('a.ends_on', 'is', null), eb('a.ends_on', '>=', today)]))
        .orderBy('r.name_th')
        .execute();
      return rows.map((r) => ({ roleId: r.role_id, roleName: r.role_name, permissions: r.permissions, orgUnitId: r.org_unit_id, orgUnitName: r.unit_name }));
    },
  };
}
