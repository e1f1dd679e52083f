/**
 * New PDFs made by the engine (combined scans, register books). They get an explicit Info dictionary and a
 * trailer /ID (pdf-lib writes none), and are saved with a classic xref table and no object streams, which
 * keeps later incremental updates (stamps) simple and readable by every tool.
 */
import { randomBytes } from 'node:crypto';
import { PDFDocument, PDFHexString } from 'pdf-lib';
import type { Finalizer } from './incremental.ts';

const PRODUCER = 'Saraban';

/** An empty document with Producer/Creator/dates set and a fresh /ID. */
export async function newDocument(title?: string): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const now = new Date();
  doc.setProducer(PRODUCER);
  doc.setCreator(PRODUCER);
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  if (title) doc.setTitle(title);
  const id = PDFHexString.of(randomBytes(16).toString('hex').toUpperCase());
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
  return doc;
}

/** Writes deferred objects (font subsets) and saves without object streams. */
export async function saveDocument(
  doc: PDFDocument,
  finalizers: readonly Finalizer[] = [],
): Promise<Uint8Array> {
  for (const f of finalizers) await f.embed();
  return doc.save({
    useObjectStreams: false,
    addDefaultPage: false,
    updateFieldAppearances: false,
    objectsPerTick: 2000,
  });
}
