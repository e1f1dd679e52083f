/**
 * Comparing two versions of a draft field by field (เรื่อง, เรียน, อ้างถึง …, each paragraph): which fields
 * differ, and within one field which words were removed and which added.
 */
import type { DraftContent } from '@contracts/outgoing.contract.ts';

/** One field of the letter as text, named by an i18n key (with `n` for a numbered paragraph). */
export interface FieldText {
  key: string;
  label: 'letters.subject' | 'outgoing.field.addressee' | ListLabel | 'outgoing.field.paragraphs.item';
  n?: number;
  text: string;
}
type ListLabel =
  | 'outgoing.field.references'
  | 'outgoing.field.enclosures'
  | 'outgoing.field.closing'
  | 'outgoing.field.copiesTo';

/** A field whose text differs between the two versions. */
export interface FieldChange extends FieldText {
  before: string;
}

/** A run of text in a comparison: kept, removed (old) or added (new). */
export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** The compared fields of a version, in the order the letter prints them. */
export function fieldTexts(c: DraftContent): FieldText[] {
  const fields: FieldText[] = [
    { key: 'subject', label: 'letters.subject', text: c.subject },
    { key: 'addressee', label: 'outgoing.field.addressee', text: `${c.salutation} ${c.addressee}`.trim() },
    { key: 'references', label: 'outgoing.field.references', text: c.references.join('\n') },
    { key: 'enclosures', label: 'outgoing.field.enclosures', text: c.enclosures.join('\n') },
  ];
  return [
    ...fields,
    ...c.paragraphs.map(
      (text, i): FieldText => ({ key: `p${i}`, label: 'outgoing.field.paragraphs.item', n: i + 1, text }),
    ),
    { key: 'closing', label: 'outgoing.field.closing', text: c.closing },
    { key: 'copiesTo', label: 'outgoing.field.copiesTo', text: c.copiesTo.join('\n') },
  ];
}

/** The fields that differ from `before` to `after` (a paragraph present in one only counts), and how many do not. */
export function compareVersions(before: DraftContent, after: DraftContent) {
  const old = new Map(fieldTexts(before).map((f) => [f.key, f]));
  const now = fieldTexts(after);
  const keys = new Set(now.map((f) => f.key));
  // Paragraphs the newer version dropped still show, as removed.
  const all = [...now, ...[...old.values()].filter((f) => !keys.has(f.key)).map((f) => ({ ...f, text: '' }))];
  const changed: FieldChange[] = [];
  let unchanged = 0;
  for (const f of all) {
    const prev = old.get(f.key)?.text ?? '';
    if (prev === f.text) unchanged += 1;
    else changed.push({ ...f, before: prev });
  }
  return { changed, unchanged };
}

/** Words (Thai has no spaces between them), spaces and punctuation as separate pieces. */
function words(text: string): string[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    return [...new Intl.Segmenter('th', { granularity: 'word' }).segment(text)].map((s) => s.segment);
  }
  return text.split(/(\s+)/).filter((s) => s !== '');
}

/** Above this many word pairs the comparison is whole-field (old struck out, new added). */
const MAX_CELLS = 250_000;

/** The words removed from `before` and added in `after`, by the longest common subsequence. */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = words(before);
  const b = words(after);
  if (a.length * b.length > MAX_CELLS) {
    return [
      ...(before ? [{ kind: 'removed' as const, text: before }] : []),
      ...(after ? [{ kind: 'added' as const, text: after }] : []),
    ];
  }
  // at(i, j): the length of the longest common subsequence of a[i..] and b[j..].
  const width = b.length + 1;
  const lcs = new Int32Array((a.length + 1) * width);
  const at = (i: number, j: number) => lcs[i * width + j] ?? 0;
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text = '') => {
    const last = parts[parts.length - 1];
    if (last?.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push('same', a[i]);
      i++;
      j++;
    } else if (at(i + 1, j) >= at(i, j + 1)) push('removed', a[i++]);
    else push('added', b[j++]);
  }
  while (i < a.length) push('removed', a[i++]);
  while (j < b.length) push('added', b[j++]);
  return parts;
}
