import { isPermission, type Permission } from '../directory/permissions.ts';
import type { ActiveGrantRow } from '../directory/ports.ts';
import type { UserActor } from '../shared/context.ts';

/** Turns a user's active role assignments into the actor every use case authorises against. */
export function buildUserActor(
  user: { tenantId: string; id: string; personId: string | null; displayName: string },
  grants: readonly ActiveGrantRow[],
): UserActor {
  return {
    kind: 'user',
    tenantId: user.tenantId,
    userId: user.id,
    personId: user.personId,
    name: user.displayName,
    grants: grants.map((g) => ({
      roleId: g.roleId,
      orgUnitId: g.orgUnitId,
      permissions: new Set(g.permissions.filter(isPermission) as Permission[]),
    })),
  };
}
