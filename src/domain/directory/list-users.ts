import type { PageQuery } from '../../../contracts/common.contract.ts';
import type { User } from '../../../contracts/directory.contract.ts';
import { authorize } from '../auth/authorize.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { Permission } from './permissions.ts';

/** A page of the agency's accounts by display name, each with its role assignments; `q` matches username or name. */
export async function listUsers(
  deps: CoreDeps,
  ctx: TenantContext,
  q: PageQuery,
): Promise<{ items: User[]; total: number }> {
  authorize(ctx, Permission.UsersManage);
  return deps.uow.run((r) => r.directory.listUsers(ctx.tenantId, q));
}
