import type { Permission } from '../directory/permissions.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext, UserActor } from '../shared/context.ts';

/** True when any active grant of the actor carries the permission (in the given units, when given). */
export function can(
  actor: TenantContext['actor'],
  permission: Permission,
  inUnits?: readonly string[],
): boolean {
  if (actor.kind === 'system') return true;
  return actor.grants.some(
    (g) => g.permissions.has(permission) && (!inUnits || inUnits.includes(g.orgUnitId)),
  );
}

/**
 * Throws PERMISSION_DENIED unless the actor holds the permission. `inUnits` is the target unit and its
 * ancestors: a grant on a unit covers the units below it.
 */
export function authorize(ctx: TenantContext, permission: Permission, inUnits?: readonly string[]): void {
  if (!can(ctx.actor, permission, inUnits)) throw new AppError('PERMISSION_DENIED', { permission });
}

/** Throws PERMISSION_DENIED (naming the first) unless the actor holds one of the permissions. */
export function authorizeAny(ctx: TenantContext, permissions: readonly Permission[]): void {
  if (!permissions.some((p) => can(ctx.actor, p))) {
    throw new AppError('PERMISSION_DENIED', { permission: permissions[0] });
  }
}

/** Every permission the actor holds anywhere, sorted. */
export function permissionsOf(actor: UserActor): Permission[] {
  return [...new Set(actor.grants.flatMap((g) => [...g.permissions]))].sort();
}
