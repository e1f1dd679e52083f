/**
 * Combines scanned pages (JPEG, PNG, TIFF with any number of frames, and PDFs) into one new PDF, one image
 * per A4 page.
 *
 * Safety: the type is sniffed from the bytes, never from the file name; image dimensions are read from the
 * header and checked against `maxPixels` before anything is decoded, and sharp's own `limitInputPixels`
 * backs that up, so a decompression bomb (a few KB of PNG that would decode to gigabytes) is refused
 * without being decoded. Images are re-encoded (EXIF orientation applied, metadata such as GPS dropped,
 * capped at A4 × 300 dpi): JPEG q85 for photos and greyscale scans, 1-bit Flate for pure black-and-white
 * scans, lossless Flate with an /SMask when the image has real transparency. Image XObjects are written
 * directly (sharp's output → DCTDecode/FlateDecode), so pdf-lib's pure-JS PNG decoder is never used.
 */
import { type PDFDocument, PDFName, type PDFRef } from 'pdf-lib';
import sharp, { type Metadata, type Sharp } from 'sharp';
import { PdfInputError, type ScanInput } from '../../domain/letters/pdf-port.ts';
import { A4_LANDSCAPE, A4_PORTRAIT } from './canvas.ts';
import { embedRawImage } from './images.ts';
import { inspectDocument } from './inspect.ts';
import { newDocument, saveDocument } from './new-document.ts';
import { num } from './thai-text.ts';

export const DEFAULT_SCAN_MAX_PAGES = 200;
export const DEFAULT_MAX_PIXELS = 40_000_000;
/** A4 at 300 dpi: enough for any scan; larger images are scaled down. */
const MAX_LONG_SIDE = 3508;
const MAX_SHORT_SIDE = 2480;
const JPEG_QUALITY = 85;

type Kind = 'jpeg' | 'png' | 'tiff' | 'pdf';

/** The file type from its first bytes, or undefined for anything the engine does not take. */
export function sniff(b: Uint8Array): Kind | undefined {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 4 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'png';
  if (b.length >= 4 && b[0] === 0x49 && b[1] === 0x49 && b[2] === 0x2a && b[3] === 0x00) return 'tiff';
  if (b.length >= 4 && b[0] === 0x4d && b[1] === 0x4d && b[2] === 0x00 && b[3] === 0x2a) return 'tiff';
  if (b.length >= 5 && b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46 && b[4] === 0x2d) {
    return 'pdf';
  }
  return undefined;
}

/** Combines the inputs, in order, into a new PDF. Throws PdfInputError naming the offending file. */
export async function combineScans(
  inputs: readonly ScanInput[],
  opts: { maxPages?: number; maxPixels?: number } = {},
): Promise<Uint8Array> {
  const maxPages = opts.maxPages ?? DEFAULT_SCAN_MAX_PAGES;
  const maxPixels = opts.maxPixels ?? DEFAULT_MAX_PIXELS;
  if (inputs.length === 0) throw new PdfInputError('PDF_EMPTY', 'No files to combine.');
  const doc = await newDocument();
  let pages = 0;
  const tooMany = (fileName: string): PdfInputError =>
    new PdfInputError('PDF_TOO_MANY_PAGES', `The files have more than ${maxPages} pages together.`, fileName);

  for (const input of inputs) {
    const { bytes, fileName } = input;
    if (bytes.length === 0) throw new PdfInputError('PDF_EMPTY', 'The file is empty.', fileName);
    const kind = sniff(bytes);
    if (!kind) {
      throw new PdfInputError(
        'FILE_TYPE_UNSUPPORTED',
        'Only PDF, JPEG, PNG and TIFF files are accepted.',
        fileName,
      );
    }
    if (kind === 'pdf') {
      const { doc: src, info } = await inspectDocument(bytes, { maxPages, fileName });
      if (pages + info.pageCount > maxPages) throw tooMany(fileName);
      let copied: Awaited<ReturnType<PDFDocument['copyPages']>>;
      try {
        copied = await doc.copyPages(src, src.getPageIndices());
      } catch {
        throw new PdfInputError('PDF_INVALID', 'The pages of the PDF cannot be copied.', fileName);
      }
      for (const page of copied) doc.addPage(page);
      pages += info.pageCount;
      continue;
    }
    const frames = await frameCount(bytes, fileName);
    if (pages + frames > maxPages) throw tooMany(fileName);
    for (let frame = 0; frame < frames; frame++) {
      await addImagePage(doc, bytes, frame, maxPixels, fileName);
      pages++;
    }
  }
  return saveDocument(doc);
}

function isPixelLimitError(err: unknown): boolean {
  return err instanceof Error && /pixel limit/i.test(err.message);
}

async function frameCount(bytes: Uint8Array, fileName: string): Promise<number> {
  try {
    const meta = await sharp(bytes).metadata();
    return Math.max(1, meta.pages ?? 1);
  } catch {
    throw new PdfInputError('IMAGE_INVALID', 'The image cannot be read.', fileName);
  }
}

interface EncodedImage {
  width: number;
  height: number;
  ref: PDFRef;
}

async function addImagePage(
  doc: PDFDocument,
  bytes: Uint8Array,
  frame: number,
  maxPixels: number,
  fileName: string,
): Promise<void> {
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { page: frame }).metadata();
  } catch {
    throw new PdfInputError('IMAGE_INVALID', 'The image cannot be read.', fileName);
  }
  const w = meta.width ?? 0;
  const h = meta.height ?? 0;
  if (w <= 0 || h <= 0) throw new PdfInputError('IMAGE_INVALID', 'The image has no size.', fileName);
  if (w * h > maxPixels) {
    throw new PdfInputError(
      'IMAGE_TOO_LARGE',
      `The image is ${w} × ${h} pixels; at most ${maxPixels} pixels are allowed.`,
      fileName,
    );
  }
  let image: EncodedImage;
  try {
    image = await encodeImage(doc, bytes, frame, meta, maxPixels);
  } catch (err) {
    if (err instanceof PdfInputError) throw err;
    if (isPixelLimitError(err)) {
      throw new PdfInputError('IMAGE_TOO_LARGE', 'The image has too many pixels.', fileName);
    }
    throw new PdfInputError('IMAGE_INVALID', 'The image cannot be decoded (damaged or truncated).', fileName);
  }
  const [pw, ph] = image.width > image.height ? A4_LANDSCAPE : A4_PORTRAIT;
  const scale = Math.min(pw / image.width, ph / image.height);
  const dw = image.width * scale;
  const dh = image.height * scale;
  const page = doc.addPage([pw, ph]);
  const ctx = doc.context;
  const content = `q ${num(dw)} 0 0 ${num(dh)} ${num((pw - dw) / 2)} ${num((ph - dh) / 2)} cm /Im0 Do Q`;
  page.node.set(PDFName.of('Contents'), ctx.register(ctx.stream(content)));
  page.node.set(PDFName.of('Resources'), ctx.obj({ XObject: { Im0: image.ref } }));
}

/** Re-encodes one frame and registers it as an image XObject. */
async function encodeImage(
  doc: PDFDocument,
  bytes: Uint8Array,
  frame: number,
  meta: Metadata,
  maxPixels: number,
): Promise<EncodedImage> {
  const ctx = doc.context;
  const swapped = (meta.orientation ?? 1) >= 5;
  const ow = swapped ? meta.height! : meta.width!;
  const oh = swapped ? meta.width! : meta.height!;
  const landscape = ow > oh;
  const base = (): Sharp =>
    sharp(bytes, { page: frame, limitInputPixels: maxPixels })
      .rotate()
      .resize({
        width: landscape ? MAX_LONG_SIDE : MAX_SHORT_SIDE,
        height: landscape ? MAX_SHORT_SIDE : MAX_LONG_SIDE,
        fit: 'inside',
        withoutEnlargement: true,
      });

  const grey = meta.channels === 1 || meta.channels === 2 || meta.space === 'b-w';
  const { data, info } = await base()
    .toColourspace(grey ? 'b-w' : 'srgb')
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  const ref = await embedRawImage(
    ctx,
    { data, width: info.width, height: info.height, channels: info.channels },
    JPEG_QUALITY,
  );
  return { width: info.width, height: info.height, ref };
}
