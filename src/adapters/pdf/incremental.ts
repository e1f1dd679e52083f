/**
 * Incremental updates: every change the engine makes to an existing PDF is appended as a new revision, so
 * the output starts with the input bytes unchanged and earlier revisions (and later, signatures over them)
 * stay intact.
 *
 * How: load with pdf-lib, remember every indirect object (identity + serialisation), let the caller edit
 * through pdf-lib, then append only the objects that are new or changed, followed by a cross-reference
 * section of the same kind as the previous one (table after table, stream after stream: poppler and
 * Ghostscript lose compressed objects when a table follows an xref stream) and a trailer with /Prev,
 * /Root, /Info, /Size and /ID [original-first new]. pdf-lib drops object-stream and xref-stream container
 * objects on load, so the next free object number is taken from the previous trailer's /Size, never from
 * pdf-lib alone (else a new object would reuse the number of an object stream).
 */
import { createHash } from 'node:crypto';
import {
  PDFArray,
  PDFDocument,
  type PDFObject,
  PDFRawStream,
  type PDFRef,
  PDFStream,
  ParseSpeeds,
} from 'pdf-lib';
import { PdfInputError } from '../../domain/letters/pdf-port.ts';

/** Where the last cross-reference section is and what it says. */
export interface PreviousXref {
  /** Byte offset of the section (the value after the last `startxref`). */
  offset: number;
  kind: 'table' | 'stream';
  /** /Size of its trailer (one more than the highest object number in use). */
  size: number;
}

const latin1 = new TextDecoder('latin1');

function isWhite(b: number | undefined): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x0c || b === 0x00;
}

/**
 * Finds and checks the last cross-reference section of a PDF, or returns undefined when `startxref` is
 * missing or does not point at a cross-reference table or stream. Such files can only be opened by
 * rebuilding the xref, and an update appended to them would not be found by readers that trust /Prev.
 */
export function findPreviousXref(bytes: Uint8Array): PreviousXref | undefined {
  const tailStart = Math.max(0, bytes.length - 4096);
  const tail = latin1.decode(bytes.subarray(tailStart));
  const at = tail.lastIndexOf('startxref');
  if (at < 0) return undefined;
  const m = /^startxref\s+(\d+)/.exec(tail.slice(at));
  if (!m) return undefined;
  let offset = Number(m[1]);
  if (!Number.isSafeInteger(offset) || offset >= bytes.length) return undefined;
  while (offset < bytes.length && isWhite(bytes[offset])) offset++;
  const head = latin1.decode(bytes.subarray(offset, Math.min(bytes.length, offset + 64)));
  if (head.startsWith('xref')) {
    // The trailer dictionary follows the table; search for it natively instead of decoding the table.
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const trailerAt = buf.indexOf('trailer', offset, 'latin1');
    if (trailerAt < 0) return undefined;
    const dict = latin1.decode(bytes.subarray(trailerAt, Math.min(bytes.length, trailerAt + 4096)));
    const size = /\/Size\s+(\d+)/.exec(dict);
    if (!size) return undefined;
    return { offset, kind: 'table', size: Number(size[1]) };
  }
  if (/^\d+\s+\d+\s+obj\b/.test(head)) {
    // The stream dictionary ends where the binary data begins.
    const window = latin1.decode(bytes.subarray(offset, Math.min(bytes.length, offset + 4096)));
    const streamAt = window.indexOf('stream');
    const dict = streamAt >= 0 ? window.slice(0, streamAt) : window;
    if (!/\/Type\s*\/XRef\b/.test(dict)) return undefined;
    const size = /\/Size\s+(\d+)/.exec(dict);
    if (!size) return undefined;
    return { offset, kind: 'stream', size: Number(size[1]) };
  }
  return undefined;
}

/**
 * Loads a PDF with pdf-lib for editing. Input problems become PdfInputError (never a pdf-lib exception).
 * `ignoreEncryption` only lets {@link inspect}-style callers look at an encrypted file; editing one is
 * refused by {@link IncrementalUpdate.open}.
 */
export async function loadPdf(bytes: Uint8Array, fileName?: string): Promise<PDFDocument> {
  if (bytes.length === 0) throw new PdfInputError('PDF_EMPTY', 'The PDF file is empty.', fileName);
  if (!startsWithPdfHeader(bytes)) {
    throw new PdfInputError('PDF_INVALID', 'The file is not a PDF (no %PDF- header).', fileName);
  }
  try {
    return await PDFDocument.load(bytes, {
      ignoreEncryption: true,
      updateMetadata: false,
      throwOnInvalidObject: false,
      parseSpeed: ParseSpeeds.Fast,
    });
  } catch (err) {
    throw new PdfInputError('PDF_INVALID', `The PDF cannot be read: ${errorText(err)}`, fileName);
  }
}

/** Whether the bytes start with "%PDF-". */
export function startsWithPdfHeader(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 5 &&
    bytes[0] === 0x25 &&
    bytes[1] === 0x50 &&
    bytes[2] === 0x44 &&
    bytes[3] === 0x46 &&
    bytes[4] === 0x2d
  );
}

function errorText(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split('\n')[0]!.slice(0, 200);
}

interface Snapshot {
  object: PDFObject;
  /** Stream contents identity: pdf-lib replaces the array when a stream's data changes. */
  contents: Uint8Array | undefined;
  text: string;
}

function fingerprint(object: PDFObject): { contents: Uint8Array | undefined; text: string } {
  if (object instanceof PDFStream) {
    // Serialising every stream's data would cost time proportional to the file; the dictionary plus the
    // identity of the data array is enough to see a change.
    const contents = object instanceof PDFRawStream ? object.contents : undefined;
    return { contents, text: `${object.dict.toString()}#${contents?.length ?? -1}` };
  }
  return { contents: undefined, text: object.toString() };
}

/** Something that must write its objects before the revision is saved (e.g. a font subset). */
export interface Finalizer {
  embed(): Promise<void>;
}

/**
 * One new revision of an existing PDF. Open it, edit `doc` (add objects, change dictionaries), register
 * fonts with {@link addFinalizer}, then {@link save} once.
 */
export class IncrementalUpdate {
  readonly doc: PDFDocument;
  private readonly original: Uint8Array;
  private readonly previous: PreviousXref;
  private readonly snapshot = new Map<PDFRef, Snapshot>();
  private readonly finalizers: Finalizer[] = [];

  private constructor(original: Uint8Array, doc: PDFDocument, previous: PreviousXref) {
    this.original = original;
    this.doc = doc;
    this.previous = previous;
    const context = doc.context;
    context.largestObjectNumber = Math.max(context.largestObjectNumber, previous.size - 1);
    for (const [ref, object] of context.enumerateIndirectObjects()) {
      this.snapshot.set(ref, { object, ...fingerprint(object) });
    }
  }

  /** Opens a PDF for an incremental update. Throws PdfInputError for unreadable or encrypted input. */
  static async open(bytes: Uint8Array): Promise<IncrementalUpdate> {
    const doc = await loadPdf(bytes);
    if (doc.isEncrypted) throw new PdfInputError('PDF_ENCRYPTED', 'The PDF is encrypted.');
    const previous = findPreviousXref(bytes);
    if (!previous) {
      throw new PdfInputError('PDF_INVALID', 'The PDF has a broken cross-reference table (startxref).');
    }
    return new IncrementalUpdate(bytes, doc, previous);
  }

  /** Registers an object that writes deferred data (font subsets) before saving. */
  addFinalizer(f: Finalizer): void {
    this.finalizers.push(f);
  }

  /** The original bytes followed by the new revision. */
  async save(): Promise<Uint8Array> {
    for (const f of this.finalizers) await f.embed();
    await this.doc.flush();
    const context = this.doc.context;

    const changed: [PDFRef, PDFObject][] = [];
    for (const [ref, object] of context.enumerateIndirectObjects()) {
      const before = this.snapshot.get(ref);
      if (before) {
        if (before.object === object) {
          const now = fingerprint(object);
          if (now.text === before.text && now.contents === before.contents) continue;
        }
      }
      changed.push([ref, object]);
    }

    const out = new ChunkWriter(this.original.length);
    const last = this.original[this.original.length - 1];
    if (last !== 0x0a && last !== 0x0d) out.text('\n');

    const entries: { num: number; gen: number; offset: number }[] = [];
    for (const [ref, object] of changed) {
      entries.push({ num: ref.objectNumber, gen: ref.generationNumber, offset: out.position });
      out.text(`${ref.objectNumber} ${ref.generationNumber} obj\n`);
      const buf = new Uint8Array(object.sizeInBytes());
      object.copyBytesInto(buf, 0);
      out.bytes(buf);
      out.text('\nendobj\n');
    }

    const trailerInfo = context.trailerInfo;
    const root = trailerInfo.Root?.toString();
    if (!root) throw new PdfInputError('PDF_INVALID', 'The PDF has no document catalog.');
    const info = trailerInfo.Info ? ` /Info ${trailerInfo.Info.toString()}` : '';
    const firstId = firstIdOf(trailerInfo.ID) ?? `<${hash(this.original.subarray(0, 65536))}>`;
    const newId = `<${hash(out.concat())}>`;
    const id = ` /ID [${firstId} ${newId}]`;
    const prev = ` /Prev ${this.previous.offset}`;

    if (this.previous.kind === 'table') {
      const xrefOffset = out.position;
      const size = Math.max(this.previous.size, context.largestObjectNumber + 1);
      out.text(xrefTable(entries));
      out.text(`trailer\n<< /Size ${size} /Root ${root}${info}${id}${prev} >>\n`);
      out.text(`startxref\n${xrefOffset}\n%%EOF\n`);
    } else {
      const xrefRef = context.nextRef();
      const xrefOffset = out.position;
      entries.push({ num: xrefRef.objectNumber, gen: 0, offset: xrefOffset });
      const size = Math.max(this.previous.size, context.largestObjectNumber + 1);
      const { data, index, widths } = xrefStreamData(entries, xrefOffset);
      out.text(
        `${xrefRef.objectNumber} 0 obj\n<< /Type /XRef /Size ${size} /W [${widths.join(' ')}] /Index [${index}]` +
          ` /Root ${root}${info}${id}${prev} /Length ${data.length} >>\nstream\n`,
      );
      out.bytes(data);
      out.text('\nendstream\nendobj\n');
      out.text(`startxref\n${xrefOffset}\n%%EOF\n`);
    }
    return Buffer.concat([this.original, out.concat()]);
  }
}

function firstIdOf(id: PDFObject | undefined): string | undefined {
  if (id instanceof PDFArray && id.size() > 0) return id.get(0).toString();
  return undefined;
}

function hash(bytes: Uint8Array): string {
  return createHash('md5').update(bytes).digest('hex').toUpperCase();
}

/** Consecutive object numbers as [first, count] runs. */
function runs(nums: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const n of nums) {
    const lastRun = out[out.length - 1];
    if (lastRun && lastRun[0] + lastRun[1] === n) lastRun[1]++;
    else out.push([n, 1]);
  }
  return out;
}

function xrefTable(entries: { num: number; gen: number; offset: number }[]): string {
  const sorted = [...entries].sort((a, b) => a.num - b.num);
  const byNum = new Map(sorted.map((e) => [e.num, e]));
  let s = 'xref\n';
  for (const [first, count] of runs(sorted.map((e) => e.num))) {
    s += `${first} ${count}\n`;
    for (let n = first; n < first + count; n++) {
      const e = byNum.get(n)!;
      s += `${String(e.offset).padStart(10, '0')} ${String(e.gen).padStart(5, '0')} n\r\n`;
    }
  }
  return s;
}

function xrefStreamData(
  entries: { num: number; gen: number; offset: number }[],
  maxOffset: number,
): { data: Uint8Array; index: string; widths: [number, number, number] } {
  const sorted = [...entries].sort((a, b) => a.num - b.num);
  let offsetWidth = 1;
  while (offsetWidth < 8 && maxOffset >= 2 ** (8 * offsetWidth)) offsetWidth++;
  const maxGen = Math.max(0, ...sorted.map((e) => e.gen));
  const genWidth = maxGen > 255 ? 2 : 1;
  const rowWidth = 1 + offsetWidth + genWidth;
  const data = new Uint8Array(sorted.length * rowWidth);
  sorted.forEach((e, i) => {
    let p = i * rowWidth;
    data[p++] = 1;
    for (let b = offsetWidth - 1; b >= 0; b--) data[p++] = Math.floor(e.offset / 2 ** (8 * b)) & 0xff;
    for (let b = genWidth - 1; b >= 0; b--) data[p++] = (e.gen >> (8 * b)) & 0xff;
  });
  const index = runs(sorted.map((e) => e.num))
    .map(([first, count]) => `${first} ${count}`)
    .join(' ');
  return { data, index, widths: [1, offsetWidth, genWidth] };
}

/** Collects the appended bytes and knows the absolute file position of the next byte. */
class ChunkWriter {
  private readonly chunks: Uint8Array[] = [];
  private length = 0;
  private readonly base: number;

  constructor(base: number) {
    this.base = base;
  }

  get position(): number {
    return this.base + this.length;
  }

  text(s: string): void {
    this.bytes(Buffer.from(s, 'latin1'));
  }

  bytes(b: Uint8Array): void {
    this.chunks.push(b);
    this.length += b.length;
  }

  concat(): Uint8Array {
    return Buffer.concat(this.chunks);
  }
}
