import type { OperatorSessionInfo } from '@contracts/auth.contract.ts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '@/lib/api.ts';

export const operatorSessionKey = ['operator', 'session'] as const;

async function fetchOperatorSession(): Promise<OperatorSessionInfo | null> {
  const session = await api<OperatorSessionInfo | null>('GET', '/operator/auth/session', { allow401: true });
  setCsrfToken('operator', session?.csrfToken);
  return session;
}

/** The signed-in service operator, or null. */
export function useOperatorSession() {
  return useQuery({
    queryKey: operatorSessionKey,
    queryFn: fetchOperatorSession,
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/** Operator log-in. */
export function useOperatorLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { username: string; password: string }) =>
      api<OperatorSessionInfo>('POST', '/operator/auth/login', { body }),
    onSuccess: (session) => {
      // One browser holds one session: an operator log-in replaces any agency user's session.
      setCsrfToken('operator', session.csrfToken);
      setCsrfToken('user', undefined);
      queryClient.clear();
      queryClient.setQueryData(operatorSessionKey, session);
    },
  });
}

/** Operator log-out. */
export function useOperatorLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<unknown>('POST', '/operator/auth/logout'),
    onSettled: () => {
      setCsrfToken('operator', undefined);
      queryClient.removeQueries({ queryKey: ['operator'] });
      queryClient.setQueryData(operatorSessionKey, null);
    },
  });
}
