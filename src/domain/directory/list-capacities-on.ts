import type { Capacity } from '../../../contracts/directory.contract.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';

const KIND_ORDER: Record<Capacity['kind'], number> = { regular: 0, acting: 1, delegated: 2, committee: 3 };

/**
 * The capacities a person holds on a day ('YYYY-MM-DD', Bangkok calendar): position, kind, committee role,
 * the signature title and the authority reference. Signing (next issues) offers exactly these, so a letter
 * is signed "in the capacity actually held" that day. Regular first, then acting, delegated, committee.
 * Open to any signed-in user, like the appointment list it is drawn from.
 */
export async function listCapacitiesOn(
  deps: CoreDeps,
  ctx: TenantContext,
  personId: string,
  date: string,
): Promise<Capacity[]> {
  const rows = await deps.uow.run((r) => r.directory.listCapacities(ctx.tenantId, personId, date));
  return [...rows].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}
