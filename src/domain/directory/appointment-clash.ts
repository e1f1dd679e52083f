import { AppError } from '../shared/app-error.ts';
import type { Repositories } from '../shared/ports.ts';
import { type AppointmentSlot, findClash } from './appointment-rules.ts';

/**
 * Throws APPOINTMENT_OVERLAP when the slot may not run beside an existing appointment of the position.
 * The caller must hold the position row lock, so two clashing appointments cannot both pass this check.
 */
export async function assertNoClash(
  r: Repositories,
  tenantId: string,
  positionId: string,
  slot: AppointmentSlot,
): Promise<void> {
  const overlapping = await r.directory.listAppointments(tenantId, {
    positionId,
    overlaps: { startsOn: slot.startsOn, endsOn: slot.endsOn },
  });
  const clash = findClash(slot, overlapping);
  if (clash) {
    throw new AppError('APPOINTMENT_OVERLAP', {
      conflictId: clash.id,
      personName: clash.personName,
      kind: clash.kind,
      committeeRole: clash.committeeRole,
      startsOn: clash.startsOn,
      endsOn: clash.endsOn,
    });
  }
}
