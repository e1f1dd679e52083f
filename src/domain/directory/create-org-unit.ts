import type { z } from 'zod';
import { CreateOrgUnitBody, type OrgUnit } from '../../../contracts/directory.contract.ts';
import { authorize } from '../auth/authorize.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { auditActor } from '../audit/index.ts';
import { invalidField, parseInput } from './parse-input.ts';
import { Permission } from './permissions.ts';

/**
 * Adds a unit under an existing unit of the same agency. Each agency has exactly one root (made with the
 * agency), so a unit without a parent is refused.
 */
export async function createOrgUnit(
  deps: CoreDeps,
  ctx: TenantContext,
  input: z.input<typeof CreateOrgUnitBody>,
): Promise<OrgUnit> {
  authorize(ctx, Permission.StructureManage);
  const body = parseInput(CreateOrgUnitBody, input);
  const parentId = body.parentId;
  if (parentId === null)
    throw invalidField('parentId', 'A new unit needs a parent unit; the agency has one root unit.');
  return deps.uow.run(async (r) => {
    if (!(await r.directory.getOrgUnit(ctx.tenantId, parentId, 'share')))
      throw new AppError('ORG_UNIT_NOT_FOUND', { id: parentId });
    const unit = await r.directory.insertOrgUnit(ctx.tenantId, { ...body, parentId });
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'org-unit.created',
      targetType: 'org-unit',
      targetId: unit.id,
      summary: { nameTh: unit.nameTh, parentId, ownerNumber: unit.ownerNumber },
    });
    return unit;
  });
}
