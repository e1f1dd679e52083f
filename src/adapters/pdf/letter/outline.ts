/**
 * Text drawn as filled outlines instead of glyphs: for the diagonal draft mark, which must look like text
 * but must not become part of the page's text (copying or indexing a draft gives the letter, not "ร่าง"
 * between its words). HarfBuzz shapes the string (so the tone mark of ร่าง sits right) and fontkit
 * gives each glyph's outline.
 */
import { num, type TextFace } from '../thai-text.ts';

/** Path operators (a filled shape, origin at the baseline start) and the advance width, in points. */
export interface Outline {
  readonly ops: string;
  readonly width: number;
}

const cache = new Map<string, Outline>();

export function textOutline(face: TextFace, text: string, size: number): Outline {
  const key = `${face.postscriptName}\u0000${size}\u0000${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const run = face.shape(text);
  const scale = size / face.upem;
  const out: string[] = [];
  let pen = 0;
  for (let g = 0; g < run.glyphs.length; g++) {
    const ox = pen + run.xOffsets[g]! * scale;
    const oy = run.yOffsets[g]! * scale;
    const px = (x: number): string => num(ox + x * scale);
    const py = (y: number): string => num(oy + y * scale);
    let cx = 0;
    let cy = 0;
    const recorder = {
      moveTo(x: number, y: number) {
        out.push(`${px(x)} ${py(y)} m`);
        cx = x;
        cy = y;
      },
      lineTo(x: number, y: number) {
        out.push(`${px(x)} ${py(y)} l`);
        cx = x;
        cy = y;
      },
      quadraticCurveTo(qx: number, qy: number, x: number, y: number) {
        // The cubic with the same shape: control points two thirds of the way to the quadratic one.
        const c1x = cx + (2 / 3) * (qx - cx);
        const c1y = cy + (2 / 3) * (qy - cy);
        const c2x = x + (2 / 3) * (qx - x);
        const c2y = y + (2 / 3) * (qy - y);
        out.push(`${px(c1x)} ${py(c1y)} ${px(c2x)} ${py(c2y)} ${px(x)} ${py(y)} c`);
        cx = x;
        cy = y;
      },
      bezierCurveTo(ax: number, ay: number, bx: number, by: number, x: number, y: number) {
        out.push(`${px(ax)} ${py(ay)} ${px(bx)} ${py(by)} ${px(x)} ${py(y)} c`);
        cx = x;
        cy = y;
      },
      closePath() {
        out.push('h');
      },
    };
    face.fontkitFont.getGlyph(run.glyphs[g]!).path.toFunction()(recorder);
    pen += run.advances[g]! * scale;
  }
  if (out.length > 0) out.push('f');
  const outline = { ops: out.join('\n'), width: pen };
  if (cache.size > 64) cache.clear();
  cache.set(key, outline);
  return outline;
}
