import type { Role } from '../../../contracts/directory.contract.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';

/**
 * The agency's roles by Thai name, with how many assignments each has. Open to every signed-in user:
 * role names and their permission keys are what the session already shows, and pickers need them.
 */
export async function listRoles(deps: CoreDeps, ctx: TenantContext): Promise<Role[]> {
  return deps.uow.run((r) => r.directory.listRoles(ctx.tenantId));
}
