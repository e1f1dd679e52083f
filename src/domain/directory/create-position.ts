import type { z } from 'zod';
import { CreatePositionBody, type Position } from '../../../contracts/directory.contract.ts';
import { authorize } from '../auth/authorize.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { auditActor } from '../audit/index.ts';
import { parseInput } from './parse-input.ts';
import { Permission } from './permissions.ts';

/** Adds a position (ตำแหน่ง) to a unit of the agency, with the title printed under signatures. */
export async function createPosition(
  deps: CoreDeps,
  ctx: TenantContext,
  input: z.input<typeof CreatePositionBody>,
): Promise<Position> {
  authorize(ctx, Permission.StructureManage);
  const body = parseInput(CreatePositionBody, input);
  return deps.uow.run(async (r) => {
    if (!(await r.directory.getOrgUnit(ctx.tenantId, body.orgUnitId, 'share'))) {
      throw new AppError('ORG_UNIT_NOT_FOUND', { id: body.orgUnitId });
    }
    const position = await r.directory.insertPosition(ctx.tenantId, body);
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'position.created',
      targetType: 'position',
      targetId: position.id,
      summary: {
        titleTh: position.titleTh,
        orgUnitId: position.orgUnitId,
        isExecutive: position.isExecutive,
      },
    });
    return position;
  });
}
