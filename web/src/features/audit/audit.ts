import type { AuditEntry, AuditVerifyResult } from '@contracts/audit.contract.ts';
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api.ts';

export type Entry = z.infer<typeof AuditEntry>;
type Verify = z.infer<typeof AuditVerifyResult>;

/** Audit filters as the API takes them (from/to are ISO timestamps with offset). */
export interface AuditFilters {
  action?: string;
  actorId?: string;
  from?: string;
  to?: string;
}

const PAGE = 50;

/** The audit log, newest first, loaded page by page with the beforeSeq cursor. */
export function useAuditLog(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit', filters],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) =>
      api<{ items: Entry[]; nextBeforeSeq: number | null }>('GET', '/audit', {
        query: { ...filters, beforeSeq: pageParam, limit: PAGE },
      }),
    getNextPageParam: (last) => last.nextBeforeSeq ?? undefined,
  });
}

/** Re-computes the hash chain on the server. */
export function useVerifyAudit() {
  return useMutation({ mutationFn: () => api<Verify>('GET', '/audit/verify') });
}
