import type { User } from '../../../contracts/directory.contract.ts';
import { authorize } from '../auth/authorize.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { bangkokToday } from '../shared/thai/thai-date.ts';
import { keepAnAdmin } from './admin-guard.ts';
import { auditActor } from '../audit/index.ts';
import { Permission } from './permissions.ts';

/** Removes one role assignment from a user, unless it leaves the agency without an administrator. */
export async function unassignRole(
  deps: CoreDeps,
  ctx: TenantContext,
  userId: string,
  assignmentId: string,
): Promise<User> {
  authorize(ctx, Permission.UsersManage);
  const today = bangkokToday(deps.clock.now());
  return deps.uow.run((r) =>
    keepAnAdmin(r, ctx.tenantId, today, async () => {
      if (!(await r.directory.getUser(ctx.tenantId, userId)))
        throw new AppError('USER_NOT_FOUND', { id: userId });
      const a = await r.directory.getRoleAssignment(ctx.tenantId, userId, assignmentId);
      if (!a) throw new AppError('ROLE_ASSIGNMENT_NOT_FOUND', { id: assignmentId });
      await r.directory.deleteRoleAssignment(ctx.tenantId, userId, assignmentId);
      await r.audit.append(ctx.tenantId, auditActor(ctx), {
        action: 'user.role-unassigned',
        targetType: 'user',
        targetId: userId,
        summary: {
          assignmentId,
          roleId: a.roleId,
          roleName: a.roleName,
          orgUnitId: a.orgUnitId,
          orgUnitName: a.orgUnitName,
        },
      });
      return (await r.directory.getUser(ctx.tenantId, userId))!;
    }),
  );
}
