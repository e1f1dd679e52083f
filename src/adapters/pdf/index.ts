/**
 * The PDF engine adapter (port: src/domain/letters/pdf-port.ts), built on pdf-lib for the object model,
 * HarfBuzz (wasm) for Thai shaping, fontkit for font subsetting and sharp for images.
 *
 * Fonts and the HarfBuzz wasm are loaded on the first call that draws text and cached for the life of
 * the process (see fonts.ts); `inspect` and `combineScans` never load them.
 */
import type { PdfEngine } from '../../domain/letters/pdf-port.ts';
import { loadFonts } from './fonts.ts';
import { inspect } from './inspect.ts';
import { addValidationData, signPdf } from './pades.ts';
import { renderRegisterBook } from './register-book.ts';
import { appendRoutePage } from './route-page.ts';
import { combineScans } from './scans.ts';
import { addReceiptStamp } from './stamp.ts';

export type { ReceiptCell } from './route-page.ts';

/** Creates the engine. Cheap: nothing is loaded until first use. */
export function createPdfEngine(): PdfEngine {
  return {
    inspect: (pdf, opts) => inspect(pdf, opts),
    combineScans: (inputs, opts) => combineScans(inputs, opts),
    addReceiptStamp: async (pdf, text, placement, seal) =>
      addReceiptStamp(await loadFonts(), pdf, text, placement, seal),
    appendRoutePage: async (pdf, model, seal) => appendRoutePage(await loadFonts(), pdf, model, seal),
    signPdf: async (pdf, field, sign, opts) =>
      signPdf(pdf, field, sign, opts?.qr ? { qr: { ...opts.qr, fonts: await loadFonts() } } : undefined),
    addValidationData: (pdf, data) => addValidationData(pdf, data),
    renderRegisterBook: async (model) => renderRegisterBook(await loadFonts(), model),
  };
}

/** Loads the fonts and HarfBuzz now (e.g. at start-up), so the first request does not pay ~100 ms. */
export async function warmUpPdfEngine(): Promise<void> {
  await loadFonts();
}
