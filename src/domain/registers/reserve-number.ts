import type { RegisterNumber, ReserveNumberBody } from '../../../contracts/registers.contract.ts';
import { authorize } from '../auth/authorize.ts';
import { Permission } from '../directory/permissions.ts';
import { auditActor } from '../audit/index.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { allocateNumber } from './allocate-number.ts';
import { digitStyleOf, loadRegister } from './register-access.ts';
import { toNumberView } from './register-view.ts';

/** Only external letters are numbered ahead of time: dispatch numbers and circular (ว) numbers. */
const RESERVABLE_KINDS = new Set(['dispatch', 'circular']);

/**
 * Reserves (จองเลข) the next number of a dispatch or circular register for a letter that is not in the
 * system yet, with the reason, in the same transaction as its audit entry. Needs NumberReserve in the
 * register's unit or above. A system actor (seed, import) names the user it reserves for in `reservedBy`.
 */
export async function reserveNumber(
  deps: CoreDeps,
  ctx: TenantContext,
  input: ReserveNumberBody & { reservedBy?: string },
): Promise<RegisterNumber> {
  authorize(ctx, Permission.NumberReserve);
  const actor = ctx.actor;
  const issuedBy = actor.kind === 'user' ? actor.userId : input.reservedBy;
  if (!issuedBy) {
    throw new AppError('VALIDATION_FAILED', {
      issues: [{ path: ['reservedBy'], message: 'a system actor reserves for a named user' }],
    });
  }
  const at = deps.clock.now();
  return deps.uow.run(async (r) => {
    const { register, unitPath, digitStyle } = await loadRegister(r, ctx.tenantId, input.registerId);
    authorize(ctx, Permission.NumberReserve, unitPath);
    if (!RESERVABLE_KINDS.has(register.kind))
      throw new AppError('REGISTER_KIND_MISMATCH', { kind: register.kind });
    if (register.archived) throw new AppError('REGISTER_ARCHIVED');
    const n = await allocateNumber(r, ctx.tenantId, register.id, at, {
      issuedBy,
      status: 'reserved',
      reason: input.reason,
      register,
      digits: digitStyle,
    });
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'number.reserved',
      targetType: 'register',
      targetId: register.id,
      summary: { yearBE: n.yearBE, number: n.number, formatted: n.formatted, reason: input.reason },
    });
    if (actor.kind !== 'user') {
      // Reserved on a user's behalf: read the row back for that user's name.
      const key = { registerId: register.id, yearBE: n.yearBE, number: n.number };
      const rec = await r.registers.getNumber(ctx.tenantId, key);
      if (!rec) throw new AppError('NUMBER_NOT_FOUND');
      return toNumberView(rec, await digitStyleOf(r, ctx.tenantId));
    }
    return {
      registerId: register.id,
      registerName: register.name,
      orgUnitName: register.orgUnitName,
      yearBE: n.yearBE,
      number: n.number,
      formatted: n.formatted,
      status: 'reserved',
      letterId: null,
      reason: input.reason,
      reserved: true,
      issuedBy,
      issuedByName: actor.name,
      issuedAt: at.toISOString(),
      cancelledBy: null,
      cancelledByName: null,
      cancelledAt: null,
      cancelReason: null,
    };
  });
}
