import type { Appointment } from '../../../contracts/directory.contract.ts';
import type { AppointmentRepository } from '../../domain/directory/ports.ts';
import type { Tx } from '../client.ts';

/** Appointments of people to positions; every query filters by tenant first (joins repeat it). */
export function appointmentRepository(tx: Tx): AppointmentRepository {
  const base = (tenantId: string) =>
    tx
      .selectFrom('appointments as a')
      .innerJoin('positions as p', (j) =>
        j.onRef('p.tenant_id', '=', 'a.tenant_id').onRef('p.id', '=', 'a.position_id'),
      )
      .innerJoin('people as pe', (j) =>
        j.onRef('pe.tenant_id', '=', 'a.tenant_id').onRef('pe.id', '=', 'a.person_id'),
      )
      .select([
        'a.id',
        'a.position_id',
        'a.person_id',
        'pe.name_th as person_name',
        'p.title_th as position_title',
        'a.kind',
        'a.committee_role',
        'a.authority_ref',
        'a.starts_on',
        'a.ends_on',
        'p.org_unit_id',
        'p.signature_title',
      ])
      .where('a.tenant_id', '=', tenantId);
  type Row = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];
  const toAppointment = (r: Row): Appointment => ({
    id: r.id,
    positionId: r.position_id,
    personId: r.person_id,
    personName: r.person_name,
    positionTitle: r.position_title,
    kind: r.kind,
    committeeRole: r.committee_role,
    authorityRef: r.authority_ref,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
  });
  const getAppointment = async (tenantId: string, id: string) => {
    const r = await base(tenantId).where('a.id', '=', id).executeTakeFirst();
    return r ? toAppointment(r) : null;
  };
  // A date range [from, to] (to null = open-ended) meets the appointment's range, both ends inclusive.
  const activeBetween = (query: ReturnType<typeof base>, from: string, to: string | null) => {
    let q = query.where((eb) => eb.or([eb('a.ends_on', 'is', null), eb('a.ends_on', '>=', from)]));
    if (to !== null) q = q.where('a.starts_on', '<=', to);
    return q;
  };

  return {
    getAppointment,
    async listAppointments(tenantId, f) {
      let q = base(tenantId);
      if (f.positionId) q = q.where('a.position_id', '=', f.positionId);
      if (f.personId) q = q.where('a.person_id', '=', f.personId);
      if (f.activeOn) q = activeBetween(q, f.activeOn, f.activeOn);
      if (f.overlaps) q = activeBetween(q, f.overlaps.startsOn, f.overlaps.endsOn);
      const rows = await q.orderBy('a.starts_on', 'desc').orderBy('p.title_th').orderBy('a.id').execute();
      return rows.map(toAppointment);
    },
    async insertAppointment(tenantId, a) {
      const r = await tx
        .insertInto('appointments')
        .values({
          tenant_id: tenantId,
          position_id: a.positionId,
          person_id: a.personId,
          kind: a.kind,
          committee_role: a.committeeRole,
          authority_ref: a.authorityRef,
          starts_on: a.startsOn,
          ends_on: a.endsOn,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return (await getAppointment(tenantId, r.id))!;
    },
    async setAppointmentEnd(tenantId, id, endsOn) {
      const r = await tx
        .updateTable('appointments')
        .set({ ends_on: endsOn })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0 ? getAppointment(tenantId, id) : null;
    },
    async deleteAppointment(tenantId, id) {
      const r = await tx
        .deleteFrom('appointments')
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
    async listCapacities(tenantId, personId, date) {
      const rows = await activeBetween(base(tenantId).where('a.person_id', '=', personId), date, date)
        .orderBy('p.title_th')
        .execute();
      return rows.map((r) => ({
        appointmentId: r.id,
        positionId: r.position_id,
        positionTitle: r.position_title,
        orgUnitId: r.org_unit_id,
        kind: r.kind,
        committeeRole: r.committee_role,
        signatureTitle: r.signature_title,
        authorityRef: r.authority_ref,
        startsOn: r.starts_on,
        endsOn: r.ends_on,
      }));
    },
  };
}
