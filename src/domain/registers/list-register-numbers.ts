import type { NumberListQuery, RegisterNumber } from '../../../contracts/registers.contract.ts';
import { Permission } from '../directory/permissions.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { bangkokYearBE } from '../shared/thai/thai-date.ts';
import { authorizeAny, digitStyleOf, loadRegister } from './register-access.ts';
import { toNumberView } from './register-view.ts';

/** Who may read a register book: its keepers, those who reserve numbers in it, and letter searchers of the unit. */
const READERS = [Permission.RegistersManage, Permission.NumberReserve, Permission.LetterSearch] as const;

/**
 * The register book (ทะเบียน) of one calendar year, in number order, a page at a time: each number with its
 * printed form, status, issuer and reason. Cancelled numbers stay in place with status cancelled (ยกเลิก).
 */
export async function listRegisterNumbers(
  deps: CoreDeps,
  ctx: TenantContext,
  registerId: string,
  q: NumberListQuery,
): Promise<{ items: RegisterNumber[]; total: number }> {
  authorizeAny(ctx, READERS);
  const yearBE = q.yearBE ?? bangkokYearBE(deps.clock.now());
  return deps.uow.run(async (r) => {
    const { unitPath } = await loadRegister(r, ctx.tenantId, registerId);
    authorizeAny(ctx, READERS, unitPath);
    const page = await r.registers.listNumbers(ctx.tenantId, {
      registerId,
      yearBE,
      status: q.status,
      limit: q.limit,
      offset: q.offset,
    });
    const digits = await digitStyleOf(r, ctx.tenantId);
    return { items: page.items.map((n) => toNumberView(n, digits)), total: page.total };
  });
}
