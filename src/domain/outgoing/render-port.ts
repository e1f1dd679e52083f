/**
 * Port: renders an outgoing letter in one of the regulation's forms as a PDF/A-3b document. The renderer
 * only lays out what it is given: every text arrives already formatted (Thai digits where the agency uses
 * them, Buddhist Era dates, the number as printed).
 */

import type { PdfRect } from '../letters/pdf-port.ts';

/** The regulation's forms (regulation.md §4): แบบที่ ๑, ๒, ๓, คำสั่ง, ประกาศ. */
export type LetterForm = 'external' | 'memo' | 'stamped' | 'order' | 'announcement';

/** The signature block under the text (external, memo, order, announcement). */
export interface SignatureBlock {
  /** PNG (with alpha) of the signature, or null to leave the space blank (drafts). */
  image: Uint8Array | null;
  /** Printed in parentheses: "(นายสมชาย ใจดี)". Give it without the parentheses. */
  name: string;
  /** The signer's position, e.g. "ผู้อำนวยการสำนักงาน". */
  position: string;
  /** "รักษาราชการแทน…" / "ปฏิบัติราชการแทน…" line under the position, or ''. */
  capacity: string;
}

export interface LetterRenderModel {
  form: LetterForm;
  /** The agency's emblem (ตราครุฑ or the agency's own), PNG or JPEG; null draws a neutral placeholder. */
  emblem: Uint8Array | null;
  /** Red marks: "ด่วนที่สุด" etc. or '' (top-left area, ≥ 32 pt as the regulation asks). */
  urgencyMark: string;
  /** Red marks at the top and bottom centre of every page: "ลับ", "ลับมาก", or ''. */
  secrecyMark: string;
  /**
   * The number as printed, e.g. "ที่ ศธ ๐๔๐๐๑/๑๒๓", "ที่ ศธ ๐๔๐๐๑/ว ๑๒๓", "ที่ ๑๒/๒๕๖๙"; in a draft the part
   * before the running number only ("ที่ ศธ ๐๔๐๐๑/").
   */
  numberLine: string;
  /** The date as the form prints it: "๑๔ มิถุนายน ๒๕๖๙" (external), "๑๔ มิถุนายน ๒๕๖๙" after "วันที่" (memo),
   * "สั่ง ณ วันที่ ๑๔ มิถุนายน พ.ศ. ๒๕๖๙" (order), "ประกาศ ณ วันที่ …" (announcement); '' in a draft. */
  dateLine: string;
  /** ส่วนราชการเจ้าของหนังสือ (external/stamped, right-aligned block under the number line) and its address lines. */
  agencyName: string;
  agencyAddress: string[];
  /** Memo: the "ส่วนราชการ" line (unit, phone). Order/announcement: the issuing agency ("คำสั่งสำนักงาน…"). */
  headingUnit: string;
  subject: string;
  /** คำขึ้นต้น + addressee, e.g. "เรียน ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา" (empty for orders/announcements). */
  salutationLine: string;
  /** อ้างถึง lines (external only). */
  references: string[];
  /** สิ่งที่ส่งมาด้วย lines (external/stamped). */
  enclosures: string[];
  /** Body paragraphs; each first line indented 2.5 cm; '\n' inside a paragraph forces a line break. */
  paragraphs: string[];
  /** คำลงท้าย, e.g. "ขอแสดงความนับถือ" (external only). */
  closing: string;
  /** null for stamped letters (the seal and initials replace it). */
  signature: SignatureBlock | null;
  /** Stamped letters: the seal image (PNG) drawn where the signature would be, or null for a placeholder ring. */
  seal: Uint8Array | null;
  /** ส่วนราชการเจ้าของเรื่อง block at the bottom left (external/stamped): unit, then contact lines. */
  ownerUnit: string;
  contactLines: string[];
  /** สำเนาส่ง lines. */
  copiesTo: string[];
  /** A light diagonal "ร่าง" (draft) mark across each page for previews; '' for the final letter. */
  draftMark: string;
  /** PDF/A-3: document title and author (Info and XMP agree), and the letter's metadata XML embedded as letter.xml. */
  title: string;
  author: string;
  metadataXml: string;
}

export interface RenderedLetter {
  pdf: Uint8Array;
  pageCount: number;
  /** Where the signature block is (page zero-based, points): the signature's clickable widget goes there. */
  signatureWidget?: { page: number; rect: PdfRect };
}

/** Form-level input problems the renderer finds (the domain checks required fields itself). */
export class LetterRenderError extends Error {
  readonly problem: 'EMBLEM_INVALID' | 'LETTER_TOO_LONG';
  constructor(problem: 'EMBLEM_INVALID' | 'LETTER_TOO_LONG', message: string) {
    super(message);
    this.name = 'LetterRenderError';
    this.problem = problem;
  }
}

export interface LetterRenderer {
  /** Renders the letter; multi-page with "- ๒ -" page numbers from page 2 and the emblem on page 1 only. */
  render(model: LetterRenderModel): Promise<RenderedLetter>;
}
