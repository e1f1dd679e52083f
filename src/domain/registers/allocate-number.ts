import { AppError } from '../shared/app-error.ts';
import type { Repositories } from '../shared/ports.ts';
import { bangkokYearBE } from '../shared/thai/thai-date.ts';
import { letterNumberFrame } from './number-format.ts';
import type { DigitStyle } from '../shared/thai/thai-digits.ts';
import type { RegisterRecord } from './ports.ts';
import { digitStyleOf } from './register-access.ts';

/** What the register book records about a number being taken. */
export interface AllocationMeta {
  /** The user who takes the number (ผู้ออกเลข / ผู้จอง). */
  issuedBy: string;
  /** 'issued' for a letter being numbered now (the default), 'reserved' for a reservation. */
  status?: 'issued' | 'reserved';
  letterId?: string | null;
  reason?: string;
  /** The register, when the caller has loaded it already. */
  register?: RegisterRecord;
  /** The agency's digit style, when the caller knows it already. */
  digits?: DigitStyle;
}

/** A number just taken: its calendar year (BE), its place in the register, and the form printed on the letter. */
export interface AllocatedNumber {
  yearBE: number;
  number: number;
  formatted: string;
}

/**
 * Takes the next number of a register inside the caller's unit of work and writes it to the register book.
 * The year is the calendar year in Asia/Bangkok at `at` (regulation §5.3 items 1–2), so the book restarts at
 * 00:00 Bangkok time on 1 January whatever the server's time zone. The counter row stays locked until the
 * caller commits; if the caller's transaction fails, the number is returned and nothing is burnt.
 * The caller records the number in its own audit entry.
 */
export async function allocateNumber(
  r: Repositories,
  tenantId: string,
  registerId: string,
  at: Date,
  meta: AllocationMeta,
): Promise<AllocatedNumber> {
  const register = meta.register ?? (await r.registers.get(tenantId, registerId));
  if (!register || register.id !== registerId) throw new AppError('REGISTER_NOT_FOUND');
  if (register.archived) throw new AppError('REGISTER_ARCHIVED');
  const digits = meta.digits ?? (await digitStyleOf(r, tenantId));
  const yearBE = bangkokYearBE(at);
  const { kind, letterCode, ownerNumber } = register;
  const frame = letterNumberFrame({ kind, letterCode, ownerNumber, yearBE, digits });
  const status = meta.status ?? 'issued';
  // Everything above only reads. This one statement takes the number and writes it to the book; the counter
  // row stays locked until the caller commits, so the caller should commit soon after.
  const { number, formatted } = await r.registers.allocateEntry(tenantId, {
    registerId,
    yearBE,
    status,
    letterId: meta.letterId ?? null,
    reason: meta.reason ?? '',
    reserved: status === 'reserved',
    issuedBy: meta.issuedBy,
    issuedAt: at,
    frame,
    digits,
  });
  return { yearBE, number, formatted };
}
