import {
  CancelNumberBody,
  CreateRegisterBody,
  type Register,
  type RegisterKind,
  type RegisterNumber,
  ReserveNumberBody,
  SetStartNumberBody,
  UpdateRegisterBody,
} from '@contracts/registers.contract.ts';
import type { Tenant, UpdateAgencySettingsBody } from '@contracts/tenancy.contract.ts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, type Page } from '@/lib/api.ts';
import { parseWith } from '@/lib/forms.ts';
import { useT } from '@/lib/i18n/index.tsx';

/** A reserved number as the reservations list returns it. */
export type Reservation = RegisterNumber;

const keys = {
  registers: ['registers'] as const,
  list: (params: object) => ['registers', 'list', params] as const,
  one: (id: string) => ['registers', 'one', id] as const,
  numbers: (id: string, params: object) => ['registers', 'numbers', id, params] as const,
  reservations: (params: object) => ['registers', 'reservations', params] as const,
};

/** Registers, optionally of one unit and/or kind. */
export function useRegisters(params: { orgUnitId?: string | null; kind?: RegisterKind | null }) {
  return useQuery({
    queryKey: keys.list(params),
    queryFn: () => api<Register[]>('GET', '/registers', { query: params }),
  });
}

/** One register with this year's numbering. */
export function useRegister(id: string) {
  return useQuery({ queryKey: keys.one(id), queryFn: () => api<Register>('GET', `/registers/${id}`) });
}

function useRegisterMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.registers }),
  });
}

/** The signed-in user's agency (its digit style decides how every number prints). */
export function useAgency() {
  return useQuery({ queryKey: ['agency'], queryFn: () => api<Tenant>('GET', '/agency') });
}

/** Switches the agency between Thai and Arabic digits; every register preview changes with it. */
export function useUpdateAgencySettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateAgencySettingsBody) => api<Tenant>('PATCH', '/agency', { body }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['agency'] });
      await queryClient.invalidateQueries({ queryKey: keys.registers });
    },
  });
}

/** Creates a register in a unit. */
export function useCreateRegister() {
  const t = useT();
  return useRegisterMutation(async (input: z.input<typeof CreateRegisterBody>) =>
    api<Register>('POST', '/registers', { body: parseWith(CreateRegisterBody, input, t) }),
  );
}

/** Renames, re-codes or archives a register. */
export function useUpdateRegister() {
  const t = useT();
  return useRegisterMutation(async ({ id, ...input }: { id: string } & z.input<typeof UpdateRegisterBody>) =>
    api<Register>('PATCH', `/registers/${id}`, { body: parseWith(UpdateRegisterBody, input, t) }),
  );
}

/** Sets the first number of a year (until a number of that year is used). */
export function useSetStartNumber() {
  const t = useT();
  return useRegisterMutation(async ({ id, ...input }: { id: string } & z.input<typeof SetStartNumberBody>) =>
    api<Register>('PUT', `/registers/${id}/start-number`, { body: parseWith(SetStartNumberBody, input, t) }),
  );
}

/** The register book: numbers of a year, optionally of one status. */
export function useRegisterNumbers(
  id: string,
  params: { yearBE?: number; status?: string | null; limit: number; offset: number },
) {
  return useQuery({
    queryKey: keys.numbers(id, params),
    queryFn: () => api<Page<RegisterNumber>>('GET', `/registers/${id}/numbers`, { query: params }),
    placeholderData: keepPreviousData,
  });
}

/** Reserves the next number of a dispatch or circular register (จองเลขหนังสือภายนอก). */
export function useReserveNumber() {
  const t = useT();
  return useRegisterMutation(async (input: z.input<typeof ReserveNumberBody>) =>
    api<RegisterNumber>('POST', '/number-reservations', { body: parseWith(ReserveNumberBody, input, t) }),
  );
}

/** Reserved numbers across the registers the user may see. */
export function useReservations(params: { status?: string | null; limit: number; offset: number }) {
  return useQuery({
    queryKey: keys.reservations(params),
    queryFn: () => api<Page<Reservation>>('GET', '/number-reservations', { query: params }),
    placeholderData: keepPreviousData,
  });
}

/** Cancels a number with a reason; it stays in the book marked ยกเลิก. */
export function useCancelNumber() {
  const t = useT();
  return useRegisterMutation(
    async ({
      registerId,
      yearBE,
      number,
      ...input
    }: { registerId: string; yearBE: number; number: number } & z.input<typeof CancelNumberBody>) =>
      api<RegisterNumber>('POST', `/registers/${registerId}/numbers/${yearBE}/${number}/cancel`, {
        body: parseWith(CancelNumberBody, input, t),
      }),
  );
}
