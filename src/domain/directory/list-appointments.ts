import type { Appointment, AppointmentQuery } from '../../../contracts/directory.contract.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';

/**
 * Appointments, filtered by position, person and/or a day they are active on; newest first. Open to every
 * signed-in user: who holds which position (and who acts for whom) is what routing and signing pickers show.
 */
export async function listAppointments(
  deps: CoreDeps,
  ctx: TenantContext,
  q: AppointmentQuery = {},
): Promise<Appointment[]> {
  return deps.uow.run((r) => r.directory.listAppointments(ctx.tenantId, q));
}
