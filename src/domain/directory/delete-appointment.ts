import { authorize } from '../auth/authorize.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { auditActor } from '../audit/index.ts';
import { Permission } from './permissions.ts';

/** Deletes an appointment entered by mistake (to close a term that really happened, end it instead). */
export async function deleteAppointment(deps: CoreDeps, ctx: TenantContext, id: string): Promise<void> {
  authorize(ctx, Permission.StructureManage);
  await deps.uow.run(async (r) => {
    const a = await r.directory.getAppointment(ctx.tenantId, id);
    if (!a) throw new AppError('APPOINTMENT_NOT_FOUND', { id });
    await r.directory.getPosition(ctx.tenantId, a.positionId, 'update');
    if (!(await r.directory.deleteAppointment(ctx.tenantId, id)))
      throw new AppError('APPOINTMENT_NOT_FOUND', { id });
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'appointment.deleted',
      targetType: 'appointment',
      targetId: id,
      summary: {
        positionId: a.positionId,
        positionTitle: a.positionTitle,
        personId: a.personId,
        personName: a.personName,
        kind: a.kind,
        startsOn: a.startsOn,
        endsOn: a.endsOn,
      },
    });
  });
}
