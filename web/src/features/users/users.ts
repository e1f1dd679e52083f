import {
  AssignRoleBody,
  CreateUserBody,
  ResetPasswordBody,
  UpdateUserBody,
  type User,
} from '@contracts/directory.contract.ts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { sessionKey } from '@/features/auth/session.ts';
import { api, type Page } from '@/lib/api.ts';
import { parseWith } from '@/lib/forms.ts';
import { useT } from '@/lib/i18n/index.tsx';

const keys = {
  all: ['users'] as const,
  list: (params: object) => ['users', 'list', params] as const,
  one: (id: string) => ['users', 'one', id] as const,
  quota: ['users', 'quota'] as const,
};

/** A page of users. */
export function useUsers(params: { q?: string; offset: number; limit: number }) {
  return useQuery({
    queryKey: keys.list(params),
    queryFn: () => api<Page<User>>('GET', '/users', { query: params }),
    placeholderData: keepPreviousData,
  });
}

/** One user with their role assignments. */
export function useUser(id: string | undefined) {
  return useQuery({
    queryKey: keys.one(id ?? ''),
    queryFn: () => api<User>('GET', `/users/${id}`),
    enabled: !!id,
  });
}

/** The agency's user quota and how much of it is used. */
export function useUserQuota() {
  return useQuery({
    queryKey: keys.quota,
    queryFn: () => api<{ quota: number; used: number }>('GET', '/users/quota'),
  });
}

function useUserMutation<I, O = User>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (out) => {
      const user = out as unknown as User | undefined;
      if (user && typeof user === 'object' && 'id' in user && 'roles' in user)
        queryClient.setQueryData(keys.one(user.id), user);
      void queryClient.invalidateQueries({ queryKey: keys.all });
      // The signed-in admin may have changed their own roles: reload their permissions too.
      void queryClient.invalidateQueries({ queryKey: sessionKey });
    },
  });
}

/** Creates a user (counts against the quota). */
export function useCreateUser() {
  const t = useT();
  return useUserMutation(async (input: z.input<typeof CreateUserBody>) =>
    api<User>('POST', '/users', { body: parseWith(CreateUserBody, input, t) }),
  );
}

/** Updates a user's details. */
export function useUpdateUser(id: string) {
  const t = useT();
  return useUserMutation(async (input: z.input<typeof UpdateUserBody>) =>
    api<User>('PATCH', `/users/${id}`, { body: parseWith(UpdateUserBody, input, t) }),
  );
}

/** Sets a new password for a user. */
export function useResetPassword(id: string) {
  const t = useT();
  return useUserMutation(async (input: z.input<typeof ResetPasswordBody>) =>
    api<unknown>('POST', `/users/${id}/password`, { body: parseWith(ResetPasswordBody, input, t) }),
  );
}

/** Unlocks a user locked after failed log-ins. */
export function useUnlockUser(id: string) {
  return useUserMutation(() => api<unknown>('POST', `/users/${id}/unlock`));
}

/** Gives a user a role in a unit. */
export function useAssignRole() {
  const t = useT();
  return useUserMutation(async ({ userId, ...input }: { userId: string } & z.input<typeof AssignRoleBody>) =>
    api<User>('POST', `/users/${userId}/roles`, { body: parseWith(AssignRoleBody, input, t) }),
  );
}

/** Takes a role assignment away. */
export function useRemoveRole() {
  return useUserMutation(({ userId, assignmentId }: { userId: string; assignmentId: string }) =>
    api<User>('DELETE', `/users/${userId}/roles/${assignmentId}`),
  );
}

/** Deletes a user. */
export function useDeleteUser() {
  return useUserMutation((id: string) => api<unknown>('DELETE', `/users/${id}`));
}
