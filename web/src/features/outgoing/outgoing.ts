import {
  DispatchBody,
  DraftContent,
  type ExchangeAgency,
  type OutgoingBox,
  type OutgoingLetter,
  type OutgoingSummary,
  type OutgoingVersionContent,
  ReviewBody,
  SignLetterBody,
  SubmitDraftBody,
  UpdateDraftBody,
} from '@contracts/outgoing.contract.ts';
import { ReasonBody } from '@contracts/letters.contract.ts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { letterKeys } from '@/features/letters/letters.ts';
import { useMultipartUpload } from '@/features/letters/register-incoming-letter.ts';
import { api, type Page } from '@/lib/api.ts';
import { fieldIssue, parseWith } from '@/lib/forms.ts';
import { useT } from '@/lib/i18n/index.tsx';

/** Query keys of the outgoing area; every change invalidates `all` (boxes and the letter). */
export const outgoingKeys = {
  all: ['outgoing'] as const,
  box: (params: object) => ['outgoing', 'box', params] as const,
  one: (id: string) => ['outgoing', 'one', id] as const,
  agencies: ['outgoing-agencies'] as const,
};

type Summary = z.infer<typeof OutgoingSummary>;
type Box = z.infer<typeof OutgoingBox>;

/** What the letter screen passes to each action's dialog. */
export interface OutgoingDialogProps {
  letter: OutgoingLetter;
  opened: boolean;
  onClose: () => void;
}

/** The URL of the letter's current PDF: the draft with its "ร่าง" mark, or the signed letter. */
export const outgoingPdfUrl = (id: string) => `/api/v1/outgoing/${id}/pdf`;

/** One page of a box (ร่างของฉัน, รอตรวจ, รอลงนาม, ส่งแล้ว, ทั้งหมด). */
export function useOutgoingBox(params: { box: Box; q?: string; limit: number; offset: number }) {
  return useQuery({
    queryKey: outgoingKeys.box(params),
    queryFn: () => api<Page<Summary>>('GET', '/outgoing', { query: params }),
    placeholderData: keepPreviousData,
  });
}

/** One outgoing letter with its chain, deliveries, versions and what the viewer may do now. */
export function useOutgoingLetter(id: string) {
  return useQuery({
    queryKey: outgoingKeys.one(id),
    queryFn: () => api<OutgoingLetter>('GET', `/outgoing/${id}`),
  });
}

/** Other agencies on the platform a letter can be sent to electronically. */
export function useExchangeAgencies(enabled = true) {
  return useQuery({
    queryKey: outgoingKeys.agencies,
    queryFn: () => api<z.infer<typeof ExchangeAgency>[]>('GET', '/outgoing/agencies'),
    enabled,
    staleTime: 5 * 60_000,
  });
}

/**
 * A mutation answering the letter: caches it and refreshes the boxes; with `feedsIncoming` the incoming
 * queues too (a dispatch puts the letter in units' รอลงรับ).
 */
function useOutgoingMutation<I>(fn: (input: I) => Promise<OutgoingLetter>, feedsIncoming = false) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (letter) => {
      queryClient.setQueryData(outgoingKeys.one(letter.id), letter);
      void queryClient.invalidateQueries({
        queryKey: outgoingKeys.all,
        predicate: (q) => q.queryKey[1] !== 'one' || q.queryKey[2] !== letter.id,
      });
      if (feedsIncoming) void queryClient.invalidateQueries({ queryKey: letterKeys.all });
    },
  });
}

/** ร่างหนังสือ: saves a new draft. */
export function useCreateDraft() {
  const t = useT();
  return useOutgoingMutation(async (input: z.input<typeof DraftContent>) =>
    api<OutgoingLetter>('POST', '/outgoing', { body: parseWith(DraftContent, input, t) }),
  );
}

/** Saves the draft's content as a new version, with an optional note of what changed. */
export function useUpdateDraft(id: string) {
  const t = useT();
  return useOutgoingMutation(async (input: z.input<typeof UpdateDraftBody>) =>
    api<OutgoingLetter>('PATCH', `/outgoing/${id}`, { body: parseWith(UpdateDraftBody, input, t) }),
  );
}

/** เสนอร่างลงนาม: reviewers in order, then the signer. */
export function useSubmitDraft(id: string) {
  const t = useT();
  return useOutgoingMutation(async (input: z.input<typeof SubmitDraftBody>) => {
    if (!input.signerId) throw fieldIssue('signerId', t('outgoing.signerRequired'), t);
    return api<OutgoingLetter>('POST', `/outgoing/${id}/submit`, {
      body: parseWith(SubmitDraftBody, input, t),
    });
  });
}

/** How a return reason starts (route wording is Thai whatever the screen language). */
export const RETURN_PREFIX = 'โปรดแก้ไข';

/** ตรวจ: approve, or return for correction with a reason that says more than "โปรดแก้ไข". */
export function useReviewDraft(id: string) {
  const t = useT();
  return useOutgoingMutation(async (input: z.input<typeof ReviewBody>) => {
    const reason = (input.comment ?? '').trim().replace(RETURN_PREFIX, '').trim();
    if (input.decision === 'return' && !reason)
      throw fieldIssue('comment', t('outgoing.returnReasonRequired'), t);
    if (input.decision === 'comment' && !input.comment?.trim())
      throw fieldIssue('comment', t('outgoing.commentRequired'), t);
    return api<OutgoingLetter>('POST', `/outgoing/${id}/review`, { body: parseWith(ReviewBody, input, t) });
  });
}

/** ลงนาม: the password again, a stored or drawn signature and the capacity; the number is given then. */
export function useSignLetter(id: string) {
  const t = useT();
  return useOutgoingMutation(async (input: z.input<typeof SignLetterBody>) =>
    api<OutgoingLetter>('POST', `/outgoing/${id}/sign`, { body: parseWith(SignLetterBody, input, t) }),
  );
}

/** ส่งหนังสือ: to units of the agency, other agencies on the platform and paper recipients. */
export function useDispatchLetter(id: string) {
  const t = useT();
  return useOutgoingMutation(async (input: z.input<typeof DispatchBody>) => {
    const body = parseWith(DispatchBody, input, t);
    if (body.orgUnitIds.length + body.agencySlugs.length + body.paperRecipients.length === 0)
      throw fieldIssue('orgUnitIds', t('outgoing.dispatchNeedsRecipient'), t);
    return api<OutgoingLetter>('POST', `/outgoing/${id}/dispatch`, { body });
  }, true);
}

/** ยกเลิก with a reason. */
export function useCancelOutgoing(id: string) {
  const t = useT();
  return useOutgoingMutation(async (reason: string) =>
    api<OutgoingLetter>('POST', `/outgoing/${id}/cancel`, { body: parseWith(ReasonBody, { reason }, t) }),
  );
}

/** แนบไฟล์ (สิ่งที่ส่งมาด้วย) to a draft, with upload progress from 0 to 1. */
export function useUploadOutgoingAttachments(id: string) {
  const { upload, progress } = useMultipartUpload();
  const mutation = useOutgoingMutation(async (files: File[]) => {
    const form = new FormData();
    for (const file of files) form.append('attachments', file, file.name);
    return upload<OutgoingLetter>(`/outgoing/${id}/attachments`, form);
  });
  return { ...mutation, progress };
}

/** Removes one attachment from a draft. */
export function useDeleteOutgoingAttachment(id: string) {
  return useOutgoingMutation(async (attachmentId: string) =>
    api<OutgoingLetter>('DELETE', `/outgoing/${id}/attachments/${attachmentId}`),
  );
}

/** ใช้ไฟล์ PDF ที่จัดทำแล้ว: a finished PDF used instead of the draft's fields, with upload progress. */
export function useSetOutgoingSourcePdf(id: string) {
  const { upload, progress } = useMultipartUpload();
  const mutation = useOutgoingMutation(async (file: File) => {
    const form = new FormData();
    form.append('document', file, file.name);
    return upload<OutgoingLetter>(`/outgoing/${id}/document`, form, 'PUT');
  });
  return { ...mutation, progress };
}

/** เลิกใช้ไฟล์นี้: the letter is made from its fields again. */
export function useRemoveOutgoingSourcePdf(id: string) {
  return useOutgoingMutation(async () => api<OutgoingLetter>('DELETE', `/outgoing/${id}/document`));
}

/** The download address of one attachment. */
export const outgoingAttachmentUrl = (id: string, attachmentId: string) =>
  `/api/v1/outgoing/${id}/attachments/${attachmentId}`;

/** ลบร่าง (the server allows it before the letter is signed). */
export function useDeleteOutgoing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<{ ok: true }>('DELETE', `/outgoing/${id}`),
    onSuccess: (_ok, id) => {
      queryClient.removeQueries({ queryKey: outgoingKeys.one(id) });
      void queryClient.invalidateQueries({ queryKey: outgoingKeys.all });
    },
  });
}

/** One saved version of the draft, whole (loaded for comparing two versions). */
export function useOutgoingVersion(id: string, version: number | null) {
  return useQuery({
    queryKey: [...outgoingKeys.one(id), 'version', version] as const,
    queryFn: () => api<z.infer<typeof OutgoingVersionContent>>('GET', `/outgoing/${id}/versions/${version}`),
    enabled: version !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
