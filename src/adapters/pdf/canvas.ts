/**
 * A tiny content-stream builder for the pages this engine draws (route pages, register books). Operators
 * are collected as strings and deflated once: cheaper than pdf-lib's operator objects, which dominate the
 * cost of text-heavy pages.
 */
import { deflateSync } from 'node:zlib';
import { PDFName, type PDFDocument, type PDFPage, type PDFRef } from 'pdf-lib';
import { type Align, num, type PdfFont, showLines, showText } from './thai-text.ts';

/** A4 in points. */
export const A4_PORTRAIT: [number, number] = [595.28, 841.89];
export const A4_LANDSCAPE: [number, number] = [841.89, 595.28];
/** Points per centimetre. */
export const CM = 72 / 2.54;

/** Operators for one page, plus the fonts and images they use. */
export class Canvas {
  readonly ops: string[] = [];
  private readonly fonts = new Map<string, PDFRef>();
  private readonly images = new Map<string, PDFRef>();

  /** One line of text with its baseline at (x, y). Returns its width. */
  text(font: PdfFont, text: string, x: number, y: number, size: number): number {
    this.fonts.set(font.resourceName, font.ref);
    return showText(this.ops, font, text, x, y, size);
  }

  /** Lines top-down from `top` (see showLines). Returns the bottom of the block. */
  lines(
    font: PdfFont,
    lines: readonly string[],
    opts: { x: number; top: number; width: number; size: number; align?: Align },
  ): number {
    this.fonts.set(font.resourceName, font.ref);
    return showLines(this.ops, font, lines, opts);
  }

  fillColor(r: number, g: number, b: number): void {
    this.ops.push(`${num(r)} ${num(g)} ${num(b)} rg`);
  }

  strokeColor(r: number, g: number, b: number): void {
    this.ops.push(`${num(r)} ${num(g)} ${num(b)} RG`);
  }

  lineWidth(w: number): void {
    this.ops.push(`${num(w)} w`);
  }

  strokeRect(x: number, y: number, w: number, h: number): void {
    this.ops.push(`${num(x)} ${num(y)} ${num(w)} ${num(h)} re S`);
  }

  fillRect(x: number, y: number, w: number, h: number): void {
    this.ops.push(`${num(x)} ${num(y)} ${num(w)} ${num(h)} re f`);
  }

  line(x1: number, y1: number, x2: number, y2: number): void {
    this.ops.push(`${num(x1)} ${num(y1)} m ${num(x2)} ${num(y2)} l S`);
  }

  /** Draws an image XObject into the box (x, y, w, h). */
  image(name: string, ref: PDFRef, x: number, y: number, w: number, h: number): void {
    this.images.set(name, ref);
    this.ops.push(`q ${num(w)} 0 0 ${num(h)} ${num(x)} ${num(y)} cm /${name} Do Q`);
  }

  /**
   * Writes the operators as the page's only content stream, with a resource dictionary of exactly the
   * fonts and images used.
   */
  writeTo(doc: PDFDocument, page: PDFPage): void {
    const ctx = doc.context;
    const data = deflateSync(Buffer.from(this.ops.join('\n'), 'latin1'));
    const stream = ctx.stream(data, { Filter: 'FlateDecode' });
    page.node.set(PDFName.of('Contents'), ctx.register(stream));
    const resources = ctx.obj({ ProcSet: ['PDF', 'Text', 'ImageB', 'ImageC'] });
    if (this.fonts.size > 0) resources.set(PDFName.of('Font'), ctx.obj(Object.fromEntries(this.fonts)));
    if (this.images.size > 0) resources.set(PDFName.of('XObject'), ctx.obj(Object.fromEntries(this.images)));
    page.node.set(PDFName.of('Resources'), resources);
  }
}
