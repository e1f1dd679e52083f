import type { CreateRegisterBody, Register } from '../../../contracts/registers.contract.ts';
import { authorize } from '../auth/authorize.ts';
import { Permission } from '../directory/permissions.ts';
import { auditActor } from '../audit/index.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { readRegister } from './get-register.ts';
import { normalizeOwnerNumber } from './number-format.ts';

/**
 * Opens a register (ทะเบียน) for an org unit. The letter code defaults to the agency's, the owner number to
 * the unit's, else the nearest parent unit's, else the agency's (regulation §5.2: configuration per unit).
 * Names are unique per unit.
 */
export async function createRegister(
  deps: CoreDeps,
  ctx: TenantContext,
  input: CreateRegisterBody,
): Promise<Register> {
  authorize(ctx, Permission.RegistersManage);
  return deps.uow.run(async (r) => {
    const unit = await r.registers.unitPath(ctx.tenantId, input.orgUnitId);
    if (!unit) throw new AppError('ORG_UNIT_NOT_FOUND');
    authorize(ctx, Permission.RegistersManage, unit.path);
    const tenant = await r.tenants.getSettings(ctx.tenantId);
    if (!tenant) throw new AppError('TENANT_NOT_FOUND');
    if (await r.registers.nameTaken(ctx.tenantId, input.orgUnitId, input.name)) {
      throw new AppError('REGISTER_NAME_TAKEN', { name: input.name });
    }
    const created = await r.registers.insert(ctx.tenantId, {
      orgUnitId: input.orgUnitId,
      kind: input.kind,
      name: input.name,
      letterCode: input.letterCode ?? tenant.letterCode,
      ownerNumber: normalizeOwnerNumber(input.ownerNumber ?? unit.ownerNumber ?? tenant.ownerNumber),
    });
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'register.created',
      targetType: 'register',
      targetId: created.id,
      summary: {
        orgUnitId: created.orgUnitId,
        kind: created.kind,
        name: created.name,
        letterCode: created.letterCode,
        ownerNumber: created.ownerNumber,
      },
    });
    return readRegister(r, ctx.tenantId, created.id, deps.clock.now());
  });
}
