import { sql } from 'kysely';
import type { Position } from '../../../contracts/directory.contract.ts';
import type { PositionRepository, RowLock } from '../../domain/directory/ports.ts';
import type { Tx } from '../client.ts';

const cols = ['id', 'org_unit_id', 'title_th', 'signature_title', 'is_executive'] as const;

function toPosition(r: {
  id: string;
  org_unit_id: string;
  title_th: string;
  signature_title: string;
  is_executive: boolean;
}): Position {
  return {
    id: r.id,
    orgUnitId: r.org_unit_id,
    titleTh: r.title_th,
    signatureTitle: r.signature_title,
    isExecutive: r.is_executive,
  };
}

/** Positions; every query filters by tenant first. */
export function positionRepository(tx: Tx): PositionRepository {
  const byId = (tenantId: string, id: string) =>
    tx.selectFrom('positions').select(cols).where('tenant_id', '=', tenantId).where('id', '=', id);
  const getPosition = async (tenantId: string, id: string, lock?: RowLock) => {
    const q = byId(tenantId, id);
    const r = await (lock === 'update'
      ? q.forUpdate()
      : lock === 'share'
        ? q.forShare()
        : q
    ).executeTakeFirst();
    return r ? toPosition(r) : null;
  };
  return {
    getPosition,
    async listPositions(tenantId, q) {
      let query = tx.selectFrom('positions').select(cols).where('tenant_id', '=', tenantId);
      if (q.orgUnitId) query = query.where('org_unit_id', '=', q.orgUnitId);
      const rows = await query.orderBy('title_th').orderBy('id').execute();
      return rows.map(toPosition);
    },
    async insertPosition(tenantId, p) {
      const r = await tx
        .insertInto('positions')
        .values({
          tenant_id: tenantId,
          org_unit_id: p.orgUnitId,
          title_th: p.titleTh,
          signature_title: p.signatureTitle,
          is_executive: p.isExecutive,
        })
        .returning(cols)
        .executeTakeFirstOrThrow();
      return toPosition(r);
    },
    async updatePosition(tenantId, id, p) {
      const values = {
        org_unit_id: p.orgUnitId,
        title_th: p.titleTh,
        signature_title: p.signatureTitle,
        is_executive: p.isExecutive,
      };
      if (Object.values(values).every((v) => v === undefined)) return getPosition(tenantId, id);
      const r = await tx
        .updateTable('positions')
        .set(values)
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .returning(cols)
        .executeTakeFirst();
      return r ? toPosition(r) : null;
    },
    async countAppointmentsOfPosition(tenantId, id) {
      const r = await tx
        .selectFrom('appointments')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('tenant_id', '=', tenantId)
        .where('position_id', '=', id)
        .executeTakeFirstOrThrow();
      return r.n;
    },
    async deletePosition(tenantId, id) {
      const r = await tx
        .deleteFrom('positions')
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
  };
}
