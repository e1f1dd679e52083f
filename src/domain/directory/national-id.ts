/**
 * Thai citizen identification number (เลขประจำตัวประชาชน): 13 digits, the last being a
 * mod-11 check digit over the first 12 weighted 13..2.
 */

import { toArabicDigits } from '../shared/thai/thai-digits.ts';

/** Strips spaces and '-' from `s` and converts Thai digits to ASCII, ready for `isValidNationalId`. */
export function normalizeNationalId(s: string): string {
  return toArabicDigits(s.replace(/[\s-]/g, ''));
}

/** Returns true when `id` is exactly 13 ASCII digits whose last digit matches the national-ID checksum. */
export function isValidNationalId(id: string): boolean {
  if (!/^\d{13}$/.test(id)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    sum += Number(id[i]) * (13 - i);
  }
  const check = (11 - (sum % 11)) % 10;
  return check === Number(id[12]);
}
