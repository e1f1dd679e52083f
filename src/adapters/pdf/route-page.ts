/**
 * The route page (บันทึกเส้นทางหนังสือ / คำสั่งการ) appended to a letter as a new revision: a heading with
 * the letter's identity, then a three-column table like the DGA deck's route table — sender and command,
 * the signature block, and one cell per recipient whose empty lower part later receives that recipient's
 * receipt stamp (addReceiptStamp with `at: 'rect'`).
 */
import sharp from 'sharp';
import type { PDFDocument, PDFPage, PDFRef } from 'pdf-lib';
import {
  type AppendedRoutePage,
  PdfInputError,
  type PdfRect,
  type RoutePageModel,
  type Seal,
  type RoutePageRow,
} from '../../domain/letters/pdf-port.ts';
import { A4_PORTRAIT, Canvas, CM } from './canvas.ts';
import type { Fonts } from './fonts.ts';
import { embedRawImage, type RawImage } from './images.ts';
import { IncrementalUpdate } from './incremental.ts';
import { saveSealed } from './pades.ts';
import { STAMP_HEIGHT, STAMP_WIDTH } from './stamp.ts';
import { ASCENT_EM, blockHeight, LINE_HEIGHT, PdfFont } from './thai-text.ts';

const [PAGE_W, PAGE_H] = A4_PORTRAIT;
const MARGIN_X = 1.5 * CM;
const MARGIN_TOP = 1.5 * CM;
const MARGIN_BOTTOM = 1.5 * CM;
const TABLE_W = PAGE_W - 2 * MARGIN_X;
const PAD = 5;
/** The recipient column must hold a full-size stamp (141.7 × 70.9 pt) plus padding. */
const COL3_W = Math.ceil(STAMP_WIDTH + 2 * PAD + 8);
const COL2_W = 146;
const COL1_W = TABLE_W - COL2_W - COL3_W;
const TITLE_SIZE = 16;
const HEAD_SIZE = 12;
const BODY_SIZE = 12;
const SMALL_SIZE = 10.5;
const SIGNATURE_W = 3 * CM;
const SIGNATURE_MAX_H = 1.6 * CM;
/** Space below a recipient's name for its stamp: the stamp's height plus a little air. */
const STAMP_CELL_H = Math.ceil(STAMP_HEIGHT + 4);
const GRID = 0.6;
/** The lowest a table band gets. */
const MIN_BAND_H = blockHeight(1, BODY_SIZE) + 2 * PAD;

/** A receipt cell; `page` is the zero-based page it is on (rows may continue onto further pages). */
export type ReceiptCell = PdfRect & { page: number };

interface Signature {
  ref: PDFRef;
  width: number;
  height: number;
}

interface RowLayout {
  index: number;
  left: string[];
  mid: string[];
  signature: Signature | undefined;
  midH: number;
  recipients: { key: string; lines: string[]; height: number }[];
}

/** Appends the route page(s) as a new revision. */
export async function appendRoutePage(
  fonts: Fonts,
  pdf: Uint8Array,
  model: RoutePageModel,
  seal?: Seal,
): Promise<AppendedRoutePage> {
  const update = await IncrementalUpdate.open(pdf);
  const { doc } = update;
  const regular = new PdfFont(doc.context, fonts.regular, 'F1');
  const bold = new PdfFont(doc.context, fonts.bold, 'F2');
  update.addFinalizer(regular);
  update.addFinalizer(bold);

  const rows: RowLayout[] = [];
  for (const [i, row] of model.rows.entries()) rows.push(await layoutRow(doc, regular, row, i + 1));

  const pageIndex = doc.getPageCount();
  const cells: Record<string, ReceiptCell> = {};
  const signatureCells: (PdfRect & { page: number })[] = [];
  const pages: { page: PDFPage; canvas: Canvas }[] = [];
  let rowsOnPage = 0;

  const newPage = (first: boolean): number => {
    const page = doc.addPage(A4_PORTRAIT);
    const canvas = new Canvas();
    pages.push({ page, canvas });
    rowsOnPage = 0;
    let top = PAGE_H - MARGIN_TOP;
    if (first) top = drawHeading(canvas, regular, bold, model, top);
    return drawTableHeader(canvas, bold, top);
  };
  const here = (): Target => ({
    canvas: pages[pages.length - 1]!.canvas,
    index: pageIndex + pages.length - 1,
  });

  let y = newPage(true);
  for (const layout of rows) {
    // What is still to draw of this row; a row taller than a page continues on the next one.
    let part: RowPart = { left: layout.left, continued: false, recipients: layout.recipients };
    for (;;) {
      const need = partHeight(layout, part);
      const avail = y - MARGIN_BOTTOM;
      if (need <= avail) {
        y = drawRowPart(here(), regular, layout, part, y, need, cells, signatureCells);
        rowsOnPage++;
        break;
      }
      if (rowsOnPage > 0) {
        y = newPage(false);
        continue;
      }
      // Alone on a page and still too tall: fill this page, continue with the rest.
      const [now, rest] = splitPart(part, avail);
      y = drawRowPart(here(), regular, layout, now, y, avail, cells, signatureCells);
      rowsOnPage++;
      if (rest.left.length === 0 && rest.recipients.length === 0) break;
      part = rest;
      y = newPage(false);
    }
  }

  for (const { page, canvas } of pages) canvas.writeTo(doc, page);
  // The seal signs the page's last row (the command just recorded): its widget goes over that row's signer.
  const cell = signatureCells.at(-1);
  const withWidget =
    seal && cell && !seal.field.widget
      ? { ...seal, field: { ...seal.field, widget: { page: cell.page, rect: cell } } }
      : seal;
  const out = withWidget ? await saveSealed(update, withWidget, pdf.length) : await update.save();
  return { pdf: out, pageIndex, receiptCells: cells };
}

interface Target {
  canvas: Canvas;
  index: number;
}

function sumHeights(items: readonly { height: number }[]): number {
  return items.reduce((s, r) => s + r.height, 0);
}

/** The part of a row drawn on one page: some of its text lines and recipients. */
interface RowPart {
  left: readonly string[];
  /** A continuation: "(ต่อ)" on top of the text column, no signature block. */
  continued: boolean;
  recipients: RowLayout['recipients'];
}

function leftHeight(part: RowPart): number {
  const lines = part.left.length + (part.continued ? 1 : 0);
  return lines === 0 ? 0 : blockHeight(lines, BODY_SIZE) + 2 * PAD;
}

function partHeight(layout: RowLayout, part: RowPart): number {
  return Math.max(
    leftHeight(part),
    part.continued ? 0 : layout.midH,
    sumHeights(part.recipients),
    MIN_BAND_H,
  );
}

/** Splits a part that is taller than `avail` into what fits (at least one line or recipient) and the rest. */
function splitPart(part: RowPart, avail: number): [RowPart, RowPart] {
  let lines = part.left.length;
  while (lines > 0 && leftHeight({ ...part, left: part.left.slice(0, lines) }) > avail) lines--;
  let recipients = 0;
  while (
    recipients < part.recipients.length &&
    sumHeights(part.recipients.slice(0, recipients + 1)) <= avail
  ) {
    recipients++;
  }
  if (lines === 0 && recipients === 0) {
    if (part.left.length > 0) lines = 1;
    else recipients = 1;
  }
  return [
    {
      left: part.left.slice(0, lines),
      continued: part.continued,
      recipients: part.recipients.slice(0, recipients),
    },
    { left: part.left.slice(lines), continued: true, recipients: part.recipients.slice(recipients) },
  ];
}

function drawHeading(
  canvas: Canvas,
  regular: PdfFont,
  bold: PdfFont,
  model: RoutePageModel,
  top: number,
): number {
  const title = 'บันทึกเส้นทางหนังสือ / คำสั่งการ';
  canvas.fillColor(0, 0, 0);
  let y = canvas.lines(bold, [title], {
    x: MARGIN_X,
    top,
    width: TABLE_W,
    size: TITLE_SIZE,
    align: 'center',
  });
  y -= 4;
  for (const text of [model.letterLine, model.subjectLine, model.marksLine]) {
    if (text.trim() === '') continue;
    const lines = regular.face.wrap(text, BODY_SIZE, TABLE_W);
    y = canvas.lines(regular, lines, { x: MARGIN_X, top: y, width: TABLE_W, size: BODY_SIZE });
  }
  return y - 8;
}

function drawTableHeader(canvas: Canvas, bold: PdfFont, top: number): number {
  const heads = ['ผู้ส่ง / ข้อความ', 'ลงนาม', 'ผู้รับ / ตรารับ'];
  const h = blockHeight(1, HEAD_SIZE) + 2 * PAD;
  canvas.fillColor(0.92, 0.92, 0.92);
  canvas.fillRect(MARGIN_X, top - h, TABLE_W, h);
  canvas.fillColor(0, 0, 0);
  let x = MARGIN_X;
  [COL1_W, COL2_W, COL3_W].forEach((w, i) => {
    canvas.lines(bold, [heads[i]!], { x, top: top - PAD, width: w, size: HEAD_SIZE, align: 'center' });
    x += w;
  });
  drawGrid(canvas, top, h);
  return top - h;
}

/** Outer frame and column lines of one table band. */
function drawGrid(canvas: Canvas, top: number, h: number): void {
  canvas.strokeColor(0, 0, 0);
  canvas.lineWidth(GRID);
  canvas.strokeRect(MARGIN_X, top - h, TABLE_W, h);
  canvas.line(MARGIN_X + COL1_W, top, MARGIN_X + COL1_W, top - h);
  canvas.line(MARGIN_X + COL1_W + COL2_W, top, MARGIN_X + COL1_W + COL2_W, top - h);
}

function drawRowPart(
  at: Target,
  regular: PdfFont,
  layout: RowLayout,
  part: RowPart,
  top: number,
  height: number,
  cells: Record<string, ReceiptCell>,
  signatureCells: (PdfRect & { page: number })[],
): number {
  const { canvas } = at;
  const { recipients } = part;
  const h = height;
  const x1 = MARGIN_X;
  const x2 = x1 + COL1_W;
  const x3 = x2 + COL2_W;
  let leftTop = top - PAD;
  if (part.continued) {
    canvas.fillColor(0.4, 0.4, 0.4);
    canvas.text(regular, '(ต่อ)', x1 + PAD, leftTop - BODY_SIZE * ASCENT_EM, BODY_SIZE);
    leftTop -= BODY_SIZE * LINE_HEIGHT;
  }
  canvas.fillColor(0, 0, 0);
  canvas.lines(regular, part.left, { x: x1 + PAD, top: leftTop, width: COL1_W - 2 * PAD, size: BODY_SIZE });
  if (!part.continued) {
    // The signer's cell: where the signature of this row's revision can be opened in a viewer.
    signatureCells.push({ page: at.index, x: x2, y: top - h, width: COL2_W, height: h });
    let midTop = top - PAD;
    if (layout.signature) {
      const s = layout.signature;
      const sx = x2 + (COL2_W - s.width) / 2;
      canvas.image(`Im${layout.index}`, s.ref, sx, midTop - s.height, s.width, s.height);
      midTop -= s.height + 2;
    }
    canvas.lines(regular, layout.mid, {
      x: x2 + PAD,
      top: midTop,
      width: COL2_W - 2 * PAD,
      size: SMALL_SIZE,
      align: 'center',
    });
  }
  let ry = top;
  recipients.forEach((r, i) => {
    const nameBottom = canvas.lines(regular, r.lines, {
      x: x3 + PAD,
      top: ry - PAD,
      width: COL3_W - 2 * PAD,
      size: SMALL_SIZE,
    });
    const cellH = i === recipients.length - 1 ? Math.max(r.height, ry - (top - h)) : r.height;
    const cellBottom = ry - cellH;
    cells[r.key] = {
      x: x3 + PAD,
      y: cellBottom + PAD,
      width: COL3_W - 2 * PAD,
      height: Math.max(STAMP_CELL_H, nameBottom - 2 - (cellBottom + PAD)),
      page: at.index,
    };
    if (i < recipients.length - 1) {
      canvas.strokeColor(0.6, 0.6, 0.6);
      canvas.lineWidth(0.4);
      canvas.line(x3, cellBottom, x3 + COL3_W, cellBottom);
    }
    ry = cellBottom;
  });
  drawGrid(canvas, top, h);
  return top - h;
}

async function layoutRow(
  doc: PDFDocument,
  regular: PdfFont,
  row: RoutePageRow,
  index: number,
): Promise<RowLayout> {
  const face = regular.face;
  const leftW = COL1_W - 2 * PAD;
  const left = [
    ...face.wrap(`ผู้ส่ง: ${row.sender}`, BODY_SIZE, leftW),
    ...face.wrap(row.content, BODY_SIZE, leftW),
  ];
  const midW = COL2_W - 2 * PAD;
  const mid: string[] = [];
  for (const t of [row.signerName, row.signerPosition, row.capacity, row.signedAt]) {
    if (t.trim() !== '') mid.push(...face.wrap(t, SMALL_SIZE, midW));
  }
  const signature = row.signatureImage ? await embedSignature(doc, row.signatureImage) : undefined;
  const recipients = row.recipients.map((r) => {
    const lines = face.wrap(r.name, SMALL_SIZE, COL3_W - 2 * PAD);
    return {
      key: r.key,
      lines,
      height: PAD + blockHeight(lines.length, SMALL_SIZE) + 2 + STAMP_CELL_H + PAD,
    };
  });
  return {
    index,
    left,
    mid,
    signature,
    midH: (signature ? signature.height + 2 : 0) + blockHeight(mid.length, SMALL_SIZE) + 2 * PAD,
    recipients,
  };
}

/**
 * Embeds a signature image (PNG with alpha from the signature pad, or any image sharp reads) at 3 cm
 * wide: decoded and capped at 900 × 450 px by sharp, written lossless as RGB + /SMask so the transparent
 * background stays transparent.
 */
async function embedSignature(doc: PDFDocument, bytes: Uint8Array): Promise<Signature> {
  let raw: RawImage;
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: 40_000_000 })
      .resize({ width: 900, height: 450, fit: 'inside', withoutEnlargement: true })
      .toColourspace('srgb')
      .ensureAlpha()
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    raw = { data, width: info.width, height: info.height, channels: info.channels };
  } catch {
    throw new PdfInputError('IMAGE_INVALID', 'The signature image cannot be read.');
  }
  const ref = await embedRawImage(doc.context, raw);
  let width = SIGNATURE_W;
  let height = (raw.height / raw.width) * width;
  if (height > SIGNATURE_MAX_H) {
    height = SIGNATURE_MAX_H;
    width = (raw.width / raw.height) * height;
  }
  return { ref, width, height };
}
