import type { Register, SetStartNumberBody } from '../../../contracts/registers.contract.ts';
import { authorize } from '../auth/authorize.ts';
import { Permission } from '../directory/permissions.ts';
import { auditActor } from '../audit/index.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { readRegister } from './get-register.ts';
import { loadRegister } from './register-access.ts';

/**
 * Sets the first number of a register's year, for agencies moving from paper books (regulation §5.3
 * item 5): the next number taken that year is `startNumber`. Refused once a number of that year is used.
 */
export async function setStartNumber(
  deps: CoreDeps,
  ctx: TenantContext,
  id: string,
  input: SetStartNumberBody,
): Promise<Register> {
  authorize(ctx, Permission.RegistersManage);
  return deps.uow.run(async (r) => {
    const { unitPath } = await loadRegister(r, ctx.tenantId, id);
    authorize(ctx, Permission.RegistersManage, unitPath);
    const counter = await r.registers.setStart(ctx.tenantId, id, input.yearBE, input.startNumber);
    if (!counter) throw new AppError('REGISTER_START_LOCKED', { yearBE: input.yearBE });
    // Old letters may hold numbers of that year below the counter: the start must stay above them (the
    // transaction rolls the new start back when it would not).
    const booked = await r.registers.maxBooked(ctx.tenantId, id, input.yearBE);
    if (booked >= input.startNumber) {
      throw new AppError('REGISTER_START_BELOW_BOOKED', { yearBE: input.yearBE, booked });
    }
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'register.start-number-set',
      targetType: 'register',
      targetId: id,
      summary: { yearBE: input.yearBE, startNumber: input.startNumber },
    });
    return readRegister(r, ctx.tenantId, id, deps.clock.now());
  });
}
