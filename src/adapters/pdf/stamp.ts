/**
 * Receipt stamps (ตรารับ) as a /Stamp annotation with its own appearance stream, added as an incremental
 * update.
 *
 * Why an annotation and not page content: the page's content streams stay byte-for-byte untouched, which
 * is what a later (or earlier, certifying) signature allows — adding annotations is a permitted change,
 * rewriting /Contents is not. Text extraction was checked on the target tools: poppler 22.12's pdftotext
 * DOES extract text from annotation appearance streams (it draws visible annotations through the same
 * text device as page content), so the stamp's Thai lines come out of `pdftotext` exactly (see
 * tests/pdf/stamp.test.ts). The flags are Print|Locked (4|128): printed, and not movable in viewers.
 * Extractors that skip annotations (e.g. PDFBox's default text stripper) will not see the stamp; the
 * receipt data lives in the database anyway.
 */
import { deflateSync } from 'node:zlib';
import { PDFHexString, PDFName } from 'pdf-lib';
import type { PdfRect, Seal, StampPlacement, StampText } from '../../domain/letters/pdf-port.ts';
import type { Fonts } from './fonts.ts';
import { IncrementalUpdate } from './incremental.ts';
import { appendAnnotation, saveSealed } from './pades.ts';
import {
  clampToView,
  pageView,
  userToView,
  uprightMatrix,
  type ViewRect,
  viewToUser,
} from './page-geometry.ts';
import { num, PdfFont, showText, type TextFace } from './thai-text.ts';

/** 5 cm × 2.5 cm, the regulation's receipt stamp. */
export const STAMP_WIDTH = (5 / 2.54) * 72;
export const STAMP_HEIGHT = (2.5 / 2.54) * 72;
/** 0.5 cm from the top and right edges of the page. */
const EDGE_MARGIN = (0.5 / 2.54) * 72;
/** Vertical gap between stacked stamps. */
const STACK_GAP = 4;
const BLUE = '0 0 0.6';
const MAX_SIZE = 12;
const MIN_SIZE = 5;
const PAD_X = 4;
const PAD_Y = 3;

/**
 * Draws a receipt stamp on a page as a new revision and returns the new PDF, the page index and the
 * stamp's rectangle (user space, bottom-left origin).
 */
export async function addReceiptStamp(
  fonts: Fonts,
  pdf: Uint8Array,
  text: StampText,
  placement: StampPlacement,
  seal?: Seal,
): Promise<{ pdf: Uint8Array; page: number; rect: PdfRect }> {
  const update = await IncrementalUpdate.open(pdf);
  const { doc } = update;
  const pageIndex = placement.page ?? 0;
  const pageCount = doc.getPageCount();
  if (!Number.isInteger(pageIndex) || pageIndex < 0 || pageIndex >= pageCount) {
    throw new RangeError(`page ${pageIndex} does not exist (the PDF has ${pageCount} pages)`);
  }
  const page = doc.getPage(pageIndex);
  const view = pageView(page);

  let where: ViewRect;
  if (placement.at === 'top-right') {
    const slot = Math.max(0, Math.floor(placement.slot ?? 0));
    where = {
      left: view.width - EDGE_MARGIN - STAMP_WIDTH,
      top: EDGE_MARGIN + slot * (STAMP_HEIGHT + STACK_GAP),
      width: STAMP_WIDTH,
      height: STAMP_HEIGHT,
    };
  } else if (placement.at === 'point') {
    where = { left: placement.left, top: placement.top, width: STAMP_WIDTH, height: STAMP_HEIGHT };
  } else {
    where = userToView(view, placement.rect);
  }
  where = clampToView(view, where);
  const rect = viewToUser(view, where);

  const ctx = doc.context;
  const font = new PdfFont(ctx, fonts.regular, 'F1');
  update.addFinalizer(font);
  const ops = stampOps(font, text, where.width, where.height);
  const appearance = ctx.stream(deflateSync(Buffer.from(ops.join('\n'), 'latin1')), {
    Type: 'XObject',
    Subtype: 'Form',
    BBox: [0, 0, round(where.width), round(where.height)],
    Matrix: uprightMatrix(view.rotate),
    Resources: { Font: { F1: font.ref } },
    Filter: 'FlateDecode',
  });
  const annot = ctx.obj({
    Type: 'Annot',
    Subtype: 'Stamp',
    Rect: [round(rect.x), round(rect.y), round(rect.x + rect.width), round(rect.y + rect.height)],
    F: 4 | 128,
    P: page.ref,
    C: [0, 0, 0.6],
    AP: { N: ctx.register(appearance) },
  });
  annot.set(
    PDFName.of('Contents'),
    PDFHexString.fromText([text.unitName, text.numberLine, text.dateLine, text.timeLine].join('\n')),
  );
  const annotRef = ctx.register(annot);
  appendAnnotation(page.node, annotRef);
  const out = seal
    ? await saveSealed(
        update,
        { ...seal, field: { ...seal.field, widget: { page: pageIndex, rect } } },
        pdf.length,
      )
    : await update.save();
  return { pdf: out, page: pageIndex, rect };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** The largest size ≤ `max` at which `line` fits `width` points (at least MIN_SIZE). */
function fitSize(face: TextFace, line: string, max: number, width: number): number {
  const w = face.widthOf(line, max);
  if (w <= width) return max;
  return Math.max(MIN_SIZE, Math.floor(((max * width) / w) * 10) / 10);
}

const LINE_FACTOR = 1.45;

/** The base font size at which `count` lines fill a box of `height` points. */
function sizeForLines(count: number, height: number): number {
  const em = 1 + (count - 1) * LINE_FACTOR + 0.3;
  return Math.max(MIN_SIZE, Math.min(MAX_SIZE, (height - 2 * PAD_Y) / em));
}

/**
 * The stamp's lines with their sizes. Normally four lines, the unit name shrunk to fit the width; a name
 * so long that it would shrink below 80 % of the other lines is wrapped onto two lines instead.
 */
function layoutStamp(
  face: TextFace,
  text: StampText,
  width: number,
  height: number,
): { lines: { text: string; size: number }[]; base: number } {
  const clean = (l: string): string => l.replace(/\s+/g, ' ').trim();
  const name = clean(text.unitName);
  const rest = [text.numberLine, text.dateLine, text.timeLine].map(clean);
  const availW = width - 2 * PAD_X;
  const base4 = sizeForLines(4, height);
  const nameSize4 = fitSize(face, name, base4, availW);
  if (nameSize4 >= 0.8 * base4) {
    return {
      base: base4,
      lines: [{ text: name, size: nameSize4 }, ...rest.map((t) => ({ text: t, size: base4 }))],
    };
  }
  const base5 = sizeForLines(5, height);
  let size = base5;
  let nameLines = face.wrap(name, size, availW);
  while (nameLines.length > 2 && size > MIN_SIZE) {
    size = Math.max(MIN_SIZE, size - 0.5);
    nameLines = face.wrap(name, size, availW);
  }
  if (nameLines.length > 2) nameLines = [nameLines[0]!, nameLines.slice(1).join(' ')];
  return {
    base: base5,
    lines: [
      ...nameLines.map((t) => ({ text: t, size: fitSize(face, t, size, availW) })),
      ...rest.map((t) => ({ text: t, size: base5 })),
    ],
  };
}

/**
 * The appearance content: a blue frame and the lines centred, in a box of width × height points. The
 * font size follows the box height (≤ 12 pt, line height 1.45 × size); lines shrink on their own when too
 * wide.
 */
export function stampOps(font: PdfFont, text: StampText, width: number, height: number): string[] {
  const face = font.face;
  const { lines, base } = layoutStamp(face, text, width, height);
  const lineGap = base * LINE_FACTOR;
  const blockH = base * (1 + (lines.length - 1) * LINE_FACTOR + 0.3);
  const ops: string[] = [
    'q',
    `0 0 ${num(width)} ${num(height)} re W n`,
    `${BLUE} RG 1 w`,
    `0.5 0.5 ${num(width - 1)} ${num(height - 1)} re S`,
    `${BLUE} rg`,
  ];
  let baseline = height - (height - blockH) / 2 - base;
  for (const line of lines) {
    if (line.text !== '') {
      const w = face.widthOf(line.text, line.size);
      showText(ops, font, line.text, (width - w) / 2, baseline, line.size);
    }
    baseline -= lineGap;
  }
  ops.push('Q');
  return ops;
}
