import type { z } from 'zod';
import { AssignRoleBody, type User } from '../../../contracts/directory.contract.ts';
import { authorize } from '../auth/authorize.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { auditActor } from '../audit/index.ts';
import { assertDateRange } from './date-range.ts';
import { parseInput } from './parse-input.ts';
import { Permission } from './permissions.ts';

/** Gives a user a role in an org unit, optionally between two dates (a row of the deck's role table). */
export async function assignRole(
  deps: CoreDeps,
  ctx: TenantContext,
  userId: string,
  input: z.input<typeof AssignRoleBody>,
): Promise<User> {
  authorize(ctx, Permission.UsersManage);
  const body = parseInput(AssignRoleBody, input);
  assertDateRange(body.startsOn, body.endsOn);
  return deps.uow.run(async (r) => {
    // Same lock as deleting users and the last-admin guard, so an assignment never lands on a user being deleted.
    await r.tenants.lock(ctx.tenantId);
    if (!(await r.directory.getUser(ctx.tenantId, userId)))
      throw new AppError('USER_NOT_FOUND', { id: userId });
    const role = await r.directory.getRole(ctx.tenantId, body.roleId, 'share');
    if (!role) throw new AppError('ROLE_NOT_FOUND', { id: body.roleId });
    const unit = await r.directory.getOrgUnit(ctx.tenantId, body.orgUnitId, 'share');
    if (!unit) throw new AppError('ORG_UNIT_NOT_FOUND', { id: body.orgUnitId });
    const id = await r.directory.insertRoleAssignment(ctx.tenantId, { userId, ...body });
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'user.role-assigned',
      targetType: 'user',
      targetId: userId,
      summary: {
        assignmentId: id,
        roleId: role.id,
        roleName: role.nameTh,
        orgUnitId: unit.id,
        orgUnitName: unit.nameTh,
        startsOn: body.startsOn,
        endsOn: body.endsOn,
      },
    });
    return (await r.directory.getUser(ctx.tenantId, userId))!;
  });
}
