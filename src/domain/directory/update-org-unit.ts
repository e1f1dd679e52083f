import type { z } from 'zod';
import { type OrgUnit, UpdateOrgUnitBody } from '../../../contracts/directory.contract.ts';
import { authorize } from '../auth/authorize.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import type { Repositories } from '../shared/ports.ts';
import { auditActor, auditChanges } from '../audit/index.ts';
import { isSelfOrDescendant } from './org-unit-tree.ts';
import { invalidField, parseInput } from './parse-input.ts';
import { Permission } from './permissions.ts';

/** Renames a unit, sets its owner number or moves it under another unit; a move under its own sub-unit is ORG_UNIT_CYCLE. */
export async function updateOrgUnit(
  deps: CoreDeps,
  ctx: TenantContext,
  id: string,
  input: z.input<typeof UpdateOrgUnitBody>,
): Promise<OrgUnit> {
  authorize(ctx, Permission.StructureManage);
  const patch = parseInput(UpdateOrgUnitBody, input);
  return deps.uow.run(async (r) => {
    // Moves lock the tenant row: two moves checked at the same time could otherwise close a cycle together.
    if (patch.parentId !== undefined) await r.tenants.lock(ctx.tenantId);
    const before = await r.directory.getOrgUnit(ctx.tenantId, id);
    if (!before) throw new AppError('ORG_UNIT_NOT_FOUND', { id });
    if (patch.parentId !== undefined && patch.parentId !== before.parentId)
      await checkMove(r, ctx.tenantId, before, patch.parentId);
    const after = await r.directory.updateOrgUnit(ctx.tenantId, id, patch);
    if (!after) throw new AppError('ORG_UNIT_NOT_FOUND', { id });
    const changes = auditChanges(before, patch);
    if (Object.keys(changes).length > 0) {
      await r.audit.append(ctx.tenantId, auditActor(ctx), {
        action: 'org-unit.updated',
        targetType: 'org-unit',
        targetId: id,
        summary: changes,
      });
    }
    return after;
  });
}

async function checkMove(
  r: Repositories,
  tenantId: string,
  unit: OrgUnit,
  parentId: string | null,
): Promise<void> {
  if (unit.parentId === null) throw new AppError('ORG_UNIT_ROOT', { id: unit.id });
  if (parentId === null) throw invalidField('parentId', 'Only the root unit has no parent.');
  const units = await r.directory.listOrgUnits(tenantId);
  if (!units.some((u) => u.id === parentId)) throw new AppError('ORG_UNIT_NOT_FOUND', { id: parentId });
  if (isSelfOrDescendant(units, unit.id, parentId))
    throw new AppError('ORG_UNIT_CYCLE', { id: unit.id, parentId });
}
