/**
 * Renders one outgoing letter: images prepared (cached), the form composed into units, the units broken
 * into A4 pages, each page drawn as one content stream with its furniture, then PDF/A-3b metadata, the
 * font subsets, and a classic-xref save.
 */
import {
  LetterRenderError,
  type LetterRenderModel,
  type RenderedLetter,
} from '../../../domain/outgoing/render-port.ts';
import { A4_PORTRAIT, Canvas } from '../canvas.ts';
import type { Fonts } from '../fonts.ts';
import { newDocument, saveDocument } from '../new-document.ts';
import { thaiDigits } from '../register-book.ts';
import { PdfFont } from '../thai-text.ts';
import { compose, type LetterImages } from './compose.ts';
import { paginate } from './flow.ts';
import { drawFurniture, emblemBox, letterhead } from './furniture.ts';
import { embedPrepared, prepareImage } from './images.ts';
import { applyPdfA } from './pdfa.ts';
import {
  CONTINUATION_TOP,
  FLOW_BOTTOM,
  MAX_PAGES,
  SEAL_OUTER,
  SIGNATURE_IMAGE_MAX_H,
  SIGNATURE_IMAGE_W,
  TAIL_BOTTOM,
} from './spec.ts';
import { Typesetter } from './typeset.ts';

/** More text than 50 pages can hold even in the narrowest glyphs: refused before any layout work. */
const MAX_TEXT_CHARS = 2_000_000;

/** Pixels kept of each image: ~400 dpi for the 3 cm Garuda and the seal, the signature pad's own size. */
const EMBLEM_PX = 600;
const SIGNATURE_PX = 900;

export async function renderLetter(fonts: Fonts, model: LetterRenderModel): Promise<RenderedLetter> {
  checkLength(model);
  const stamped = model.form === 'stamped';
  const signatureBytes = stamped ? null : (model.signature?.image ?? null);
  const [emblem, seal, signature] = await Promise.all([
    model.emblem ? prepareImage(model.emblem, 'emblem', EMBLEM_PX) : undefined,
    stamped && model.seal ? prepareImage(model.seal, 'seal', EMBLEM_PX) : undefined,
    signatureBytes ? prepareImage(signatureBytes, 'signature', SIGNATURE_PX) : undefined,
  ]);

  const doc = await newDocument();
  const ctx = doc.context;
  const t = new Typesetter(new PdfFont(ctx, fonts.regular, 'F1'), new PdfFont(ctx, fonts.bold, 'F2'));
  const box = emblemBox(model.form);
  const images: LetterImages = {
    emblem: emblem ? embedPrepared(ctx, emblem, box.w, box.h) : undefined,
    seal: seal ? embedPrepared(ctx, seal, SEAL_OUTER, SEAL_OUTER) : undefined,
    signature: signature
      ? embedPrepared(ctx, signature, SIGNATURE_IMAGE_W, SIGNATURE_IMAGE_MAX_H)
      : undefined,
  };
  const digits = digitStyle(model);
  const head = letterhead(t, model, images.emblem);
  const { units, firstTop } = compose(t, model, images, digits, head.drop);
  const pages = paginate(units, {
    firstTop,
    nextTop: CONTINUATION_TOP,
    bottom: FLOW_BOTTOM,
    tailBottom: TAIL_BOTTOM,
    maxPages: MAX_PAGES,
  });

  let signatureWidget: RenderedLetter['signatureWidget'];
  pages.forEach((placed, i) => {
    const area = placed.find((p) => p.unit.signatureArea);
    if (area?.unit.signatureArea) signatureWidget = { page: i, rect: area.unit.signatureArea(area.top) };
    const c = new Canvas();
    const nextLead = pages[i + 1]?.[0]?.unit.lead;
    drawFurniture(c, t, model, { page: i + 1, count: pages.length, nextLead }, head, images.emblem, digits);
    for (const p of placed) p.unit.draw(c, p.top);
    c.writeTo(doc, doc.addPage(A4_PORTRAIT));
  });

  await applyPdfA(doc, {
    title: model.title,
    author: model.author,
    xml: model.metadataXml,
    date: new Date(),
  });
  const pdf = await saveDocument(doc, t.used());
  return { pdf, pageCount: pages.length, signatureWidget };
}

function checkLength(model: LetterRenderModel): void {
  let chars = 0;
  for (const p of model.paragraphs) chars += p.length;
  for (const list of [model.references, model.enclosures, model.copiesTo, model.contactLines]) {
    for (const s of list) chars += s.length;
  }
  if (chars > MAX_TEXT_CHARS) {
    throw new LetterRenderError('LETTER_TOO_LONG', `The letter needs more than ${MAX_PAGES} pages.`);
  }
}

/**
 * Numbers the renderer adds itself (page numbers, ๑. ๒. before several enclosures) follow the letter: Thai
 * digits, unless its number and date are written with Arabic digits only.
 */
export function digitStyle(model: Pick<LetterRenderModel, 'numberLine' | 'dateLine'>): (n: number) => string {
  const sample = `${model.numberLine} ${model.dateLine}`;
  const arabic = /[0-9]/.test(sample) && !/[\u0e50-\u0e59]/.test(sample);
  return arabic ? (n) => String(n) : thaiDigits;
}
