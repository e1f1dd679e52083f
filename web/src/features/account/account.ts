import {
  ChangePasswordBody,
  CreateApiTokenBody,
  TotpConfirmBody,
  TotpDisableBody,
} from '@contracts/auth.contract.ts';
import type { z } from 'zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiToken, CreatedApiToken, SessionInfo, TotpSetup } from '@contracts/auth.contract.ts';
import { sessionKey } from '@/features/auth/session.ts';
import { api } from '@/lib/api.ts';
import { parseWith } from '@/lib/forms.ts';
import { useT } from '@/lib/i18n/index.tsx';

type Token = z.infer<typeof ApiToken>;
const tokensKey = ['account', 'tokens'] as const;

/** Changes the signed-in user's password, then reloads the session (mustChangePassword clears). */
export function useChangePassword() {
  const t = useT();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: z.input<typeof ChangePasswordBody>) =>
      api<unknown>('POST', '/auth/password', { body: parseWith(ChangePasswordBody, input, t) }),
    onSuccess: () => {
      // Clear the flag at once so the guard lets the user through before the session reloads.
      queryClient.setQueryData<SessionInfo | null>(sessionKey, (s) =>
        s ? { ...s, user: { ...s.user, mustChangePassword: false } } : s,
      );
      void queryClient.invalidateQueries({ queryKey: sessionKey });
    },
  });
}

/** Starts TOTP set-up: a new secret and its otpauth:// URL. */
export function useTotpSetup() {
  return useMutation({ mutationFn: () => api<z.infer<typeof TotpSetup>>('POST', '/auth/totp/setup') });
}

/** Confirms TOTP with a first code, turning it on. */
export function useTotpConfirm() {
  const t = useT();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: z.input<typeof TotpConfirmBody>) =>
      api<unknown>('POST', '/auth/totp/confirm', { body: parseWith(TotpConfirmBody, input, t) }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKey }),
  });
}

/** Turns TOTP off (needs the password). */
export function useTotpDisable() {
  const t = useT();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: z.input<typeof TotpDisableBody>) =>
      api<unknown>('POST', '/auth/totp/disable', { body: parseWith(TotpDisableBody, input, t) }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKey }),
  });
}

/** The user's API tokens. */
export function useApiTokens() {
  return useQuery({ queryKey: tokensKey, queryFn: () => api<Token[]>('GET', '/auth/tokens') });
}

/** Creates a token; the answer holds the secret, shown once. */
export function useCreateApiToken() {
  const t = useT();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: z.input<typeof CreateApiTokenBody>) =>
      api<z.infer<typeof CreatedApiToken>>('POST', '/auth/tokens', {
        body: parseWith(CreateApiTokenBody, input, t),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}

/** Revokes a token. */
export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<unknown>('DELETE', `/auth/tokens/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}
