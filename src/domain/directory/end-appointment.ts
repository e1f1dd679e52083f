import type { z } from 'zod';
import { type Appointment, EndAppointmentBody } from '../../../contracts/directory.contract.ts';
import { authorize } from '../auth/authorize.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { assertNoClash } from './appointment-clash.ts';
import { auditActor } from '../audit/index.ts';
import { assertDateRange } from './date-range.ts';
import { parseInput } from './parse-input.ts';
import { Permission } from './permissions.ts';

/**
 * Sets the last day of an appointment. Moving the end later is checked against the overlap rules again,
 * since the longer range may now meet another holder's.
 */
export async function endAppointment(
  deps: CoreDeps,
  ctx: TenantContext,
  id: string,
  input: z.input<typeof EndAppointmentBody>,
): Promise<Appointment> {
  authorize(ctx, Permission.StructureManage);
  const { endsOn } = parseInput(EndAppointmentBody, input);
  return deps.uow.run(async (r) => {
    const found = await r.directory.getAppointment(ctx.tenantId, id);
    if (!found) throw new AppError('APPOINTMENT_NOT_FOUND', { id });
    await r.directory.getPosition(ctx.tenantId, found.positionId, 'update');
    // Read again under the position lock: another request may have changed it meanwhile.
    const before = await r.directory.getAppointment(ctx.tenantId, id);
    if (!before) throw new AppError('APPOINTMENT_NOT_FOUND', { id });
    assertDateRange(before.startsOn, endsOn);
    await assertNoClash(r, ctx.tenantId, before.positionId, { ...before, endsOn: endsOn });
    const after = (await r.directory.setAppointmentEnd(ctx.tenantId, id, endsOn))!;
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'appointment.ended',
      targetType: 'appointment',
      targetId: id,
      summary: {
        positionTitle: before.positionTitle,
        personName: before.personName,
        endsOn: { from: before.endsOn, to: endsOn },
      },
    });
    return after;
  });
}
