import type { LetterView } from '@contracts/letters.contract.ts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Page } from '@/lib/api.ts';

/** Filters of the "who viewed letters" search. */
export type LetterViewParams = {
  letterId?: string;
  userId?: string;
  q?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
};

/** One page of letter views (ประวัติการเข้าดูหนังสือ), newest first. */
export function useLetterViews(params: LetterViewParams) {
  return useQuery({
    queryKey: ['letter-views', params],
    queryFn: () => api<Page<LetterView>>('GET', '/letter-views', { query: params }),
    placeholderData: keepPreviousData,
  });
}
