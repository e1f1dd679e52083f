/**
 * Dates as Thai people read them: Buddhist Era years, Thai month names, Asia/Bangkok time.
 * Calendar dates travel as 'YYYY-MM-DD' (Gregorian); instants as ISO timestamps.
 */

export const BANGKOK = 'Asia/Bangkok';
type Lang = 'th' | 'en';

const locale = (lang: Lang) => (lang === 'th' ? 'th-TH-u-ca-buddhist' : 'en-GB-u-ca-buddhist');

function asDate(value: string | Date): Date | null {
  if (value instanceof Date) return value;
  // A bare calendar date is taken at noon UTC so it is the same day in Bangkok.
  const d = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** '2026-01-05' → '5 ม.ค. 2569' (short) or '5 มกราคม 2569' (long). */
export function formatThaiDate(
  value: string | Date | null | undefined,
  lang: Lang = 'th',
  style: 'short' | 'long' = 'short',
): string {
  if (!value) return '';
  const d = asDate(value);
  if (!d) return String(value);
  return new Intl.DateTimeFormat(locale(lang), {
    timeZone: BANGKOK,
    day: 'numeric',
    month: style === 'long' ? 'long' : 'short',
    year: 'numeric',
  }).format(d);
}

/** An instant in Bangkok time: '5 ม.ค. 2569 14:05'. */
export function formatThaiDateTime(value: string | Date | null | undefined, lang: Lang = 'th'): string {
  if (!value) return '';
  const d = asDate(value);
  if (!d) return String(value);
  return new Intl.DateTimeFormat(locale(lang), {
    timeZone: BANGKOK,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(d);
}

/** Today's calendar date in Bangkok, 'YYYY-MM-DD'. */
export function todayInBangkok(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: BANGKOK,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The current calendar year in Bangkok, Buddhist Era (e.g. 2569). */
export function currentYearBE(now: Date = new Date()): number {
  return Number(todayInBangkok(now).slice(0, 4)) + 543;
}

/** The start of a Bangkok calendar day as an ISO timestamp with offset, for `from` filters. */
export function startOfBangkokDay(date: string): string {
  return `${date}T00:00:00+07:00`;
}

/** The end of a Bangkok calendar day as an ISO timestamp with offset, for `to` filters. */
export function endOfBangkokDay(date: string): string {
  return `${date}T23:59:59.999+07:00`;
}
