import type { QueueCounts, QueueName } from '@contracts/letters.contract.ts';
import type { MessageKey } from '@/lib/i18n/index.tsx';
import { LETTER_CONSIDER, LETTER_INTAKE, LETTER_WORK } from './letter-permissions.ts';

/** A queue of the "หนังสือรับ" menu: its label, the count shown as a badge, and who sees it. */
export interface QueueDefinition {
  name: QueueName;
  label: MessageKey;
  count?: Exclude<keyof QueueCounts, 'unread'>;
  anyOf: string[];
}

/** The queues in the deck's order: registry first, then executives, then everyone. */
export const QUEUES: QueueDefinition[] = [
  { name: 'to-receive', label: 'letters.queue.to-receive', count: 'toReceive', anyOf: LETTER_INTAKE },
  { name: 'in-unit', label: 'letters.queue.in-unit', anyOf: LETTER_INTAKE },
  { name: 'to-consider', label: 'letters.queue.to-consider', count: 'toConsider', anyOf: LETTER_CONSIDER },
  { name: 'assigned', label: 'letters.queue.assigned', count: 'assigned', anyOf: LETTER_WORK },
  { name: 'sent', label: 'letters.queue.sent', anyOf: LETTER_WORK },
  { name: 'all', label: 'letters.queue.all', anyOf: LETTER_WORK },
];

/** The path of a queue's list. */
export const queuePath = (name: QueueName) => `/inbox/${name}`;

/** The queues the permissions allow. */
export function visibleQueues(permissions: readonly string[]): QueueDefinition[] {
  return QUEUES.filter((q) => q.anyOf.some((p) => permissions.includes(p)));
}
