import type { LoginBody, SessionInfo } from '@contracts/auth.contract.ts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '@/lib/api.ts';

export const sessionKey = ['session'] as const;

async function fetchSession(): Promise<SessionInfo | null> {
  const session = await api<SessionInfo | null>('GET', '/auth/session', { allow401: true });
  setCsrfToken('user', session?.csrfToken);
  return session;
}

/** The signed-in agency user, or null when nobody is signed in. */
export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 5 * 60_000, retry: false });
}

/** The session inside a protected page (RequireSession guarantees it exists). */
export function useCurrentSession(): SessionInfo {
  const { data } = useSession();
  if (!data) throw new Error('useCurrentSession outside RequireSession');
  return data;
}

/** True when the signed-in user holds `permission` through any role. */
export function useCan(permission: string): boolean {
  const { data } = useSession();
  return data?.permissions.includes(permission) ?? false;
}

/** Logs in; on success the session is cached and the CSRF token remembered. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => api<SessionInfo>('POST', '/auth/login', { body }),
    onSuccess: (session) => {
      // One browser holds one session: a user log-in replaces any operator session.
      setCsrfToken('user', session.csrfToken);
      setCsrfToken('operator', undefined);
      queryClient.clear();
      queryClient.setQueryData(sessionKey, session);
    },
  });
}

/** Logs out and forgets every cached answer. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<unknown>('POST', '/auth/logout'),
    onSettled: () => {
      setCsrfToken('user', undefined);
      queryClient.clear();
      queryClient.setQueryData(sessionKey, null);
    },
  });
}
