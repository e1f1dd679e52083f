import { AppError } from '../shared/app-error.ts';
import type { Repositories } from '../shared/ports.ts';
import { Permission } from './permissions.ts';

/**
 * Runs a change that could take away the agency's last administrator, and refuses it with ROLE_LAST_ADMIN
 * when it would: before, at least one user able to log in today held a role granting UsersManage, and
 * afterwards none does. (When there was none to begin with, nothing is made worse, so it is let through.)
 * The tenant row is locked first, so two admins removing each other at the same time cannot both pass.
 */
export async function keepAnAdmin<T>(
  r: Repositories,
  tenantId: string,
  today: string,
  change: () => Promise<T>,
): Promise<T> {
  await r.tenants.lock(tenantId);
  const before = await r.directory.countActiveHolders(tenantId, Permission.UsersManage, today);
  const result = await change();
  if (before > 0 && (await r.directory.countActiveHolders(tenantId, Permission.UsersManage, today)) === 0) {
    throw new AppError('ROLE_LAST_ADMIN');
  }
  return result;
}
