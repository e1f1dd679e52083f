/**
 * The body of each form as a column of units, in the order the regulation prints the fields
 * (regulation.md §4.1–§4.4). The letterhead above the column (Garuda, บันทึกข้อความ, urgency and secrecy
 * marks) and the page numbers are page furniture, drawn by furniture.ts.
 */
import type { LetterRenderModel, SignatureBlock } from '../../../domain/outgoing/render-port.ts';
import type { Canvas } from '../canvas.ts';
import { CM } from '../canvas.ts';
import { num, type Align, type PdfFont } from '../thai-text.ts';
import type { Unit } from './flow.ts';
import type { EmbeddedImage } from './images.ts';
import {
  BASELINE_SHARE,
  BODY,
  DATE_X,
  EMBLEM_LARGE,
  EMBLEM_SMALL,
  EMBLEM_TOP,
  INDENT,
  ITEM_GAP,
  LEFT,
  MEMO_DATE_X,
  MEMO_LABEL,
  RIGHT,
  SEAL_INNER,
  SEAL_OUTER,
  SIGNATURE_CENTER,
  SIGNATURE_COLUMN_W,
  SIGNATURE_GAP,
  TEXT_CENTER,
  TEXT_W,
  type TextStyle,
} from './spec.ts';
import type { Typesetter } from './typeset.ts';

/** The images of one document, already registered in it. */
export interface LetterImages {
  emblem?: EmbeddedImage | undefined;
  signature?: EmbeddedImage | undefined;
  seal?: EmbeddedImage | undefined;
}

export interface Composition {
  units: Unit[];
  /** Top of the column on page 1, below the letterhead. */
  firstTop: number;
}

/** XObject resource names. */
export const IMAGE_NAMES = { emblem: 'Em', signature: 'Sig', seal: 'Seal' } as const;

interface Ctx {
  t: Typesetter;
  model: LetterRenderModel;
  images: LetterImages;
  digits: (n: number) => string;
}

/** Space between a label (เรื่อง, อ้างถึง …) and its text: the typing guide's two spaces. */
const LABEL_SPACE = 0.6 * BODY.size;

export function compose(
  t: Typesetter,
  model: LetterRenderModel,
  images: LetterImages,
  digits: (n: number) => string,
  /** How far a memo's header was moved down for its urgency mark (see furniture.ts). */
  drop = 0,
): Composition {
  const ctx: Ctx = { t, model, images, digits };
  switch (model.form) {
    case 'external':
      return { units: external(ctx), firstTop: EMBLEM_TOP - EMBLEM_LARGE - 0.05 * CM };
    case 'stamped':
      return { units: stamped(ctx), firstTop: EMBLEM_TOP - EMBLEM_LARGE - 0.05 * CM };
    case 'memo':
      return { units: memo(ctx), firstTop: EMBLEM_TOP - EMBLEM_SMALL - 0.3 * CM - drop };
    case 'order':
      return { units: directive(ctx, 'คำสั่ง'), firstTop: EMBLEM_TOP - EMBLEM_LARGE - 0.15 * CM };
    case 'announcement':
      return { units: directive(ctx, 'ประกาศ'), firstTop: EMBLEM_TOP - EMBLEM_LARGE - 0.15 * CM };
    default:
      throw new RangeError(`unknown letter form ${String((model as { form: unknown }).form)}`);
  }
}

// ---------------------------------------------------------------------------------------------------
// The forms
// ---------------------------------------------------------------------------------------------------

/** แบบที่ ๑: ที่ / agency, date, เรื่อง, เรียน, อ้างถึง, สิ่งที่ส่งมาด้วย, text, closing, signature, owner unit. */
function external(ctx: Ctx): Unit[] {
  const { t, model } = ctx;
  const units: Unit[] = [numberAndAgency(ctx)];
  units.push(line(t, t.regular, model.dateLine, BODY, DATE_X, { gap: ITEM_GAP }));
  units.push(...labelled(ctx, 'เรื่อง', [model.subject], { gap: ITEM_GAP }));
  units.push(...salutation(ctx));
  units.push(...labelled(ctx, 'อ้างถึง', model.references, { gap: ITEM_GAP, numbered: true }));
  units.push(...labelled(ctx, 'สิ่งที่ส่งมาด้วย', model.enclosures, { gap: ITEM_GAP, numbered: true }));
  glueLast(units);
  units.push(...paragraphs(ctx));
  if (model.closing.trim() !== '' || model.signature) {
    glueLast(units, 2);
    units.push(signatureBlock(ctx, model.closing, model.signature, 2 * ITEM_GAP));
  }
  return withTail(units, tail(ctx, true));
}

/** แบบที่ ๓: like แบบที่ ๑ without the closing and signature; the seal, agency name and date instead. */
function stamped(ctx: Ctx): Unit[] {
  const { model } = ctx;
  const units: Unit[] = [numberAndAgency(ctx)];
  units.push(...labelled(ctx, 'เรื่อง', [model.subject], { gap: ITEM_GAP }));
  units.push(...salutation(ctx));
  units.push(...labelled(ctx, 'สิ่งที่ส่งมาด้วย', model.enclosures, { gap: ITEM_GAP, numbered: true }));
  glueLast(units);
  units.push(...paragraphs(ctx));
  glueLast(units, 2);
  units.push(sealBlock(ctx, 2 * ITEM_GAP));
  return withTail(units, tail(ctx, true));
}

/** แบบที่ ๒: ส่วนราชการ, ที่ + วันที่, เรื่อง (bold labels on dotted lines), เรียน, text, signature. */
function memo(ctx: Ctx): Unit[] {
  const { model } = ctx;
  const units: Unit[] = [];
  units.push(...memoField(ctx, 'ส่วนราชการ', model.headingUnit));
  units.push(memoNumberAndDate(ctx));
  units.push(...memoField(ctx, 'เรื่อง', model.subject));
  units.push(...salutation(ctx));
  glueLast(units);
  units.push(...paragraphs(ctx));
  if (model.signature) {
    glueLast(units, 2);
    units.push(signatureBlock(ctx, '', model.signature, ITEM_GAP));
  }
  return withTail(units, tail(ctx, false));
}

/** คำสั่ง / ประกาศ: heading, number, เรื่อง centred, a short rule, text, date, signature. */
function directive(ctx: Ctx, kind: 'คำสั่ง' | 'ประกาศ'): Unit[] {
  const { t, model } = ctx;
  const unit = model.headingUnit.trim();
  const heading = unit.startsWith(kind) ? unit : `${kind}${unit}`;
  const centred = { x: LEFT, width: TEXT_W, align: 'center' as Align };
  const units: Unit[] = [];
  units.push(...block(t, t.bold, heading, { ...centred }));
  units.push(...block(t, t.regular, model.numberLine, { ...centred }));
  units.push(...block(t, t.regular, model.subject === '' ? '' : `เรื่อง ${model.subject}`, { ...centred }));
  units.push(rule());
  for (const u of units) u.keepWithNext = true;
  units.push(...paragraphs(ctx));
  glueLast(units, 2);
  units.push(signatureBlock(ctx, model.dateLine, model.signature, 2 * ITEM_GAP));
  return withTail(units, tail(ctx, false));
}

// ---------------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------------

interface UnitOpts {
  gap?: number;
  keep?: boolean;
  anchor?: boolean;
  lead?: string;
}

/** A unit one line box high; `draw` gets the baseline. */
function lineBox(draw: (c: Canvas, baseline: number) => void, st: TextStyle, o: UnitOpts = {}): Unit {
  return {
    height: st.pitch,
    gapBefore: o.gap ?? 0,
    keepWithNext: o.keep ?? false,
    anchorBottom: o.anchor ?? false,
    lead: o.lead ?? '',
    draw: (c, top) => draw(c, top - st.pitch * BASELINE_SHARE),
  };
}

/** One line of text starting at x (not wrapped; '' keeps its line box empty). */
function line(t: Typesetter, font: PdfFont, text: string, st: TextStyle, x: number, o: UnitOpts = {}): Unit {
  return lineBox((c, b) => t.draw(c, font, text, st.size, x, b), st, { lead: text, ...o });
}

/** Wrapped text, one unit per line, the lines kept together; '' gives nothing. */
function block(
  t: Typesetter,
  font: PdfFont,
  text: string,
  o: { x?: number; width?: number; align?: Align; gap?: number; anchor?: boolean } = {},
): Unit[] {
  const x = o.x ?? LEFT;
  const width = o.width ?? RIGHT - x;
  const lines = t.wrap(font, text, BODY.size, width);
  return lines.map((l, i) =>
    lineBox((c, b) => t.draw(c, font, l, BODY.size, x, b, o.align ?? 'left', width), BODY, {
      gap: i === 0 ? (o.gap ?? 0) : 0,
      keep: i < lines.length - 1,
      anchor: o.anchor ?? false,
      lead: l,
    }),
  );
}

/**
 * A label with its items hanging after it ("เรื่อง  …", "อ้างถึง  …", "สิ่งที่ส่งมาด้วย  ๑. …"): each item
 * starts a line, wrapped lines align with the item's text, several items are numbered when `numbered`.
 */
function labelled(
  ctx: Ctx,
  label: string,
  items: readonly string[],
  o: { gap?: number; numbered?: boolean; anchor?: boolean } = {},
): Unit[] {
  const { t } = ctx;
  const present = items.filter((i) => i.trim() !== '');
  if (present.length === 0) return [];
  const size = BODY.size;
  const vx = LEFT + t.width(t.regular, label, size) + LABEL_SPACE;
  const numbered = (o.numbered ?? false) && present.length > 1;
  const units: Unit[] = [];
  present.forEach((item, idx) => {
    const prefix = numbered ? `${ctx.digits(idx + 1)}. ` : '';
    const pw = t.width(t.regular, prefix, size);
    const lines = t.wrap(t.regular, item, size, RIGHT - vx - pw);
    lines.forEach((l, k) => {
      const first = idx === 0 && k === 0;
      units.push(
        lineBox(
          (c, b) => {
            if (first) t.draw(c, t.regular, label, size, LEFT, b);
            if (k === 0 && prefix !== '') t.draw(c, t.regular, prefix, size, vx, b);
            t.draw(c, t.regular, l, size, vx + pw, b);
          },
          BODY,
          { gap: first ? (o.gap ?? 0) : 0, keep: true, anchor: o.anchor ?? false, lead: first ? label : l },
        ),
      );
    });
  });
  units[units.length - 1]!.keepWithNext = false;
  return units;
}

/**
 * "เรียน  ผู้อำนวยการ…": the opening word (เรียน, กราบเรียน, นมัสการ, ถึง …) set like the labels above it,
 * with the addressee after the same gap and wrapped lines aligned with the addressee.
 */
function salutation(ctx: Ctx): Unit[] {
  const text = ctx.model.salutationLine.trim();
  const m = /^(\S{1,12})\s+(\S.*)$/su.exec(text);
  if (!m) return block(ctx.t, ctx.t.regular, text, { gap: ITEM_GAP });
  return labelled(ctx, m[1]!, [m[2]!], { gap: ITEM_GAP });
}

/**
 * Body paragraphs: the first line indented 2.5 cm, '\n' breaks a line, 6 pt before each paragraph. The
 * first two and the last two lines of a paragraph stay together (no orphan or widow line).
 */
function paragraphs(ctx: Ctx): Unit[] {
  const { t } = ctx;
  const size = BODY.size;
  const units: Unit[] = [];
  for (const text of ctx.model.paragraphs) {
    const rows: { x: number; text: string }[] = [];
    text
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .forEach((piece, i) => {
        const lines =
          i === 0
            ? t.wrap(t.regular, piece, size, TEXT_W, TEXT_W - INDENT)
            : t.wrap(t.regular, piece, size, TEXT_W);
        if (lines.length === 0) rows.push({ x: LEFT, text: '' });
        lines.forEach((l, k) => {
          rows.push({ x: i === 0 && k === 0 ? LEFT + INDENT : LEFT, text: l });
        });
      });
    const n = rows.length;
    rows.forEach((r, k) => {
      units.push(
        lineBox((c, b) => t.draw(c, t.regular, r.text, size, r.x, b), BODY, {
          gap: k === 0 ? ITEM_GAP : 0,
          keep: n >= 2 && (k === 0 || k === n - 2),
          lead: r.text,
        }),
      );
    });
  }
  return units;
}

/** External letters and stamped letters: the number at the left, the agency and its address at the right. */
function numberAndAgency(ctx: Ctx): Unit {
  const { t, model } = ctx;
  const size = BODY.size;
  const numberW = t.width(t.regular, model.numberLine, size);
  const maxBlock = Math.max(4 * CM, Math.min(TEXT_W * 0.55, TEXT_W - numberW - 0.5 * CM));
  const agency = [model.agencyName, ...model.agencyAddress].flatMap((l) =>
    t.wrap(t.regular, l, size, maxBlock),
  );
  const blockW = Math.max(0, ...agency.map((l) => t.width(t.regular, l, size)));
  const blockX = RIGHT - blockW;
  return {
    height: Math.max(1, agency.length) * BODY.pitch,
    gapBefore: 0,
    keepWithNext: true,
    lead: model.numberLine,
    draw: (c, top) => {
      const b0 = top - BODY.pitch * BASELINE_SHARE;
      t.draw(c, t.regular, model.numberLine, size, LEFT, b0);
      agency.forEach((l, i) => {
        t.draw(c, t.regular, l, size, blockX, b0 - i * BODY.pitch);
      });
    },
  };
}

/**
 * The closing (or an order's date line) centred on the signature column, the space for the signature
 * (the image, bottom-aligned, when there is one), "(name)", the position and the acting capacity.
 */
function signatureBlock(ctx: Ctx, first: string, sig: SignatureBlock | null, gap: number): Unit {
  const { t } = ctx;
  const size = BODY.size;
  const pitch = BODY.pitch;
  const colX = SIGNATURE_CENTER - SIGNATURE_COLUMN_W / 2;
  const wrapCol = (s: string): string[] => t.wrap(t.regular, s, size, SIGNATURE_COLUMN_W);
  const above = wrapCol(first);
  const below = sig ? [...wrapCol(`(${sig.name})`), ...wrapCol(sig.position), ...wrapCol(sig.capacity)] : [];
  const space = sig ? SIGNATURE_GAP : 0;
  const image = sig?.image ? ctx.images.signature : undefined;
  const height = (above.length + below.length) * pitch + space;
  return {
    height,
    gapBefore: gap,
    keepWithNext: false,
    lead: above[0] ?? below[0] ?? '',
    signatureArea: sig
      ? (top) => ({
          x: colX,
          y: top - height,
          width: SIGNATURE_COLUMN_W,
          height: height - above.length * pitch,
        })
      : undefined,
    draw: (c, top) => {
      let y = top;
      for (const l of above) {
        t.draw(c, t.regular, l, size, colX, y - pitch * BASELINE_SHARE, 'center', SIGNATURE_COLUMN_W);
        y -= pitch;
      }
      y -= space;
      if (image) {
        const bottom = y - 0.12 * pitch;
        c.image(
          IMAGE_NAMES.signature,
          image.ref,
          SIGNATURE_CENTER - image.width / 2,
          bottom,
          image.width,
          image.height,
        );
      }
      for (const l of below) {
        t.draw(c, t.regular, l, size, colX, y - pitch * BASELINE_SHARE, 'center', SIGNATURE_COLUMN_W);
        y -= pitch;
      }
    },
  };
}

/** Stamped letters: the seal (or a placeholder ring) centred on the signature column, the agency, the date. */
function sealBlock(ctx: Ctx, gap: number): Unit {
  const { t, model } = ctx;
  const size = BODY.size;
  const pitch = BODY.pitch;
  const colX = SIGNATURE_CENTER - SIGNATURE_COLUMN_W / 2;
  const seal = ctx.images.seal;
  const sealH = seal ? seal.height : SEAL_OUTER;
  const lines = [model.agencyName, model.dateLine].flatMap((s) =>
    t.wrap(t.regular, s, size, SIGNATURE_COLUMN_W),
  );
  return {
    height: sealH + 0.2 * CM + lines.length * pitch,
    gapBefore: gap,
    keepWithNext: false,
    lead: lines[0] ?? '',
    draw: (c, top) => {
      if (seal) {
        c.image(
          IMAGE_NAMES.seal,
          seal.ref,
          SIGNATURE_CENTER - seal.width / 2,
          top - sealH,
          seal.width,
          sealH,
        );
      } else {
        const cy = top - SEAL_OUTER / 2;
        c.ops.push('q 0.6 G 0.8 w');
        c.ops.push(
          circle(SIGNATURE_CENTER, cy, SEAL_OUTER / 2),
          circle(SIGNATURE_CENTER, cy, SEAL_INNER / 2),
        );
        c.ops.push('Q');
      }
      let y = top - sealH - 0.2 * CM;
      for (const l of lines) {
        t.draw(c, t.regular, l, size, colX, y - pitch * BASELINE_SHARE, 'center', SIGNATURE_COLUMN_W);
        y -= pitch;
      }
    },
  };
}

/**
 * The foot of the letter: ส่วนราชการเจ้าของเรื่อง and its contact lines (external and stamped letters),
 * then สำเนาส่ง; one block, set flush with the bottom margin of the last page when there is room.
 */
function tail(ctx: Ctx, withOwner: boolean): Unit[] {
  const { t, model } = ctx;
  const units: Unit[] = [];
  if (withOwner) {
    for (const text of [model.ownerUnit, ...model.contactLines]) {
      units.push(...block(t, t.regular, text, { anchor: true }));
    }
  }
  units.push(
    ...labelled(ctx, 'สำเนาส่ง', model.copiesTo, { anchor: true, gap: units.length > 0 ? ITEM_GAP : 0 }),
  );
  if (units.length === 0) return [];
  glueAll(units);
  // Some room between the signature and the block when they share a page (the block is usually set
  // lower, flush with the foot of the page).
  const [first, ...rest] = units;
  return [{ ...first!, gapBefore: Math.max(first!.gapBefore, 2 * ITEM_GAP) }, ...rest];
}

/** Memo header lines: a bold 20 pt label, the value on the dotted line after it, wrapped lines aligned. */
function memoField(ctx: Ctx, label: string, value: string): Unit[] {
  const { t } = ctx;
  const vx = LEFT + t.width(t.bold, label, MEMO_LABEL.size) + LABEL_SPACE;
  const lines = t.wrap(t.regular, value, BODY.size, RIGHT - vx);
  if (lines.length === 0) lines.push('');
  return lines.map((l, k) =>
    lineBox(
      (c, b) => {
        if (k === 0) t.draw(c, t.bold, label, MEMO_LABEL.size, LEFT, b);
        dottedLine(c, vx - 0.15 * LABEL_SPACE, RIGHT, b);
        t.draw(c, t.regular, l, BODY.size, vx, b);
      },
      k === 0 ? MEMO_LABEL : BODY,
      { keep: true, lead: k === 0 ? label : l },
    ),
  );
}

/** The memo's "ที่ …" and "วันที่ …" line. */
function memoNumberAndDate(ctx: Ctx): Unit {
  const { t, model } = ctx;
  const number = model.numberLine.replace(/^\s*ที่\s*/u, '');
  const nx = LEFT + t.width(t.bold, 'ที่', MEMO_LABEL.size) + LABEL_SPACE;
  const numberEnd = nx + t.width(t.regular, number, BODY.size);
  const dateLabelX = Math.max(MEMO_DATE_X, numberEnd + LABEL_SPACE);
  const dx = dateLabelX + t.width(t.bold, 'วันที่', MEMO_LABEL.size) + LABEL_SPACE;
  return lineBox(
    (c, b) => {
      t.draw(c, t.bold, 'ที่', MEMO_LABEL.size, LEFT, b);
      dottedLine(c, nx - 0.15 * LABEL_SPACE, dateLabelX - 0.3 * LABEL_SPACE, b);
      t.draw(c, t.regular, number, BODY.size, nx, b);
      t.draw(c, t.bold, 'วันที่', MEMO_LABEL.size, dateLabelX, b);
      dottedLine(c, dx - 0.15 * LABEL_SPACE, RIGHT, b);
      t.draw(c, t.regular, model.dateLine, BODY.size, dx, b);
    },
    MEMO_LABEL,
    { keep: true, lead: 'ที่' },
  );
}

/** The short rule under the เรื่อง of an order or announcement. */
function rule(): Unit {
  const h = BODY.pitch * 0.6;
  const w = 4.5 * CM;
  return {
    height: h,
    gapBefore: 0,
    keepWithNext: true,
    draw: (c, top) => {
      const y = top - h * 0.45;
      c.ops.push(
        `q 0 G 0.6 w ${num(TEXT_CENTER - w / 2)} ${num(y)} m ${num(TEXT_CENTER + w / 2)} ${num(y)} l S Q`,
      );
    },
  };
}

/** The dotted line of memo paper, just under the baseline, from x1 to x2. */
function dottedLine(c: Canvas, x1: number, x2: number, baseline: number): void {
  if (x2 - x1 < 2) return;
  const y = baseline - 0.2 * BODY.size;
  c.ops.push(`q 0.25 G 0.7 w 1 J [0 2.2] 0 d ${num(x1)} ${num(y)} m ${num(x2)} ${num(y)} l S Q`);
}

/** A circle path (four Bézier arcs), stroked. */
export function circle(cx: number, cy: number, r: number): string {
  const k = 0.5523 * r;
  const p = (x: number, y: number): string => `${num(x)} ${num(y)}`;
  return [
    `${p(cx + r, cy)} m`,
    `${p(cx + r, cy + k)} ${p(cx + k, cy + r)} ${p(cx, cy + r)} c`,
    `${p(cx - k, cy + r)} ${p(cx - r, cy + k)} ${p(cx - r, cy)} c`,
    `${p(cx - r, cy - k)} ${p(cx - k, cy - r)} ${p(cx, cy - r)} c`,
    `${p(cx + k, cy - r)} ${p(cx + r, cy - k)} ${p(cx + r, cy)} c`,
    'S',
  ].join('\n');
}

/**
 * Appends the closing block, kept on the page of the signature (or seal): a last page with only the
 * owner unit and contacts on it carries no text, which the typing practice avoids. With the last lines
 * glued to the signature, such a page starts with the end of the text instead.
 */
function withTail(units: Unit[], tailUnits: Unit[]): Unit[] {
  if (tailUnits.length > 0) glueLast(units);
  return [...units, ...tailUnits];
}

/**
 * The last `count` units so far stay with whatever comes next. Before a signature this is 2: the page
 * that carries the signature must also carry at least two lines of the text.
 */
function glueLast(units: Unit[], count = 1): void {
  for (const u of units.slice(-count)) u.keepWithNext = true;
}

function glueAll(units: Unit[]): void {
  for (const u of units) u.keepWithNext = true;
  const last = units[units.length - 1];
  if (last) last.keepWithNext = false;
}
