import type { QueueCounts } from '@contracts/letters.contract.ts';
import { Perm, USER_PAGES } from '@/features/auth/permissions.ts';
import { LETTER_INTAKE, LetterPerm } from '@/features/letters/letter-permissions.ts';
import { QUEUES, queuePath } from '@/features/letters/queues.ts';
import { BOXES, boxPath, NEW_DRAFT_PATH, OUTGOING_DRAFT } from '@/features/outgoing/boxes.ts';
import type { MessageKey } from '@/lib/i18n/index.tsx';

/** One link of the side navigation, shown when the user holds any of `anyOf` (or always when absent). */
export interface NavItem {
  to: string;
  label: MessageKey;
  anyOf?: string[];
  /** The queue count shown as a badge. */
  count?: Exclude<keyof QueueCounts, 'unread'>;
}

/** Letter work available to registry staff. */
export const letterNav: NavItem[] = [
  { to: '/', label: 'nav.home' },
  { to: '/reservations', label: 'nav.reservations', anyOf: [Perm.NumberReserve, Perm.Registers] },
  { to: '/verify', label: 'nav.verify' },
];

/** หนังสือรับ: registering, the queues with their counts, and the receive register. */
export const incomingNav: NavItem[] = [
  { to: '/letters/new', label: 'letters.register', anyOf: LETTER_INTAKE },
  ...QUEUES.map((q) => ({ to: queuePath(q.name), label: q.label, anyOf: q.anyOf, count: q.count })),
  { to: '/letters/receive-book', label: 'registers.kind.receive', anyOf: [...LETTER_INTAKE, Perm.Registers] },
];

/** หนังสือส่ง: ร่างหนังสือ and the boxes of the drafting, review, signing and sending work. */
export const outgoingNav: NavItem[] = [
  { to: NEW_DRAFT_PATH, label: 'outgoing.new', anyOf: OUTGOING_DRAFT },
  ...BOXES.map((b) => ({ to: boxPath(b.name), label: b.label, anyOf: b.anyOf })),
];

/** The agency administrator's screens. */
export const adminNav: NavItem[] = [
  { to: '/admin/org-units', label: 'nav.orgUnits', anyOf: [Perm.Structure] },
  { to: '/admin/positions', label: 'nav.positions', anyOf: [Perm.Structure] },
  { to: '/admin/people', label: 'nav.people', anyOf: [Perm.Personnel] },
  { to: '/admin/users', label: 'nav.users', anyOf: USER_PAGES },
  { to: '/admin/roles', label: 'nav.roles', anyOf: [Perm.Users] },
  { to: '/admin/certificates', label: 'nav.certificates', anyOf: [Perm.Signatures] },
  { to: '/admin/registers', label: 'nav.registers', anyOf: [Perm.Registers] },
  { to: '/admin/command-presets', label: 'nav.commandPresets', anyOf: [Perm.Structure] },
  { to: '/admin/salutations', label: 'nav.salutations', anyOf: [Perm.Structure] },
  { to: '/admin/letter-views', label: 'nav.letterViews', anyOf: [LetterPerm.ViewHistory] },
  { to: '/admin/audit', label: 'nav.audit', anyOf: [Perm.Logs] },
];

/** Items of `items` the permissions allow. */
export function visibleItems(items: NavItem[], permissions: readonly string[]): NavItem[] {
  return items.filter((i) => !i.anyOf || i.anyOf.some((p) => permissions.includes(p)));
}
