import type { Register, UpdateRegisterBody } from '../../../contracts/registers.contract.ts';
import { authorize } from '../auth/authorize.ts';
import { Permission } from '../directory/permissions.ts';
import { auditActor, auditChanges } from '../audit/index.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { readRegister } from './get-register.ts';
import { normalizeOwnerNumber } from './number-format.ts';
import type { RegisterPatch } from './ports.ts';
import { loadRegister } from './register-access.ts';

/**
 * Renames a register, changes its letter code or owner number, or archives (closes) it. Numbers already
 * taken keep the form they were printed in; an archived register takes no new numbers.
 */
export async function updateRegister(
  deps: CoreDeps,
  ctx: TenantContext,
  id: string,
  patch: UpdateRegisterBody,
): Promise<Register> {
  authorize(ctx, Permission.RegistersManage);
  return deps.uow.run(async (r) => {
    const { register: before, unitPath } = await loadRegister(r, ctx.tenantId, id);
    authorize(ctx, Permission.RegistersManage, unitPath);
    if (
      patch.name !== undefined &&
      (await r.registers.nameTaken(ctx.tenantId, before.orgUnitId, patch.name, id))
    ) {
      throw new AppError('REGISTER_NAME_TAKEN', { name: patch.name });
    }
    const clean: RegisterPatch = {
      ...patch,
      ...(patch.ownerNumber !== undefined ? { ownerNumber: normalizeOwnerNumber(patch.ownerNumber) } : {}),
    };
    const changes = auditChanges(before, clean);
    if (Object.keys(changes).length > 0) {
      await r.registers.update(ctx.tenantId, id, clean);
      const action =
        'archived' in changes
          ? clean.archived
            ? 'register.archived'
            : 'register.reopened'
          : 'register.updated';
      await r.audit.append(ctx.tenantId, auditActor(ctx), {
        action,
        targetType: 'register',
        targetId: id,
        summary: changes,
      });
    }
    return readRegister(r, ctx.tenantId, id, deps.clock.now());
  });
}
