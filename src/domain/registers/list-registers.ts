import type { Register, RegisterListQuery } from '../../../contracts/registers.contract.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { bangkokYearBE } from '../shared/thai/thai-date.ts';
import { digitStyleOf } from './register-access.ts';
import { toRegisterView } from './register-view.ts';

/**
 * The agency's registers, optionally one unit's or one kind, each with the current Bangkok year's counter
 * and the next number as it will be printed. Any signed-in user may list them (they choose a register
 * when writing a letter).
 */
export async function listRegisters(
  deps: CoreDeps,
  ctx: TenantContext,
  q: RegisterListQuery = {},
): Promise<Register[]> {
  const yearBE = bangkokYearBE(deps.clock.now());
  return deps.uow.run(async (r) => {
    const digits = await digitStyleOf(r, ctx.tenantId);
    const registers = await r.registers.list(ctx.tenantId, q);
    const counters = await r.registers.counters(
      ctx.tenantId,
      registers.map((g) => g.id),
      yearBE,
    );
    return registers.map((g) => toRegisterView(g, counters.get(g.id), yearBE, digits));
  });
}
