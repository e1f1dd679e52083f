/**
 * Thai calendar dates and times, always computed in Asia/Bangkok (UTC+7, no DST) whatever the
 * process time zone is (regulation §10.2–10.3). Month names come from our own tables, not ICU.
 */

import { type DigitStyle, formatDigits } from './thai-digits.ts';

/** Bangkok is UTC+7 all year round; it has not observed DST since 1920. */
const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const BE_OFFSET = 543;

export const THAI_MONTHS_FULL: readonly string[] = Object.freeze([
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
]);

export const THAI_MONTHS_ABBR: readonly string[] = Object.freeze([
  'ม.ค.',
  'ก.พ.',
  'มี.ค.',
  'เม.ย.',
  'พ.ค.',
  'มิ.ย.',
  'ก.ค.',
  'ส.ค.',
  'ก.ย.',
  'ต.ค.',
  'พ.ย.',
  'ธ.ค.',
]);

export interface BangkokParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

function assertValidDate(d: Date): void {
  if (!(d instanceof Date) || Number.isNaN(d.getTime())) {
    throw new RangeError('Invalid Date');
  }
}

function parseIsoDate(s: string): CalendarDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) throw new RangeError(`Expected a YYYY-MM-DD date, got '${s}'`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new RangeError(`Not a calendar date: '${s}'`);
  }
  return { year, month, day };
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Returns the Gregorian calendar date and wall-clock time of instant `d` in Bangkok (month 1-12). */
export function bangkokParts(d: Date): BangkokParts {
  assertValidDate(d);
  const shifted = new Date(d.getTime() + BANGKOK_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

/** Returns the Buddhist Era year (CE + 543) of the Bangkok calendar date of instant `d`. */
export function bangkokYearBE(d: Date): number {
  return bangkokParts(d).year + BE_OFFSET;
}

/** Returns the Bangkok calendar date of instant `d` as a Gregorian 'YYYY-MM-DD' string. */
export function bangkokToday(d: Date): string {
  const p = bangkokParts(d);
  return `${String(p.year).padStart(4, '0')}-${pad2(p.month)}-${pad2(p.day)}`;
}

export interface ThaiDateOptions {
  month?: 'full' | 'abbr';
  digits?: DigitStyle;
  era?: boolean;
}

/** Formats a Bangkok instant or a plain 'YYYY-MM-DD' calendar date as 'd MMMM yyyy' in BE, e.g. '๒๘ พฤษภาคม ๒๕๖๓'. */
export function formatThaiDate(d: Date | string, opts: ThaiDateOptions = {}): string {
  const { year, month, day } = typeof d === 'string' ? parseIsoDate(d) : bangkokParts(d);
  const names = opts.month === 'abbr' ? THAI_MONTHS_ABBR : THAI_MONTHS_FULL;
  const era = opts.era ? 'พ.ศ. ' : '';
  const text = `${day} ${names[month - 1]} ${era}${year + BE_OFFSET}`;
  return formatDigits(text, opts.digits ?? 'thai');
}

export interface ThaiTimeOptions {
  digits?: DigitStyle;
}

/** Formats instant `d` as 'd MMM yyyy เวลา HH:MM' in Bangkok time, e.g. '๑๐ พ.ย. ๒๕๖๓ เวลา ๑๗:๒๙'. */
export function formatThaiDateTime(d: Date, opts: ThaiTimeOptions = {}): string {
  const p = bangkokParts(d);
  const digits = opts.digits ?? 'thai';
  const date = formatThaiDate(d, { month: 'abbr', digits });
  return `${date} เวลา ${formatDigits(`${pad2(p.hour)}:${pad2(p.minute)}`, digits)}`;
}

/** Formats the Bangkok time of instant `d` in the register/stamp form 'HH.MM น.', e.g. '๐๙.๐๐ น.'. */
export function formatThaiTime(d: Date, opts: ThaiTimeOptions = {}): string {
  const p = bangkokParts(d);
  return formatDigits(`${pad2(p.hour)}.${pad2(p.minute)} น.`, opts.digits ?? 'thai');
}

/** Returns the UTC instants bounding Bangkok day `date` ('YYYY-MM-DD'): `start` inclusive, `end` exclusive (next midnight). */
export function bangkokDateToUtcRange(date: string): { start: Date; end: Date } {
  const { year, month, day } = parseIsoDate(date);
  const start = Date.UTC(year, month - 1, day) - BANGKOK_OFFSET_MS;
  return { start: new Date(start), end: new Date(start + DAY_MS) };
}

/** Returns the UTC instant of 00:00 Bangkok time on the first day of the Bangkok month containing `d`. */
export function bangkokMonthStart(d: Date): Date {
  const p = bangkokParts(d);
  return new Date(Date.UTC(p.year, p.month - 1, 1) - BANGKOK_OFFSET_MS);
}
