import { authorize } from '../auth/authorize.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { bangkokToday } from '../shared/thai/thai-date.ts';
import { keepAnAdmin } from './admin-guard.ts';
import { auditActor } from '../audit/index.ts';
import { Permission } from './permissions.ts';

/**
 * Deletes a login account with its role assignments and API tokens, and ends its sessions; the audit log
 * keeps its name. Refused when it would leave the agency without an administrator.
 */
export async function deleteUser(deps: CoreDeps, ctx: TenantContext, id: string): Promise<void> {
  authorize(ctx, Permission.UsersManage);
  const today = bangkokToday(deps.clock.now());
  await deps.uow.run((r) =>
    keepAnAdmin(r, ctx.tenantId, today, async () => {
      const user = await r.directory.getUser(ctx.tenantId, id);
      if (!user) throw new AppError('USER_NOT_FOUND', { id });
      // When letters and route steps record their users, refuse here (disable the account instead) if any do.
      await r.directory.deleteUser(ctx.tenantId, id);
      await r.auth.deleteSessionsOf(id);
      await r.audit.append(ctx.tenantId, auditActor(ctx), {
        action: 'user.deleted',
        targetType: 'user',
        targetId: id,
        summary: { username: user.username, displayName: user.displayName },
      });
    }),
  );
}
