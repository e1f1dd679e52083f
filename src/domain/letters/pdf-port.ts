/**
 * Port: everything the letters area asks of a PDF engine. Every change to an existing PDF is an
 * incremental update: the returned bytes start with the input bytes unchanged, so earlier revisions (and,
 * later, earlier signatures) stay intact.
 */

/** A rectangle on a page in PDF points, origin bottom-left. */
export interface PdfRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What a checked upload is. */
export interface PdfInfo {
  pageCount: number;
  /** Size of page 1 in points. */
  firstPage: { width: number; height: number };
}

/** Where a receipt stamp goes: the top-right corner of page 1 (the regulation's place), or a clerk's spot. */
export type StampPlacement =
  | {
      at: 'top-right';
      page?: number /** 0 for the first stamp; 1, 2 … stack below earlier stamps. */;
      slot?: number;
    }
  | {
      at: 'point';
      page: number /** Top-left corner of the stamp, in points from the page's top-left. */;
      left: number;
      top: number;
    }
  | { at: 'rect'; page: number; rect: PdfRect };

/** The text of a receipt stamp (ตรารับ), already formatted (Thai digits where the agency wants them). */
export interface StampText {
  /** Unit or agency name, the first line. */
  unitName: string;
  /** e.g. "เลขรับ ๑๒๓". */
  numberLine: string;
  /** e.g. "วันที่ ๒๕ พ.ย. ๒๕๖๙". */
  dateLine: string;
  /** e.g. "เวลา ๑๖.๔๔ น.". */
  timeLine: string;
}

/** One row of a route page (ใบเส้นทางหนังสือ / บันทึกคำสั่งการ): who sent what to whom. */
export interface RoutePageRow {
  /** "ผู้ส่ง: …" — the sender's name and unit. */
  sender: string;
  /** The command or proposal text, ≤ 500 characters, may hold line breaks. */
  content: string;
  /** PNG bytes of the signer's signature image (with alpha), or null for an unsigned step. */
  signatureImage: Uint8Array | null;
  /** "(นายสมชาย ใจดี)". */
  signerName: string;
  /** Position, e.g. "ผู้อำนวยการสำนัก". */
  signerPosition: string;
  /** Capacity line, e.g. "รักษาราชการแทน ผู้อำนวยการสำนัก", or '' for one's own position. */
  capacity: string;
  /** Formatted date-time, e.g. "๒๕ พ.ย. ๒๕๖๙ เวลา ๑๖.๔๔ น.". */
  signedAt: string;
  /** The recipients of this row; each gets a cell where its receipt stamp goes later. */
  recipients: { key: string; name: string }[];
}

/** A route page to append: a heading with the letter's identity, then the rows. */
export interface RoutePageModel {
  /** e.g. "ที่ ศธ ๐๔๐๑/๕๖  ลงวันที่ ๑๓ พ.ค. ๒๕๖๙". */
  letterLine: string;
  /** "เรื่อง …". */
  subjectLine: string;
  /** "ความเร่งด่วน ปกติ  ชั้นความลับ ปกติ". */
  marksLine: string;
  rows: RoutePageRow[];
}

/** A route page appended: where each recipient's receipt cell is, so a stamp can be placed in it later. */
export interface AppendedRoutePage {
  pdf: Uint8Array;
  /** Zero-based index of the new page. */
  pageIndex: number;
  /** Recipient key → the cell for its receipt stamp: a rect in points on page `page` (zero-based). */
  receiptCells: Record<string, PdfRect & { page: number }>;
}

/** An uploaded scan page or document: JPEG, PNG, TIFF (any number of frames) or PDF. */
export interface ScanInput {
  bytes: Uint8Array;
  /** As sniffed from the bytes by the caller, or as declared: the engine sniffs again and trusts the bytes. */
  fileName: string;
}

/** Failures a user caused; the caller turns each into a 4xx. */
export type PdfProblem =
  | 'PDF_EMPTY'
  | 'PDF_INVALID'
  | 'PDF_ENCRYPTED'
  | 'PDF_TOO_MANY_PAGES'
  | 'PDF_DECOMPRESSION_BOMB'
  | 'IMAGE_INVALID'
  | 'IMAGE_TOO_LARGE'
  | 'FILE_TYPE_UNSUPPORTED';

/** Thrown by the engine for bad input (never for its own bugs). */
export class PdfInputError extends Error {
  readonly problem: PdfProblem;
  readonly fileName: string | undefined;
  constructor(problem: PdfProblem, message: string, fileName?: string) {
    super(message);
    this.name = 'PdfInputError';
    this.problem = problem;
    this.fileName = fileName;
  }
}

/** A PAdES signature to add (interop-signature.md §4): what its dictionary says about it. */
export interface SignatureFieldSpec {
  /** Base of the form field's name; a number is added when it is taken. */
  fieldName: string;
  /** /Name: the person, or the unit for a seal. */
  signerName: string;
  /** /Reason, e.g. "ลงนามหนังสือ ที่ …". */
  reason: string;
  location?: string;
  contactInfo?: string;
  /** /M, the claimed signing time. */
  signingTime: Date;
  /** The clickable area over what the signature stands for; none = an invisible signature. */
  widget?: { page: number; rect: PdfRect };
  /** Text entries kept in the signature dictionary as /Saraban:<key> (Kind, Capacity, Tenant, Signer …). */
  properties?: Record<string, string>;
}

/** Makes the CMS (DER) over the signed byte ranges. */
export type CmsSign = (chunks: Uint8Array[]) => Promise<Uint8Array>;

/** A signature that goes into the same revision as a stamp or a page (its seal). */
export interface Seal {
  field: SignatureFieldSpec;
  sign: CmsSign;
}

/** A register book printout (e.g. ทะเบียนหนังสือรับ, แบบที่ ๑๓): landscape A4 pages of one table. */
export interface RegisterBookModel {
  /** e.g. "ทะเบียนหนังสือรับ". */
  title: string;
  /** e.g. "กองคลัง  ปี พ.ศ. ๒๕๖๙". */
  subtitle: string;
  /** Column headers with relative widths (they are scaled to the page width). */
  columns: { header: string; width: number }[];
  /** Cell texts, one array per row, as many cells as columns; cells wrap onto several lines. */
  rows: string[][];
}

/** The engine. */
export interface PdfEngine {
  /** Checks an uploaded PDF: parseable, not encrypted, 1 … maxPages pages. Throws PdfInputError. */
  inspect(pdf: Uint8Array, opts?: { maxPages?: number; fileName?: string }): Promise<PdfInfo>;
  /** Combines scanned pages (images and/or PDFs) in order into one new PDF, one image per A4 page. */
  combineScans(inputs: ScanInput[], opts?: { maxPages?: number; maxPixels?: number }): Promise<Uint8Array>;
  /** Draws a receipt stamp (2.5 × 5 cm, blue frame, four Thai lines) as a new revision. */
  addReceiptStamp(
    pdf: Uint8Array,
    text: StampText,
    placement: StampPlacement,
    seal?: Seal,
  ): Promise<{ pdf: Uint8Array; page: number; rect: PdfRect }>;
  /** Appends a route page (A4) as a new revision; with a seal, signed in that same revision. */
  appendRoutePage(pdf: Uint8Array, model: RoutePageModel, seal?: Seal): Promise<AppendedRoutePage>;
  /** Adds a PAdES signature as a new revision (the widget over `field.widget`, else invisible). */
  signPdf(
    pdf: Uint8Array,
    field: SignatureFieldSpec,
    sign: CmsSign,
    opts?: { qr?: { url: string; caption: string } },
  ): Promise<Uint8Array>;
  /** Adds validation data (certificates, CRLs) in a /DSS as a new revision (PAdES B-LT). */
  addValidationData(
    pdf: Uint8Array,
    data: { certificates: Uint8Array[]; crls: Uint8Array[] },
  ): Promise<Uint8Array>;
  /** Renders a register book as a new PDF, with the header row repeated and "- ๒ -" page numbers. */
  renderRegisterBook(model: RegisterBookModel): Promise<Uint8Array>;
}
