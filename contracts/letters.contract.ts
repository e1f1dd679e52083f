import { z } from 'zod';
import { Id, IsoDate, PageQuery, requiredText, text } from './common.contract.ts';
import { SigningFields } from './signing.contract.ts';
import { Capacity } from './directory.contract.ts';

// ---------- enumerations (regulation.md §3.2, §3.3) ----------

/** ชั้นความเร็ว: ปกติ, ด่วน, ด่วนมาก, ด่วนที่สุด. */
export const Urgency = z.enum(['normal', 'urgent', 'very-urgent', 'most-urgent']);
export type Urgency = z.infer<typeof Urgency>;
/** ชั้นความลับ: ปกติ, ลับ, ลับมาก, ลับที่สุด. */
export const Secrecy = z.enum(['none', 'confidential', 'secret', 'top-secret']);
export type Secrecy = z.infer<typeof Secrecy>;
/** How an incoming letter arrived: as a PDF (electronic), on paper (scanned), or backfilled (หนังสือเก่า). */
export const IntakeKind = z.enum(['electronic', 'paper', 'old']);
export type IntakeKind = z.infer<typeof IntakeKind>;
export const LetterStatus = z.enum(['active', 'closed', 'cancelled']);
export type LetterStatus = z.infer<typeof LetterStatus>;

/** A route step: how the letter came in, and every move after that. */
export const StepKind = z.enum([
  'intake', // รับเข้า: from the outside sender to the registering unit
  'propose', // เสนอ
  'command', // สั่งการ (signed)
  'forward', // ส่งต่อ
  'action', // บันทึกการปฏิบัติ
  'return', // ส่งคืน
  'close', // ปิดงาน
  'cancel', // ยกเลิก
]);
export type StepKind = z.infer<typeof StepKind>;
/** A delivery of a step to a unit or a person. */
export const DeliveryStatus = z.enum(['pending', 'received', 'recalled', 'returned']);
export type DeliveryStatus = z.infer<typeof DeliveryStatus>;

// ---------- registering an incoming letter (multipart: "metadata" JSON + files) ----------

/** Where the clerk puts the receipt stamp when the top-right corner is taken: points from the page's top-left. */
export const StampPosition = z.object({
  page: z.number().int().min(1).default(1),
  left: z.number().min(0).max(2000),
  top: z.number().min(0).max(2000),
});
export type StampPosition = z.infer<typeof StampPosition>;

/**
 * The "metadata" part of registerIncomingLetter. Files come as multipart parts: "document" (one PDF; electronic,
 * optional for old letters), "scans" (one or more JPEG/PNG/TIFF/PDF pages; paper), "attachments" (any number).
 */
export const IncomingLetterMetadata = z.object({
  intake: IntakeKind,
  /** ที่ — the letter's own number as printed on it. */
  docNo: text(100).default(''),
  /** ลงวันที่. */
  docDate: IsoDate.nullable().default(null),
  /** จาก — sender agency. */
  senderAgency: requiredText(300),
  /** Sender person or position, when known. */
  senderName: text(300).default(''),
  /** เรียน / ถึง. */
  addressee: text(300).default(''),
  /** เรื่อง. */
  subject: requiredText(500),
  urgency: Urgency.default('normal'),
  secrecy: Secrecy.default('none'),
  /** อ้างถึง. */
  reference: text(500).default(''),
  /** หมายเหตุ. */
  remarks: text(1000).default(''),
  /** The registering unit; default: the clerk's unit that keeps a receive register. */
  orgUnitId: Id.optional(),
  /** The receive register; default: the unit's receive register. */
  registerId: Id.optional(),
  /** false: save it to the unit's "to receive" queue without a number yet. Old letters are always numbered. */
  receiveNow: z.boolean().default(true),
  /** Old letters only: the receipt number and time the clerk gives (checked against the register). */
  receiptNumber: z.number().int().min(1).max(9_999_999).optional(),
  receivedAt: z.iso.datetime({ offset: true }).optional(),
  /** Where to put the receipt stamp instead of the top-right corner of page 1. */
  stampPosition: StampPosition.optional(),
});
export type IncomingLetterMetadata = z.infer<typeof IncomingLetterMetadata>;

// ---------- letters ----------

/** A unit's registration (ลงรับ) of the letter with its own receipt number. */
export const Receipt = z.object({
  id: Id,
  orgUnitId: Id,
  orgUnitName: z.string(),
  registerId: Id,
  yearBE: z.number().int(),
  number: z.number().int(),
  /** e.g. "๑๒๓" — as stamped. */
  formatted: z.string(),
  receivedAt: z.string(),
  receivedByName: z.string(),
  cancelled: z.boolean(),
});
export type Receipt = z.infer<typeof Receipt>;

export const LetterSummary = z.object({
  id: Id,
  intake: IntakeKind,
  docNo: z.string(),
  docDate: IsoDate.nullable(),
  senderAgency: z.string(),
  subject: z.string(),
  urgency: Urgency,
  secrecy: Secrecy,
  status: LetterStatus,
  registeringUnitId: Id,
  registeringUnitName: z.string(),
  /** The registering unit's receipt, once received. */
  receipt: Receipt.nullable(),
  hasDocument: z.boolean(),
  createdAt: z.string(),
});
export type LetterSummary = z.infer<typeof LetterSummary>;

export const DocumentRevision = z.object({
  revision: z.number().int(),
  reason: z.enum(['original', 'scan', 'receipt-stamp', 'route-page']),
  size: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
  createdByName: z.string(),
});
export const Attachment = z.object({
  id: Id,
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
});

/** What the viewer may do now; the server checks again when they do it. */
export const LetterAction = z.object({
  action: z.enum([
    'receive',
    'acknowledge',
    'command',
    'propose',
    'forward',
    'record-action',
    'return',
    'recall',
    'close',
    'cancel',
    'edit',
    'delete',
  ]),
  /** The delivery the action applies to (receive, acknowledge, return, recall, command on a proposal). */
  deliveryId: Id.nullable(),
  /** Who or what the delivery is to/from, for the button label. */
  label: z.string(),
});
export type LetterAction = z.infer<typeof LetterAction>;

export const Letter = LetterSummary.extend({
  senderName: z.string(),
  addressee: z.string(),
  reference: z.string(),
  remarks: z.string(),
  createdByName: z.string(),
  updatedAt: z.string(),
  closedAt: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
  receipts: z.array(Receipt),
  revisions: z.array(DocumentRevision),
  attachments: z.array(Attachment),
  actions: z.array(LetterAction),
  /** A command text prepared by the executive's office (หน้าห้อง) on the proposal to the viewer, if any. */
  preparedCommand: z.string().nullable(),
});
export type Letter = z.infer<typeof Letter>;

export const UpdateLetterBody = z
  .object({
    docNo: text(100),
    docDate: IsoDate.nullable(),
    senderAgency: requiredText(300),
    senderName: text(300),
    addressee: text(300),
    subject: requiredText(500),
    urgency: Urgency,
    secrecy: Secrecy,
    reference: text(500),
    remarks: text(1000),
  })
  .partial();
export type UpdateLetterBody = z.infer<typeof UpdateLetterBody>;

export const LetterHistoryEntry = z.object({
  at: z.string(),
  byName: z.string(),
  action: z.string(),
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
});
export type LetterHistoryEntry = z.infer<typeof LetterHistoryEntry>;

// ---------- queues ----------

export const QueueName = z.enum([
  'to-receive', // letters waiting for my unit's ลงรับ
  'in-unit', // letters my units have received and not closed
  'to-consider', // proposals to me (executive)
  'assigned', // commands and forwards to me
  'sent', // steps I sent, with their deliveries
  'all', // everything I may see (search)
]);
export type QueueName = z.infer<typeof QueueName>;

export const QueueQuery = PageQuery.extend({
  queue: QueueName.default('all'),
  urgency: Urgency.optional(),
  secrecy: Secrecy.optional(),
  status: LetterStatus.optional(),
  /** Limit to one unit I work for. */
  orgUnitId: Id.optional(),
  /** Registered on or after / before (Bangkok dates). */
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
export type QueueQuery = z.infer<typeof QueueQuery>;

export const QueueItem = z.object({
  letter: LetterSummary,
  /** The delivery this row is about (to me or my unit; or, in "sent", from me), if any. */
  delivery: z
    .object({
      id: Id,
      stepKind: StepKind,
      fromName: z.string(),
      toName: z.string(),
      content: z.string(),
      sentAt: z.string(),
      status: DeliveryStatus,
    })
    .nullable(),
  unread: z.boolean(),
});
export type QueueItem = z.infer<typeof QueueItem>;

export const QueueCounts = z.object({
  toReceive: z.number().int(),
  toConsider: z.number().int(),
  assigned: z.number().int(),
  unread: z.number().int(),
});
export type QueueCounts = z.infer<typeof QueueCounts>;

// ---------- routing ----------

export const DeliveryParams = z.object({ id: Id });
export const Recipients = z.object({
  orgUnitIds: z.array(Id).max(100).default([]),
  userIds: z.array(Id).max(100).default([]),
});

export const ProposeBody = z.object({
  /** The executives (users) to propose to. */
  userIds: z.array(Id).min(1).max(20),
  /** คำเสนอ, e.g. "เรียน ผอ. เพื่อโปรดพิจารณา". */
  content: text(500).default('เพื่อโปรดพิจารณา'),
  /** A command prepared for the executive by their office (หน้าห้อง), offered in their command dialog. */
  preparedCommand: text(500).optional(),
});
export type ProposeBody = z.infer<typeof ProposeBody>;

export const RecordCommandBody = Recipients.extend(SigningFields.shape).extend({
  /** The proposal delivery being answered, when there is one. */
  deliveryId: Id.optional(),
  /** The command text: a preset, a typed text, or both joined. */
  text: requiredText(500),
  /** The capacity signed in (from GET /account/capacities); omit to sign in one's own name. */
  appointmentId: Id.optional(),
  /** The signer re-enters their password (electronic signature, the deck's "รหัสผ่านยืนยันตัวบุคคล"). */
  password: z.string().min(1).max(200),
  /** A signature drawn now (PNG, base64 without the data: prefix); otherwise the stored signature image. */
  signatureImage: z.string().max(2_000_000).optional(),
});
export type RecordCommandBody = z.infer<typeof RecordCommandBody>;

export const ForwardBody = Recipients.extend({ content: text(500).default('') });
export type ForwardBody = z.infer<typeof ForwardBody>;
export const ActionNoteBody = z.object({ content: requiredText(500) });
export const ReasonBody = z.object({ reason: requiredText(500) });
export const CloseBody = z.object({ note: text(500).default('') });
export const ReceiveBody = z.object({
  /** The unit's receive register; default: the unit's only receive register. */
  registerId: Id.optional(),
});

export const RouteDelivery = z.object({
  id: Id,
  toKind: z.enum(['unit', 'person']),
  toId: Id,
  toName: z.string(),
  status: DeliveryStatus,
  receipt: Receipt.nullable(),
  receivedAt: z.string().nullable(),
  receivedByName: z.string().nullable(),
  recalledAt: z.string().nullable(),
  returnedAt: z.string().nullable(),
  returnReason: z.string().nullable(),
});
export const RouteHop = z.object({
  stepId: Id,
  kind: StepKind,
  at: z.string(),
  fromName: z.string(),
  fromUnitName: z.string(),
  content: z.string(),
  signed: z.boolean(),
  signerName: z.string().nullable(),
  signerPosition: z.string().nullable(),
  /** e.g. "รักษาราชการแทน ผู้อำนวยการสำนัก"; '' for one's own position. */
  capacity: z.string().nullable(),
  /** GET URL of the signature image drawn on the route page, for signed steps. */
  signatureUrl: z.string().nullable(),
  deliveries: z.array(RouteDelivery),
});
export type RouteHop = z.infer<typeof RouteHop>;
export const LetterRoute = z.object({ letter: LetterSummary, hops: z.array(RouteHop) });
export type LetterRoute = z.infer<typeof LetterRoute>;

/** People and units a letter can be sent to (any signed-in user with letter functions may list them). */
export const RecipientDirectory = z.object({
  units: z.array(z.object({ id: Id, name: z.string(), path: z.string(), hasReceiveRegister: z.boolean() })),
  people: z.array(
    z.object({
      userId: Id,
      name: z.string(),
      positionTitle: z.string(),
      unitName: z.string(),
      isExecutive: z.boolean(),
    }),
  ),
});
export type RecipientDirectory = z.infer<typeof RecipientDirectory>;

// ---------- command presets (รูปแบบคำสั่งการ) ----------

export const CommandPreset = z.object({ id: Id, text: z.string(), position: z.number().int() });
export type CommandPreset = z.infer<typeof CommandPreset>;
export const CommandPresetBody = z.object({
  text: requiredText(500),
  position: z.number().int().min(0).max(1000).optional(),
});

// ---------- signatures and capacities of the signed-in user ----------

export const SignatureStatus = z.object({ hasImage: z.boolean(), updatedAt: z.string().nullable() });
export const SignatureBody = z.object({ image: z.string().min(1).max(2_000_000) });
export const MyCapacities = z.object({ date: IsoDate, capacities: z.array(Capacity) });

// ---------- who viewed what (ค้นหาประวัติการเข้าดูหนังสือ) ----------

export const LetterViewQuery = PageQuery.extend({
  letterId: Id.optional(),
  userId: Id.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
export type LetterViewQuery = z.infer<typeof LetterViewQuery>;
export const LetterView = z.object({
  at: z.string(),
  userId: Id,
  userName: z.string(),
  letterId: Id,
  subject: z.string(),
  what: z.enum(['metadata', 'pdf', 'attachment', 'route']),
  detail: z.string(),
});
export type LetterView = z.infer<typeof LetterView>;

// ---------- receive register (ทะเบียนหนังสือรับ, แบบที่ ๑๓) ----------

export const ReceiveBookQuery = z.object({ yearBE: z.coerce.number().int().min(2500).max(2700).optional() });
export const ReceiveBookRow = z.object({
  number: z.number().int(),
  formatted: z.string(),
  receivedAt: z.string(),
  letterId: Id.nullable(),
  docNo: z.string(),
  docDate: IsoDate.nullable(),
  from: z.string(),
  to: z.string(),
  subject: z.string(),
  /** การปฏิบัติ: where it went and when. */
  action: z.string(),
  remarks: z.string(),
  cancelled: z.boolean(),
});
export type ReceiveBookRow = z.infer<typeof ReceiveBookRow>;
export const ReceiveBook = z.object({
  registerId: Id,
  registerName: z.string(),
  orgUnitName: z.string(),
  yearBE: z.number().int(),
  rows: z.array(ReceiveBookRow),
});
export type ReceiveBook = z.infer<typeof ReceiveBook>;

export const RevisionQuery = z.object({ revision: z.coerce.number().int().min(1).optional() });
export const AttachmentParams = z.object({ id: Id, attachmentId: Id });
export const StepParams = z.object({ id: Id, stepId: Id });
