import type { User } from '../../../contracts/directory.contract.ts';
import { authorizeAny } from '../auth/authorize.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { USER_READERS } from './permissions.ts';

/** One account with its role assignments (role and unit names included). */
export async function getUser(deps: CoreDeps, ctx: TenantContext, id: string): Promise<User> {
  authorizeAny(ctx, USER_READERS);
  const user = await deps.uow.run((r) => r.directory.getUser(ctx.tenantId, id));
  if (!user) throw new AppError('USER_NOT_FOUND', { id });
  return user;
}
