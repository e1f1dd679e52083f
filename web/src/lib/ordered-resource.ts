import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api.ts';
import { parseWith } from '@/lib/forms.ts';
import { useT } from '@/lib/i18n/index.tsx';

/** An item an administrator keeps in order (รูปแบบคำสั่งการ, คำขึ้นต้นและคำลงท้าย …). */
export interface Ordered {
  id: string;
  position: number;
}

/**
 * The query and mutations of an agency's ordered list at `path` (GET, POST, PATCH /:id, DELETE /:id):
 * the list sorted by position then `tieBreak`, a save that adds (no id) or patches, and a delete.
 */
export function orderedResource<T extends Ordered, B extends z.ZodType, P extends z.ZodType>(
  path: string,
  schemas: { body: B; patch: P },
  tieBreak: (a: T, b: T) => number,
) {
  const key = [path] as const;
  return {
    useList(enabled = true) {
      return useQuery({
        queryKey: key,
        queryFn: () => api<T[]>('GET', path),
        select: (list: T[]) => [...list].sort((a, b) => a.position - b.position || tieBreak(a, b)),
        enabled,
      });
    },
    useSave() {
      const t = useT();
      const queryClient = useQueryClient();
      return useMutation({
        mutationFn: async ({ id, ...input }: { id?: string } & Partial<z.input<B>>) =>
          id
            ? api<T>('PATCH', `${path}/${id}`, { body: parseWith(schemas.patch, input, t) })
            : api<T>('POST', path, { body: parseWith(schemas.body, input, t) }),
        onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
      });
    },
    useDelete() {
      const queryClient = useQueryClient();
      return useMutation({
        mutationFn: (id: string) => api<unknown>('DELETE', `${path}/${id}`),
        onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
      });
    },
  };
}
