import type { PermissionInfo } from '@contracts/directory.contract.ts';
import type { z } from 'zod';

type Permission = z.infer<typeof PermissionInfo>;

/** Permissions grouped in the server's order: letters first, then admin, then anything else. */
export function groupPermissions(perms: Permission[]): { group: string; items: Permission[] }[] {
  const order = ['letters', 'admin'];
  const groups = new Map<string, Permission[]>();
  for (const p of perms) groups.set(p.group, [...(groups.get(p.group) ?? []), p]);
  return [...groups.entries()]
    .sort(([a], [b]) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99))
    .map(([group, items]) => ({ group, items }));
}
