/**
 * What the draft editor holds and which fields each of the regulation's forms prints (regulation.md §4):
 * the editor shows only those, and sends the others as their defaults so a form switched away from
 * leaves nothing behind in the letter.
 */
import type { DraftContent, LetterForm } from '@contracts/outgoing.contract.ts';
import type { MessageKey } from '@/lib/i18n/index.tsx';

/** The editor's values: the draft's content, every field present. */
export type DraftValues = DraftContent;

/** The forms in the order the regulation gives them. */
export const FORMS: LetterForm[] = ['external', 'memo', 'stamped', 'order', 'announcement'];

/** A คำขึ้นต้น with the คำลงท้าย that goes with it. */
export interface WordingPair {
  opening: string;
  closing: string;
}

/** The regulation's pairs (ภาคผนวก ๒), offered until the agency's own list (GET /salutations) arrives. */
export const DEFAULT_SALUTATIONS: readonly WordingPair[] = [
  { opening: 'เรียน', closing: 'ขอแสดงความนับถือ' },
  { opening: 'กราบเรียน', closing: 'ขอแสดงความนับถืออย่างยิ่ง' },
  { opening: 'นมัสการ', closing: 'ขอนมัสการด้วยความเคารพ' },
  { opening: 'กราบทูล', closing: 'ควรมิควรแล้วแต่จะโปรด' },
];

/** The distinct คำขึ้นต้น and คำลงท้าย of `pairs`, in their order; anything else can be typed. */
export function wordings(pairs: readonly WordingPair[]): { openings: string[]; closings: string[] } {
  return {
    openings: [...new Set(pairs.map((p) => p.opening))],
    closings: [...new Set(pairs.map((p) => p.closing))],
  };
}

/** The คำลงท้าย paired with `salutation` (เรียน → ขอแสดงความนับถือ …), the first pair's when several. */
export function closingFor(pairs: readonly WordingPair[], salutation: string): string | undefined {
  return pairs.find((p) => p.opening === salutation)?.closing;
}

/** Fields that are not the same for every form. */
export type FormField =
  | 'salutation'
  | 'addressee'
  | 'references'
  | 'enclosures'
  | 'closing'
  | 'phone'
  | 'fax'
  | 'email'
  | 'copiesTo'
  | 'classes'
  | 'circular';

const FIELDS: Record<LetterForm, readonly FormField[]> = {
  external: [
    'salutation',
    'addressee',
    'references',
    'enclosures',
    'closing',
    'phone',
    'fax',
    'email',
    'copiesTo',
    'classes',
    'circular',
  ],
  // บันทึกข้อความ: references and enclosures go inside the text, no คำลงท้าย (ข้อ 12).
  memo: ['salutation', 'addressee', 'phone', 'classes'],
  // หนังสือประทับตรา: "ถึง" instead of a salutation, the seal instead of a signature (ข้อ 14).
  stamped: ['addressee', 'enclosures', 'phone', 'classes'],
  order: [],
  announcement: [],
};

/** True when `form` prints `field`. */
export const hasField = (form: LetterForm, field: FormField) => FIELDS[form].includes(field);

/** The owner unit's label on each form: ส่วนราชการเจ้าของเรื่อง, the memo's ส่วนราชการ line, or the issuer. */
export function ownerUnitLabel(form: LetterForm): MessageKey {
  if (form === 'memo') return 'outgoing.field.memoUnit';
  if (form === 'order' || form === 'announcement') return 'outgoing.field.issuingUnit';
  return 'outgoing.field.ownerUnit';
}

/** A blank draft of an external letter for `ownerUnitId`, with one empty paragraph to type in. */
export function blankDraft(ownerUnitId: string, replyToLetterId: string | null = null): DraftValues {
  return {
    form: 'external',
    ownerUnitId,
    subject: '',
    salutation: DEFAULT_SALUTATIONS[0]?.opening ?? '',
    addressee: '',
    references: [],
    enclosures: [],
    paragraphs: [''],
    closing: DEFAULT_SALUTATIONS[0]?.closing ?? '',
    phone: '',
    fax: '',
    email: '',
    copiesTo: [],
    urgency: 'normal',
    secrecy: 'none',
    circular: false,
    replyToLetterId,
  };
}

/** The list fields whose blank lines are dropped before saving (a blank paragraph is shown as an error). */
const LISTS = ['references', 'enclosures', 'copiesTo'] as const;

/** The content to send: the form's own fields as typed, the rest as a blank draft has them. */
export function draftContent(values: DraftValues): DraftContent {
  const blank = blankDraft(values.ownerUnitId, values.replyToLetterId);
  const out: DraftValues = { ...values };
  const keep = (field: FormField, ...keys: (keyof DraftValues)[]) => {
    if (hasField(values.form, field)) return;
    for (const k of keys) Object.assign(out, { [k]: blank[k] });
  };
  keep('salutation', 'salutation');
  keep('addressee', 'addressee');
  keep('references', 'references');
  keep('enclosures', 'enclosures');
  keep('closing', 'closing');
  keep('phone', 'phone');
  keep('fax', 'fax');
  keep('email', 'email');
  keep('copiesTo', 'copiesTo');
  keep('classes', 'urgency', 'secrecy');
  keep('circular', 'circular');
  for (const list of LISTS) out[list] = out[list].filter((line) => line.trim() !== '');
  return out;
}

/** The shortest content the server can render: a subject and some text (the preview waits for them). */
export function canPreview(values: DraftValues): boolean {
  return (
    values.subject.trim() !== '' && values.paragraphs.some((p) => p.trim() !== '') && !!values.ownerUnitId
  );
}
