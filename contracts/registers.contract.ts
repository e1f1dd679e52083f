import { z } from 'zod';
import { Id, requiredText, text } from './common.contract.ts';
import { LetterCode, OwnerNumber } from './tenancy.contract.ts';

export const RegisterKind = z.enum(['receive', 'dispatch', 'circular', 'order', 'announcement', 'certificate']);
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
  year: z.object({ yearBE: z.number().int(), startNumber: z.number().int(), lastNumber: z.number().int(), startLocked: z.boolean() }),
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
export const UpdateRegisterBody = z
  .object({ name: requiredText(200), letterCode: LetterCode, ownerNumber: OwnerNumber, archived: z.boolean() })
  .partial();

/** Set the first number of a year, for agencies moving from paper books; locked once a number is used. */
export const SetStartNumberBody = z.object({ yearBE: z.number().int().min(2500).max(2700), startNumber: z.number().int().min(1).max(10_000_000) });

export const NumberStatus = z.enum(['issued', 'reserved', 'bound', 'cancelled']);
export const RegisterNumber = z.object({
  registerId: Id,
  yearBE: z.number().int(),
  number: z.number().int(),
  formatted: z.string(),
  status: NumberStatus,
  letterId: Id.nullable(),
  reason: z.string(),
  issuedBy: Id,
  issuedByName: z.string(),
  issuedAt: z.string(),
  cancelledAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
});
export type RegisterNumber = z.infer<typeof RegisterNumber>;

export const ReserveNumberBody = z.object({ registerId: Id, reason: requiredText(500) });
export const CancelNumberBody = z.object({ reason: requiredText(500) });
export const NumberParams = z.object({ id: Id, yearBE: z.coerce.number().int(), number: z.coerce.number().int().min(1) });
export const NumberListQuery = z.object({
  yearBE: z.coerce.number().int().optional(),
  status: NumberStatus.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export const ReservationNote = text(500);
