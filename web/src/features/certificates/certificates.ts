import {
  AddTrustAnchorBody,
  type AgencyCaView,
  type CertificateView,
  ImportCertificateBody,
  IssueCertificateBody,
  RevokeCertificateBody,
  type TrustAnchorView,
} from '@contracts/signing.contract.ts';
import { SignatureBody } from '@contracts/letters.contract.ts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { SignatureStatus } from '@/features/letters/account-signature.ts';
import { api } from '@/lib/api.ts';
import { parseWith } from '@/lib/forms.ts';
import { useT } from '@/lib/i18n/index.tsx';

export type Certificate = CertificateView;
export type AgencyCa = z.infer<typeof AgencyCaView>;
export type TrustAnchor = z.infer<typeof TrustAnchorView>;

export const certificateKeys = {
  all: ['certificates'] as const,
  mine: ['certificates', 'mine'] as const,
  agency: (userId: string | null) => ['certificates', 'agency', userId ?? ''] as const,
  ca: ['pki', 'ca'] as const,
  anchors: ['pki', 'trust-anchors'] as const,
};

/** The signed-in user's certificates (usable to sign: status 'active'). */
export function useMyCertificates(enabled = true) {
  return useQuery({
    queryKey: certificateKeys.mine,
    queryFn: async () => (await api<{ items: Certificate[] }>('GET', '/account/certificates')).items,
    enabled,
  });
}

/** Certificates to offer in the signing dialog: the active ones. */
export const usableCertificates = (items: Certificate[] | undefined) =>
  (items ?? []).filter((c) => c.status === 'active');

function useCertificateMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: certificateKeys.all }),
  });
}

/** นำเข้าใบรับรอง: the user imports their own PKCS#12 into the system store. */
export function useImportMyCertificate() {
  const t = useT();
  return useCertificateMutation(async (input: z.input<typeof ImportCertificateBody>) =>
    api<Certificate>('POST', '/account/certificates/import', {
      body: parseWith(ImportCertificateBody, input, t),
    }),
  );
}

/** The agency's internal CA. */
export function useAgencyCa() {
  return useQuery({ queryKey: certificateKeys.ca, queryFn: () => api<AgencyCa>('GET', '/pki/ca') });
}

/** The agency's certificates, or one user's. */
export function useAgencyCertificates(userId: string | null) {
  return useQuery({
    queryKey: certificateKeys.agency(userId),
    queryFn: async () =>
      (await api<{ items: Certificate[] }>('GET', '/certificates', { query: { userId } })).items,
  });
}

/** ออกใบรับรองภายใน (the deck's "สร้าง Internal Certificate") for a user. */
export function useIssueCertificate() {
  const t = useT();
  return useCertificateMutation(
    async ({ userId, ...input }: { userId: string } & z.input<typeof IssueCertificateBody>) =>
      api<Certificate>('POST', `/users/${userId}/certificates`, {
        body: parseWith(IssueCertificateBody, input, t),
      }),
  );
}

/** นำเข้า .p12 ให้ผู้ใช้. */
export function useImportUserCertificate() {
  const t = useT();
  return useCertificateMutation(
    async ({ userId, ...input }: { userId: string } & z.input<typeof ImportCertificateBody>) =>
      api<Certificate>('POST', `/users/${userId}/certificates/import`, {
        body: parseWith(ImportCertificateBody, input, t),
      }),
  );
}

/** เพิกถอน a certificate, with a reason. */
export function useRevokeCertificate() {
  const t = useT();
  return useCertificateMutation(async ({ id, reason }: { id: string; reason: string }) =>
    api<Certificate>('POST', `/certificates/${id}/revoke`, {
      body: parseWith(RevokeCertificateBody, { reason }, t),
    }),
  );
}

/** The certificates (besides the agency CA) that signatures may chain to. */
export function useTrustAnchors() {
  return useQuery({
    queryKey: certificateKeys.anchors,
    queryFn: async () => (await api<{ items: TrustAnchor[] }>('GET', '/pki/trust-anchors')).items,
  });
}

function useAnchorMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: certificateKeys.anchors }),
  });
}

/** Adds a trust anchor (a PEM certificate). */
export function useAddTrustAnchor() {
  const t = useT();
  return useAnchorMutation(async (input: z.input<typeof AddTrustAnchorBody>) =>
    api<TrustAnchor>('POST', '/pki/trust-anchors', { body: parseWith(AddTrustAnchorBody, input, t) }),
  );
}

/** Removes a trust anchor. */
export function useDeleteTrustAnchor() {
  return useAnchorMutation((id: string) => api<unknown>('DELETE', `/pki/trust-anchors/${id}`));
}

const userSignatureKey = (userId: string) => ['users', userId, 'signature'] as const;

/** Whether a user has a stored signature image, and since when (the administrator's view). */
export function useUserSignatureStatus(userId: string) {
  return useQuery({
    queryKey: userSignatureKey(userId),
    queryFn: () => api<SignatureStatus>('GET', `/users/${encodeURIComponent(userId)}/signature`),
  });
}

/** The URL of a user's stored signature image for the administrator (the server audits each read). */
export function userSignatureImageUrl(userId: string, updatedAt: string | null): string {
  const v = updatedAt ? `?v=${encodeURIComponent(updatedAt)}` : '';
  return `/api/v1/users/${encodeURIComponent(userId)}/signature.png${v}`;
}

/** นำเข้าลายเซ็น: the administrator stores a signature image (PNG, base64) for a user. */
export function useSetUserSignature(userId: string) {
  const t = useT();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (image: string) =>
      api<SignatureStatus>('PUT', `/users/${encodeURIComponent(userId)}/signature`, {
        body: parseWith(SignatureBody, { image }, t),
      }),
    onSuccess: (status) => queryClient.setQueryData(userSignatureKey(userId), status),
  });
}
