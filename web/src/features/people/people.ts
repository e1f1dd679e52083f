import { type Person, PersonBody, UpdatePersonBody } from '@contracts/directory.contract.ts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, type Page } from '@/lib/api.ts';
import { fieldIssue, parseWith } from '@/lib/forms.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { isValidNationalId } from '@/lib/national-id.ts';

const keys = {
  all: ['people'] as const,
  list: (params: object) => ['people', 'list', params] as const,
  one: (id: string) => ['people', 'one', id] as const,
};

/** A page of people, searched by name, national ID or e-mail. */
export function usePeople(params: { q?: string; offset: number; limit: number; orgUnitId?: string | null }) {
  return useQuery({
    queryKey: keys.list(params),
    queryFn: () => api<Page<Person>>('GET', '/people', { query: params }),
    placeholderData: keepPreviousData,
  });
}

/** One person. */
export function usePerson(id: string | undefined) {
  return useQuery({
    queryKey: keys.one(id ?? ''),
    queryFn: () => api<Person>('GET', `/people/${id}`),
    enabled: !!id,
  });
}

/** Creates (no id) or updates a person; checks the national ID's check digit before sending. */
export function useSavePerson() {
  const t = useT();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, ...input }: { id?: string } & z.input<typeof PersonBody>) => {
      if (input.nationalId !== undefined && !isValidNationalId(input.nationalId)) {
        throw fieldIssue('nationalId', t('error.nationalId'), t);
      }
      return id
        ? api<Person>('PATCH', `/people/${id}`, { body: parseWith(UpdatePersonBody, input, t) })
        : api<Person>('POST', '/people', { body: parseWith(PersonBody, input, t) });
    },
    onSuccess: (person) => {
      queryClient.setQueryData(keys.one(person.id), person);
      void queryClient.invalidateQueries({ queryKey: keys.all });
    },
  });
}

/** Deletes a person without user account or appointments. */
export function useDeletePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<unknown>('DELETE', `/people/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}
