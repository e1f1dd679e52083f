import type { Pki } from '../signing/ports.ts';
import type { CoreDeps } from '../shared/deps.ts';
import type { PdfEngine } from './pdf-port.ts';
import type {
  AttachmentRecord,
  DeliveryRecord,
  DocumentRecord,
  LetterFields,
  LetterRecord,
  NewLetter,
  NewStep,
  PresetRecord,
  QueueRow,
  ReceiptRecord,
  StepRecord,
  ViewerScope,
  ViewRecord,
} from './records.ts';

/** A stored blob: its content address and size. */
export interface StoredBlob {
  sha256: string;
  size: number;
}

/**
 * Port: immutable, content-addressed file storage, one namespace per agency. A blob is written before the
 * transaction that refers to it commits, so a rolled-back registration can leave an unreferenced blob
 * behind (harmless: nothing points to it, and writing the same bytes again reuses it).
 */
export interface FileStore {
  put(tenantId: string, bytes: Uint8Array): Promise<StoredBlob>;
  /** The bytes, or null when no such blob exists. */
  get(tenantId: string, sha256: string): Promise<Uint8Array | null>;
}

/** Size limits of uploads, from configuration. */
export interface UploadLimits {
  /** Largest single file, bytes. */
  maxFileBytes: number;
  /** Most files in one registration. */
  maxFiles: number;
  /** Most pages of an uploaded PDF or a combined scan. */
  maxPages: number;
}

/** Port: turns an uploaded or drawn signature (PNG/JPEG) into the PNG with alpha that is stored and drawn. */
export interface SignatureImages {
  /** The normalised PNG; throws AppError SIGNATURE_IMAGE_INVALID for anything that is not such an image. */
  normalize(bytes: Uint8Array): Promise<Uint8Array>;
  /** The agency's emblem: PNG or JPEG in, a PNG with alpha out (at most 1000 × 1000); EMBLEM_INVALID otherwise. */
  normalizeEmblem(bytes: Uint8Array): Promise<Uint8Array>;
}

/** What the letter use cases use: the core plus files, the PDF engine, signature images and upload limits. */
export interface LetterDeps extends CoreDeps {
  files: FileStore;
  pdf: PdfEngine;
  signatures: SignatureImages;
  limits: UploadLimits;
  /** Certificates, PAdES signatures and their verification. */
  pki: Pki;
  /** The service's public address, e.g. https://saraban.example.go.th (QR codes, CRL and CA URLs). */
  publicUrl: string;
}

/** Which rows a queue holds, resolved by the domain from the viewer's grants. */
export type QueueSpec =
  | { kind: 'to-receive'; unitIds: readonly string[] }
  | { kind: 'in-unit'; unitIds: readonly string[] }
  | { kind: 'to-consider' }
  | { kind: 'assigned' }
  | { kind: 'sent' }
  | { kind: 'all' };

/** Filters every queue accepts. Times are UTC instants (the domain turns Bangkok dates into them). */
export interface QueueFilter {
  q?: string;
  urgency?: string;
  secrecy?: string;
  status?: string;
  orgUnitId?: string;
  from?: Date;
  to?: Date;
  limit: number;
  offset: number;
}

/** Letters, their documents, route and views, bound to one transaction (or none, for reads). */
export interface LetterRepository {
  insert(tenantId: string, letter: NewLetter): Promise<string>;
  /** The letter, or null. `lock` takes a row lock so changes to one letter happen one at a time. */
  get(tenantId: string, id: string, opts?: { lock?: boolean }): Promise<LetterRecord | null>;
  update(
    tenantId: string,
    id: string,
    patch: Partial<LetterFields> & {
      status?: 'active' | 'closed' | 'cancelled';
      closedAt?: Date | null;
      cancelledAt?: Date | null;
      cancelReason?: string | null;
      updatedAt: Date;
    },
  ): Promise<void>;
  delete(tenantId: string, id: string): Promise<void>;
  /** Adds a document revision and makes it the letter's current one. */
  addDocument(
    tenantId: string,
    letterId: string,
    doc: {
      revision: number;
      reason: DocumentRecord['reason'];
      sha256: string;
      size: number;
      createdBy: string;
      createdAt: Date;
    },
  ): Promise<void>;
  listDocuments(tenantId: string, letterId: string): Promise<DocumentRecord[]>;
  addAttachment(
    tenantId: string,
    letterId: string,
    a: { position: number; fileName: string; mediaType: string; sha256: string; size: number },
  ): Promise<void>;
  listAttachments(tenantId: string, letterId: string): Promise<AttachmentRecord[]>;
  insertStep(tenantId: string, step: NewStep): Promise<string>;
  /** Steps and deliveries of many letters at once (for register books). */
  routesOf(
    tenantId: string,
    letterIds: readonly string[],
  ): Promise<{ steps: StepRecord[]; deliveries: DeliveryRecord[] }>;
  setStepPage(tenantId: string, stepId: string, pageIndex: number): Promise<void>;
  listSteps(tenantId: string, letterId: string): Promise<StepRecord[]>;
  getStep(tenantId: string, id: string): Promise<StepRecord | null>;
  insertDelivery(
    tenantId: string,
    d: {
      letterId: string;
      stepId: string;
      toUnitId: string | null;
      toUserId: string | null;
      toName: string;
      createdAt: Date;
    },
  ): Promise<string>;
  getDelivery(tenantId: string, id: string, opts?: { lock?: boolean }): Promise<DeliveryRecord | null>;
  listDeliveries(tenantId: string, letterId: string): Promise<DeliveryRecord[]>;
  updateDelivery(
    tenantId: string,
    id: string,
    patch: Partial<
      Pick<
        DeliveryRecord,
        | 'status'
        | 'receivedAt'
        | 'receivedBy'
        | 'receiptId'
        | 'recalledAt'
        | 'returnedAt'
        | 'returnReason'
        | 'readAt'
        | 'cell'
      >
    >,
  ): Promise<void>;
  /** Marks the viewer's pending deliveries of a letter read. */
  markRead(
    tenantId: string,
    letterId: string,
    userId: string,
    unitIds: readonly string[],
    at: Date,
  ): Promise<void>;
  insertReceipt(
    tenantId: string,
    r: {
      letterId: string;
      orgUnitId: string;
      registerId: string;
      yearBE: number;
      number: number;
      formatted: string;
      receivedAt: Date;
      receivedBy: string;
    },
  ): Promise<string>;
  listReceipts(tenantId: string, letterId: string): Promise<ReceiptRecord[]>;
  cancelReceipts(tenantId: string, letterId: string): Promise<ReceiptRecord[]>;
  /** True when the viewer may see the letter (see ViewerScope). */
  isVisible(tenantId: string, letterId: string, scope: ViewerScope): Promise<boolean>;
  queue(
    tenantId: string,
    scope: ViewerScope,
    spec: QueueSpec,
    filter: QueueFilter,
  ): Promise<{ rows: QueueRow[]; total: number }>;
  counts(
    tenantId: string,
    scope: ViewerScope,
    receiveUnits: readonly string[],
  ): Promise<{ toReceive: number; toConsider: number; assigned: number; unread: number }>;
  addView(
    tenantId: string,
    v: { letterId: string; userId: string; what: ViewRecord['what']; detail: string; at: Date },
  ): Promise<void>;
  listViews(
    tenantId: string,
    q: {
      letterId?: string;
      userId?: string;
      from?: Date;
      to?: Date;
      q?: string;
      limit: number;
      offset: number;
    },
  ): Promise<{ items: ViewRecord[]; total: number }>;
  listPresets(tenantId: string): Promise<PresetRecord[]>;
  insertPreset(tenantId: string, p: { text: string; position: number }): Promise<PresetRecord>;
  updatePreset(
    tenantId: string,
    id: string,
    p: { text?: string; position?: number },
  ): Promise<PresetRecord | null>;
  deletePreset(tenantId: string, id: string): Promise<boolean>;
  insertDefaultPresets(tenantId: string): Promise<void>;
  /** Receipts of one register and year, for the receive register (แบบที่ ๑๓). */
  receiptsOfRegister(
    tenantId: string,
    registerId: string,
    yearBE: number,
  ): Promise<(ReceiptRecord & { letter: LetterRecord })[]>;
  /** The user's name, person unit and position title, as a route step records them. */
  userProfile(
    tenantId: string,
    userId: string,
  ): Promise<{
    userId: string;
    name: string;
    unitId: string | null;
    unitName: string;
    positionTitle: string;
  } | null>;
  /** Active users to send letters to; executives (holding an executive position today) first. */
  recipientPeople(
    tenantId: string,
  ): Promise<
    { userId: string; name: string; positionTitle: string; unitName: string; isExecutive: boolean }[]
  >;
  /** Units with whether they keep a receive register. */
  recipientUnits(
    tenantId: string,
  ): Promise<{ id: string; name: string; parentId: string | null; hasReceiveRegister: boolean }[]>;
  setSignature(tenantId: string, userId: string, sha256: string | null, at: Date): Promise<void>;
  getSignature(tenantId: string, userId: string): Promise<{ sha256: string | null; updatedAt: Date | null }>;
}
