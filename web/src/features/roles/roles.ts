import { type PermissionInfo, type Role, RoleBody, UpdateRoleBody } from '@contracts/directory.contract.ts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api.ts';
import { parseWith } from '@/lib/forms.ts';
import { useT } from '@/lib/i18n/index.tsx';

type Permission = z.infer<typeof PermissionInfo>;
const keys = { roles: ['roles'] as const, permissions: ['permissions'] as const };

/** The agency's roles with their permissions and how often each is assigned. */
export function useRoles() {
  return useQuery({ queryKey: keys.roles, queryFn: () => api<Role[]>('GET', '/roles'), staleTime: 60_000 });
}

/** Every permission with Thai/English labels and its group (letters/admin). */
export function usePermissions() {
  return useQuery({
    queryKey: keys.permissions,
    queryFn: () => api<Permission[]>('GET', '/permissions'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Creates (no id) or updates a role. */
export function useSaveRole() {
  const t = useT();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, ...input }: { id?: string } & z.input<typeof RoleBody>) =>
      id
        ? api<Role>('PATCH', `/roles/${id}`, { body: parseWith(UpdateRoleBody, input, t) })
        : api<Role>('POST', '/roles', { body: parseWith(RoleBody, input, t) }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.roles }),
  });
}

/** Deletes an unassigned role. */
export function useDeleteRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<unknown>('DELETE', `/roles/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.roles }),
  });
}
