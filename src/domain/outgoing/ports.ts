import type { DraftContent, LetterForm, OutgoingStatus } from '../../../contracts/outgoing.contract.ts';
import type { LetterDeps } from '../letters/ports.ts';
import type { Repositories } from '../shared/ports.ts';
import type { LetterRenderer } from './render-port.ts';

/** An outgoing letter as stored. */
export interface OutgoingRecord {
  id: string;
  form: LetterForm;
  status: OutgoingStatus;
  ownerUnitId: string;
  ownerUnitName: string;
  content: DraftContent;
  version: number;
  createdBy: string;
  createdByName: string;
  createdAt: Date;
  updatedAt: Date;
  registerId: string | null;
  yearBE: number | null;
  number: number | null;
  numberFormatted: string | null;
  letterDate: string | null;
  signedAt: Date | null;
  signedBy: string | null;
  signerName: string | null;
  signerPosition: string | null;
  signerCapacity: string | null;
  /** The code of the public verification page (`/v/<code>`) printed in the QR code; null until signed. */
  verifyCode: string | null;
  pdfSha256: string | null;
  /** A finished PDF made elsewhere, used instead of rendering the fields. */
  sourcePdfSha256: string | null;
  sourcePdfName: string | null;
  cancelledAt: Date | null;
  cancelReason: string | null;
}

export interface ReviewRecord {
  position: number;
  userId: string;
  userName: string;
  role: 'reviewer' | 'signer';
  status: 'waiting' | 'pending' | 'approved' | 'returned' | 'signed';
  comment: string;
  actedAt: Date | null;
}

export interface OutgoingDeliveryRecord {
  id: string;
  kind: 'unit' | 'agency' | 'paper';
  toName: string;
  toTenantId: string | null;
  toUnitId: string | null;
  incomingLetterId: string | null;
  status: 'delivered' | 'received' | 'acknowledged' | 'returned';
  receiptFormatted: string | null;
  deliveredAt: Date;
  receivedAt: Date | null;
}

export interface VersionRecord {
  version: number;
  createdAt: Date;
  createdByName: string;
  note: string;
}

/** Outgoing letters, bound to one transaction. */
export interface OutgoingRepository {
  insert(tenantId: string, l: { content: DraftContent; createdBy: string; at: Date }): Promise<string>;
  get(tenantId: string, id: string, opts?: { lock?: boolean }): Promise<OutgoingRecord | null>;
  /** Replaces the content as a new version, and records that version. */
  saveVersion(
    tenantId: string,
    id: string,
    v: { content: DraftContent; version: number; by: string; at: Date; note: string },
  ): Promise<void>;
  setStatus(tenantId: string, id: string, status: OutgoingStatus, at: Date): Promise<void>;
  setSigned(
    tenantId: string,
    id: string,
    s: {
      registerId: string;
      yearBE: number;
      number: number;
      numberFormatted: string;
      letterDate: string;
      signedAt: Date;
      signedBy: string;
      signerName: string;
      signerPosition: string;
      signerCapacity: string;
      pdfSha256: string;
    },
  ): Promise<void>;
  setPdf(tenantId: string, id: string, sha256: string | null): Promise<void>;
  setSourcePdf(tenantId: string, id: string, pdf: { sha256: string; name: string } | null): Promise<void>;
  cancel(tenantId: string, id: string, at: Date, reason: string): Promise<void>;
  delete(tenantId: string, id: string): Promise<void>;
  listVersions(tenantId: string, id: string): Promise<VersionRecord[]>;
  getVersion(
    tenantId: string,
    id: string,
    version: number,
  ): Promise<(VersionRecord & { content: DraftContent }) | null>;
  replaceReviews(
    tenantId: string,
    id: string,
    reviews: { userId: string; role: 'reviewer' | 'signer'; status: ReviewRecord['status'] }[],
  ): Promise<void>;
  listReviews(tenantId: string, id: string): Promise<ReviewRecord[]>;
  updateReview(
    tenantId: string,
    id: string,
    position: number,
    r: { status: ReviewRecord['status']; comment?: string; actedAt?: Date | null },
  ): Promise<void>;
  insertDelivery(
    tenantId: string,
    d: Omit<OutgoingDeliveryRecord, 'id' | 'status' | 'receiptFormatted' | 'receivedAt'> & {
      letterId: string;
    },
  ): Promise<string>;
  setDeliveryIncoming(tenantId: string, id: string, incomingLetterId: string): Promise<void>;
  listDeliveries(tenantId: string, id: string): Promise<OutgoingDeliveryRecord[]>;
  /** The receiver registered it: the receipt number goes back to the sender's record. */
  markDeliveryReceived(
    tenantId: string,
    deliveryId: string,
    receiptFormatted: string,
    at: Date,
  ): Promise<void>;
  /** The receiver acted on it after registering it (received → acknowledged; later actions change nothing). */
  markDeliveryAcknowledged(tenantId: string, deliveryId: string, at: Date): Promise<void>;
  list(
    tenantId: string,
    q: {
      box: 'drafts' | 'to-review' | 'to-sign' | 'sent' | 'all';
      userId: string;
      unitIds: readonly string[];
      secretUnitIds: readonly string[];
      status?: string;
      q?: string;
      limit: number;
      offset: number;
    },
  ): Promise<{ items: OutgoingRecord[]; total: number }>;
  /**
   * The numbers of one register and year with the outgoing letter each was given to (if any), for the
   * dispatch register (แบบที่ ๑๔), in number order.
   */
  dispatchBook(
    tenantId: string,
    registerId: string,
    yearBE: number,
  ): Promise<
    {
      number: number;
      formatted: string;
      status: string;
      reason: string;
      issuedAt: Date;
      cancelReason: string | null;
      letter: OutgoingRecord | null;
      recipients: string[];
    }[]
  >;
  listSalutations(
    tenantId: string,
  ): Promise<{ id: string; opening: string; closing: string; recipient: string; position: number }[]>;
  insertSalutation(
    tenantId: string,
    s: { opening: string; closing: string; recipient: string; position: number },
  ): Promise<{ id: string; opening: string; closing: string; recipient: string; position: number }>;
  updateSalutation(
    tenantId: string,
    id: string,
    s: { opening?: string; closing?: string; recipient?: string; position?: number },
  ): Promise<{ id: string; opening: string; closing: string; recipient: string; position: number } | null>;
  deleteSalutation(tenantId: string, id: string): Promise<boolean>;
  insertDefaultSalutations(tenantId: string): Promise<void>;
  listAttachments(
    tenantId: string,
    letterId: string,
  ): Promise<{ id: string; fileName: string; mediaType: string; sha256: string; size: number }[]>;
  addAttachment(
    tenantId: string,
    letterId: string,
    a: { fileName: string; mediaType: string; sha256: string; size: number },
  ): Promise<void>;
  deleteAttachment(tenantId: string, letterId: string, id: string): Promise<boolean>;
  /** The agency's emblem blob, or null. */
  getEmblem(tenantId: string): Promise<string | null>;
  setEmblem(tenantId: string, sha256: string | null): Promise<void>;
  /** Active agencies other than this one, for dispatching on the platform. */
  exchangeAgencies(
    tenantId: string,
  ): Promise<{ id: string; slug: string; name: string; rootUnitId: string; status: string }[]>;
}

/** One checked recipient of a dispatch. */
export type DispatchTarget =
  | { kind: 'unit' | 'agency'; tenantId: string; unitId: string; name: string; senderAgency: string }
  | { kind: 'paper'; name: string };

/**
 * Port: a way a signed letter reaches a recipient, called inside the dispatch transaction after the delivery
 * record is written. The platform channel writes the incoming letter in the receiving agency; paper only
 * keeps the record. An e-mail channel would enqueue its message here (an outbox) and confirm later.
 */
export interface DispatchChannel {
  deliver(
    r: Repositories,
    m: {
      target: DispatchTarget;
      letter: OutgoingRecord;
      pdf: Uint8Array;
      by: string;
      at: Date;
      source: { tenantId: string; deliveryId: string };
    },
  ): Promise<{ incomingLetterId: string | null }>;
}

/** What the outgoing use cases use: the letters' dependencies, the renderer and the dispatch channels. */
export interface OutgoingDeps extends LetterDeps {
  renderer: LetterRenderer;
  channels: { platform: DispatchChannel; paper: DispatchChannel };
}
