import { z } from 'zod';
import { Id, IsoDate, PageQuery, requiredText, text } from './common.contract.ts';
import { Secrecy, Urgency } from './letters.contract.ts';
import { SigningFields } from './signing.contract.ts';

/** The regulation's forms: หนังสือภายนอก (แบบที่ ๑), บันทึกข้อความ (แบบที่ ๒), หนังสือประทับตรา (แบบที่ ๓), คำสั่ง, ประกาศ. */
export const LetterForm = z.enum(['external', 'memo', 'stamped', 'order', 'announcement']);
export type LetterForm = z.infer<typeof LetterForm>;

export const OutgoingStatus = z.enum([
  'draft',
  'in-review',
  'awaiting-signature',
  'signed',
  'dispatched',
  'cancelled',
]);
export type OutgoingStatus = z.infer<typeof OutgoingStatus>;

/** The draft's fields, without defaults (so a partial update names only what it changes). */
const DraftFields = z.object({
  form: LetterForm,
  /** ส่วนราชการเจ้าของเรื่อง: the unit that owns the matter; its dispatch register numbers the letter. */
  ownerUnitId: Id,
  subject: requiredText(500),
  /** คำขึ้นต้น, e.g. เรียน / กราบเรียน (external, memo). */
  salutation: text(100),
  /** The addressee's position after the salutation. */
  addressee: text(300),
  /** อ้างถึง (external). */
  references: z.array(requiredText(300)).max(10),
  /** สิ่งที่ส่งมาด้วย (external, stamped). */
  enclosures: z.array(requiredText(300)).max(20),
  /** Body paragraphs. */
  paragraphs: z.array(requiredText(5000)).min(1).max(60),
  /** คำลงท้าย (external). */
  closing: text(100),
  phone: text(100),
  fax: text(100),
  email: text(200),
  /** สำเนาส่ง. */
  copiesTo: z.array(requiredText(300)).max(50),
  urgency: Urgency,
  secrecy: Secrecy,
  /** หนังสือเวียน: numbered from the circular register ("/ว ๑๒๓"). */
  circular: z.boolean(),
  /** A reply links the incoming letter it answers. */
  replyToLetterId: Id.nullable(),
});

/** What the drafter writes. Which fields a form requires is checked by the server (regulation.md §4). */
export const DraftContent = DraftFields.extend({
  salutation: DraftFields.shape.salutation.default('เรียน'),
  addressee: DraftFields.shape.addressee.default(''),
  references: DraftFields.shape.references.default([]),
  enclosures: DraftFields.shape.enclosures.default([]),
  closing: DraftFields.shape.closing.default('ขอแสดงความนับถือ'),
  phone: DraftFields.shape.phone.default(''),
  fax: DraftFields.shape.fax.default(''),
  email: DraftFields.shape.email.default(''),
  copiesTo: DraftFields.shape.copiesTo.default([]),
  urgency: DraftFields.shape.urgency.default('normal'),
  secrecy: DraftFields.shape.secrecy.default('none'),
  circular: DraftFields.shape.circular.default(false),
  replyToLetterId: DraftFields.shape.replyToLetterId.default(null),
});
export type DraftContent = z.infer<typeof DraftContent>;
export const UpdateDraftBody = DraftFields.partial().extend({ note: text(300).optional() });
export type UpdateDraftBody = z.infer<typeof UpdateDraftBody>;

export const OutgoingReview = z.object({
  userId: Id,
  name: z.string(),
  role: z.enum(['reviewer', 'signer']),
  status: z.enum(['waiting', 'pending', 'approved', 'returned', 'signed']),
  comment: z.string(),
  actedAt: z.string().nullable(),
});
export const OutgoingDelivery = z.object({
  id: Id,
  kind: z.enum(['unit', 'agency', 'paper']),
  toName: z.string(),
  /** delivered → received (their receipt number) → acknowledged (they acted on it). */
  status: z.enum(['delivered', 'received', 'acknowledged', 'returned']),
  receiptFormatted: z.string().nullable(),
  deliveredAt: z.string(),
  receivedAt: z.string().nullable(),
});
export const OutgoingVersion = z.object({
  version: z.number().int(),
  createdAt: z.string(),
  createdByName: z.string(),
  note: z.string(),
});
export const OutgoingAttachment = z.object({
  id: Id,
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
});
export const OutgoingAttachmentParams = z.object({ id: Id, attachmentId: Id });
/** One saved version of a draft, whole, so two versions can be compared. */
export const OutgoingVersionContent = z.object({
  version: z.number().int(),
  createdAt: z.string(),
  createdByName: z.string(),
  note: z.string(),
  content: DraftContent,
});
export const VersionParams = z.object({ id: Id, version: z.coerce.number().int().min(1) });
export const OutgoingAction = z.enum(['edit', 'submit', 'review', 'sign', 'dispatch', 'cancel', 'delete']);

export const OutgoingLetter = z.object({
  id: Id,
  status: OutgoingStatus,
  content: DraftContent,
  version: z.number().int(),
  ownerUnitName: z.string(),
  createdByName: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Set at signing: "ที่ ศธ ๐๔๐๐๑/๑๒๓" and the letter's date. */
  numberFormatted: z.string().nullable(),
  letterDate: IsoDate.nullable(),
  signedAt: z.string().nullable(),
  signerName: z.string().nullable(),
  /** The signer's position and the capacity printed under the signature ("รักษาราชการแทน…"). */
  signerPosition: z.string().nullable(),
  signerCapacity: z.string().nullable(),
  /** The public verification page of the signed letter is `/v/<verifyCode>` (the QR code's target). */
  verifyCode: z.string().nullable(),
  /** The name of a finished PDF made elsewhere that this letter uses instead of its rendered fields. */
  sourcePdfName: z.string().nullable(),
  /** สิ่งที่ส่งมาด้วย files, delivered with the letter to every electronic recipient. */
  attachments: z.array(OutgoingAttachment),
  reviews: z.array(OutgoingReview),
  /** Every review decision of every round (a resubmission starts a new round; earlier ones stay here). */
  reviewHistory: z.array(
    z.object({
      at: z.string(),
      byName: z.string(),
      decision: z.enum(['approved', 'returned', 'commented', 'submitted', 'signed']),
      comment: z.string(),
    }),
  ),
  cancelledAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
  deliveries: z.array(OutgoingDelivery),
  versions: z.array(OutgoingVersion),
  actions: z.array(OutgoingAction),
});
export type OutgoingLetter = z.infer<typeof OutgoingLetter>;

export const OutgoingBox = z.enum(['drafts', 'to-review', 'to-sign', 'sent', 'all']);
export const OutgoingQuery = PageQuery.extend({
  box: OutgoingBox.default('all'),
  status: OutgoingStatus.optional(),
});
export type OutgoingQuery = z.infer<typeof OutgoingQuery>;
export const OutgoingSummary = z.object({
  id: Id,
  form: LetterForm,
  status: OutgoingStatus,
  subject: z.string(),
  urgency: Urgency,
  numberFormatted: z.string().nullable(),
  letterDate: IsoDate.nullable(),
  ownerUnitName: z.string(),
  createdByName: z.string(),
  updatedAt: z.string(),
});

/** เสนอร่างลงนาม: reviewers in order, then the signer. */
export const SubmitDraftBody = z.object({
  reviewerIds: z.array(Id).max(10).default([]),
  signerId: Id,
});
export const ReviewBody = z.object({
  /** approve: pass it on; return: back to the drafter (โปรดแก้ไข); comment: a remark, the chain does not move. */
  decision: z.enum(['approve', 'return', 'comment']),
  /** A comment; with "return" the reason (e.g. โปรดแก้ไข …). */
  comment: text(1000).default(''),
});
export const SignLetterBody = SigningFields.extend({
  password: z.string().min(1).max(200),
  signatureImage: z.string().max(2_000_000).optional(),
  appointmentId: Id.optional(),
  /** A reserved number (จองเลข) of the register to use instead of taking the next one. */
  reservedNumber: z.number().int().min(1).optional(),
});
export type SignLetterBody = z.infer<typeof SignLetterBody>;
export const DispatchBody = z.object({
  /** Units of the same agency: the letter arrives in their รอลงรับ queue. */
  orgUnitIds: z.array(Id).max(100).default([]),
  /** Other agencies on the platform (their slug): the letter arrives in their central registry's queue. */
  agencySlugs: z.array(z.string().trim().min(1).max(64)).max(100).default([]),
  /** Paper recipients: a dispatch record with the name; the signed PDF is the print-ready copy. */
  paperRecipients: z.array(requiredText(300)).max(100).default([]),
});
export type DispatchBody = z.infer<typeof DispatchBody>;
/** A คำขึ้นต้น / คำลงท้าย pair offered in the editor (reference data the agency admin edits). */
export const Salutation = z.object({
  id: Id,
  opening: z.string(),
  closing: z.string(),
  recipient: z.string(),
  position: z.number().int(),
});
export type Salutation = z.infer<typeof Salutation>;
export const SalutationBody = z.object({
  opening: requiredText(100),
  closing: requiredText(100),
  recipient: text(300).default(''),
  position: z.number().int().min(0).max(1000).optional(),
});
export const SalutationPatch = z
  .object({
    opening: requiredText(100),
    closing: requiredText(100),
    recipient: text(300),
    position: z.number().int().min(0).max(1000),
  })
  .partial();
export const EmblemStatus = z.object({ hasEmblem: z.boolean() });
export const EmblemBody = z.object({ image: z.string().min(1).max(3_000_000) });
export const ExchangeAgency = z.object({ slug: z.string(), name: z.string() });

/** ทะเบียนหนังสือส่ง (แบบที่ ๑๔): one register and calendar year. */
export const DispatchBookRow = z.object({
  number: z.number().int(),
  formatted: z.string(),
  registeredAt: z.string(),
  letterId: z.string().nullable(),
  letterDate: z.string().nullable(),
  from: z.string(),
  to: z.string(),
  subject: z.string(),
  remarks: z.string(),
  cancelled: z.boolean(),
});
export const DispatchBook = z.object({
  registerId: z.string(),
  registerName: z.string(),
  orgUnitName: z.string(),
  yearBE: z.number().int(),
  rows: z.array(DispatchBookRow),
});
export type DispatchBook = z.infer<typeof DispatchBook>;
