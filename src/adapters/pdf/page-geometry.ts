/**
 * Where things are on a page as the reader sees it. Stamps are placed in "view" coordinates (points from
 * the top-left corner of the visible, rotated page) and converted to PDF user space, because /CropBox and
 * /Rotate decide what "top-right" means, not the raw MediaBox.
 */
import { PDFArray, PDFNumber, type PDFPage } from 'pdf-lib';
import type { PdfRect } from '../../domain/letters/pdf-port.ts';

/** The visible part of a page in user space, with its rotation (0, 90, 180 or 270, clockwise). */
export interface PageView {
  box: PdfRect;
  rotate: 0 | 90 | 180 | 270;
  /** Width and height as displayed (swapped for 90/270). */
  width: number;
  height: number;
}

/** A rectangle in view coordinates: left/top from the visible page's top-left corner, y downwards. */
export interface ViewRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

const A4: PdfRect = { x: 0, y: 0, width: 595.28, height: 841.89 };

function readBox(value: unknown): PdfRect | undefined {
  if (!(value instanceof PDFArray) || value.size() < 4) return undefined;
  const n: number[] = [];
  for (let i = 0; i < 4; i++) {
    const v = value.lookup(i);
    if (!(v instanceof PDFNumber)) return undefined;
    n.push(v.asNumber());
  }
  const [a, b, c, d] = n as [number, number, number, number];
  const x = Math.min(a, c);
  const y = Math.min(b, d);
  const width = Math.abs(c - a);
  const height = Math.abs(d - b);
  return width > 0 && height > 0 ? { x, y, width, height } : undefined;
}

function intersect(a: PdfRect, b: PdfRect): PdfRect | undefined {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const width = Math.min(a.x + a.width, b.x + b.width) - x;
  const height = Math.min(a.y + a.height, b.y + b.height) - y;
  return width > 0 && height > 0 ? { x, y, width, height } : undefined;
}

/** The visible box (CropBox ∩ MediaBox, both inheritable) and rotation of a page. */
export function pageView(page: PDFPage): PageView {
  const media = readBox(page.node.MediaBox()) ?? A4;
  const crop = readBox(page.node.CropBox());
  const box = (crop && intersect(crop, media)) ?? media;
  const raw = page.node.Rotate()?.asNumber() ?? 0;
  const rotate = ((((Math.round(raw / 90) * 90) % 360) + 360) % 360) as 0 | 90 | 180 | 270;
  const sideways = rotate === 90 || rotate === 270;
  return {
    box,
    rotate,
    width: sideways ? box.height : box.width,
    height: sideways ? box.width : box.height,
  };
}

/** Converts a view rectangle to the user-space rectangle it covers. */
export function viewToUser(view: PageView, r: ViewRect): PdfRect {
  const { box } = view;
  const x0 = box.x;
  const y0 = box.y;
  const x1 = box.x + box.width;
  const y1 = box.y + box.height;
  switch (view.rotate) {
    case 0:
      return { x: x0 + r.left, y: y1 - r.top - r.height, width: r.width, height: r.height };
    case 90:
      // View x runs along user +y, view y (down) along user +x.
      return { x: x0 + r.top, y: y0 + r.left, width: r.height, height: r.width };
    case 180:
      return { x: x1 - r.left - r.width, y: y0 + r.top, width: r.width, height: r.height };
    case 270:
      // View x runs along user −y, view y (down) along user −x.
      return { x: x1 - r.top - r.height, y: y1 - r.left - r.width, width: r.height, height: r.width };
  }
}

/** Converts a user-space rectangle to view coordinates (inverse of {@link viewToUser}). */
export function userToView(view: PageView, r: PdfRect): ViewRect {
  const { box } = view;
  const x0 = box.x;
  const y0 = box.y;
  const x1 = box.x + box.width;
  const y1 = box.y + box.height;
  switch (view.rotate) {
    case 0:
      return { left: r.x - x0, top: y1 - r.y - r.height, width: r.width, height: r.height };
    case 90:
      return { left: r.y - y0, top: r.x - x0, width: r.height, height: r.width };
    case 180:
      return { left: x1 - r.x - r.width, top: r.y - y0, width: r.width, height: r.height };
    case 270:
      return { left: y1 - r.y - r.height, top: x1 - r.x - r.width, width: r.height, height: r.width };
  }
}

/**
 * The /Matrix for a form XObject drawn upright (in view orientation) on a rotated page: it turns the
 * form's axes so that the page rotation turns them back. Viewers then map the rotated BBox onto /Rect.
 */
export function uprightMatrix(rotate: PageView['rotate']): [number, number, number, number, number, number] {
  switch (rotate) {
    case 0:
      return [1, 0, 0, 1, 0, 0];
    case 90:
      return [0, 1, -1, 0, 0, 0];
    case 180:
      return [-1, 0, 0, -1, 0, 0];
    case 270:
      return [0, -1, 1, 0, 0, 0];
  }
}

/** Moves a view rectangle inside the visible page (keeping its size when it fits). */
export function clampToView(view: PageView, r: ViewRect): ViewRect {
  const left = Math.min(Math.max(r.left, 0), Math.max(0, view.width - r.width));
  const top = Math.min(Math.max(r.top, 0), Math.max(0, view.height - r.height));
  return { left, top, width: Math.min(r.width, view.width), height: Math.min(r.height, view.height) };
}
