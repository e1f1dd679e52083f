import { type Salutation, SalutationBody, SalutationPatch } from '@contracts/outgoing.contract.ts';
import { orderedResource } from '@/lib/ordered-resource.ts';

const salutations = orderedResource<Salutation, typeof SalutationBody, typeof SalutationPatch>(
  '/salutations',
  { body: SalutationBody, patch: SalutationPatch },
  (a, b) => a.opening.localeCompare(b.opening),
);

/** The agency's คำขึ้นต้น/คำลงท้าย pairs in their order. */
export const useSalutations = salutations.useList;
/** Adds a pair, or changes one's wording, recipient or position. */
export const useSaveSalutation = salutations.useSave;
/** Deletes a pair. */
export const useDeleteSalutation = salutations.useDelete;
