import { can } from '../auth/authorize.ts';
import type { Permission } from '../directory/permissions.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { Repositories } from '../shared/ports.ts';
import type { DigitStyle } from '../shared/thai/thai-digits.ts';
import type { RegisterRecord } from './ports.ts';

/** A register of the tenant with its unit path (the unit, then its ancestors) and the agency's digit style. */
export interface ScopedRegister {
  register: RegisterRecord;
  unitPath: string[];
  digitStyle: DigitStyle;
}

/** Loads a register of the tenant, or REGISTER_NOT_FOUND, which is also the answer for another agency's id. */
export async function loadRegister(r: Repositories, tenantId: string, id: string): Promise<ScopedRegister> {
  const scoped = await r.registers.getScoped(tenantId, id);
  if (!scoped) throw new AppError('REGISTER_NOT_FOUND');
  return scoped;
}

/** The digit style the agency prints numbers in. */
export async function digitStyleOf(r: Repositories, tenantId: string): Promise<DigitStyle> {
  const tenant = await r.tenants.getSettings(tenantId);
  if (!tenant) throw new AppError('TENANT_NOT_FOUND');
  return tenant.digitStyle;
}

/** True when the actor holds any of the permissions (in the given units, when given). */
export function canAny(
  ctx: TenantContext,
  permissions: readonly Permission[],
  inUnits?: readonly string[],
): boolean {
  return permissions.some((p) => can(ctx.actor, p, inUnits));
}

/** Throws PERMISSION_DENIED unless the actor holds one of the permissions (in the given units, when given). */
export function authorizeAny(
  ctx: TenantContext,
  permissions: readonly Permission[],
  inUnits?: readonly string[],
): void {
  if (!canAny(ctx, permissions, inUnits))
    throw new AppError('PERMISSION_DENIED', { permission: permissions.join(' | ') });
}
