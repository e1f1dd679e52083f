import type { User } from '../../../contracts/directory.contract.ts';
import { authorize } from '../auth/authorize.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { auditActor } from '../audit/index.ts';
import { Permission } from './permissions.ts';

/** Lifts the lockout after repeated wrong passwords, so the user may try again at once. */
export async function unlockUser(deps: CoreDeps, ctx: TenantContext, id: string): Promise<User> {
  authorize(ctx, Permission.UsersManage);
  return deps.uow.run(async (r) => {
    if (!(await r.directory.unlockUser(ctx.tenantId, id))) throw new AppError('USER_NOT_FOUND', { id });
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'user.unlocked',
      targetType: 'user',
      targetId: id,
    });
    return (await r.directory.getUser(ctx.tenantId, id))!;
  });
}
