/**
 * The route page (บันทึกเส้นทางหนังสือ / คำสั่งการ) appended to a letter as a new revision: a heading with
 * the letter's identity, then a three-column table like the DGA deck's route table — sender and command,
 * the signature block, and one cell per recipient whose empty lower part later receives that recipient's
 * receipt stamp (addReceiptStamp with `at: 'rect'`).
 */
import sharp from 'sharp';
import type { PDFDocument, PDFImage, PDFPage } from 'pdf-lib';
import {
  type AppendedRoutePage,
  PdfInputError,
  type PdfRect,
  type RoutePageModel,
  type RoutePageRow,
} from '../../domain/letters/pdf-port.ts';
import { A4_PORTRAIT, Canvas, CM } from './canvas.ts';
import type { Fonts } from './fonts.ts';
import { IncrementalUpdate } from './incremental.ts';
import { STAMP_HEIGHT, STAMP_WIDTH } from './stamp.ts';
import { blockHeight, PdfFont } from './thai-text.ts';

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
/** Height of the "(ต่อ)" band when a row continues on a further page. */
const CONTINUED_H = blockHeight(1, SMALL_SIZE) + 2 * PAD;

/** A receipt cell; `page` is the zero-based page it is on (rows may continue onto further pages). */
export type ReceiptCell = PdfRect & { page: number };

interface Signature {
  image: PDFImage;
  width: number;
  height: number;
}

interface RowLayout {
  index: number;
  left: string[];
  mid: string[];
  signature: Signature | undefined;
  leftH: number;
  midH: number;
  recipients: { key: string; lines: string[]; height: number }[];
}

/** Appends the route page(s) as a new revision. */
export async function appendRoutePage(
  fonts: Fonts,
  pdf: Uint8Array,
  model: RoutePageModel,
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
    let remaining = layout.recipients;
    let firstPart = true;
    for (;;) {
      const textH = firstPart ? Math.max(layout.leftH, layout.midH) : CONTINUED_H;
      const need = Math.max(textH, sumHeights(remaining));
      const avail = y - MARGIN_BOTTOM;
      if (need <= avail) {
        y = drawRowPart(here(), regular, layout, remaining, firstPart, y, need, cells);
        rowsOnPage++;
        break;
      }
      if (rowsOnPage > 0) {
        y = newPage(false);
        continue;
      }
      // Taller than a whole page: as many recipients as fit here, the rest continue on the next page.
      let take = 0;
      while (take < remaining.length && sumHeights(remaining.slice(0, take + 1)) <= avail) take++;
      take = Math.max(1, take);
      const part = remaining.slice(0, take);
      y = drawRowPart(here(), regular, layout, part, firstPart, y, Math.max(textH, sumHeights(part)), cells);
      rowsOnPage++;
      remaining = remaining.slice(take);
      firstPart = false;
      if (remaining.length === 0) break;
      y = newPage(false);
    }
  }

  for (const { page, canvas } of pages) canvas.writeTo(doc, page);
  return { pdf: await update.save(), pageIndex, receiptCells: cells };
}

interface Target {
  canvas: Canvas;
  index: number;
}

function sumHeights(items: readonly { height: number }[]): number {
  return items.reduce((s, r) => s + r.height, 0);
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
  recipients: RowLayout['recipients'],
  firstPart: boolean,
  top: number,
  height: number,
  cells: Record<string, ReceiptCell>,
): number {
  const { canvas } = at;
  const h = height;
  canvas.fillColor(0, 0, 0);
  const x1 = MARGIN_X;
  const x2 = x1 + COL1_W;
  const x3 = x2 + COL2_W;
  if (firstPart) {
    canvas.lines(regular, layout.left, {
      x: x1 + PAD,
      top: top - PAD,
      width: COL1_W - 2 * PAD,
      size: BODY_SIZE,
    });
    let midTop = top - PAD;
    if (layout.signature) {
      const s = layout.signature;
      const sx = x2 + (COL2_W - s.width) / 2;
      canvas.image(`Im${layout.index}`, s.image.ref, sx, midTop - s.height, s.width, s.height);
      midTop -= s.height + 2;
    }
    canvas.lines(regular, layout.mid, {
      x: x2 + PAD,
      top: midTop,
      width: COL2_W - 2 * PAD,
      size: SMALL_SIZE,
      align: 'center',
    });
  } else {
    canvas.fillColor(0.4, 0.4, 0.4);
    canvas.lines(regular, ['(ต่อ)'], {
      x: x1 + PAD,
      top: top - PAD,
      width: COL1_W - 2 * PAD,
      size: SMALL_SIZE,
    });
    canvas.fillColor(0, 0, 0);
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
    leftH: blockHeight(left.length, BODY_SIZE) + 2 * PAD,
    midH: (signature ? signature.height + 2 : 0) + blockHeight(mid.length, SMALL_SIZE) + 2 * PAD,
    recipients,
  };
}

/**
 * Embeds a signature PNG (RGBA → RGB + /SMask via pdf-lib) at 3 cm wide. Large or non-PNG images are
 * first normalised with sharp, so pdf-lib's pure-JS PNG decoder never sees a huge image.
 */
async function embedSignature(doc: PDFDocument, bytes: Uint8Array): Promise<Signature> {
  let png = bytes;
  const dims = pngSize(bytes);
  if (!dims || dims.width > 1200 || dims.height > 600) {
    try {
      png = await sharp(bytes, { limitInputPixels: 40_000_000 })
        .resize({ width: 900, height: 450, fit: 'inside', withoutEnlargement: true })
        .png()
        .toBuffer();
    } catch {
      throw new PdfInputError('IMAGE_INVALID', 'The signature image cannot be read.');
    }
  }
  let image: PDFImage;
  try {
    image = await doc.embedPng(png);
  } catch {
    throw new PdfInputError('IMAGE_INVALID', 'The signature image cannot be read.');
  }
  let width = SIGNATURE_W;
  let height = (image.height / image.width) * width;
  if (height > SIGNATURE_MAX_H) {
    height = SIGNATURE_MAX_H;
    width = (image.width / image.height) * height;
  }
  return { image, width, height };
}

/** Width and height from a PNG's IHDR, or undefined if the bytes are not a PNG. */
function pngSize(b: Uint8Array): { width: number; height: number } | undefined {
  if (b.length < 24 || b[0] !== 0x89 || b[1] !== 0x50 || b[2] !== 0x4e || b[3] !== 0x47) return undefined;
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return { width: dv.getUint32(16), height: dv.getUint32(20) };
}
