import type { Register, RegisterNumber } from '../../../contracts/registers.contract.ts';
import type { DigitStyle } from '../shared/thai/thai-digits.ts';
import { formatLetterNumber } from './number-format.ts';
import type { CounterRecord, NumberRecord, RegisterRecord } from './ports.ts';

/** Formats number `number` of `register` in year `yearBE` as printed on a letter, e.g. 'ที่ ศธ ๐๔๐๐๑/๑๒๔'. */
export function formatRegisterNumber(
  register: Pick<RegisterRecord, 'kind' | 'letterCode' | 'ownerNumber'>,
  yearBE: number,
  number: number,
  digits: DigitStyle,
): string {
  const { kind, letterCode, ownerNumber } = register;
  return formatLetterNumber({ kind, letterCode, ownerNumber, number, yearBE, digits });
}

/**
 * A register as the API shows it, with its counter for `yearBE` (no counter yet: starts at 1, nothing used).
 * The start is locked once a number of the year has been taken (regulation §5.3 item 5).
 */
export function toRegisterView(
  register: RegisterRecord,
  counter: CounterRecord | undefined,
  yearBE: number,
  digits: DigitStyle,
): Register {
  const startNumber = counter?.startNumber ?? 1;
  const lastNumber = counter?.last ?? 0;
  return {
    id: register.id,
    orgUnitId: register.orgUnitId,
    orgUnitName: register.orgUnitName,
    kind: register.kind,
    name: register.name,
    letterCode: register.letterCode,
    ownerNumber: register.ownerNumber,
    archived: register.archived,
    year: { yearBE, startNumber, lastNumber, startLocked: lastNumber >= startNumber },
    nextFormatted: formatRegisterNumber(register, yearBE, lastNumber + 1, digits),
  };
}

/** A number of the register book as the API shows it; the printed form is the one stored when it was taken. */
export function toNumberView(n: NumberRecord, digits: DigitStyle): RegisterNumber {
  return {
    registerId: n.registerId,
    registerName: n.registerName,
    orgUnitName: n.orgUnitName,
    yearBE: n.yearBE,
    number: n.number,
    formatted: n.formatted ?? formatRegisterNumber(n, n.yearBE, n.number, digits),
    status: n.status,
    letterId: n.letterId,
    reason: n.reason,
    reserved: n.reserved,
    issuedBy: n.issuedBy,
    issuedByName: n.issuedByName,
    issuedAt: n.issuedAt.toISOString(),
    cancelledBy: n.cancelledBy,
    cancelledByName: n.cancelledByName,
    cancelledAt: n.cancelledAt ? n.cancelledAt.toISOString() : null,
    cancelReason: n.cancelReason,
  };
}
