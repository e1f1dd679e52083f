/**
 * The letter as a column of units (a line, a labelled header item, the signature block …) and the page
 * breaking that places them: units chained with `keepWithNext` move to the next page together (a heading
 * with its first line, the first and last two lines of a paragraph, the last lines with the signature),
 * and a chain taller than a page is broken wherever it must be.
 */
import type { Canvas } from '../canvas.ts';
import { LetterRenderError } from '../../../domain/outgoing/render-port.ts';

export interface Unit {
  /** Height of the unit's box in points. */
  readonly height: number;
  /** Space above the unit; dropped when the unit starts a page. */
  readonly gapBefore: number;
  /** No page break between this unit and the next one. */
  keepWithNext: boolean;
  /** Part of the closing block (owner unit, contacts, copies): set flush with the bottom margin. */
  readonly anchorBottom?: boolean;
  /** Text that starts the unit, for the "/คำต่อ..." hint at the foot of the previous page. */
  readonly lead?: string;
  /** Draws the unit with its box top at `top`. */
  draw(c: Canvas, top: number): void;
  /** The signature's part of the unit (space, name, position, capacity) for its box top at `top`. */
  readonly signatureArea?: (top: number) => { x: number; y: number; width: number; height: number };
}

export interface Placed {
  readonly unit: Unit;
  top: number;
}

export interface FlowFrame {
  /** Top of the text on page 1 (below the letterhead) and on later pages (below the page number). */
  readonly firstTop: number;
  readonly nextTop: number;
  /** Lowest point the text may reach. */
  readonly bottom: number;
  /** Lowest point the closing block (`anchorBottom` units) may reach; defaults to `bottom`. */
  readonly tailBottom?: number;
  readonly maxPages: number;
}

/**
 * Breaks the units into pages. Throws LETTER_TOO_LONG as soon as a page beyond `maxPages` is needed.
 * Rounding slack of 0.01 pt is allowed so that a page filled exactly is not broken early.
 */
export function paginate(units: readonly Unit[], frame: FlowFrame): Placed[][] {
  const pages: Placed[][] = [[]];
  let y = frame.firstTop;
  const EPS = 0.01;
  const newPage = (): void => {
    if (pages.length >= frame.maxPages) {
      throw new LetterRenderError(
        'LETTER_TOO_LONG',
        `The letter needs more than ${frame.maxPages} pages; split it or send the rest as enclosures.`,
      );
    }
    pages.push([]);
    y = frame.nextTop;
  };
  const current = (): Placed[] => pages[pages.length - 1]!;
  const floor = (u: Unit): number => (u.anchorBottom ? (frame.tailBottom ?? frame.bottom) : frame.bottom);
  const place = (u: Unit): void => {
    const page = current();
    const gap = page.length === 0 ? 0 : u.gapBefore;
    page.push({ unit: u, top: y - gap });
    y -= gap + u.height;
  };

  let i = 0;
  while (i < units.length) {
    let j = i;
    while (j < units.length - 1 && units[j]!.keepWithNext) j++;
    const empty = current().length === 0;
    let fits = true;
    let yy = y;
    for (let k = i; k <= j && fits; k++) {
      yy -= (k === i && empty ? 0 : units[k]!.gapBefore) + units[k]!.height;
      fits = yy >= floor(units[k]!) - EPS;
    }
    if (fits) {
      for (let k = i; k <= j; k++) place(units[k]!);
      i = j + 1;
      continue;
    }
    if (!empty) {
      newPage();
      continue;
    }
    // The chain is taller than a whole page: place what fits, unit by unit.
    for (let k = i; k <= j; k++) {
      const u = units[k]!;
      const gap = current().length === 0 ? 0 : u.gapBefore;
      if (current().length > 0 && y - gap - u.height < floor(u) - EPS) newPage();
      place(u);
    }
    i = j + 1;
  }

  anchorTail(current(), frame.tailBottom ?? frame.bottom);
  return pages;
}

/** Moves the trailing `anchorBottom` units of the last page down to the bottom margin. */
function anchorTail(page: Placed[], bottom: number): void {
  let first = page.length;
  while (first > 0 && page[first - 1]!.unit.anchorBottom) first--;
  if (first === page.length || first === 0) return;
  const last = page[page.length - 1]!;
  const shift = last.top - last.unit.height - bottom;
  if (shift <= 0) return;
  for (let k = first; k < page.length; k++) page[k]!.top -= shift;
}
