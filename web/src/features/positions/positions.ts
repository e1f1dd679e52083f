import {
  type Appointment,
  CreateAppointmentBody,
  CreatePositionBody,
  EndAppointmentBody,
  type Position,
  UpdatePositionBody,
} from '@contracts/directory.contract.ts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api.ts';
import { parseWith } from '@/lib/forms.ts';
import { useT } from '@/lib/i18n/index.tsx';

const keys = {
  positions: (orgUnitId: string) => ['positions', orgUnitId] as const,
  allPositions: ['positions'] as const,
  appointments: (positionId: string) => ['appointments', positionId] as const,
  allAppointments: ['appointments'] as const,
};

/** The positions of one unit. */
export function usePositions(orgUnitId: string | null) {
  return useQuery({
    queryKey: keys.positions(orgUnitId ?? ''),
    queryFn: () => api<Position[]>('GET', '/positions', { query: { orgUnitId } }),
    enabled: !!orgUnitId,
  });
}

/** Adds or edits a position. */
export function useSavePosition() {
  const t = useT();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, ...input }: { id?: string } & z.input<typeof CreatePositionBody>) =>
      id
        ? api<Position>('PATCH', `/positions/${id}`, { body: parseWith(UpdatePositionBody, input, t) })
        : api<Position>('POST', '/positions', { body: parseWith(CreatePositionBody, input, t) }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.allPositions }),
  });
}

/** Deletes a position without appointments. */
export function useDeletePosition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<unknown>('DELETE', `/positions/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.allPositions }),
  });
}

/** The appointments to a position, current and past. */
export function useAppointments(positionId: string, enabled = true) {
  return useQuery({
    queryKey: keys.appointments(positionId),
    queryFn: () => api<Appointment[]>('GET', '/appointments', { query: { positionId } }),
    enabled,
  });
}

/** Appoints a person (regular, acting, delegated or committee). */
export function useCreateAppointment() {
  const t = useT();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: z.input<typeof CreateAppointmentBody>) =>
      api<Appointment>('POST', '/appointments', { body: parseWith(CreateAppointmentBody, input, t) }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.allAppointments }),
  });
}

/** Ends an appointment on a date. */
export function useEndAppointment() {
  const t = useT();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, ...input }: { id: string } & z.input<typeof EndAppointmentBody>) =>
      api<Appointment>('POST', `/appointments/${id}/end`, { body: parseWith(EndAppointmentBody, input, t) }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.allAppointments }),
  });
}

/** Deletes an appointment entered by mistake. */
export function useDeleteAppointment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<unknown>('DELETE', `/appointments/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.allAppointments }),
  });
}
