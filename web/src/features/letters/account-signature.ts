import type { Capacity } from '@contracts/directory.contract.ts';
import { SignatureBody } from '@contracts/letters.contract.ts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api.ts';
import { parseWith } from '@/lib/forms.ts';
import { useT } from '@/lib/i18n/index.tsx';

/** Whether the signed-in user has a stored signature image, and since when. */
export interface SignatureStatus {
  hasImage: boolean;
  updatedAt: string | null;
}

const signatureKey = ['account', 'signature'] as const;
const capacitiesKey = ['account', 'capacities'] as const;

/** The URL of the stored signature image; `updatedAt` busts the browser cache after a change. */
export function signatureImageUrl(updatedAt: string | null): string {
  return `/api/v1/account/signature.png${updatedAt ? `?v=${encodeURIComponent(updatedAt)}` : ''}`;
}

/** The signed-in user's signature status. */
export function useSignatureStatus() {
  return useQuery({
    queryKey: signatureKey,
    queryFn: () => api<SignatureStatus>('GET', '/account/signature'),
  });
}

/** Stores a signature image (PNG, base64 without the data: prefix). */
export function useSaveSignature() {
  const t = useT();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: z.input<typeof SignatureBody>) =>
      api<SignatureStatus>('PUT', '/account/signature', { body: parseWith(SignatureBody, input, t) }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: signatureKey }),
  });
}

/** Removes the stored signature image. */
export function useDeleteSignature() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<unknown>('DELETE', '/account/signature'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: signatureKey }),
  });
}

/** The positions the user holds today (own, acting, delegated, committee): "ตำแหน่งการลงนาม". */
export function useMyCapacities(enabled = true) {
  return useQuery({
    queryKey: capacitiesKey,
    queryFn: () => api<{ date: string; capacities: Capacity[] }>('GET', '/account/capacities'),
    enabled,
  });
}
