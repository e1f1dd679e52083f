/**
 * Checks an uploaded PDF before it is stored: everything the engine later does to it (stamps, route pages)
 * is an incremental update, so the file must parse, must not be encrypted, must have a usable
 * cross-reference chain and 1 … maxPages pages. Every failure is a PdfInputError; pdf-lib exceptions never
 * escape.
 */
import { inflateSync } from 'node:zlib';
import type { PDFDocument } from 'pdf-lib';
import { type PdfInfo, PdfInputError } from '../../domain/letters/pdf-port.ts';
import { findPreviousXref, loadPdf, startsWithPdfHeader } from './incremental.ts';
import { pageView } from './page-geometry.ts';

/** The default page limit for uploads. */
export const DEFAULT_MAX_PAGES = 500;

const latin1 = new TextDecoder('latin1');

/** Whether a trailer (classic or xref stream) near the end of the file names an /Encrypt dictionary. */
function trailerSaysEncrypted(bytes: Uint8Array): boolean {
  const tail = latin1.decode(bytes.subarray(Math.max(0, bytes.length - 65536)));
  return /\/Encrypt\s*(\d+\s+\d+\s+R|<<)/.test(tail);
}

/** Object streams are inflated whole by the parser, so each may expand to at most this many bytes. */
const MAX_OBJECT_STREAM_BYTES = 64 * 1024 * 1024;

/**
 * Refuses decompression bombs before the parser sees them: pdf-lib inflates every object stream (/ObjStm)
 * in full while loading, so a few kilobytes that inflate to gigabytes would exhaust the server's memory.
 * Each Flate object stream with a direct /Length is inflated here with a cap on its output first.
 */
function hasObjectStreamBomb(bytes: Uint8Array): boolean {
  const text = latin1.decode(bytes);
  const dict = /<<[^>]*?\/Type\s*\/ObjStm[^>]*>>\s*stream\r?\n/g;
  for (let m = dict.exec(text); m; m = dict.exec(text)) {
    if (!/\/FlateDecode/.test(m[0])) continue;
    const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(m[0]);
    if (!length) continue;
    const start = m.index + m[0].length;
    const data = bytes.subarray(start, start + Number(length[1]));
    try {
      inflateSync(data, { maxOutputLength: MAX_OBJECT_STREAM_BYTES });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return true;
      // Other inflate errors are the parser's to report.
    }
  }
  return false;
}

/** Loads and checks a PDF; returns the loaded document with its page count for callers that go on. */
export async function inspectDocument(
  pdf: Uint8Array,
  opts: { maxPages?: number; fileName?: string } = {},
): Promise<{ doc: PDFDocument; info: PdfInfo }> {
  const { fileName } = opts;
  const maxPages = opts.maxPages ?? DEFAULT_MAX_PAGES;
  if (pdf.length === 0) throw new PdfInputError('PDF_EMPTY', 'The PDF file is empty.', fileName);
  if (!startsWithPdfHeader(pdf)) {
    throw new PdfInputError('PDF_INVALID', 'The file is not a PDF (it does not start with %PDF-).', fileName);
  }
  if (hasObjectStreamBomb(pdf)) {
    throw new PdfInputError(
      'PDF_DECOMPRESSION_BOMB',
      'An object stream inflates beyond the limit.',
      fileName,
    );
  }
  let doc: PDFDocument;
  try {
    doc = await loadPdf(pdf, fileName);
  } catch (err) {
    // An encrypted file whose object streams cannot be parsed without the key still says so in its trailer.
    if (trailerSaysEncrypted(pdf))
      throw new PdfInputError('PDF_ENCRYPTED', 'The PDF is encrypted.', fileName);
    throw err;
  }
  if (doc.isEncrypted) throw new PdfInputError('PDF_ENCRYPTED', 'The PDF is encrypted.', fileName);
  if (!findPreviousXref(pdf)) {
    throw new PdfInputError(
      'PDF_INVALID',
      'The PDF has a damaged cross-reference table; save it again from the original program.',
      fileName,
    );
  }
  let pageCount: number;
  let firstPage: PdfInfo['firstPage'];
  try {
    pageCount = doc.getPageCount();
    if (pageCount === 0) throw new PdfInputError('PDF_INVALID', 'The PDF has no pages.', fileName);
    const view = pageView(doc.getPage(0));
    firstPage = { width: view.width, height: view.height };
  } catch (err) {
    if (err instanceof PdfInputError) throw err;
    throw new PdfInputError('PDF_INVALID', 'The PDF page tree cannot be read.', fileName);
  }
  if (pageCount > maxPages) {
    throw new PdfInputError(
      'PDF_TOO_MANY_PAGES',
      `The PDF has ${pageCount} pages; at most ${maxPages} are allowed.`,
      fileName,
    );
  }
  return { doc, info: { pageCount, firstPage } };
}

/** Checks an uploaded PDF: parseable, not encrypted, 1 … maxPages (default 500) pages. */
export async function inspect(
  pdf: Uint8Array,
  opts: { maxPages?: number; fileName?: string } = {},
): Promise<PdfInfo> {
  return (await inspectDocument(pdf, opts)).info;
}
