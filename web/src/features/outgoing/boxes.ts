import type { OutgoingBox } from '@contracts/outgoing.contract.ts';
import type { z } from 'zod';
import { LetterPerm } from '@/features/letters/letter-permissions.ts';
import type { MessageKey } from '@/lib/i18n/index.tsx';

/** A box of the "หนังสือส่ง" menu. */
export type BoxName = z.infer<typeof OutgoingBox>;

/** Who drafts letters: ร่างหนังสือ, ร่างของฉัน. */
export const OUTGOING_DRAFT: string[] = [LetterPerm.DraftPropose, LetterPerm.Create];

/** Anyone who takes part in outgoing letters: drafters, reviewers, signers and the registry that sends. */
export const OUTGOING_WORK: string[] = [
  ...OUTGOING_DRAFT,
  LetterPerm.Sign,
  LetterPerm.CommandRecord,
  LetterPerm.InternalExchange,
  LetterPerm.ExternalExchange,
];

/** A box: its label, its empty-state text and who sees it. */
export interface BoxDefinition {
  name: BoxName;
  label: MessageKey;
  empty: MessageKey;
  anyOf: string[];
}

/** The boxes in the order of the work: draft, review, sign, sent, everything. */
export const BOXES: BoxDefinition[] = [
  { name: 'drafts', label: 'outgoing.box.drafts', empty: 'outgoing.empty.drafts', anyOf: OUTGOING_DRAFT },
  {
    name: 'to-review',
    label: 'outgoing.box.to-review',
    empty: 'outgoing.empty.to-review',
    anyOf: OUTGOING_WORK,
  },
  {
    name: 'to-sign',
    label: 'outgoing.box.to-sign',
    empty: 'outgoing.empty.to-sign',
    anyOf: [LetterPerm.Sign],
  },
  { name: 'sent', label: 'outgoing.box.sent', empty: 'outgoing.empty.sent', anyOf: OUTGOING_WORK },
  { name: 'all', label: 'outgoing.box.all', empty: 'outgoing.empty.all', anyOf: OUTGOING_WORK },
];

/** The path of a box's list. */
export const boxPath = (name: BoxName) => `/outbox/${name}`;

/** The path of the editor for a new draft. */
export const NEW_DRAFT_PATH = '/outgoing/new';

/** The boxes the permissions allow. */
export function visibleBoxes(permissions: readonly string[]): BoxDefinition[] {
  return BOXES.filter((b) => b.anyOf.some((p) => permissions.includes(p)));
}
