import { authorize } from '../auth/authorize.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { auditActor } from '../audit/index.ts';
import { Permission } from './permissions.ts';

/**
 * Deletes an unused unit. Refused for the agency's root (ORG_UNIT_ROOT) and, with the counts in the details,
 * while sub-units, registers, people, positions or role assignments still refer to it (ORG_UNIT_IN_USE).
 */
export async function deleteOrgUnit(deps: CoreDeps, ctx: TenantContext, id: string): Promise<void> {
  authorize(ctx, Permission.StructureManage);
  await deps.uow.run(async (r) => {
    // FOR UPDATE first: a register or sub-unit being added under this unit right now either finishes before
    // the counts below (and is counted) or waits and then finds the unit gone.
    const unit = await r.directory.getOrgUnit(ctx.tenantId, id, 'update');
    if (!unit) throw new AppError('ORG_UNIT_NOT_FOUND', { id });
    if (unit.parentId === null) throw new AppError('ORG_UNIT_ROOT', { id });
    const usage = await r.directory.orgUnitUsage(ctx.tenantId, id);
    // Letters (filed under a unit) come with the letters issue: count them in orgUnitUsage then.
    if (Object.values(usage).some((n) => n > 0)) throw new AppError('ORG_UNIT_IN_USE', { id, ...usage });
    await r.directory.deleteOrgUnit(ctx.tenantId, id);
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'org-unit.deleted',
      targetType: 'org-unit',
      targetId: id,
      summary: { nameTh: unit.nameTh, parentId: unit.parentId },
    });
  });
}
