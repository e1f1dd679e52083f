/**
 * Conversion between ASCII digits (0-9) and Thai digits (๐-๙, U+0E50–U+0E59).
 * Canonical storage is ASCII; Thai digits are applied at render time (regulation §10.1).
 */

export type DigitStyle = 'thai' | 'arabic';

const THAI_ZERO = 0x0e50;
const ASCII_ZERO = 0x30;

/** Replaces every ASCII digit in `s` with the corresponding Thai digit, leaving other characters untouched. */
export function toThaiDigits(s: string): string {
  return s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) - ASCII_ZERO + THAI_ZERO));
}

/** Replaces every Thai digit in `s` with the corresponding ASCII digit, leaving other characters untouched. */
export function toArabicDigits(s: string): string {
  return s.replace(/[\u0e50-\u0e59]/g, (c) => String.fromCharCode(c.charCodeAt(0) - THAI_ZERO + ASCII_ZERO));
}

/** Renders all digits in `s` in the requested style ('thai' → ๐-๙, 'arabic' → 0-9). */
export function formatDigits(s: string, style: DigitStyle): string {
  return style === 'thai' ? toThaiDigits(s) : toArabicDigits(s);
}
