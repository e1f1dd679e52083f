/**
 * How letter screens print dates and numbers: Buddhist Era, Bangkok time, and Thai digits when the agency
 * prints numbers in Thai digits (regulation.md §10.1) and the screen is in Thai.
 */
import { useCurrentSession } from '@/features/auth/session.ts';
import { type Lang, useI18n } from '@/lib/i18n/index.tsx';
import { BANGKOK } from '@/lib/thai-date.ts';

/** Thai or Arabic digits. */
export type Digits = 'thai' | 'arabic';

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';

/** '123' → '๑๒๓' (other characters unchanged). */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)] ?? d);
}

/** Writes the digits of `text` in the chosen style. */
export function withDigits(text: string, digits: Digits): string {
  return digits === 'thai' ? toThaiDigits(text) : text;
}

const formatters = new Map<Lang, Intl.DateTimeFormat>();
function formatter(lang: Lang): Intl.DateTimeFormat {
  let fmt = formatters.get(lang);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat(lang === 'th' ? 'th-TH-u-ca-buddhist' : 'en-GB-u-ca-buddhist', {
      timeZone: BANGKOK,
      day: '2-digit',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(lang, fmt);
  }
  return fmt;
}

function parts(value: string, lang: Lang) {
  // A bare calendar date is taken at noon UTC so it is the same day in Bangkok.
  const d = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  if (Number.isNaN(d.getTime())) return null;
  const all = formatter(lang).formatToParts(d);
  const get = (type: Intl.DateTimeFormatPartTypes) => all.find((p) => p.type === type)?.value ?? '';
  return { day: get('day'), month: get('month'), year: get('year'), time: `${get('hour')}:${get('minute')}` };
}

/** '2020-06-04' or an instant → '๐๔ มิ.ย. ๒๕๖๓'. */
export function formatLetterDate(value: string | null | undefined, lang: Lang, digits: Digits): string {
  const p = value ? parts(value, lang) : null;
  return p ? withDigits(`${p.day} ${p.month} ${p.year}`, digits) : '';
}

/** An instant → '๑๖:๔๒'. */
export function formatLetterTime(value: string | null | undefined, lang: Lang, digits: Digits): string {
  const p = value ? parts(value, lang) : null;
  return p ? withDigits(p.time, digits) : '';
}

/** An instant → '๐๔ มิ.ย. ๒๕๖๓ เวลา ๑๖:๔๒' (the route page's wording). */
export function formatLetterDateTime(
  value: string | null | undefined,
  lang: Lang,
  digits: Digits,
  at: string,
): string {
  if (!value) return '';
  return `${formatLetterDate(value, lang, digits)} ${at} ${formatLetterTime(value, lang, digits)}`;
}

/** The digits letter screens use now: the agency's style in Thai, Arabic in English. */
export function useDigits(): Digits {
  const { lang } = useI18n();
  const session = useCurrentSession();
  return lang === 'th' ? session.tenant.digitStyle : 'arabic';
}

/** Date formatters bound to the current language and digit style. */
export function useLetterDates() {
  const { lang, t } = useI18n();
  const digits = useDigits();
  return {
    digits,
    date: (v: string | null | undefined) => formatLetterDate(v, lang, digits),
    time: (v: string | null | undefined) => formatLetterTime(v, lang, digits),
    dateTime: (v: string | null | undefined) => formatLetterDateTime(v, lang, digits, t('letters.at')),
    num: (n: number | string) => withDigits(String(n), digits),
  };
}
