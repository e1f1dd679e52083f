/**
 * Helpers for the PDF engine tests that check results with the real Debian tools: poppler-utils
 * (pdftotext, pdftoppm, pdfinfo) and qpdf. Tests skip (with the reason) when a tool is missing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { degrees, PDFDocument, StandardFonts } from 'pdf-lib';
import type { StampText } from '../../src/domain/letters/pdf-port.ts';

function hasCommand(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

const missing = ['pdftotext', 'pdftoppm', 'pdfinfo', 'qpdf'].filter((c) => !hasCommand(c));

/** `false` when poppler-utils and qpdf are installed, else the reason to skip. */
export const skipWithoutTools: string | false =
  missing.length === 0 ? false : `missing ${missing.join(', ')} (apt-get install poppler-utils qpdf)`;

/** A temporary directory for one test file; `cleanup` removes it. */
export async function tempDir(): Promise<{
  dir: string;
  file: (name: string, bytes: Uint8Array) => Promise<string>;
  cleanup: () => Promise<void>;
}> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'saraban-pdf-'));
  return {
    dir,
    file: async (name, bytes) => {
      const p = path.join(dir, name);
      await writeFile(p, bytes);
      return p;
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function run(cmd: string, args: string[]): RunResult {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** pdftotext of a file (all pages, or `first`…`last`, 1-based), optionally with -layout. */
export function pdftotext(
  file: string,
  opts: { layout?: boolean; first?: number; last?: number } = {},
): string {
  const args: string[] = [];
  if (opts.layout) args.push('-layout');
  if (opts.first) args.push('-f', String(opts.first));
  if (opts.last) args.push('-l', String(opts.last));
  const r = run('pdftotext', [...args, file, '-']);
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return r.stdout;
}

/** qpdf --check: exit status and all output (warnings go to stderr). */
export function qpdfCheck(file: string): RunResult {
  return run('qpdf', ['--check', file]);
}

/** Number of pages according to pdfinfo. */
export function pdfPages(file: string): number {
  const r = run('pdfinfo', [file]);
  const m = /^Pages:\s+(\d+)/m.exec(r.stdout);
  if (!m) throw new Error(`pdfinfo failed: ${r.stderr}`);
  return Number(m[1]);
}

/** Page sizes (width × height in points, as displayed) according to pdfinfo. */
export function pdfPageSizes(file: string, pages: number): { width: number; height: number; rot: number }[] {
  const r = run('pdfinfo', ['-f', '1', '-l', String(pages), file]);
  const out: { width: number; height: number; rot: number }[] = [];
  const sizes = [...r.stdout.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)];
  const rots = [...r.stdout.matchAll(/^Page\s+\d+ rot:\s+(\d+)/gm)];
  sizes.forEach((m, i) => {
    out.push({ width: Number(m[1]), height: Number(m[2]), rot: Number(rots[i]?.[1] ?? 0) });
  });
  return out;
}

/** Renders pages to PNG files `<prefix>-N.png` with pdftoppm. */
export function render(
  file: string,
  prefix: string,
  opts: { dpi?: number; first?: number; last?: number } = {},
): RunResult {
  const args = ['-r', String(opts.dpi ?? 50), '-png'];
  if (opts.first) args.push('-f', String(opts.first));
  if (opts.last) args.push('-l', String(opts.last));
  return run('pdftoppm', [...args, file, prefix]);
}

/** The stamp text used across the tests. */
export const STAMP: StampText = {
  unitName: 'กองกลาง สำนักงานปลัด',
  numberLine: 'เลขรับ ๑๒๓',
  dateLine: 'วันที่ ๒๕ พ.ย. ๒๕๖๙',
  timeLine: 'เวลา ๑๖.๔๔ น.',
};

/**
 * A source letter made with pdf-lib: classic xref (`objectStreams: false`) or pdf-lib's default object
 * and xref streams. Page 2 (when `pages` ≥ 2) is a landscape MediaBox shown rotated by 90°.
 */
export async function sourcePdf(opts: { objectStreams: boolean; pages?: number }): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < (opts.pages ?? 1); i++) {
    const rotated = i === 1;
    const page = doc.addPage(rotated ? [841.89, 595.28] : [595.28, 841.89]);
    if (rotated) page.setRotation(degrees(90));
    page.drawText(`Original letter page ${i + 1}`, { x: 72, y: rotated ? 500 : 740, size: 14, font });
  }
  return doc.save({ useObjectStreams: opts.objectStreams });
}

/** Whether `bytes` starts with all of `prefix`. */
export function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  return (
    bytes.length >= prefix.length &&
    Buffer.compare(Buffer.from(bytes.subarray(0, prefix.length)), Buffer.from(prefix)) === 0
  );
}
