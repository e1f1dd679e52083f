/**
 * Text helpers for one letter document: the two embedded faces, measuring, wrapping and drawing aligned
 * lines, and which faces were used (only those are embedded).
 */
import type { Canvas } from '../canvas.ts';
import type { Align, PdfFont } from '../thai-text.ts';

export class Typesetter {
  readonly regular: PdfFont;
  readonly bold: PdfFont;
  private readonly usedFonts = new Set<PdfFont>();

  constructor(regular: PdfFont, bold: PdfFont) {
    this.regular = regular;
    this.bold = bold;
  }

  /** The faces drawn with so far, to embed when the document is saved. */
  used(): PdfFont[] {
    return [...this.usedFonts];
  }

  width(font: PdfFont, text: string, size: number): number {
    return text === '' ? 0 : font.face.widthOf(text, size);
  }

  /**
   * Wraps text to `maxWidth` (`firstLineWidth` for the first line); '' gives no lines. A line breaks at
   * its last space only when that leaves it 85 % full, else at the last word boundary: letter text is
   * set ragged-right, and the engine's default (60 %) leaves visibly short lines in a long paragraph.
   */
  wrap(font: PdfFont, text: string, size: number, maxWidth: number, firstLineWidth = maxWidth): string[] {
    if (text.trim() === '') return [];
    return font.face.wrap(text, size, Math.max(1, maxWidth), {
      firstLineWidth: Math.max(1, firstLineWidth),
      preferSpaceFill: 0.85,
    });
  }

  /** Draws one line with its baseline at `baseline`, aligned inside [x, x + width]. Returns its width. */
  draw(
    c: Canvas,
    font: PdfFont,
    text: string,
    size: number,
    x: number,
    baseline: number,
    align: Align = 'left',
    width = 0,
  ): number {
    if (text === '') return 0;
    const w = align === 'left' ? 0 : this.width(font, text, size);
    const lx = align === 'left' ? x : align === 'center' ? x + (width - w) / 2 : x + width - w;
    this.usedFonts.add(font);
    return c.text(font, text, lx, baseline, size);
  }
}
