/**
 * Rendering of register numbers as printed on letters (regulation §5.1). Inputs are canonical
 * (ASCII digits); the output uses the requested digit style. Numbers are never zero-padded.
 */

import { type DigitStyle, formatDigits, toArabicDigits } from '../shared/thai/thai-digits.ts';

export type RegisterKind = 'receive' | 'dispatch' | 'circular' | 'order' | 'announcement' | 'certificate';

export interface LetterNumberInput {
  kind: RegisterKind;
  letterCode: string;
  ownerNumber: string;
  number: number;
  yearBE: number;
  digits: DigitStyle;
  withPrefix?: boolean;
}

const LETTER_CODE_RE = /^[\u0e01-\u0e2e]{2}$/;
// Four digits in the appendix; real letters also carry five (ศธ 04001), so both are accepted.
const OWNER_NUMBER_RE = /^\d{4,5}(\.\d+)*$/;

/** Returns true when `s` is exactly two Thai consonants (U+0E01–U+0E2E) with no dots, e.g. 'ศธ'. */
export function isValidLetterCode(s: string): boolean {
  return LETTER_CODE_RE.test(s);
}

/** Trims `s` and converts any Thai digits to ASCII, giving the canonical stored form of an owner number. */
export function normalizeOwnerNumber(s: string): string {
  return toArabicDigits(s.trim());
}

/** Returns true when `s` (after `normalizeOwnerNumber`) matches ^\d{4,5}(\.\d+)*$, e.g. '0201.2'. */
export function isValidOwnerNumber(s: string): boolean {
  return OWNER_NUMBER_RE.test(normalizeOwnerNumber(s));
}

function assertPositiveInt(value: number, label: string): void {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`${label} must be a positive integer, got ${value}`);
  }
}

function agencyPart(letterCode: string, ownerNumber: string): string {
  // Rendering does not enforce isValidLetterCode/isValidOwnerNumber: those belong to unit configuration,
  // and real numbers such as 'ศธ 04001' have five-digit owner numbers. Only missing parts are refused.
  const code = letterCode.trim();
  const owner = normalizeOwnerNumber(ownerNumber);
  if (code === '' || owner === '') throw new RangeError('letterCode and ownerNumber are required');
  return `${code} ${owner}`;
}

/** The printed form of a number around its running number: formatted = before + digits of the number + after. */
export interface LetterNumberFrame {
  before: string;
  after: string;
}

/**
 * Splits the printed form of a kind's numbers around the running number, e.g. 'ที่ ศธ ๐๔๐๐๑/' and '' for
 * dispatch, 'ที่ ' and '/๒๕๖๙' for orders, so the database can print a number in the statement that takes it.
 */
export function letterNumberFrame(input: Omit<LetterNumberInput, 'number'>): LetterNumberFrame {
  const { kind, letterCode, ownerNumber, yearBE, digits } = input;
  const withPrefix = input.withPrefix ?? true;
  let before: string;
  let after = '';
  let prefix = 'ที่ ';
  switch (kind) {
    case 'receive':
      return { before: '', after: '' };
    case 'dispatch':
      before = `${agencyPart(letterCode, ownerNumber)}/`;
      break;
    case 'circular':
      before = `${agencyPart(letterCode, ownerNumber)}/ว `;
      break;
    case 'order':
    case 'announcement':
      assertPositiveInt(yearBE, 'yearBE');
      before = '';
      after = `/${yearBE}`;
      break;
    case 'certificate':
      assertPositiveInt(yearBE, 'yearBE');
      before = '';
      after = `/${yearBE}`;
      prefix = 'เลขที่ ';
      break;
    default: {
      const never: never = kind;
      throw new RangeError(`Unknown register kind '${String(never)}'`);
    }
  }
  return {
    before: formatDigits(withPrefix ? prefix + before : before, digits),
    after: formatDigits(after, digits),
  };
}

/** Formats a register number as printed for its kind, e.g. 'ที่ ศธ ๐๔๐๐๑/๑๒๓', 'ที่ ศธ ๐๔๐๐๑/ว ๑๒๓' or 'ที่ ๑๒/๒๕๖๙'. */
export function formatLetterNumber(input: LetterNumberInput): string {
  assertPositiveInt(input.number, 'number');
  const { before, after } = letterNumberFrame(input);
  return before + formatDigits(String(input.number), input.digits) + after;
}
