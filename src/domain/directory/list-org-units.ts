import type { OrgUnit } from '../../../contracts/directory.contract.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { sortDepthFirst } from './org-unit-tree.ts';

/**
 * Every unit of the agency, flat, depth-first from the root with siblings by Thai name. Open to every
 * signed-in user of the agency: unit pickers (sending, filing, registers) need it, and the structure is
 * no secret inside the agency.
 */
export async function listOrgUnits(deps: CoreDeps, ctx: TenantContext): Promise<OrgUnit[]> {
  const units = await deps.uow.run((r) => r.directory.listOrgUnits(ctx.tenantId));
  return sortDepthFirst(units);
}
