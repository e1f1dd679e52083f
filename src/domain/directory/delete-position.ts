import { authorize } from '../auth/authorize.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { auditActor } from '../audit/index.ts';
import { Permission } from './permissions.ts';

/**
 * Deletes a position that has never been held. Past appointments are the record of who signed as what,
 * so any appointment, ended or not, keeps the position (POSITION_IN_USE).
 */
export async function deletePosition(deps: CoreDeps, ctx: TenantContext, id: string): Promise<void> {
  authorize(ctx, Permission.StructureManage);
  await deps.uow.run(async (r) => {
    // The same row lock appointments take, so none can be added between the count and the delete.
    const position = await r.directory.getPosition(ctx.tenantId, id, 'update');
    if (!position) throw new AppError('POSITION_NOT_FOUND', { id });
    const appointments = await r.directory.countAppointmentsOfPosition(ctx.tenantId, id);
    if (appointments > 0) throw new AppError('POSITION_IN_USE', { id, appointments });
    await r.directory.deletePosition(ctx.tenantId, id);
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'position.deleted',
      targetType: 'position',
      targetId: id,
      summary: { titleTh: position.titleTh, orgUnitId: position.orgUnitId },
    });
  });
}
