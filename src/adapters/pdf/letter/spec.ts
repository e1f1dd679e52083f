/**
 * Page geometry and type sizes of the letter forms (regulation.md §10.4–§10.6).
 *
 * Sizes are given in TH Sarabun points, the unit the regulation and the official typing guide use (body
 * 16 pt, บันทึกข้อความ 29 pt, memo labels 20 pt, urgency marks ≥ 32 pt), and converted to the Sarabun
 * (Google Fonts) face the engine embeds. The two faces are not 1:1: Sarabun was redrawn on a larger body.
 * Measured on the fonts themselves, ก is 0.400 em high in TH Sarabun New and 0.586 em in Sarabun, and a
 * typical line of letter text is 35.3 em long in TH Sarabun New and 53.7 em in Sarabun. So "16 pt" is set
 * as 16 × 0.67 ≈ 10.7 pt Sarabun, which gives the same letter height and the same words per line as a
 * letter typed in TH Sarabun 16 pt, and lines are spaced as TH Sarabun's single spacing (1.276 em).
 */
import { A4_PORTRAIT, CM } from '../canvas.ts';

export const [PAGE_W, PAGE_H] = A4_PORTRAIT;
/** Left margin 3 cm, right margin 2 cm (§10.5). */
export const LEFT = 3 * CM;
export const RIGHT = PAGE_W - 2 * CM;
export const TEXT_W = RIGHT - LEFT;
/** Centre of the text column (Word centres between the margins, and so does the Garuda paper). */
export const TEXT_CENTER = LEFT + TEXT_W / 2;
/** First-line indent of body paragraphs. */
export const INDENT = 2.5 * CM;
/** The lowest point the text may reach (bottom margin 2 cm). */
export const FLOW_BOTTOM = 2 * CM;
/** The owner-unit / contacts / copies block at the foot of the letter may come down to 1.5 cm. */
export const TAIL_BOTTOM = 1.5 * CM;
/** Where the text starts on pages 2…, below the page number. */
export const CONTINUATION_TOP = PAGE_H - 2.6 * CM;
/** The Garuda: 3 cm high, its top 1.5 cm below the paper edge; 1.5 cm top-left on memo paper (§10.6). */
export const EMBLEM_TOP = PAGE_H - 1.5 * CM;
export const EMBLEM_LARGE = 3 * CM;
export const EMBLEM_SMALL = 1.5 * CM;
/** The date of an external letter starts at the middle of the paper (the typing guide's กึ่งกลางหน้ากระดาษ). */
export const DATE_X = PAGE_W / 2;
/** Centre of the closing / signature column (right half of the text). */
export const SIGNATURE_CENTER = LEFT + TEXT_W * 0.6;
export const SIGNATURE_COLUMN_W = 2 * (RIGHT - SIGNATURE_CENTER);
/** Signature image width and its largest height; the blank space left for a handwritten signature. */
export const SIGNATURE_IMAGE_W = 3.5 * CM;
export const SIGNATURE_IMAGE_MAX_H = 1.8 * CM;
/** Agency seal (ตราชื่อส่วนราชการ): outer ring 4.5 cm, inner ring 3.5 cm (§10.7). */
export const SEAL_OUTER = 4.5 * CM;
export const SEAL_INNER = 3.5 * CM;
/** The memo's วันที่ label starts here. */
export const MEMO_DATE_X = LEFT + TEXT_W * 0.48;
/** The regulation does not allow longer letters through this renderer. */
export const MAX_PAGES = 50;

/** Sarabun points per TH Sarabun point (see the module comment). */
export const SARABUN_PER_TH_PT = 0.67;
/** TH Sarabun New's single line spacing in em: (hhea ascent 1712 + descent 902) / 2048. */
export const TH_LINE_EM = 1.276;
/** Share of a line box above the baseline (TH Sarabun New: 1712 of 2614 units). */
export const BASELINE_SHARE = 0.655;

/** A type size and its line pitch, in points. */
export interface TextStyle {
  readonly size: number;
  readonly pitch: number;
}

/** The style for a TH Sarabun size, single spaced (or with the given pitch in TH points × em). */
export function thStyle(thPt: number, lineEm = TH_LINE_EM): TextStyle {
  return { size: thPt * SARABUN_PER_TH_PT, pitch: thPt * lineEm };
}

/** Body text, TH Sarabun 16 pt. */
export const BODY = thStyle(16);
/** "บันทึกข้อความ": bold 29 pt, line spacing exactly 35 pt (§10.5). */
export const MEMO_TITLE = { size: 29 * SARABUN_PER_TH_PT, pitch: 35 } as const;
/** Memo labels ส่วนราชการ / ที่ / วันที่ / เรื่อง: bold 20 pt. */
export const MEMO_LABEL = thStyle(20, 1.2);
/** Urgency marks: red, at least 32 pt (§3.2). */
export const URGENCY = thStyle(32, 1.0);
/** Secrecy marks: red, larger than the text (secrecy regulation practice). */
export const SECRECY = thStyle(24, 1.1);
/** Space before a header item or paragraph ("Enter + 6 pt" in the typing guide, here the 6 pt). */
export const ITEM_GAP = 6;
/** Blank space between the closing (or the date of an order) and the signer's name. */
export const SIGNATURE_GAP = 3 * BODY.pitch;

export const RED: readonly [number, number, number] = [0.85, 0, 0];
