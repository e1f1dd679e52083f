/**
 * The outgoing-letter renderer (port: src/domain/outgoing/render-port.ts): the regulation's forms
 * (external, memo, stamped, order, announcement) as PDF/A-3b, on the PDF engine's Thai text module
 * (HarfBuzz shaping, text that extracts as typed), Sarabun fonts and sharp for images.
 *
 * Cheap to create: fonts and HarfBuzz load on the first render and stay for the process (see fonts.ts).
 */
import type { LetterRenderer } from '../../../domain/outgoing/render-port.ts';
import { loadFonts } from '../fonts.ts';
import { renderLetter } from './render.ts';

export function createLetterRenderer(): LetterRenderer {
  return {
    render: async (model) => renderLetter(await loadFonts(), model),
  };
}
