import type { Register } from '../../../contracts/registers.contract.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import type { Repositories } from '../shared/ports.ts';
import { bangkokYearBE } from '../shared/thai/thai-date.ts';
import { digitStyleOf, loadRegister } from './register-access.ts';
import { toRegisterView } from './register-view.ts';

/** One register with the current Bangkok year's counter; REGISTER_NOT_FOUND also for another agency's id. */
export async function getRegister(deps: CoreDeps, ctx: TenantContext, id: string): Promise<Register> {
  return deps.uow.run((r) => readRegister(r, ctx.tenantId, id, deps.clock.now()));
}

/** Reads a register's view inside an open unit of work (after a change, before commit). */
export async function readRegister(
  r: Repositories,
  tenantId: string,
  id: string,
  now: Date,
): Promise<Register> {
  const yearBE = bangkokYearBE(now);
  const { register } = await loadRegister(r, tenantId, id);
  const counters = await r.registers.counters(tenantId, [id], yearBE);
  return toRegisterView(register, counters.get(id), yearBE, await digitStyleOf(r, tenantId));
}
