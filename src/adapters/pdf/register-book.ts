/**
 * Register book printouts (ทะเบียนหนังสือรับ/ส่ง …): landscape A4, the title and subtitle centred on the
 * first page, one table whose header row is repeated on every page, cells wrapped in Sarabun, thin grid
 * lines, and "- ๒ -" page numbers at the top centre from page 2 on (the Thai convention).
 */
import type { RegisterBookModel } from '../../domain/letters/pdf-port.ts';
import { A4_LANDSCAPE, Canvas, CM } from './canvas.ts';
import type { Fonts } from './fonts.ts';
import { newDocument, saveDocument } from './new-document.ts';
import { ASCENT_EM, DESCENT_EM, LINE_HEIGHT, PdfFont } from './thai-text.ts';

const [PAGE_W, PAGE_H] = A4_LANDSCAPE;
const MARGIN = 1.5 * CM;
const TABLE_W = PAGE_W - 2 * MARGIN;
const TITLE_SIZE = 16;
const SUBTITLE_SIZE = 13;
const CELL_SIZE = 12;
const PAD_X = 4;
const PAD_Y = 3;
const LH = CELL_SIZE * LINE_HEIGHT;
/** Height of a band of `n` cell lines. */
const bandHeight = (n: number): number =>
  2 * PAD_Y + CELL_SIZE * ASCENT_EM + (n - 1) * LH + CELL_SIZE * DESCENT_EM;

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';

/** 12 → "๑๒". */
export function thaiDigits(n: number): string {
  return String(n).replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)]!);
}

/** Renders the register book as a new PDF. */
export async function renderRegisterBook(fonts: Fonts, model: RegisterBookModel): Promise<Uint8Array> {
  if (model.columns.length === 0) throw new RangeError('a register book needs at least one column');
  const doc = await newDocument(model.title);
  const regular = new PdfFont(doc.context, fonts.regular, 'F1');
  const bold = new PdfFont(doc.context, fonts.bold, 'F2');
  const total = model.columns.reduce((s, c) => s + Math.max(0, c.width), 0) || model.columns.length;
  const widths = model.columns.map((c) => (total > 0 ? (Math.max(0, c.width) / total) * TABLE_W : 0));
  const lefts = widths.map((_, i) => MARGIN + widths.slice(0, i).reduce((s, w) => s + w, 0));
  const wrapCell = (font: PdfFont, text: string, i: number): string[] =>
    font.face.wrap(text ?? '', CELL_SIZE, Math.max(1, widths[i]! - 2 * PAD_X));
  const header = model.columns.map((c, i) => wrapCell(bold, c.header, i));
  const headerLines = Math.max(1, ...header.map((l) => l.length));

  const pages: Canvas[] = [];
  let canvas = new Canvas();
  let y = 0;
  let rowsOnPage = 0;
  const bottom = MARGIN;

  const drawBand = (
    cells: string[][],
    lineCount: number,
    top: number,
    font: PdfFont,
    shade: boolean,
  ): number => {
    const h = bandHeight(lineCount);
    if (shade) {
      canvas.fillColor(0.9, 0.9, 0.9);
      canvas.fillRect(MARGIN, top - h, TABLE_W, h);
    }
    canvas.fillColor(0, 0, 0);
    cells.forEach((lines, i) => {
      canvas.lines(font, lines, {
        x: lefts[i]! + PAD_X,
        top: top - PAD_Y,
        width: widths[i]! - 2 * PAD_X,
        size: CELL_SIZE,
        align: shade ? 'center' : 'left',
      });
    });
    canvas.strokeColor(0, 0, 0);
    canvas.lineWidth(0.5);
    canvas.strokeRect(MARGIN, top - h, TABLE_W, h);
    for (let i = 1; i < lefts.length; i++) canvas.line(lefts[i]!, top, lefts[i]!, top - h);
    return top - h;
  };

  const startPage = (): void => {
    canvas = new Canvas();
    pages.push(canvas);
    rowsOnPage = 0;
    let top = PAGE_H - MARGIN;
    if (pages.length === 1) {
      canvas.fillColor(0, 0, 0);
      top = canvas.lines(bold, [model.title], {
        x: MARGIN,
        top,
        width: TABLE_W,
        size: TITLE_SIZE,
        align: 'center',
      });
      if (model.subtitle.trim() !== '') {
        top = canvas.lines(regular, [model.subtitle], {
          x: MARGIN,
          top,
          width: TABLE_W,
          size: SUBTITLE_SIZE,
          align: 'center',
        });
      }
      top -= 6;
    } else {
      canvas.fillColor(0, 0, 0);
      top = pageNumber(canvas, regular, pages.length, top);
      top -= 4;
    }
    y = drawBand(header, headerLines, top, bold, true);
  };

  startPage();
  for (const row of model.rows) {
    let cells = model.columns.map((_, i) => wrapCell(regular, row[i] ?? '', i));
    for (;;) {
      const lines = Math.max(1, ...cells.map((c) => c.length));
      if (bandHeight(lines) <= y - bottom) {
        y = drawBand(cells, lines, y, regular, false);
        rowsOnPage++;
        break;
      }
      if (rowsOnPage > 0) {
        startPage();
        continue;
      }
      // Taller than a whole page: as many lines as fit here, the rest on the next page.
      const fit = Math.max(1, Math.floor((y - bottom - bandHeight(1)) / LH) + 1);
      y = drawBand(
        cells.map((c) => c.slice(0, fit)),
        fit,
        y,
        regular,
        false,
      );
      rowsOnPage++;
      cells = cells.map((c) => c.slice(fit));
      startPage();
    }
  }

  for (const c of pages) {
    const page = doc.addPage(A4_LANDSCAPE);
    c.writeTo(doc, page);
  }
  return saveDocument(doc, [regular, bold]);
}

/**
 * "- ๒ -" centred at the top. The three parts are set with a wide gap (0.6 em): with plain spaces poppler
 * reads such short one-character words as letter-spaced text and drops the spaces ("-๒-").
 */
function pageNumber(canvas: Canvas, font: PdfFont, page: number, top: number): number {
  const parts = ['-', thaiDigits(page), '-'];
  const gap = 0.6 * CELL_SIZE;
  const widths = parts.map((p) => font.face.widthOf(p, CELL_SIZE));
  let x = MARGIN + (TABLE_W - widths.reduce((s, w) => s + w, 0) - 2 * gap) / 2;
  const baseline = top - CELL_SIZE * ASCENT_EM;
  parts.forEach((p, i) => {
    canvas.text(font, p, x, baseline, CELL_SIZE);
    x += widths[i]! + gap;
  });
  return top - CELL_SIZE * (ASCENT_EM + DESCENT_EM);
}
