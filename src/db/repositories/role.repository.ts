import { sql } from 'kysely';
import type { Role } from '../../../contracts/directory.contract.ts';
import type { RoleRepository, RowLock } from '../../domain/directory/ports.ts';
import type { Tx } from '../client.ts';
import { mapUniqueViolation } from './unique-violation.ts';

const uniqueIndexes = { roles_name: 'ROLE_NAME_TAKEN' } as const;

/** Roles with their assignment counts; every query filters by tenant first. */
export function roleRepository(tx: Tx): RoleRepository {
  const base = (tenantId: string) =>
    tx
      .selectFrom('roles as r')
      .select(['r.id', 'r.key', 'r.name_th', 'r.name_en', 'r.permissions'])
      .select((eb) =>
        eb
          .selectFrom('role_assignments as a')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('a.tenant_id', '=', 'r.tenant_id')
          .whereRef('a.role_id', '=', 'r.id')
          .as('assignments'),
      )
      .where('r.tenant_id', '=', tenantId);
  type Row = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];
  const toRole = (r: Row): Role => ({
    id: r.id,
    key: r.key,
    nameTh: r.name_th,
    nameEn: r.name_en,
    permissions: r.permissions,
    assignments: r.assignments ?? 0,
  });
  const getRole = async (tenantId: string, id: string, lock?: RowLock) => {
    const q = base(tenantId).where('r.id', '=', id);
    const r = await (lock === 'update'
      ? q.forUpdate('r')
      : lock === 'share'
        ? q.forShare('r')
        : q
    ).executeTakeFirst();
    return r ? toRole(r) : null;
  };

  return {
    getRole,
    async insertRole(tenantId, role) {
      const r = await mapUniqueViolation(
        () =>
          tx
            .insertInto('roles')
            .values({
              tenant_id: tenantId,
              key: role.key,
              name_th: role.nameTh,
              name_en: role.nameEn,
              permissions: [...role.permissions],
            })
            .returningAll()
            .executeTakeFirstOrThrow(),
        uniqueIndexes,
        { nameTh: role.nameTh },
      );
      return {
        id: r.id,
        key: r.key,
        nameTh: r.name_th,
        nameEn: r.name_en,
        permissions: r.permissions,
        assignments: 0,
      };
    },
    async listRoles(tenantId) {
      const rows = await base(tenantId).orderBy('r.name_th').orderBy('r.id').execute();
      return rows.map(toRole);
    },
    async findRoleByName(tenantId, nameTh) {
      const r = await base(tenantId).where('r.name_th', '=', nameTh).executeTakeFirst();
      return r ? toRole(r) : null;
    },
    async updateRole(tenantId, id, p) {
      const values = {
        name_th: p.nameTh,
        name_en: p.nameEn,
        permissions: p.permissions ? [...p.permissions] : undefined,
      };
      if (Object.values(values).every((v) => v === undefined)) return getRole(tenantId, id);
      const r = await mapUniqueViolation(
        () =>
          tx
            .updateTable('roles')
            .set(values)
            .where('tenant_id', '=', tenantId)
            .where('id', '=', id)
            .executeTakeFirst(),
        uniqueIndexes,
        { nameTh: p.nameTh },
      );
      return Number(r.numUpdatedRows) > 0 ? getRole(tenantId, id) : null;
    },
    async deleteRole(tenantId, id) {
      const r = await tx
        .deleteFrom('roles')
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
  };
}
