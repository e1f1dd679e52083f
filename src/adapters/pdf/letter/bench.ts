/**
 * Benchmark helper for the letter renderer: renders a realistic external letter (Garuda stand-in,
 * signature image, all header fields, the closing block) of a given number of pages, after a warm-up,
 * and reports the time per page.
 */
import type { LetterRenderModel } from '../../../domain/outgoing/render-port.ts';
import { createLetterRenderer } from './index.ts';
import { sampleImages, sampleLetter } from './sample.ts';

const renderer = createLetterRenderer();
const models = new Map<number, LetterRenderModel>();

/** The sample external letter lengthened with filler paragraphs until it has exactly `pages` pages. */
export async function letterOfPages(pages: number): Promise<LetterRenderModel> {
  const hit = models.get(pages);
  if (hit) return hit;
  const images = await sampleImages();
  let extra = 0;
  for (;;) {
    const model = sampleLetter('external', { images, extraParagraphs: extra });
    const { pageCount } = await renderer.render(model);
    if (pageCount === pages) {
      models.set(pages, model);
      return model;
    }
    if (pageCount > pages) throw new RangeError(`no sample letter has exactly ${pages} pages`);
    // About four filler paragraphs fill a page; step by one near the target.
    extra += pageCount < pages - 1 ? 4 : 1;
  }
}

/**
 * Renders a `pages`-page letter `runs` times (after a warm-up of a few renders that loads the fonts,
 * HarfBuzz and the image cache) and returns the mean wall time per page in milliseconds.
 */
export async function benchRenderLetter(pages: number, runs: number): Promise<{ msPerPage: number }> {
  if (!Number.isInteger(pages) || pages < 1) throw new RangeError('pages must be a positive integer');
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError('runs must be a positive integer');
  const model = await letterOfPages(pages);
  for (let i = 0; i < 5; i++) await renderer.render(model);
  const start = performance.now();
  for (let i = 0; i < runs; i++) await renderer.render(model);
  const ms = performance.now() - start;
  return { msPerPage: ms / runs / pages };
}
