import { sql } from 'kysely';
import type { OrgUnit } from '../../../contracts/directory.contract.ts';
import type { OrgUnitRepository, RowLock } from '../../domain/directory/ports.ts';
import type { Tx } from '../client.ts';

const count = sql<number>`count(*)::int`;

function toOrgUnit(r: {
  id: string;
  parent_id: string | null;
  name_th: string;
  name_en: string;
  short_name: string;
  owner_number: string | null;
}): OrgUnit {
  return {
    id: r.id,
    parentId: r.parent_id,
    nameTh: r.name_th,
    nameEn: r.name_en,
    shortName: r.short_name,
    ownerNumber: r.owner_number,
  };
}

const cols = ['id', 'parent_id', 'name_th', 'name_en', 'short_name', 'owner_number'] as const;

/** Org units; every query filters by tenant first. */
export function orgUnitRepository(tx: Tx): OrgUnitRepository {
  const getOrgUnit = async (tenantId: string, id: string, lock?: RowLock) => {
    const q = tx.selectFrom('org_units').select(cols).where('tenant_id', '=', tenantId).where('id', '=', id);
    const r = await (lock === 'update'
      ? q.forUpdate()
      : lock === 'share'
        ? q.forShare()
        : q
    ).executeTakeFirst();
    return r ? toOrgUnit(r) : null;
  };
  return {
    getOrgUnit,
    async insertOrgUnit(tenantId, u) {
      const r = await tx
        .insertInto('org_units')
        .values({
          tenant_id: tenantId,
          parent_id: u.parentId,
          name_th: u.nameTh,
          name_en: u.nameEn,
          short_name: u.shortName,
          owner_number: u.ownerNumber,
        })
        .returning(cols)
        .executeTakeFirstOrThrow();
      return toOrgUnit(r);
    },
    async listOrgUnits(tenantId) {
      const rows = await tx
        .selectFrom('org_units')
        .select(cols)
        .where('tenant_id', '=', tenantId)
        .orderBy('name_th')
        .orderBy('id')
        .execute();
      return rows.map(toOrgUnit);
    },
    async updateOrgUnit(tenantId, id, p) {
      const values = {
        parent_id: p.parentId,
        name_th: p.nameTh,
        name_en: p.nameEn,
        short_name: p.shortName,
        owner_number: p.ownerNumber,
      };
      if (Object.values(values).every((v) => v === undefined)) return getOrgUnit(tenantId, id);
      const r = await tx
        .updateTable('org_units')
        .set(values)
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .returning(cols)
        .executeTakeFirst();
      return r ? toOrgUnit(r) : null;
    },
    async orgUnitUsage(tenantId, id) {
      // One round trip; each sub-count uses an index leading with (tenant_id, <unit column>).
      // Letters do not exist yet: when they do, count the letters filed under the unit here too.
      const r = await tx
        .selectNoFrom((eb) => [
          eb
            .selectFrom('org_units')
            .select(count.as('n'))
            .where('tenant_id', '=', tenantId)
            .where('parent_id', '=', id)
            .as('children'),
          eb
            .selectFrom('registers')
            .select(count.as('n'))
            .where('tenant_id', '=', tenantId)
            .where('org_unit_id', '=', id)
            .as('registers'),
          eb
            .selectFrom('people')
            .select(count.as('n'))
            .where('tenant_id', '=', tenantId)
            .where('org_unit_id', '=', id)
            .as('people'),
          eb
            .selectFrom('positions')
            .select(count.as('n'))
            .where('tenant_id', '=', tenantId)
            .where('org_unit_id', '=', id)
            .as('positions'),
          eb
            .selectFrom('role_assignments')
            .select(count.as('n'))
            .where('tenant_id', '=', tenantId)
            .where('org_unit_id', '=', id)
            .as('role_assignments'),
        ])
        .executeTakeFirstOrThrow();
      return {
        children: r.children ?? 0,
        registers: r.registers ?? 0,
        people: r.people ?? 0,
        positions: r.positions ?? 0,
        roleAssignments: r.role_assignments ?? 0,
      };
    },
    async deleteOrgUnit(tenantId, id) {
      const r = await tx
        .deleteFrom('org_units')
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
  };
}
