import { CreateOrgUnitBody, type OrgUnit, UpdateOrgUnitBody } from '@contracts/directory.contract.ts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api.ts';
import { parseWith } from '@/lib/forms.ts';
import { useT } from '@/lib/i18n/index.tsx';

export const orgUnitsKey = ['org-units'] as const;

/** Every org unit of the agency (flat; see buildTree). */
export function useOrgUnits() {
  return useQuery({
    queryKey: orgUnitsKey,
    queryFn: () => api<OrgUnit[]>('GET', '/org-units'),
    staleTime: 60_000,
  });
}

/** Adds a unit. */
export function useCreateOrgUnit() {
  const t = useT();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: z.input<typeof CreateOrgUnitBody>) =>
      api<OrgUnit>('POST', '/org-units', { body: parseWith(CreateOrgUnitBody, input, t) }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgUnitsKey }),
  });
}

/** Renames a unit, moves it or sets its owner number. */
export function useUpdateOrgUnit() {
  const t = useT();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, ...input }: { id: string } & z.input<typeof UpdateOrgUnitBody>) =>
      api<OrgUnit>('PATCH', `/org-units/${id}`, { body: parseWith(UpdateOrgUnitBody, input, t) }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgUnitsKey }),
  });
}

/** Deletes an empty unit. */
export function useDeleteOrgUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<unknown>('DELETE', `/org-units/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgUnitsKey }),
  });
}

/** A unit with its sub-units. */
export interface OrgUnitNode extends OrgUnit {
  children: OrgUnitNode[];
  depth: number;
}

/** Builds the tree from the flat list; units whose parent is missing become roots. Sorted by Thai name. */
export function buildTree(units: OrgUnit[]): OrgUnitNode[] {
  const byId = new Map<string, OrgUnitNode>(units.map((u) => [u.id, { ...u, children: [], depth: 0 }]));
  const roots: OrgUnitNode[] = [];
  for (const node of byId.values()) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const collator = new Intl.Collator('th');
  const sort = (nodes: OrgUnitNode[], depth: number) => {
    nodes.sort((a, b) => collator.compare(a.nameTh, b.nameTh));
    for (const n of nodes) {
      n.depth = depth;
      sort(n.children, depth + 1);
    }
  };
  sort(roots, 0);
  return roots;
}

/** The tree in display order (depth-first), for selects. */
export function flattenTree(nodes: OrgUnitNode[]): OrgUnitNode[] {
  return nodes.flatMap((n) => [n, ...flattenTree(n.children)]);
}
