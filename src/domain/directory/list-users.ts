import type { PageQuery } from '../../../contracts/common.contract.ts';
import type { User } from '../../../contracts/directory.contract.ts';
import { authorizeAny } from '../auth/authorize.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { USER_READERS } from './permissions.ts';

/** A page of the agency's accounts by display name, each with its role assignments; `q` matches username or name. */
export async function listUsers(
  deps: CoreDeps,
  ctx: TenantContext,
  q: PageQuery,
): Promise<{ items: User[]; total: number }> {
  authorizeAny(ctx, USER_READERS);
  return deps.uow.run((r) => r.directory.listUsers(ctx.tenantId, q));
}
