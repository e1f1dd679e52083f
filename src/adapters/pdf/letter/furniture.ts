/**
 * What every page carries around the text column: the Garuda (page 1 only), the memo title, urgency marks
 * (page 1), secrecy marks (top and bottom centre of every page), "- ๒ -" page numbers from page 2, the
 * "/คำต่อ..." hint at the foot of each page that continues, and the diagonal draft mark.
 */
import type { LetterRenderModel } from '../../../domain/outgoing/render-port.ts';
import { type Canvas, CM } from '../canvas.ts';
import { breakChunks, num } from '../thai-text.ts';
import { circle, IMAGE_NAMES } from './compose.ts';
import type { EmbeddedImage } from './images.ts';
import { textOutline } from './outline.ts';
import {
  BODY,
  EMBLEM_LARGE,
  EMBLEM_SMALL,
  EMBLEM_TOP,
  FLOW_BOTTOM,
  LEFT,
  MEMO_TITLE,
  PAGE_H,
  PAGE_W,
  RED,
  SECRECY,
  TEXT_CENTER,
  TEXT_W,
  URGENCY,
} from './spec.ts';
import type { Typesetter } from './typeset.ts';

export interface PageInfo {
  /** 1-based. */
  page: number;
  count: number;
  /** The text the next page starts with, for the continuation hint. */
  nextLead: string | undefined;
}

/** The emblem's box for the form: 3 cm high and centred, or 1.5 cm high at the top left (memo). */
export function emblemBox(form: LetterRenderModel['form']): { w: number; h: number } {
  const h = form === 'memo' ? EMBLEM_SMALL : EMBLEM_LARGE;
  return { w: h * 1.5, h };
}

/** Page 1's letterhead: where the urgency mark goes, and how far a memo's header moves down for it. */
export interface Letterhead {
  urgency: { lines: string[]; x: number; baselines: number[] };
  /** How far the memo's Garuda, title and text move down to make room for a long urgency mark. */
  drop: number;
}

/**
 * Places the urgency mark (red, ≥ 32 pt). On Garuda paper: at the top left, beside the Garuda, wrapped
 * (up to three lines fit there, enough for "ด่วนภายใน ๑๕ กันยายน ๒๕๖๙ เวลา ๑๖.๓๐ น."). On a memo: between
 * the Garuda and "บันทึกข้อความ" (regulation.md §7.1) when it fits there on one line, else on its own lines
 * at the top left, with the header moved down below it.
 */
export function letterhead(
  t: Typesetter,
  model: LetterRenderModel,
  emblem: EmbeddedImage | undefined,
): Letterhead {
  const text = model.urgencyMark.trim();
  const none = { urgency: { lines: [], x: LEFT, baselines: [] }, drop: 0 };
  if (text === '') return none;
  const { size, pitch } = URGENCY;
  const box = emblemPlacement(model.form, emblem, 0);
  if (model.form !== 'memo') {
    const lines = t.wrap(t.bold, text, size, box.x - LEFT - 0.4 * CM);
    const last = EMBLEM_TOP - 2 * CM;
    return {
      urgency: { lines, x: LEFT, baselines: lines.map((_, i) => last + (lines.length - 1 - i) * pitch) },
      drop: 0,
    };
  }
  const titleW = t.width(t.bold, MEMO_TITLE_TEXT, MEMO_TITLE.size);
  const x = box.x + box.w + 0.4 * CM;
  if (t.width(t.bold, text, size) <= TEXT_CENTER - titleW / 2 - 0.4 * CM - x) {
    return { urgency: { lines: [text], x, baselines: [memoTitleBaseline(0)] }, drop: 0 };
  }
  const secrecy = model.secrecyMark.trim();
  const width = secrecy ? TEXT_CENTER - t.width(t.bold, secrecy, SECRECY.size) / 2 - 0.4 * CM - LEFT : TEXT_W;
  const lines = t.wrap(t.bold, text, size, width);
  const first = EMBLEM_TOP - 0.8 * size;
  return {
    urgency: { lines, x: LEFT, baselines: lines.map((_, i) => first - i * pitch) },
    drop: lines.length * pitch,
  };
}

const MEMO_TITLE_TEXT = 'บันทึกข้อความ';

/** Baseline of "บันทึกข้อความ": level with the lower part of the 1.5 cm Garuda beside it. */
function memoTitleBaseline(drop: number): number {
  return EMBLEM_TOP - drop - EMBLEM_SMALL + 0.12 * CM;
}

/** Draws the page furniture that goes under the text (draft mark) and around it. */
export function drawFurniture(
  c: Canvas,
  t: Typesetter,
  model: LetterRenderModel,
  info: PageInfo,
  head: Letterhead,
  emblem: EmbeddedImage | undefined,
  digits: (n: number) => string,
): void {
  if (model.draftMark.trim() !== '') drawDraftMark(c, t, model.draftMark.trim());
  c.fillColor(0, 0, 0);
  if (info.page === 1) {
    drawEmblem(c, emblemPlacement(model.form, emblem, head.drop), emblem);
    if (model.form === 'memo') {
      t.draw(
        c,
        t.bold,
        MEMO_TITLE_TEXT,
        MEMO_TITLE.size,
        LEFT,
        memoTitleBaseline(head.drop),
        'center',
        TEXT_W,
      );
    }
    const { lines, x, baselines } = head.urgency;
    c.fillColor(...RED);
    lines.forEach((l, i) => {
      t.draw(c, t.bold, l, URGENCY.size, x, baselines[i]!);
    });
    c.fillColor(0, 0, 0);
  } else {
    drawPageNumber(c, t, digits(info.page));
  }
  const secrecy = model.secrecyMark.trim();
  if (secrecy !== '') {
    c.fillColor(...RED);
    t.draw(c, t.bold, secrecy, SECRECY.size, LEFT, PAGE_H - 1.15 * CM, 'center', TEXT_W);
    t.draw(c, t.bold, secrecy, SECRECY.size, LEFT, 0.9 * CM, 'center', TEXT_W);
    c.fillColor(0, 0, 0);
  }
  if (info.page < info.count && info.nextLead) {
    const hint = continuationHint(info.nextLead);
    if (hint) t.draw(c, t.regular, hint, BODY.size, LEFT, FLOW_BOTTOM - 0.55 * CM, 'right', TEXT_W);
  }
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The emblem's box on page 1: 3 cm high and centred, or 1.5 cm high at the top left of a memo. */
function emblemPlacement(
  form: LetterRenderModel['form'],
  emblem: EmbeddedImage | undefined,
  drop: number,
): Box {
  const size = form === 'memo' ? EMBLEM_SMALL : EMBLEM_LARGE;
  const w = emblem ? emblem.width : size;
  const h = emblem ? emblem.height : size;
  const x = form === 'memo' ? LEFT : TEXT_CENTER - w / 2;
  return { x, y: EMBLEM_TOP - drop - h, w, h };
}

/** The Garuda image, or the neutral placeholder (a grey circle outline). */
function drawEmblem(c: Canvas, box: Box, emblem: EmbeddedImage | undefined): void {
  if (emblem) {
    c.image(IMAGE_NAMES.emblem, emblem.ref, box.x, box.y, box.w, box.h);
  } else {
    c.ops.push('q 0.6 G 0.8 w', circle(box.x + box.w / 2, box.y + box.h / 2, box.h / 2 - 0.4), 'Q');
  }
}

/**
 * "- ๒ -" centred at the top. The parts are set apart by 0.6 em rather than spaces: poppler reads short
 * one-character words with plain spaces as letter-spaced text and drops the spaces ("-๒-").
 */
function drawPageNumber(c: Canvas, t: Typesetter, page: string): void {
  const size = BODY.size;
  const parts = ['-', page, '-'];
  const gap = 0.6 * size;
  const widths = parts.map((p) => t.width(t.regular, p, size));
  let x = TEXT_CENTER - (widths.reduce((s, w) => s + w, 0) + 2 * gap) / 2;
  parts.forEach((p, i) => {
    t.draw(c, t.regular, p, size, x, PAGE_H - 1.9 * CM);
    x += widths[i]! + gap;
  });
}

/**
 * "/คำต่อ...": a slash, the first word of the next page and three dots (the typing guide's คำต่อ). The
 * word is the text up to the first space when that is short (ในการนี้, ๒. การ…), else the first
 * dictionary word.
 */
export function continuationHint(lead: string): string {
  const text = lead.trim();
  const tokens = text.split(/\s+/u);
  // A list number ("๒.", "(๑)") is followed by its first word.
  const token =
    /^[(\d\u0e50-\u0e59.)]+$/u.test(tokens[0] ?? '') && tokens[1] ? `${tokens[0]} ${tokens[1]}` : tokens[0];
  if (token && [...token].length <= 14) return `/${token}...`;
  const chunks = breakChunks(text).filter((s) => s.trim() !== '');
  let word = chunks[0] ?? '';
  if ([...word].length < 3 && chunks[1] && text.startsWith(word + chunks[1])) word += chunks[1];
  return word === '' ? '' : `/${word}...`;
}

/** The draft mark: big, light grey, along the page diagonal, as outlines (not text) under the letter. */
function drawDraftMark(c: Canvas, t: Typesetter, text: string): void {
  const diagonal = Math.hypot(PAGE_W, PAGE_H);
  const probe = textOutline(t.bold.face, text, 100);
  const size = Math.min(220, (100 * diagonal * 0.5) / Math.max(1, probe.width));
  const outline = textOutline(t.bold.face, text, size);
  const angle = Math.atan2(PAGE_H, PAGE_W);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const tx = PAGE_W / 2;
  const ty = PAGE_H / 2;
  // Centre the word on the page: its middle at the origin, the middle of a consonant on the axis.
  const dx = -outline.width / 2;
  const dy = -0.3 * size;
  c.ops.push(
    'q',
    '0.88 g',
    `${num(cos)} ${num(sin)} ${num(-sin)} ${num(cos)} ${num(tx)} ${num(ty)} cm`,
    `1 0 0 1 ${num(dx)} ${num(dy)} cm`,
    outline.ops,
    'Q',
  );
}
