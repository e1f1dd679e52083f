import { auditActor } from '../audit/index.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { Repositories } from '../shared/ports.ts';
import type { AllocatedNumber } from './allocate-number.ts';
import type { NumberKey } from './ports.ts';
import { digitStyleOf } from './register-access.ts';
import { formatRegisterNumber } from './register-view.ts';

/**
 * Binds a reserved number to the letter that now uses it (reserved → bound), inside the caller's unit of
 * work. NUMBER_NOT_FOUND for a number that was never taken (or belongs to another agency),
 * NUMBER_NOT_RESERVED when it is issued, already bound or cancelled.
 */
export async function bindReservedNumber(
  r: Repositories,
  ctx: TenantContext,
  input: NumberKey & { letterId: string },
): Promise<AllocatedNumber> {
  const { letterId, ...key } = input;
  const n = await r.registers.getNumber(ctx.tenantId, key, { forUpdate: true });
  if (!n) throw new AppError('NUMBER_NOT_FOUND');
  if (n.status !== 'reserved') throw new AppError('NUMBER_NOT_RESERVED', { status: n.status });
  await r.registers.bindNumber(ctx.tenantId, key, letterId);
  const formatted =
    n.formatted ?? formatRegisterNumber(n, n.yearBE, n.number, await digitStyleOf(r, ctx.tenantId));
  await r.audit.append(ctx.tenantId, auditActor(ctx), {
    action: 'number.bound',
    targetType: 'register',
    targetId: key.registerId,
    summary: { yearBE: key.yearBE, number: key.number, formatted, letterId },
  });
  return { yearBE: n.yearBE, number: n.number, formatted };
}
