import type { Position } from '../../../contracts/directory.contract.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';

/**
 * The agency's positions, optionally one unit's, by title. Open to every signed-in user: sending "to a
 * position" and choosing the capacity to sign in need the list, and titles are public inside the agency.
 */
export async function listPositions(
  deps: CoreDeps,
  ctx: TenantContext,
  q: { orgUnitId?: string } = {},
): Promise<Position[]> {
  return deps.uow.run((r) => r.directory.listPositions(ctx.tenantId, q));
}
