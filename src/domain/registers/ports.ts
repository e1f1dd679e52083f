import type { NumberStatus, RegisterKind } from '../../../contracts/registers.contract.ts';
import type { DigitStyle } from '../shared/thai/thai-digits.ts';
import type { LetterNumberFrame } from './number-format.ts';

/** A register (ทะเบียน) as stored, with its unit's name. */
export interface RegisterRecord {
  id: string;
  orgUnitId: string;
  orgUnitName: string;
  kind: RegisterKind;
  name: string;
  letterCode: string;
  ownerNumber: string;
  archived: boolean;
}

/** Fields of a new register. */
export interface NewRegister {
  orgUnitId: string;
  kind: RegisterKind;
  name: string;
  letterCode: string;
  ownerNumber: string;
}

/** What may change on a register. */
export interface RegisterPatch {
  name?: string;
  letterCode?: string;
  ownerNumber?: string;
  archived?: boolean;
}

/** The counter of one (register, calendar year BE): the first number of the year and the last one used. */
export interface CounterRecord {
  registerId: string;
  yearBE: number;
  startNumber: number;
  last: number;
}

/** A number as recorded in the register book, with the names the lists show. */
export interface NumberRecord {
  registerId: string;
  registerName: string;
  orgUnitId: string;
  orgUnitName: string;
  kind: RegisterKind;
  letterCode: string;
  ownerNumber: string;
  yearBE: number;
  number: number;
  status: NumberStatus;
  letterId: string | null;
  reason: string;
  reserved: boolean;
  formatted: string | null;
  issuedBy: string;
  issuedByName: string;
  issuedAt: Date;
  cancelledBy: string | null;
  cancelledByName: string | null;
  cancelledAt: Date | null;
  cancelReason: string | null;
}

/** What the register book records about a number being taken; the number itself comes from the counter. */
export interface NumberEntry {
  registerId: string;
  yearBE: number;
  status: 'issued' | 'reserved';
  letterId: string | null;
  reason: string;
  reserved: boolean;
  issuedBy: string;
  issuedAt: Date;
  /** The printed form around the running number, and the digits to print it in. */
  frame: LetterNumberFrame;
  digits: DigitStyle;
}

/** The key of one number: (register, calendar year BE, number). */
export interface NumberKey {
  registerId: string;
  yearBE: number;
  number: number;
}

/** Filters of the register book and the reservations list. */
export interface NumberQuery {
  registerId?: string;
  yearBE?: number;
  status?: NumberStatus;
  /** Only numbers taken by a reservation. */
  reservedOnly?: boolean;
  /** Only registers kept by these units; undefined means every unit of the tenant. */
  orgUnitIds?: readonly string[];
  limit: number;
  offset: number;
}

/** Port: registers, their yearly counters and the numbers they issued. Every call is scoped by tenant first. */
export interface RegisterRepository {
  /** Inserts a register; REGISTER_NAME_TAKEN when the unit already has a register of that name. */
  insert(tenantId: string, r: NewRegister): Promise<RegisterRecord>;
  get(tenantId: string, id: string): Promise<RegisterRecord | null>;
  /**
   * One query for the hot path: the register, its unit path (the unit, then each ancestor) for unit-scoped
   * permissions, and the digits the agency prints numbers in.
   */
  getScoped(
    tenantId: string,
    id: string,
  ): Promise<{ register: RegisterRecord; unitPath: string[]; digitStyle: 'thai' | 'arabic' } | null>;
  /** The registers of the tenant, ordered by unit name, kind and name. */
  list(tenantId: string, q: { orgUnitId?: string; kind?: RegisterKind }): Promise<RegisterRecord[]>;
  /** True when another register of the unit (not `exceptId`) already has this name. */
  nameTaken(tenantId: string, orgUnitId: string, name: string, exceptId?: string): Promise<boolean>;
  /** Applies the patch; REGISTER_NAME_TAKEN when the new name is already used in the unit. */
  update(tenantId: string, id: string, patch: RegisterPatch): Promise<RegisterRecord>;
  /** The counters of the given registers for one year (absent when no number was taken and no start set). */
  counters(
    tenantId: string,
    registerIds: readonly string[],
    yearBE: number,
  ): Promise<Map<string, CounterRecord>>;
  /** Sets the first number of (register, yearBE); null when a number of that year has been used (locked). */
  setStart(
    tenantId: string,
    registerId: string,
    yearBE: number,
    startNumber: number,
  ): Promise<CounterRecord | null>;
  /**
   * Takes the next number of (register, yearBE) inside the caller's transaction and writes it to the register
   * book in the same statement: gapless (a rollback returns it), never reused, and the counter row is locked
   * for as short a time as possible. Returns the number and its printed form.
   */
  allocateEntry(tenantId: string, entry: NumberEntry): Promise<{ number: number; formatted: string }>;
  /** One number, locked for the rest of the transaction when `forUpdate`. */
  getNumber(tenantId: string, key: NumberKey, opts?: { forUpdate?: boolean }): Promise<NumberRecord | null>;
  /** Marks a number cancelled (ยกเลิก): it keeps its place in the book and is never reused. */
  cancelNumber(
    tenantId: string,
    key: NumberKey,
    c: { by: string | null; at: Date; reason: string },
  ): Promise<void>;
  /**
   * Writes a number the clerk gives for an old letter (หนังสือเก่า) straight into the book as issued;
   * false when that number is already in the book. The caller checks it lies before the year's counter.
   */
  backfillEntry(
    tenantId: string,
    e: {
      registerId: string;
      yearBE: number;
      number: number;
      letterId: string;
      issuedBy: string;
      issuedAt: Date;
      formatted: string;
    },
  ): Promise<boolean>;
  /** The highest number of (register, yearBE) in the book, 0 when none (old letters' numbers included). */
  maxBooked(tenantId: string, registerId: string, yearBE: number): Promise<number>;
  /** Binds a reserved number to the letter that uses it. */
  bindNumber(tenantId: string, key: NumberKey, letterId: string): Promise<void>;
  listNumbers(tenantId: string, q: NumberQuery): Promise<{ items: NumberRecord[]; total: number }>;
  /**
   * The org unit's path (the unit first, then its ancestors up to the root) and the owner number of the
   * nearest unit on that path that has one; null when the unit is missing.
   */
  unitPath(
    tenantId: string,
    orgUnitId: string,
  ): Promise<{ ownerNumber: string | null; path: string[] } | null>;
  /** The given units and every unit below them. */
  unitsUnder(tenantId: string, orgUnitIds: readonly string[]): Promise<string[]>;
}
