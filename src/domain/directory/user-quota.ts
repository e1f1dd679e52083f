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
  if (tenant.usersInUse >= tenant.userQuota) {
    throw new AppError('TENANT_QUOTA_REACHED', { quota: tenant.userQuota, used: tenant.usersInUse });
  }
}

/** The agency's user quota and the users in use (not disabled), for the user form's header. */
export async function getUserQuota(deps: CoreDeps, ctx: TenantContext): Promise<UserQuota> {
  authorize(ctx, Permission.UsersManage);
  const tenant = await deps.uow.run((r) => r.tenants.get(ctx.tenantId));
  if (!tenant) throw new AppError('TENANT_NOT_FOUND');
  return { quota: tenant.userQuota, used: tenant.usersInUse };
}
