import {
  CreateTenantBody,
  type Tenant,
  UpdateTenantBody,
  type UsageStatistics,
} from '@contracts/tenancy.contract.ts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, type Page } from '@/lib/api.ts';
import { parseWith } from '@/lib/forms.ts';
import { useT } from '@/lib/i18n/index.tsx';

const keys = {
  all: ['operator', 'tenants'] as const,
  list: (q: string, offset: number, limit: number) =>
    ['operator', 'tenants', 'list', { q, offset, limit }] as const,
  one: (id: string) => ['operator', 'tenants', 'one', id] as const,
  stats: ['operator', 'statistics'] as const,
};

/** A page of agencies for the operator. */
export function useTenants(q: string, offset: number, limit: number) {
  return useQuery({
    queryKey: keys.list(q, offset, limit),
    queryFn: () => api<Page<Tenant>>('GET', '/operator/tenants', { query: { q, offset, limit } }),
    placeholderData: keepPreviousData,
  });
}

/** One agency. */
export function useTenant(id: string) {
  return useQuery({ queryKey: keys.one(id), queryFn: () => api<Tenant>('GET', `/operator/tenants/${id}`) });
}

/** Creates an agency with its first administrator. */
export function useCreateTenant() {
  const queryClient = useQueryClient();
  const t = useT();
  return useMutation({
    mutationFn: async (input: z.input<typeof CreateTenantBody>) =>
      api<Tenant>('POST', '/operator/tenants', { body: parseWith(CreateTenantBody, input, t) }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.all });
      void queryClient.invalidateQueries({ queryKey: keys.stats });
    },
  });
}

/** Changes an agency (quota, names, suspension). */
export function useUpdateTenant(id: string) {
  const queryClient = useQueryClient();
  const t = useT();
  return useMutation({
    mutationFn: async (input: z.input<typeof UpdateTenantBody>) =>
      api<Tenant>('PATCH', `/operator/tenants/${id}`, { body: parseWith(UpdateTenantBody, input, t) }),
    onSuccess: (tenant) => {
      queryClient.setQueryData(keys.one(id), tenant);
      void queryClient.invalidateQueries({ queryKey: keys.all });
      void queryClient.invalidateQueries({ queryKey: keys.stats });
    },
  });
}

/** The usage statistics of the whole service. */
export function useStatistics() {
  return useQuery({
    queryKey: keys.stats,
    queryFn: () => api<UsageStatistics>('GET', '/operator/statistics'),
  });
}
