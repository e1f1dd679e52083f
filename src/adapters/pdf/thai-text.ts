/**
 * Thai text for PDFs: HarfBuzz shaping, measuring, line breaking, and the PDF operators and font objects
 * that draw a shaped run so that it both looks right and extracts right.
 *
 * Why not pdf-lib's drawText: it keeps fontkit's glyph ids and advances but drops the mark offsets, and its
 * ToUnicode comes from fontkit's code points, so variant glyphs (uni0E48.small, yoYingthai.less …) and the
 * decomposed sara am extract wrongly (see docs: stack-pdf §1). Here HarfBuzz shapes, the glyphs are written
 * as TJ runs with a Tm only where HarfBuzz gives an offset, every cluster whose glyphs do not spell its text
 * by themselves is wrapped in /Span <</ActualText …>> BDC … EMC, and the font is embedded by this module
 * (fontkit subset + our own W array and ToUnicode CMap), so no pdf-lib embedder internals are touched.
 */
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import type { Font as FontkitFont, Subset } from '@pdf-lib/fontkit';
import type * as HarfBuzz from 'harfbuzzjs';
import { type PDFContext, type PDFRef, PDFString } from 'pdf-lib';

type HarfBuzzModule = typeof HarfBuzz;

/** A string shaped with one face: glyph ids and HarfBuzz positions, all in font units. */
export interface ShapedRun {
  /** The text actually shaped: the input with unsupported characters replaced (see {@link TextFace.sanitize}). */
  readonly text: string;
  readonly glyphs: Uint16Array;
  readonly advances: Int32Array;
  readonly xOffsets: Int32Array;
  readonly yOffsets: Int32Array;
  /** For each glyph, the UTF-16 index in `text` where its cluster starts (non-decreasing). */
  readonly clusters: Uint32Array;
  /** Sum of the advances. */
  readonly width: number;
}

/** Adobe Glyph List names of the Thai consonants (U+0E01 …), for variant glyphs such as yoYingthai.less. */
const THAI_GLYPH_NAMES = new Map(
  (
    'kokai khokhai khokhuat khokhwai khokhon khorakhang ngonguthai chochan choching chochang soso chochoe yoying ' +
    'dochada topatak thothan thonangmontho thophuthao nonen dodek totao thothung thothahan thothong nonu bobaimai ' +
    'popla phophung fofa phophan fofan phosamphao moma yoyak rorua ru loling lu wowaen sosala sorusi sosua hohip ' +
    'lochula oang honokhuk'
  )
    .split(' ')
    .map((n, i) => [n.endsWith('thai') ? n : `${n}thai`, String.fromCodePoint(0x0e01 + i)] as const),
);

/** Line height factor: below ~1.45 Thai tone marks touch the descenders of the line above. */
export const LINE_HEIGHT = 1.5;
/** Distance from the top of a line box to its baseline, in em (stacked marks reach ~1.0 em). */
export const ASCENT_EM = 1.0;
/** Room below the baseline of the last line, in em (descender of ฎ ฏ ญ plus below vowels). */
export const DESCENT_EM = 0.35;

const SHAPE_CACHE_LIMIT = 4000;
const REPLACEMENT = '?';

const wordSegmenter = new Intl.Segmenter('th', { granularity: 'word' });
const graphemeSegmenter = new Intl.Segmenter('th', { granularity: 'grapheme' });

/** Characters that must never reach the shaper as glyphs: invisible format characters and selectors. */
function isDefaultIgnorable(cp: number): boolean {
  return (
    cp === 0xad ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) ||
    cp === 0xfeff ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0000 && cp <= 0xe0fff)
  );
}

/**
 * One font face (Sarabun Regular or Bold) with its HarfBuzz font, its fontkit font (for subsetting) and a
 * cache of shaped strings. Process-wide and synchronous: shaping reuses a single HarfBuzz buffer, which
 * is safe because JavaScript runs one shaping call at a time.
 */
export class TextFace {
  readonly upem: number;
  readonly postscriptName: string;
  readonly ascent: number;
  readonly descent: number;
  readonly capHeight: number;
  readonly bbox: readonly [number, number, number, number];
  /** The fontkit font, for subsetting (see {@link PdfFont}). */
  readonly fontkitFont: FontkitFont;
  private readonly hb: HarfBuzzModule;
  private readonly hbFont: HarfBuzz.Font;
  private readonly buffer: HarfBuzz.Buffer;
  private readonly chars: Set<number>;
  private readonly cache = new Map<string, ShapedRun>();
  private readonly advanceCache = new Map<number, number>();
  private readonly glyphTextCache = new Map<number, string>();
  private reverseCmap: Map<number, number> | undefined;
  private readonly replacementGlyph: number;

  constructor(hb: HarfBuzzModule, hbFace: HarfBuzz.Face, fontkitFont: FontkitFont) {
    this.hb = hb;
    this.hbFont = new hb.Font(hbFace);
    this.fontkitFont = fontkitFont;
    this.upem = fontkitFont.unitsPerEm;
    this.postscriptName = (fontkitFont.postscriptName || 'Sarabun').replace(/[^A-Za-z0-9-]/g, '');
    this.ascent = fontkitFont.ascent;
    this.descent = fontkitFont.descent;
    this.capHeight = fontkitFont.capHeight || fontkitFont.ascent;
    const { minX, minY, maxX, maxY } = fontkitFont.bbox;
    this.bbox = [minX, minY, maxX, maxY];
    this.buffer = new hb.Buffer();
    // The font's own cmap, without private-use code points: those must not reach text or ToUnicode maps.
    this.chars = new Set<number>();
    for (const cp of hbFace.collectUnicodes()) {
      if (!(cp >= 0xe000 && cp <= 0xf8ff) && !(cp >= 0xf0000)) this.chars.add(cp);
    }
    const q = this.hbFont.nominalGlyph(REPLACEMENT.codePointAt(0)!);
    if (!q) throw new Error('font has no "?" glyph');
    this.replacementGlyph = q;
  }

  /** Whether the font has a glyph for the code point. */
  hasChar(cp: number): boolean {
    return this.chars.has(cp);
  }

  /**
   * The text as it will be drawn: tabs and line breaks become spaces, control and invisible format
   * characters are dropped, and any character the font lacks (emoji, CJK …) becomes "?", so the PDF
   * never shows .notdef boxes (forbidden in PDF/A) and extraction never yields unmapped glyphs.
   */
  sanitize(text: string): string {
    let out = '';
    let changed = false;
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (cp >= 0x20 && cp < 0x7f) {
        out += ch;
        continue;
      }
      if (cp === 0x09 || cp === 0x0a || cp === 0x0d || cp === 0x2028 || cp === 0x2029) {
        out += ' ';
        changed = true;
      } else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || isDefaultIgnorable(cp)) {
        changed = true;
      } else if (this.hasChar(cp)) {
        out += ch;
      } else {
        out += REPLACEMENT;
        changed = true;
      }
    }
    return changed ? out : text;
  }

  /** Shapes one line of text (cached). Never yields glyph 0. */
  shape(text: string): ShapedRun {
    const hit = this.cache.get(text);
    if (hit) return hit;
    const clean = this.sanitize(text);
    const run = this.shapeClean(clean);
    if (this.cache.size >= SHAPE_CACHE_LIMIT) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    this.cache.set(text, run);
    return run;
  }

  private shapeClean(text: string): ShapedRun {
    const buf = this.buffer;
    buf.clearContents();
    buf.addText(text);
    buf.setDirection(this.hb.Direction.LTR);
    buf.setScript('Thai');
    buf.setLanguage('th');
    this.hb.shape(this.hbFont, buf);
    const infos = buf.getGlyphInfos();
    const positions = buf.getGlyphPositions();
    const n = infos.length;
    const glyphs = new Uint16Array(n);
    const advances = new Int32Array(n);
    const xOffsets = new Int32Array(n);
    const yOffsets = new Int32Array(n);
    const clusters = new Uint32Array(n);
    let width = 0;
    for (let i = 0; i < n; i++) {
      const info = infos[i]!;
      const pos = positions[i]!;
      let gid = info.codepoint;
      let adv = pos.xAdvance;
      if (gid === 0) {
        // Belt and braces: sanitize() already removed what the font cannot show.
        gid = this.replacementGlyph;
        adv = this.glyphAdvance(gid);
      }
      glyphs[i] = gid;
      advances[i] = adv;
      xOffsets[i] = pos.xOffset;
      yOffsets[i] = pos.yOffset;
      clusters[i] = info.cluster;
      width += adv;
    }
    return { text, glyphs, advances, xOffsets, yOffsets, clusters, width };
  }

  /** The advance the font's hmtx gives a glyph (what the PDF W array says), in font units. */
  glyphAdvance(gid: number): number {
    let adv = this.advanceCache.get(gid);
    if (adv === undefined) {
      adv = this.hbFont.glyphHAdvance(gid);
      this.advanceCache.set(gid, adv);
    }
    return adv;
  }

  /** Width of one line of text at a font size, in points. */
  widthOf(text: string, size: number): number {
    return (this.shape(text).width * size) / this.upem;
  }

  /**
   * The Unicode text a glyph stands for by itself, for the ToUnicode CMap: the cmap entry when there is
   * one, else the base glyph of a variant (uni0E48.small → U+0E48, yoYingthai.less → ญ via yoYingthai,
   * uni0E4D0E49 → two characters), else `fallback` (the text of the cluster the glyph was first seen in).
   */
  glyphText(gid: number, fallback: string): string {
    const cached = this.glyphTextCache.get(gid);
    if (cached !== undefined) return cached;
    const text = this.deriveGlyphText(gid) ?? (fallback || REPLACEMENT);
    this.glyphTextCache.set(gid, text);
    return text;
  }

  private deriveGlyphText(gid: number): string | undefined {
    const reverse = this.getReverseCmap();
    const direct = reverse.get(gid);
    if (direct !== undefined) return String.fromCodePoint(direct);
    const name = this.hbFont.glyphName(gid);
    if (!name) return undefined;
    const base = name.split('.')[0] ?? '';
    const uni = /^uni((?:[0-9A-Fa-f]{4})+)$/.exec(base);
    if (uni) {
      const hex = uni[1]!;
      let s = '';
      for (let i = 0; i < hex.length; i += 4)
        s += String.fromCodePoint(Number.parseInt(hex.slice(i, i + 4), 16));
      return s;
    }
    const u = /^u([0-9A-Fa-f]{4,6})$/.exec(base);
    if (u) return String.fromCodePoint(Number.parseInt(u[1]!, 16));
    const thai = THAI_GLYPH_NAMES.get(base.toLowerCase());
    if (thai !== undefined) return thai;
    const parts = base.split('_');
    if (base !== name || parts.length > 1) {
      // "x.variant" → the text of "x"; "a_b" (ligature) → the texts of "a" and "b".
      let text = '';
      for (const part of parts) {
        const partGid = this.hbFont.glyphFromName(part);
        const cp = partGid === undefined ? undefined : reverse.get(partGid);
        if (cp === undefined) return undefined;
        text += String.fromCodePoint(cp);
      }
      return text;
    }
    return undefined;
  }

  private getReverseCmap(): Map<number, number> {
    if (!this.reverseCmap) {
      const map = new Map<number, number>();
      // Ascending code points: the first (lowest) one wins, e.g. space over no-break space.
      for (const cp of [...this.chars].sort((a, b) => a - b)) {
        const gid = this.hbFont.nominalGlyph(cp);
        if (gid && !map.has(gid)) map.set(gid, cp);
      }
      this.reverseCmap = map;
    }
    return this.reverseCmap;
  }

  /**
   * Greedy line breaking: explicit '\n' always breaks; otherwise unbreakable chunks (see
   * {@link breakChunks}) are added while the line fits `maxWidth` points. When a line overflows, it breaks
   * at its last space if the line is then still at least 60 % full — Thai separates phrases with spaces,
   * and ICU's dictionary splits unknown compounds wrongly (e.g. "การก|องค|ลัง"), so a space is the safer
   * break — else at the last word boundary. A chunk wider than a whole line is split between grapheme
   * clusters, never inside one. Spaces at a break are dropped; empty paragraphs give empty lines.
   * Options: `firstLineWidth` (default `maxWidth`) limits the first line only, e.g. for a first-line
   * indent; `preferSpaceFill` (default 0.6) is how full a line must be to break at its last space.
   */
  wrap(
    text: string,
    size: number,
    maxWidth: number,
    opts: { firstLineWidth?: number; preferSpaceFill?: number } = {},
  ): string[] {
    const lines: string[] = [];
    const firstLineWidth = opts.firstLineWidth ?? maxWidth;
    const preferSpaceFill = opts.preferSpaceFill ?? PREFER_SPACE_FILL;
    const limit = (): number => (lines.length === 0 ? firstLineWidth : maxWidth);
    const scale = size / this.upem;
    const width = (s: string): number => this.shape(s).width * scale;
    const join = (items: readonly Piece[]): string =>
      items
        .map((p) => p.text)
        .join('')
        .trimEnd();
    for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
      const queue: Piece[] = breakChunks(paragraph).map((t) => ({
        text: t,
        width: width(t),
        space: isBreakingSpace(t),
      }));
      let line: Piece[] = [];
      let lineWidth = 0;
      for (let i = 0; i < queue.length; i++) {
        const piece = queue[i]!;
        if (piece.space && line.length === 0) continue;
        if (piece.space || lineWidth + piece.width <= limit()) {
          line.push(piece);
          lineWidth += piece.width;
          continue;
        }
        if (line.length === 0) {
          // A single chunk wider than the line: split it between grapheme clusters.
          let part = '';
          let partWidth = 0;
          for (const { segment: g } of graphemeSegmenter.segment(piece.text)) {
            const gw = width(g);
            if (part !== '' && partWidth + gw > limit()) {
              lines.push(part);
              part = '';
              partWidth = 0;
            }
            part += g;
            partWidth += gw;
          }
          line = [{ text: part, width: partWidth, space: false }];
          lineWidth = partWidth;
          continue;
        }
        let cut = line.length;
        let before = 0;
        let spaceAt = -1;
        let spaceBefore = 0;
        for (let k = 0; k < line.length; k++) {
          if (line[k]!.space && k > 0) {
            spaceAt = k;
            spaceBefore = before;
          }
          before += line[k]!.width;
        }
        if (spaceAt > 0 && spaceAt < line.length - 1 && spaceBefore >= preferSpaceFill * limit())
          cut = spaceAt;
        lines.push(join(line.slice(0, cut)));
        let carry = line.slice(cut);
        while (carry[0]?.space) carry = carry.slice(1);
        line = [];
        lineWidth = 0;
        // The carried pieces fitted after the space, so they fit on the new line; then `piece` is retried.
        queue.splice(i, 0, ...carry);
        i--;
      }
      lines.push(join(line));
    }
    return lines;
  }
}

interface Piece {
  text: string;
  width: number;
  space: boolean;
}

/** A line may break at its last space instead of the last word boundary if it stays this full. */
const PREFER_SPACE_FILL = 0.6;

/** Characters a line must not start with (closing punctuation, ฯ ๆ). */
const NO_BREAK_BEFORE = /^[.,;:!?)/\]}%\u2019\u201d\u00bb\u2026\u0e2f\u0e46]/u;
/** Characters a line must not end with when a non-space follows ("พ.ย.", "๐๔๐๑/๕๖", "(ต่อ"). */
const NO_BREAK_AFTER = /[([{\u2018\u201c\u00ab/.\-:]$/u;
/** A no-break space or word joiner glues its neighbours (manual no-break ranges for proper nouns). */
const GLUE_END = /[\u00a0\u2007\u202f\u2060]$/u;
const GLUE_START = /^[\u00a0\u2007\u202f\u2060]/u;
const BREAKING_SPACE = /^[^\S\u00a0\u2007\u202f]+$/u;

/** Whether a chunk is white space a line may break at (not a no-break space). */
function isBreakingSpace(s: string): boolean {
  return BREAKING_SPACE.test(s);
}

const ALNUM_END = /[0-9A-Za-z\u0e50-\u0e59]$/u;
const ALNUM_START = /^[0-9A-Za-z\u0e50-\u0e59]/u;

/**
 * Splits a paragraph into the pieces a line may break between: Intl.Segmenter('th') words, glued back
 * together where a break would be wrong (before closing punctuation, inside abbreviations such as
 * "พ.ย." and numbers such as "๑๖.๔๔" or "๐๔๐๑/๕๖", and around a no-break space or U+2060 word joiner,
 * which callers can put into proper nouns). Runs of breaking white space are pieces of their own.
 */
export function breakChunks(paragraph: string): string[] {
  const chunks: string[] = [];
  let prev = '';
  for (const { segment } of wordSegmenter.segment(paragraph)) {
    const space = isBreakingSpace(segment);
    const last = chunks.length - 1;
    const glue =
      last >= 0 &&
      !space &&
      !isBreakingSpace(prev) &&
      (NO_BREAK_BEFORE.test(segment) ||
        NO_BREAK_AFTER.test(prev) ||
        GLUE_END.test(prev) ||
        GLUE_START.test(segment) ||
        (ALNUM_END.test(prev) && ALNUM_START.test(segment)));
    if (glue) chunks[last] += segment;
    else chunks.push(segment);
    prev = segment;
  }
  return chunks;
}

/** Formats a number for a content stream: at most 3 decimals, no exponent, no "-0". */
export function num(n: number): string {
  const r = Math.round(n * 1000) / 1000;
  return Object.is(r, -0) || r === 0 ? '0' : String(r);
}

function hex4(n: number): string {
  return n.toString(16).padStart(4, '0');
}

/** A UTF-16BE hex string with BOM, as PDF text strings (ActualText) want. */
function utf16Hex(text: string): string {
  let out = 'FEFF';
  for (let i = 0; i < text.length; i++) out += hex4(text.charCodeAt(i));
  return out.toUpperCase();
}

/**
 * One face embedded into one PDF document as a Type0/CIDFontType2 font with Identity-H encoding. Glyphs
 * are added to a fontkit subset as they are drawn (content streams carry subset glyph ids), and
 * {@link embed} writes the subset, W, ToUnicode and font dictionaries at the reserved ref when the
 * document is finished.
 */
export class PdfFont {
  readonly ref: PDFRef;
  /** Resource name used in content streams, e.g. "F1". */
  readonly resourceName: string;
  readonly face: TextFace;
  private readonly context: PDFContext;
  private readonly subset: Subset;
  /** Original glyph id → subset glyph id. */
  private readonly used = new Map<number, number>();
  /** Subset glyph id → original glyph id, in subset order (index 0 is .notdef). */
  private readonly order: number[] = [0];
  private embedded = false;

  constructor(context: PDFContext, face: TextFace, resourceName: string) {
    this.context = context;
    this.face = face;
    this.resourceName = resourceName;
    this.ref = context.nextRef();
    this.subset = face.fontkitFont.createSubset();
  }

  /** The 4-hex-digit code of a glyph in this document's subset, adding it on first use. */
  code(gid: number, clusterText: string): string {
    let sid = this.used.get(gid);
    if (sid === undefined) {
      sid = this.subset.includeGlyph(gid);
      this.used.set(gid, sid);
      this.order[sid] = gid;
      this.face.glyphText(gid, clusterText);
    }
    return hex4(sid);
  }

  /** Writes the font objects. Call once, after the last glyph was drawn. */
  async embed(): Promise<void> {
    if (this.embedded) return;
    this.embedded = true;
    const face = this.face;
    const ctx = this.context;
    const k = 1000 / face.upem;
    const fontBytes = await encodeSubset(this.subset);
    const baseFont = `${subsetTag(this.order)}+${face.postscriptName}`;

    const fontFile = ctx.stream(deflateSync(fontBytes), { Filter: 'FlateDecode', Length1: fontBytes.length });
    const descriptor = ctx.obj({
      Type: 'FontDescriptor',
      FontName: baseFont,
      Flags: 4,
      FontBBox: face.bbox.map((v) => Math.round(v * k)),
      ItalicAngle: 0,
      Ascent: Math.round(face.ascent * k),
      Descent: Math.round(face.descent * k),
      CapHeight: Math.round(face.capHeight * k),
      StemV: 80,
      FontFile2: ctx.register(fontFile),
    });
    const widths = this.order.map((gid) => Math.round(face.glyphAdvance(gid) * k));
    const cidFont = ctx.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: baseFont,
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: ctx.register(descriptor),
      W: [0, widths],
      CIDToGIDMap: 'Identity',
    });
    const toUnicode = this.toUnicodeCMap();
    const cmapStream = ctx.stream(deflateSync(Buffer.from(toUnicode, 'latin1')), { Filter: 'FlateDecode' });
    const type0 = ctx.obj({
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: baseFont,
      Encoding: 'Identity-H',
      DescendantFonts: [ctx.register(cidFont)],
      ToUnicode: ctx.register(cmapStream),
    });
    ctx.assign(this.ref, type0);
  }

  private toUnicodeCMap(): string {
    const entries: string[] = [];
    for (let sid = 1; sid < this.order.length; sid++) {
      const gid = this.order[sid];
      if (gid === undefined) continue;
      entries.push(`<${hex4(sid)}> <${utf16Hex(this.face.glyphText(gid, '')).slice(4)}>`);
    }
    const blocks: string[] = [];
    for (let i = 0; i < entries.length; i += 100) {
      const chunk = entries.slice(i, i + 100);
      blocks.push(`${chunk.length} beginbfchar\n${chunk.join('\n')}\nendbfchar`);
    }
    return [
      '/CIDInit /ProcSet findresource begin',
      '12 dict begin',
      'begincmap',
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
      '/CMapName /Adobe-Identity-UCS def',
      '/CMapType 2 def',
      '1 begincodespacerange',
      '<0000> <ffff>',
      'endcodespacerange',
      ...blocks,
      'endcmap',
      'CMapName currentdict /CMap defineresource pop',
      'end',
      'end',
    ].join('\n');
  }
}

function encodeSubset(subset: Subset): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const parts: Uint8Array[] = [];
    const stream = subset.encodeStream();
    stream.on('data', (bytes) => parts.push(bytes));
    stream.on('end', () => resolve(Buffer.concat(parts)));
    // The typings only list data/end; the underlying Node stream also emits 'error'.
    (stream as unknown as NodeJS.EventEmitter).on('error', reject);
  });
}

/** A six-letter subset tag (PDF 9.6.4) derived from the glyph set, so equal subsets get equal names. */
function subsetTag(gids: number[]): string {
  const digest = createHash('sha1').update(Uint16Array.from(gids)).digest();
  let tag = '';
  for (let i = 0; i < 6; i++) tag += String.fromCharCode(65 + (digest[i]! % 26));
  return tag;
}

/** Font resources for a content stream or form XObject that uses these fonts. */
export function fontResources(fonts: readonly PdfFont[]): Record<string, PDFRef> {
  const out: Record<string, PDFRef> = {};
  for (const f of fonts) out[f.resourceName] = f.ref;
  return out;
}

/**
 * Appends the operators that draw one line of text with its baseline starting at (x, y) in the current
 * fill colour, and returns its width in points. The text is shaped (cached) with the font's face.
 */
export function showText(
  out: string[],
  font: PdfFont,
  text: string,
  x: number,
  y: number,
  size: number,
): number {
  const run = font.face.shape(text);
  const n = run.glyphs.length;
  if (n === 0) return 0;
  const scale = size / font.face.upem;
  out.push(`BT /${font.resourceName} ${num(size)} Tf 1 0 0 1 ${num(x)} ${num(y)} Tm`);
  let tj = '';
  const flush = (): void => {
    if (tj) {
      out.push(`[${tj}] TJ`);
      tj = '';
    }
  };
  let pen = x;
  let needTm = false;
  let i = 0;
  while (i < n) {
    const start = run.clusters[i]!;
    let j = i + 1;
    while (j < n && run.clusters[j] === start) j++;
    const end = j < n ? run.clusters[j]! : run.text.length;
    const clusterText = run.text.slice(start, end);
    let spelled = '';
    for (let g = i; g < j; g++) spelled += font.face.glyphText(run.glyphs[g]!, clusterText);
    const span = j - i > 1 || spelled !== clusterText;
    if (span) {
      flush();
      out.push(`/Span <</ActualText <${utf16Hex(clusterText)}>>> BDC`);
    }
    for (let g = i; g < j; g++) {
      const gid = run.glyphs[g]!;
      const code = font.code(gid, clusterText);
      const dx = run.xOffsets[g]!;
      const dy = run.yOffsets[g]!;
      const penAfter = pen + run.advances[g]! * scale;
      const glyphX = pen + dx * scale;
      // poppler measures an ActualText span from the first glyph's origin to the last glyph's origin plus
      // its displacement (W width + Tc). A last mark placed left of the pen (e.g. the tone of ฝั่) would end
      // the span early and pdftotext would insert a space ("ฝั่ ง"); a Tc on that glyph closes the gap
      // without moving anything that is drawn.
      const tc = span && g === j - 1 ? penAfter - (glyphX + font.face.glyphAdvance(gid) * scale) : 0;
      const withTc = Math.abs(tc) > 0.001 * size;
      const show = withTc ? `${num(tc)} Tc [<${code}>] TJ 0 Tc` : `[<${code}>] TJ`;
      if (dx !== 0 || dy !== 0) {
        flush();
        out.push(`1 0 0 1 ${num(glyphX)} ${num(y + dy * scale)} Tm`, show);
        needTm = true;
      } else {
        if (needTm) {
          flush();
          out.push(`1 0 0 1 ${num(pen)} ${num(y)} Tm`);
          needTm = false;
        }
        if (withTc) {
          flush();
          out.push(show);
        } else {
          tj += `<${code}>`;
          const adj = (font.face.glyphAdvance(gid) * scale - (penAfter - pen)) * (1000 / size);
          if (Math.abs(adj) > 0.0005) tj += num(adj);
        }
      }
      pen = penAfter;
    }
    if (span) {
      flush();
      out.push('EMC');
    }
    i = j;
  }
  flush();
  out.push('ET');
  return pen - x;
}

/** Horizontal alignment of a line inside a box. */
export type Align = 'left' | 'center' | 'right';

/**
 * Draws lines top-down: the first baseline is {@link ASCENT_EM} below `top`, then one `lineHeight` per
 * line. Each line is aligned inside [x, x + width]. Returns the y of the bottom of the block.
 */
export function showLines(
  out: string[],
  font: PdfFont,
  lines: readonly string[],
  opts: { x: number; top: number; width: number; size: number; lineHeight?: number; align?: Align },
): number {
  const { x, top, width, size } = opts;
  const lh = opts.lineHeight ?? size * LINE_HEIGHT;
  const align = opts.align ?? 'left';
  let y = top - size * ASCENT_EM;
  for (const line of lines) {
    if (line !== '') {
      const w = align === 'left' ? 0 : font.face.widthOf(line, size);
      const lx = align === 'left' ? x : align === 'center' ? x + (width - w) / 2 : x + width - w;
      showText(out, font, line, lx, y, size);
    }
    y -= lh;
  }
  return blockBottom(top, lines.length, size, lh);
}

/** The height a block of `count` lines takes with {@link showLines}. */
export function blockHeight(count: number, size: number, lineHeight = size * LINE_HEIGHT): number {
  if (count <= 0) return 0;
  return size * ASCENT_EM + (count - 1) * lineHeight + size * DESCENT_EM;
}

function blockBottom(top: number, count: number, size: number, lineHeight: number): number {
  return top - blockHeight(count, size, lineHeight);
}
