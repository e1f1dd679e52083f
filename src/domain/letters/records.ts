import type {
  DeliveryStatus,
  IntakeKind,
  LetterStatus,
  Secrecy,
  StepKind,
  Urgency,
} from '../../../contracts/letters.contract.ts';
import type { PdfRect } from './pdf-port.ts';

/** A letter as stored, with the names lists show. */
export interface LetterRecord {
  id: string;
  intake: IntakeKind;
  docNo: string;
  docDate: string | null;
  senderAgency: string;
  senderName: string;
  addressee: string;
  subject: string;
  urgency: Urgency;
  secrecy: Secrecy;
  reference: string;
  remarks: string;
  status: LetterStatus;
  registeringUnitId: string;
  registeringUnitName: string;
  createdBy: string;
  createdByName: string;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
  cancelledAt: Date | null;
  cancelReason: string | null;
  /** Current document revision; 0 when the letter has no PDF. */
  revision: number;
  /** For a letter sent from an outgoing letter on the platform: the sender's agency and delivery record. */
  sourceTenantId: string | null;
  sourceDeliveryId: string | null;
}

/** The metadata fields a clerk enters and may edit. */
export type LetterFields = Pick<
  LetterRecord,
  | 'docNo'
  | 'docDate'
  | 'senderAgency'
  | 'senderName'
  | 'addressee'
  | 'subject'
  | 'urgency'
  | 'secrecy'
  | 'reference'
  | 'remarks'
>;

export interface NewLetter extends LetterFields {
  intake: IntakeKind;
  registeringUnitId: string;
  createdBy: string;
  createdAt: Date;
  source?: { tenantId: string; deliveryId: string };
}

export interface DocumentRecord {
  revision: number;
  reason: 'original' | 'scan' | 'receipt-stamp' | 'route-page';
  sha256: string;
  size: number;
  createdAt: Date;
  createdByName: string;
}

export interface AttachmentRecord {
  id: string;
  fileName: string;
  mediaType: string;
  sha256: string;
  size: number;
}

export interface ReceiptRecord {
  id: string;
  letterId: string;
  orgUnitId: string;
  orgUnitName: string;
  registerId: string;
  yearBE: number;
  number: number;
  formatted: string;
  receivedAt: Date;
  receivedBy: string;
  receivedByName: string;
  cancelled: boolean;
}

export interface StepRecord {
  id: string;
  letterId: string;
  kind: StepKind;
  actorUserId: string | null;
  actorName: string;
  actorUnitId: string | null;
  actorUnitName: string;
  content: string;
  preparedCommand: string | null;
  signed: boolean;
  signerName: string | null;
  signerPosition: string | null;
  capacity: string | null;
  signatureSha256: string | null;
  pageIndex: number | null;
  answersDeliveryId: string | null;
  createdAt: Date;
}

export type NewStep = Omit<StepRecord, 'id'>;

export interface DeliveryRecord {
  id: string;
  letterId: string;
  stepId: string;
  toUnitId: string | null;
  toUserId: string | null;
  toName: string;
  status: DeliveryStatus;
  receivedAt: Date | null;
  receivedBy: string | null;
  receivedByName: string | null;
  receiptId: string | null;
  recalledAt: Date | null;
  returnedAt: Date | null;
  returnReason: string | null;
  readAt: Date | null;
  /** Where this recipient's receipt stamp goes on the route page of its step. */
  cell: { page: number; rect: PdfRect } | null;
  createdAt: Date;
}

/** Who may see which letters: the viewer, and the units whose letters they may search (plain and secret). */
export interface ViewerScope {
  userId: string;
  /** True for the system actor: sees everything. */
  all: boolean;
  searchUnits: readonly string[];
  secretUnits: readonly string[];
}

/** A queue row before it is shaped for the API. */
export interface QueueRow {
  letter: LetterRecord;
  receipt: ReceiptRecord | null;
  hasDocument: boolean;
  delivery: (DeliveryRecord & { stepKind: StepKind; fromName: string; content: string }) | null;
  unread: boolean;
}

export interface ViewRecord {
  at: Date;
  userId: string;
  userName: string;
  letterId: string;
  subject: string;
  what: 'metadata' | 'pdf' | 'attachment' | 'route';
  detail: string;
}

export interface PresetRecord {
  id: string;
  text: string;
  position: number;
}
