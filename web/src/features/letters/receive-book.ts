import type { ReceiveBook } from '@contracts/letters.contract.ts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api.ts';

/** The receive register (ทะเบียนหนังสือรับ) of a register and year. */
export function useReceiveBook(registerId: string, yearBE: number) {
  return useQuery({
    queryKey: ['receive-book', registerId, yearBE],
    queryFn: () => api<ReceiveBook>('GET', `/registers/${registerId}/receive-book`, { query: { yearBE } }),
    enabled: !!registerId,
    placeholderData: keepPreviousData,
  });
}

/** The printable PDF of the same book. */
export function receiveBookPdfUrl(registerId: string, yearBE: number): string {
  return `/api/v1/registers/${registerId}/receive-book.pdf?yearBE=${yearBE}`;
}
