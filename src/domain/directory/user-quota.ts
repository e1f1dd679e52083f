import type { UserQuota } from '../../../contracts/directory.contract.ts';
import { authorize } from '../auth/authorize.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import type { Repositories } from '../shared/ports.ts';
import { Permission } from './permissions.ts';

/**
 * Locks the tenant row and refuses one more user in use when the quota is reached: the deck's
 * "จำนวนสูงสุดที่ขอใช้งาน 60 คน จำนวนที่ใช้งานในปัจจุบัน 60 คน". Holding the lock until commit makes
 * concurrent creations queue, so the quota cannot be overshot.
 */
export async function claimUserSlot(r: Repositories, tenantId: string): Promise<void> {
  const tenant = await r.tenants.lock(tenantId);
  if (!tenant) throw new AppError('TENANT_NOT_FOUND');
  // Counted in a statement of its own, after the lock is held: the count that comes with the locked row was
  // taken from the snapshot before the wait, so it would miss users committed by the previous lock holder.
  const used = await r.directory.countUsersInUse(tenantId);
  if (used >= tenant.userQuota) throw new AppError('TENANT_QUOTA_REACHED', { quota: tenant.userQuota, used });
}

/** The agency's user quota and the users in use (not disabled), for the user form's header. */
export async function getUserQuota(deps: CoreDeps, ctx: TenantContext): Promise<UserQuota> {
  authorize(ctx, Permission.UsersManage);
  const tenant = await deps.uow.run((r) => r.tenants.get(ctx.tenantId));
  if (!tenant) throw new AppError('TENANT_NOT_FOUND');
  return { quota: tenant.userQuota, used: tenant.usersInUse };
}
