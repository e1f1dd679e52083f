import type { z } from 'zod';
import { type Appointment, CreateAppointmentBody } from '../../../contracts/directory.contract.ts';
import { authorize } from '../auth/authorize.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { assertNoClash } from './appointment-clash.ts';
import { committeeRoleProblem } from './appointment-rules.ts';
import { auditActor } from '../audit/index.ts';
import { assertDateRange } from './date-range.ts';
import { invalidField, parseInput } from './parse-input.ts';
import { Permission } from './permissions.ts';

/**
 * Appoints a person to a position from a date (regular, acting รักษาราชการแทน, delegated ปฏิบัติราชการแทน
 * with its authority, or a committee role). Refuses an end before the start and overlaps the rules forbid.
 */
export async function createAppointment(
  deps: CoreDeps,
  ctx: TenantContext,
  input: z.input<typeof CreateAppointmentBody>,
): Promise<Appointment> {
  authorize(ctx, Permission.StructureManage);
  const body = parseInput(CreateAppointmentBody, input);
  assertDateRange(body.startsOn, body.endsOn);
  const problem = committeeRoleProblem(body.kind, body.committeeRole);
  if (problem) throw invalidField('committeeRole', problem);
  return deps.uow.run(async (r) => {
    // Position row lock (FOR UPDATE) first: overlap checks of one position run one at a time.
    const position = await r.directory.getPosition(ctx.tenantId, body.positionId, 'update');
    if (!position) throw new AppError('POSITION_NOT_FOUND', { id: body.positionId });
    const person = await r.directory.getPerson(ctx.tenantId, body.personId, 'share');
    if (!person) throw new AppError('PERSON_NOT_FOUND', { id: body.personId });
    await assertNoClash(r, ctx.tenantId, position.id, body);
    const appointment = await r.directory.insertAppointment(ctx.tenantId, body);
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'appointment.created',
      targetType: 'appointment',
      targetId: appointment.id,
      summary: {
        positionId: position.id,
        positionTitle: position.titleTh,
        personId: person.id,
        personName: person.nameTh,
        kind: body.kind,
        committeeRole: body.committeeRole,
        authorityRef: body.authorityRef,
        startsOn: body.startsOn,
        endsOn: body.endsOn,
      },
    });
    return appointment;
  });
}
