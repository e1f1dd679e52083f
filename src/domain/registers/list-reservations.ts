import type { RegisterNumber, ReservationListQuery } from '../../../contracts/registers.contract.ts';
import { Permission } from '../directory/permissions.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { authorizeAny, digitStyleOf } from './register-access.ts';
import { toNumberView } from './register-view.ts';

const SCOPE = [Permission.NumberReserve, Permission.RegistersManage] as const;

/**
 * Number reservations, newest first, with who reserved, when and why. A user sees the registers of the
 * units where they hold NumberReserve or RegistersManage and every unit below them, so the agency admin
 * (RegistersManage on the root unit) sees them all.
 */
export async function listReservations(
  deps: CoreDeps,
  ctx: TenantContext,
  q: ReservationListQuery,
): Promise<{ items: RegisterNumber[]; total: number }> {
  authorizeAny(ctx, SCOPE);
  return deps.uow.run(async (r) => {
    const actor = ctx.actor;
    const orgUnitIds =
      actor.kind === 'user'
        ? await r.registers.unitsUnder(
            ctx.tenantId,
            actor.grants.filter((g) => SCOPE.some((p) => g.permissions.has(p))).map((g) => g.orgUnitId),
          )
        : undefined;
    const page = await r.registers.listNumbers(ctx.tenantId, { ...q, reservedOnly: true, orgUnitIds });
    const digits = await digitStyleOf(r, ctx.tenantId);
    return { items: page.items.map((n) => toNumberView(n, digits)), total: page.total };
  });
}
