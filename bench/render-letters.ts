/**
 * Benchmark: rendering an outgoing letter with the project's renderer (HarfBuzz + pdf-lib, PDF/A-3b) against
 * headless Chromium printing the same letter from HTML, in the same run. Reports ms per page for a 1-page
 * and a 5-page letter and the ratio. Chromium is timed per print on an open browser (launch excluded; the
 * launch is reported separately).
 */
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { PDFDocument } from 'pdf-lib';
import { chromium } from 'playwright-core';
import { benchRenderLetter, letterOfPages } from '../src/adapters/pdf/letter/bench.ts';
import type { LetterRenderModel } from '../src/domain/outgoing/render-port.ts';
import { chromiumPath } from '../tests/support/browser.ts';

const require = createRequire(import.meta.url);
const fontUrl = `file://${require.resolve('@expo-google-fonts/sarabun/400Regular/Sarabun_400Regular.ttf')}`;
const esc = (s: string) => s.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c]!);

/** The same letter as HTML for Chromium: A4, margins 3/2 cm, Sarabun 16 pt, the same texts and blocks. */
function letterHtml(m: LetterRenderModel): string {
  const p = (t: string, style = '') => `<p style="${style}">${esc(t)}</p>`;
  return `<!doctype html><html lang="th"><head><meta charset="utf-8"><style>
    @font-face { font-family: Sarabun; src: url('${fontUrl}'); }
    @page { size: A4; margin: 2.5cm 2cm 2cm 3cm; }
    body { font-family: Sarabun; font-size: 16pt; line-height: 1.45; margin: 0; }
    p { margin: 0; } .indent { text-indent: 2.5cm; } .right { text-align: right; } .center { text-align: center; }
    .red { color: #c00; font-size: 32pt; } .sig { margin-left: 50%; text-align: center; }
  </style></head><body>
    ${m.secrecyMark ? p(m.secrecyMark, 'text-align:center;color:#c00') : ''}
    <div style="height:3cm;text-align:center">●</div>
    ${m.urgencyMark ? `<p class="red">${esc(m.urgencyMark)}</p>` : ''}
    <div style="display:flex;justify-content:space-between"><p>${esc(m.numberLine)}</p>
      <div>${[m.agencyName, ...m.agencyAddress].map((x) => p(x)).join('')}</div></div>
    ${p(m.dateLine, 'margin-left:50%')}
    ${p(`เรื่อง  ${m.subject}`)}${p(m.salutationLine)}
    ${m.references.map((x) => p(`อ้างถึง  ${x}`)).join('')}
    ${m.enclosures.map((x) => p(`สิ่งที่ส่งมาด้วย  ${x}`)).join('')}
    ${m.paragraphs.map((x) => p(x, 'text-indent:2.5cm')).join('')}
    <div class="sig">${p(m.closing)}<div style="height:2cm"></div>
      ${m.signature ? [`(${m.signature.name})`, m.signature.position, m.signature.capacity].map((x) => p(x)).join('') : ''}</div>
    ${[m.ownerUnit, ...m.contactLines].map((x) => p(x)).join('')}
  </body></html>`;
}

export interface RenderBenchRow {
  pages: number;
  oursMsPerPage: number;
  chromiumPages: number;
  chromiumMsPerPage: number;
  ratio: number;
}

/** Runs both renderers on a 1-page and a 5-page letter; returns the figures and Chromium's launch time. */
export async function benchRender(runs = 20): Promise<{ rows: RenderBenchRow[]; chromiumLaunchMs: number }> {
  const t0 = performance.now();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
  const chromiumLaunchMs = performance.now() - t0;
  const rows: RenderBenchRow[] = [];
  try {
    const page = await browser.newPage();
    for (const pages of [1, 5]) {
      const ours = await benchRenderLetter(pages, runs);
      const html = letterHtml(await letterOfPages(pages));
      await page.setContent(html, { waitUntil: 'load' });
      const warm = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      const chromiumPages = (await PDFDocument.load(warm)).getPageCount();
      const start = performance.now();
      for (let i = 0; i < runs; i++) await page.pdf({ format: 'A4', preferCSSPageSize: true });
      const chromiumMsPerPage = (performance.now() - start) / runs / chromiumPages;
      rows.push({
        pages,
        oursMsPerPage: ours.msPerPage,
        chromiumPages,
        chromiumMsPerPage,
        ratio: ours.msPerPage / chromiumMsPerPage,
      });
    }
  } finally {
    await browser.close();
  }
  return { rows, chromiumLaunchMs };
}

/** Prints the figures. */
export function printRender(r: Awaited<ReturnType<typeof benchRender>>): void {
  console.log('\n[bench] rendering an external letter (PDF/A-3b, HarfBuzz) vs headless Chromium print');
  for (const row of r.rows) {
    console.log(
      `  ${row.pages} page(s): ours ${row.oursMsPerPage.toFixed(1)} ms/page; Chromium ${row.chromiumMsPerPage.toFixed(1)} ms/page (${row.chromiumPages} page(s)); ratio ${row.ratio.toFixed(2)}`,
    );
  }
  console.log(`  Chromium launch (not included above): ${r.chromiumLaunchMs.toFixed(0)} ms`);
}
