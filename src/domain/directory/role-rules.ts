import { ALL_PERMISSIONS, isPermission, type Permission } from './permissions.ts';
import { invalidField } from './parse-input.ts';

/**
 * The permissions of a role form, de-duplicated and in the deck's order. Unknown strings are refused with
 * 400 VALIDATION_FAILED listing them, rather than stored where no check would ever match them.
 */
export function checkedPermissions(values: readonly string[]): Permission[] {
  const unknown = values.filter((v) => !isPermission(v));
  if (unknown.length > 0)
    throw invalidField('permissions', `Unknown permissions: ${unknown.join(', ')}`, { unknown });
  return ALL_PERMISSIONS.filter((p) => values.includes(p));
}
