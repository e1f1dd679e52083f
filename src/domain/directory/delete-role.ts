import { authorize } from '../auth/authorize.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { auditActor } from '../audit/index.ts';
import { Permission } from './permissions.ts';

/** Deletes a role nobody is assigned (ROLE_IN_USE otherwise, ended assignments included, with the count). */
export async function deleteRole(deps: CoreDeps, ctx: TenantContext, id: string): Promise<void> {
  authorize(ctx, Permission.UsersManage);
  await deps.uow.run(async (r) => {
    if (!(await r.directory.getRole(ctx.tenantId, id, 'update')))
      throw new AppError('ROLE_NOT_FOUND', { id });
    // Read again after taking the lock: an assignment committed while we waited is counted now.
    const role = (await r.directory.getRole(ctx.tenantId, id))!;
    if (role.assignments > 0) throw new AppError('ROLE_IN_USE', { id, assignments: role.assignments });
    await r.directory.deleteRole(ctx.tenantId, id);
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'role.deleted',
      targetType: 'role',
      targetId: id,
      summary: { nameTh: role.nameTh },
    });
  });
}
