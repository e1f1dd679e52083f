import {
  ActionNoteBody,
  CloseBody,
  ForwardBody,
  type Letter,
  type LetterHistoryEntry,
  type LetterRoute,
  ProposeBody,
  type LetterStatus,
  type QueueCounts,
  type QueueItem,
  type QueueName,
  ReasonBody,
  ReceiveBody,
  type RecipientDirectory,
  RecordCommandBody,
  type Secrecy,
  UpdateLetterBody,
  type Urgency,
} from '@contracts/letters.contract.ts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, type Page } from '@/lib/api.ts';
import { parseWith } from '@/lib/forms.ts';
import { useT } from '@/lib/i18n/index.tsx';

/** Query keys of the letters area; every letter change invalidates `all` (queues, counts, routes). */
export const letterKeys = {
  all: ['letters'] as const,
  queue: (params: object) => ['letters', 'queue', params] as const,
  counts: ['letters', 'counts'] as const,
  one: (id: string) => ['letters', 'one', id] as const,
  history: (id: string) => ['letters', 'history', id] as const,
  route: (id: string) => ['letters', 'route', id] as const,
  recipients: ['letter-recipients'] as const,
};

/** A queue, its filters and the page a list asks for. */
export type QueueParams = {
  queue: QueueName;
  q?: string;
  urgency?: Urgency;
  secrecy?: Secrecy;
  status?: LetterStatus;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
};

/** One page of a queue (รอลงรับ, รอพิจารณา …) with its filters. */
export function useQueue(params: QueueParams) {
  return useQuery({
    queryKey: letterKeys.queue(params),
    queryFn: () => api<Page<QueueItem>>('GET', '/letters', { query: params }),
    placeholderData: keepPreviousData,
  });
}

/** The badge counts of the navigation, refreshed every minute while the app is open. */
export function useQueueCounts(enabled: boolean) {
  return useQuery({
    queryKey: letterKeys.counts,
    queryFn: () => api<QueueCounts>('GET', '/letters/counts'),
    enabled,
    refetchInterval: 60_000,
  });
}

/** One letter with what the viewer may do now. */
export function useLetter(id: string) {
  return useQuery({ queryKey: letterKeys.one(id), queryFn: () => api<Letter>('GET', `/letters/${id}`) });
}

/** The edit history of a letter (loaded when opened). */
export function useLetterHistory(id: string, enabled: boolean) {
  return useQuery({
    queryKey: letterKeys.history(id),
    queryFn: () => api<LetterHistoryEntry[]>('GET', `/letters/${id}/history`),
    enabled,
  });
}

/** The route of a letter: every hop with its deliveries. */
export function useLetterRoute(id: string) {
  return useQuery({
    queryKey: letterKeys.route(id),
    queryFn: () => api<LetterRoute>('GET', `/letters/${id}/route`),
  });
}

/** Units and people a letter can be sent to. */
export function useRecipients(enabled = true) {
  return useQuery({
    queryKey: letterKeys.recipients,
    queryFn: () => api<RecipientDirectory>('GET', '/letters/recipients'),
    enabled,
    staleTime: 5 * 60_000,
  });
}

/** A mutation answering the letter: caches it and refreshes queues, counts, history and route. */
function useLetterMutation<I>(fn: (input: I) => Promise<Letter>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (letter) => {
      queryClient.setQueryData(letterKeys.one(letter.id), letter);
      void queryClient.invalidateQueries({
        queryKey: letterKeys.all,
        predicate: (q) => q.queryKey[1] !== 'one' || q.queryKey[2] !== letter.id,
      });
    },
  });
}

/** เสนอ: proposes the letter to executives. */
export function useProposeLetter(id: string) {
  const t = useT();
  return useLetterMutation(async (input: z.input<typeof ProposeBody>) =>
    api<Letter>('POST', `/letters/${id}/propose`, { body: parseWith(ProposeBody, input, t) }),
  );
}

/** สั่งการ: records a signed command (password re-entered). */
export function useRecordCommand(id: string) {
  const t = useT();
  return useLetterMutation(async (input: z.input<typeof RecordCommandBody>) =>
    api<Letter>('POST', `/letters/${id}/commands`, { body: parseWith(RecordCommandBody, input, t) }),
  );
}

/** ส่งต่อ: forwards the letter to units and people. */
export function useForwardLetter(id: string) {
  const t = useT();
  return useLetterMutation(async (input: z.input<typeof ForwardBody>) =>
    api<Letter>('POST', `/letters/${id}/forward`, { body: parseWith(ForwardBody, input, t) }),
  );
}

/** บันทึกการปฏิบัติ. */
export function useRecordAction(id: string) {
  const t = useT();
  return useLetterMutation(async (input: z.input<typeof ActionNoteBody>) =>
    api<Letter>('POST', `/letters/${id}/actions`, { body: parseWith(ActionNoteBody, input, t) }),
  );
}

/** ปิดงาน. */
export function useCloseLetter(id: string) {
  const t = useT();
  return useLetterMutation(async (input: z.input<typeof CloseBody>) =>
    api<Letter>('POST', `/letters/${id}/close`, { body: parseWith(CloseBody, input, t) }),
  );
}

/** ยกเลิกหนังสือ with a reason. */
export function useCancelLetter(id: string) {
  const t = useT();
  return useLetterMutation(async (input: z.input<typeof ReasonBody>) =>
    api<Letter>('POST', `/letters/${id}/cancel`, { body: parseWith(ReasonBody, input, t) }),
  );
}

/** แก้ไขหนังสือ: the letter's own details. */
export function useUpdateLetter(id: string) {
  const t = useT();
  return useLetterMutation(async (input: z.input<typeof UpdateLetterBody>) =>
    api<Letter>('PATCH', `/letters/${id}`, { body: parseWith(UpdateLetterBody, input, t) }),
  );
}

/** ลบหนังสือ (only before it has a number and has been sent; the server checks). */
export function useDeleteLetter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<{ ok: true }>('DELETE', `/letters/${id}`),
    onSuccess: (_ok, id) => {
      queryClient.removeQueries({ queryKey: letterKeys.one(id) });
      void queryClient.invalidateQueries({ queryKey: letterKeys.all });
    },
  });
}

/** What can be done to one delivery of the letter. */
export type DeliveryVerb = 'receive' | 'acknowledge' | 'recall' | 'return';

/** ลงรับ / รับทราบ / ดึงกลับ / ส่งคืน on one delivery. */
export function useDeliveryAction() {
  const t = useT();
  return useLetterMutation(
    async ({
      verb,
      deliveryId,
      reason,
      registerId,
    }: {
      verb: DeliveryVerb;
      deliveryId: string;
      reason?: string;
      registerId?: string;
    }) => {
      const path = `/deliveries/${deliveryId}/${verb}`;
      if (verb === 'return')
        return api<Letter>('POST', path, { body: parseWith(ReasonBody, { reason: reason ?? '' }, t) });
      if (verb === 'receive')
        return api<Letter>('POST', path, { body: parseWith(ReceiveBody, { registerId }, t) });
      return api<Letter>('POST', path, { body: {} });
    },
  );
}
