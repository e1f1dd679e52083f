import { z } from 'zod';
import { Id, requiredText, text } from './common.contract.ts';
import { LetterCode, OwnerNumber } from './tenancy.contract.ts';

export const RegisterKind = z.enum([
  'receive',
  'dispatch',
  'circular',
  'order',
  'announcement',
  'certificate',
]);
export type RegisterKind = z.infer<typeof RegisterKind>;

export const Register = z.object({
  id: Id,
  orgUnitId: Id,
  orgUnitName: z.string(),
  kind: RegisterKind,
  name: z.string(),
  letterCode: z.string(),
  ownerNumber: z.string(),
  archived: z.boolean(),
  /** The current Bangkok calendar year (BE), its start number, the last number used, and whether the start is locked. */
  year: z.object({
    yearBE: z.number().int(),
    startNumber: z.number().int(),
    lastNumber: z.number().int(),
    startLocked: z.boolean(),
  }),
  /** What the next number will look like, e.g. "ที่ ศธ ๐๔๐๐๑/๑๒๔". */
  nextFormatted: z.string(),
});
export type Register = z.infer<typeof Register>;

export const CreateRegisterBody = z.object({
  orgUnitId: Id,
  kind: RegisterKind,
  name: requiredText(200),
  /** Defaults to the agency's letter code and the unit's (or agency's) owner number. */
  letterCode: LetterCode.optional(),
  ownerNumber: OwnerNumber.optional(),
});
export type CreateRegisterBody = z.infer<typeof CreateRegisterBody>;
export const UpdateRegisterBody = z
  .object({
    name: requiredText(200),
    letterCode: LetterCode,
    ownerNumber: OwnerNumber,
    archived: z.boolean(),
  })
  .partial();
export type UpdateRegisterBody = z.infer<typeof UpdateRegisterBody>;
/** GET /registers filters: one unit's registers, one kind. */
export const RegisterListQuery = z.object({ orgUnitId: Id.optional(), kind: RegisterKind.optional() });
export type RegisterListQuery = z.infer<typeof RegisterListQuery>;

/** Set the first number of a year, for agencies moving from paper books; locked once a number is used. */
export const SetStartNumberBody = z.object({
  yearBE: z.number().int().min(2500).max(2700),
  startNumber: z.number().int().min(1).max(10_000_000),
});
export type SetStartNumberBody = z.infer<typeof SetStartNumberBody>;

export const NumberStatus = z.enum(['issued', 'reserved', 'bound', 'cancelled']);
export type NumberStatus = z.infer<typeof NumberStatus>;
export const RegisterNumber = z.object({
  registerId: Id,
  /** The register's name and its unit's name, for the reservations list. */
  registerName: z.string(),
  orgUnitName: z.string(),
  yearBE: z.number().int(),
  number: z.number().int(),
  formatted: z.string(),
  status: NumberStatus,
  letterId: Id.nullable(),
  reason: z.string(),
  /** True when the number was taken by a reservation (จองเลข), whatever its status now. */
  reserved: z.boolean(),
  /** Who took the number (issued or reserved it) and when. */
  issuedBy: Id,
  issuedByName: z.string(),
  issuedAt: z.string(),
  /** A cancelled number keeps its place in the register with the mark ยกเลิก; it is never reused. */
  cancelledBy: Id.nullable(),
  cancelledByName: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
});
export type RegisterNumber = z.infer<typeof RegisterNumber>;

export const ReserveNumberBody = z.object({ registerId: Id, reason: requiredText(500) });
export type ReserveNumberBody = z.infer<typeof ReserveNumberBody>;
export const CancelNumberBody = z.object({ reason: requiredText(500) });
export type CancelNumberBody = z.infer<typeof CancelNumberBody>;
export const NumberParams = z.object({
  id: Id,
  yearBE: z.coerce.number().int(),
  number: z.coerce.number().int().min(1),
});
/** The register book: one calendar year (the current Bangkok year when omitted), in number order. */
export const NumberListQuery = z.object({
  yearBE: z.coerce.number().int().optional(),
  status: NumberStatus.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type NumberListQuery = z.infer<typeof NumberListQuery>;
/** GET /number-reservations: newest first, optionally one status or one register. */
export const ReservationListQuery = z.object({
  status: NumberStatus.optional(),
  registerId: Id.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ReservationListQuery = z.infer<typeof ReservationListQuery>;
export const ReservationNote = text(500);
