import type { PermissionInfo } from '../../../contracts/directory.contract.ts';
import { ALL_PERMISSIONS, permissionLabels } from './permissions.ts';

/** Every permission a role can grant, in the deck's order, with Thai/English labels and its group (open to any signed-in user). */
export function listPermissions(): PermissionInfo[] {
  return ALL_PERMISSIONS.map((key) => ({ key, ...permissionLabels[key] }));
}
