import type { z } from 'zod';
import { type Position, UpdatePositionBody } from '../../../contracts/directory.contract.ts';
import { authorize } from '../auth/authorize.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { auditActor, auditChanges } from '../audit/index.ts';
import { parseInput } from './parse-input.ts';
import { Permission } from './permissions.ts';

/** Changes a position's titles, executive flag or unit. */
export async function updatePosition(
  deps: CoreDeps,
  ctx: TenantContext,
  id: string,
  input: z.input<typeof UpdatePositionBody>,
): Promise<Position> {
  authorize(ctx, Permission.StructureManage);
  const patch = parseInput(UpdatePositionBody, input);
  return deps.uow.run(async (r) => {
    const before = await r.directory.getPosition(ctx.tenantId, id, 'update');
    if (!before) throw new AppError('POSITION_NOT_FOUND', { id });
    if (
      patch.orgUnitId !== undefined &&
      !(await r.directory.getOrgUnit(ctx.tenantId, patch.orgUnitId, 'share'))
    ) {
      throw new AppError('ORG_UNIT_NOT_FOUND', { id: patch.orgUnitId });
    }
    const after = (await r.directory.updatePosition(ctx.tenantId, id, patch))!;
    const changes = auditChanges(before, patch);
    if (Object.keys(changes).length > 0) {
      await r.audit.append(ctx.tenantId, auditActor(ctx), {
        action: 'position.updated',
        targetType: 'position',
        targetId: id,
        summary: changes,
      });
    }
    return after;
  });
}
