import { type CommandPreset, CommandPresetBody } from '@contracts/letters.contract.ts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api.ts';
import { parseWith } from '@/lib/forms.ts';
import { useT } from '@/lib/i18n/index.tsx';

const presetsKey = ['command-presets'] as const;

/** The agency's command presets (รูปแบบคำสั่งการ) in their order. */
export function useCommandPresets(enabled = true) {
  return useQuery({
    queryKey: presetsKey,
    queryFn: () => api<CommandPreset[]>('GET', '/command-presets'),
    select: (list) => [...list].sort((a, b) => a.position - b.position || a.text.localeCompare(b.text)),
    enabled,
  });
}

/** Adds a preset, or changes one's text or position. */
export function useSaveCommandPreset() {
  const t = useT();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, ...input }: { id?: string } & Partial<z.input<typeof CommandPresetBody>>) =>
      id
        ? api<CommandPreset>('PATCH', `/command-presets/${id}`, {
            body: parseWith(CommandPresetBody.partial(), input, t),
          })
        : api<CommandPreset>('POST', '/command-presets', { body: parseWith(CommandPresetBody, input, t) }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: presetsKey }),
  });
}

/** Deletes a preset. */
export function useDeleteCommandPreset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<unknown>('DELETE', `/command-presets/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: presetsKey }),
  });
}
