import type { CancelNumberBody, RegisterNumber } from '../../../contracts/registers.contract.ts';
import { Permission } from '../directory/permissions.ts';
import { auditActor } from '../audit/index.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import type { NumberKey } from './ports.ts';
import { authorizeAny, canAny, digitStyleOf, loadRegister } from './register-access.ts';
import { toNumberView } from './register-view.ts';

/** A number may be cancelled while it is reserved or issued; a bound number is cancelled with its letter. */
const CANCELLABLE = new Set(['reserved', 'issued']);

/**
 * Cancels a reserved or issued number with the reason, who and when. The number is never reused: it
 * stays in the register with the mark ยกเลิก (regulation §5.3 item 4). Register admins may cancel any
 * number of their units; a user with NumberReserve may cancel their own reservation.
 */
export async function cancelNumber(
  deps: CoreDeps,
  ctx: TenantContext,
  key: NumberKey,
  input: CancelNumberBody,
): Promise<RegisterNumber> {
  authorizeAny(ctx, [Permission.RegistersManage, Permission.NumberReserve]);
  const at = deps.clock.now();
  return deps.uow.run(async (r) => {
    const { unitPath } = await loadRegister(r, ctx.tenantId, key.registerId);
    const before = await r.registers.getNumber(ctx.tenantId, key, { forUpdate: true });
    if (!before) throw new AppError('NUMBER_NOT_FOUND');
    const own = ctx.actor.kind === 'user' && before.reserved && before.issuedBy === ctx.actor.userId;
    if (
      !canAny(ctx, [Permission.RegistersManage], unitPath) &&
      !(own && canAny(ctx, [Permission.NumberReserve], unitPath))
    ) {
      throw new AppError('PERMISSION_DENIED', { permission: Permission.RegistersManage });
    }
    if (!CANCELLABLE.has(before.status))
      throw new AppError('NUMBER_NOT_CANCELLABLE', { status: before.status });
    const by = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
    await r.registers.cancelNumber(ctx.tenantId, key, { by, at, reason: input.reason });
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'number.cancelled',
      targetType: 'register',
      targetId: key.registerId,
      summary: {
        yearBE: key.yearBE,
        number: key.number,
        formatted: before.formatted,
        from: before.status,
        reason: input.reason,
      },
    });
    const after = await r.registers.getNumber(ctx.tenantId, key);
    if (!after) throw new AppError('NUMBER_NOT_FOUND');
    return toNumberView(after, await digitStyleOf(r, ctx.tenantId));
  });
}
