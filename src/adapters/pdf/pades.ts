/**
 * PAdES signatures as incremental revisions (interop-signature.md §4): a signature dictionary with
 * /SubFilter /ETSI.CAdES.detached and a reserved /Contents, a /FT /Sig widget (visible over a given
 * rectangle, or zero-sized), the field listed in /AcroForm, then the byte ranges filled in and the CMS
 * spliced into the reserved hex string. Whatever else the caller put into the same {@link IncrementalUpdate}
 * (a receipt stamp, a route page) is covered by this signature, so each stamp or page and its seal are
 * one revision; every earlier revision stays byte-identical, so earlier signatures stay valid.
 */
import { createHash } from 'node:crypto';
import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFInvalidObject,
  PDFName,
  PDFNumber,
  type PDFPageLeaf,
  type PDFRef,
  PDFString,
} from 'pdf-lib';
import type { CmsSign, Seal, SignatureFieldSpec } from '../../domain/letters/pdf-port.ts';

export type { CmsSign, SignatureFieldSpec };
import type { Fonts } from './fonts.ts';
import { IncrementalUpdate } from './incremental.ts';
import { addQrCode } from './qr-code.ts';

/** Bytes reserved for the CMS: a chain of three certificates plus an RFC 3161 token fit with room to spare. */
export const CONTENTS_BYTES = 16384;
const BYTE_RANGE_PLACEHOLDER = '/ByteRange [0 9999999999 9999999999 9999999999]';

/** The PDF date of an instant in Bangkok time: D:YYYYMMDDHHmmSS+07'00'. */
export function pdfDate(at: Date): string {
  const t = new Date(at.getTime() + 7 * 3600_000);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return (
    `D:${p(t.getUTCFullYear(), 4)}${p(t.getUTCMonth() + 1)}${p(t.getUTCDate())}` +
    `${p(t.getUTCHours())}${p(t.getUTCMinutes())}${p(t.getUTCSeconds())}+07'00'`
  );
}

function textString(s: string): string {
  return PDFHexString.fromText(s).toString();
}

/** Names of the form fields already in the document. */
function existingFieldNames(acroForm: PDFDict | undefined): Set<string> {
  const names = new Set<string>();
  const fields = acroForm?.lookup(PDFName.of('Fields'));
  if (!(fields instanceof PDFArray)) return names;
  for (let i = 0; i < fields.size(); i++) {
    const f = fields.lookup(i);
    const t = f instanceof PDFDict ? f.lookup(PDFName.of('T')) : undefined;
    if (t instanceof PDFString || t instanceof PDFHexString) names.add(t.decodeText());
  }
  return names;
}

/**
 * Adds the signature dictionary (with placeholders), its widget and its field to an open update. Call
 * {@link saveSigned} afterwards.
 */
export function addSignatureField(update: IncrementalUpdate, spec: SignatureFieldSpec): void {
  const { doc } = update;
  const ctx = doc.context;
  const catalog = doc.catalog;

  let entries = [
    '<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached',
    BYTE_RANGE_PLACEHOLDER,
    `/Contents <${'0'.repeat(CONTENTS_BYTES * 2)}>`,
    `/M (${pdfDate(spec.signingTime)})`,
    `/Name ${textString(spec.signerName)}`,
    `/Reason ${textString(spec.reason)}`,
  ].join(' ');
  if (spec.location) entries += ` /Location ${textString(spec.location)}`;
  if (spec.contactInfo) entries += ` /ContactInfo ${textString(spec.contactInfo)}`;
  for (const [k, v] of Object.entries(spec.properties ?? {})) {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(k)) throw new Error(`bad property name ${k}`);
    entries += ` /Saraban:${k} ${textString(v)}`;
  }
  entries += ' /Prop_Build << /App << /Name /Saraban >> >> >>';
  // A raw object: kept out of object streams and written exactly as laid out, so the placeholders can be
  // found and filled in after saving.
  const sigRef = ctx.register(PDFInvalidObject.of(Buffer.from(entries, 'latin1')));

  const existingForm = catalog.lookup(PDFName.of('AcroForm'));
  let acroForm: PDFDict;
  if (existingForm instanceof PDFDict) {
    acroForm = existingForm;
  } else {
    acroForm = ctx.obj({ Fields: [] });
    catalog.set(PDFName.of('AcroForm'), ctx.register(acroForm));
  }
  const taken = existingFieldNames(acroForm);
  let name = spec.fieldName;
  for (let i = 2; taken.has(name); i++) name = `${spec.fieldName}-${i}`;

  const pageIndex = spec.widget?.page ?? 0;
  const page = doc.getPage(Math.min(Math.max(0, pageIndex), doc.getPageCount() - 1));
  const r = spec.widget?.rect ?? { x: 0, y: 0, width: 0, height: 0 };
  const w = Math.max(0, r.width);
  const h = Math.max(0, r.height);
  // An empty, transparent appearance: what the signature shows is drawn in the page (or the stamp) it
  // covers; PDF/A still wants every widget to have a normal appearance.
  const appearance = ctx.stream('', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, w, h] });
  const widget = ctx.obj({
    Type: 'Annot',
    Subtype: 'Widget',
    FT: 'Sig',
    Rect: [r.x, r.y, r.x + w, r.y + h],
    F: 4 | 128,
    P: page.ref,
    AP: { N: ctx.register(appearance) },
  });
  widget.set(PDFName.of('T'), PDFHexString.fromText(name));
  widget.set(PDFName.of('V'), sigRef);
  const widgetRef = ctx.register(widget);
  appendAnnotation(page.node, widgetRef);

  const fields = acroForm.lookup(PDFName.of('Fields'));
  const next = PDFArray.withContext(ctx);
  if (fields instanceof PDFArray) for (let i = 0; i < fields.size(); i++) next.push(fields.get(i));
  next.push(widgetRef);
  acroForm.set(PDFName.of('Fields'), next);
  acroForm.set(PDFName.of('SigFlags'), PDFNumber.of(3));
}

/** Adds to a page's /Annots with a fresh direct array (a shared indirect one is never modified). */
export function appendAnnotation(pageNode: PDFPageLeaf, ref: PDFRef): void {
  const key = PDFName.of('Annots');
  const existing = pageNode.lookup(key);
  const annots = PDFArray.withContext(pageNode.context);
  if (existing instanceof PDFArray) for (let i = 0; i < existing.size(); i++) annots.push(existing.get(i));
  annots.push(ref);
  pageNode.set(key, annots);
}

/** Saves the update, fills in /ByteRange, signs those bytes and puts the CMS into /Contents. */
export async function saveSigned(
  update: IncrementalUpdate,
  sign: CmsSign,
  originalLength: number,
): Promise<Uint8Array> {
  const out = Buffer.from(await update.save());
  const rangeAt = out.indexOf(BYTE_RANGE_PLACEHOLDER, originalLength, 'latin1');
  if (rangeAt < 0) throw new Error('signature placeholder missing after save');
  const contentsAt = out.indexOf('/Contents <', rangeAt, 'latin1') + '/Contents '.length;
  const contentsEnd = contentsAt + CONTENTS_BYTES * 2 + 2;
  const ranges = [0, contentsAt, contentsEnd, out.length - contentsEnd];
  const filled = `/ByteRange [${ranges.join(' ')}]`.padEnd(BYTE_RANGE_PLACEHOLDER.length, ' ');
  out.write(filled, rangeAt, 'latin1');
  const cms = await sign([out.subarray(0, contentsAt), out.subarray(contentsEnd)]);
  if (cms.length > CONTENTS_BYTES) throw new Error(`CMS of ${cms.length} bytes exceeds the reserved space`);
  out.write(Buffer.from(cms).toString('hex').toUpperCase(), contentsAt + 1, 'latin1');
  return new Uint8Array(out);
}

/** Signs a PDF as a new revision (nothing else changes). */
export async function signPdf(
  pdf: Uint8Array,
  spec: SignatureFieldSpec,
  sign: CmsSign,
  opts?: { qr?: { url: string; caption: string; fonts: Fonts } },
): Promise<Uint8Array> {
  const update = await IncrementalUpdate.open(pdf);
  if (opts?.qr) addQrCode(update, opts.qr.fonts, opts.qr.url, opts.qr.caption);
  addSignatureField(update, spec);
  return saveSigned(update, sign, pdf.length);
}

/** SHA-256 of bytes, hex; used to name revisions. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Adds the seal's signature field to an update that holds other changes (a stamp, a page) and signs it all. */
export function saveSealed(
  update: IncrementalUpdate,
  seal: Seal,
  originalLength: number,
): Promise<Uint8Array> {
  addSignatureField(update, seal.field);
  return saveSigned(update, seal.sign, originalLength);
}

/**
 * PAdES B-LT: the certificates and CRLs a verifier needs, in the catalog's /DSS, as a new revision. Added
 * when a letter leaves the agency, so it can still be validated after the CA's CRL has moved on.
 */
export async function addValidationData(
  pdf: Uint8Array,
  data: { certificates: Uint8Array[]; crls: Uint8Array[] },
): Promise<Uint8Array> {
  const update = await IncrementalUpdate.open(pdf);
  const { doc } = update;
  const ctx = doc.context;
  const streams = (items: Uint8Array[]) => {
    const arr = PDFArray.withContext(ctx);
    const seen = new Set<string>();
    for (const item of items) {
      const key = sha256Hex(item);
      if (seen.has(key)) continue;
      seen.add(key);
      arr.push(ctx.register(ctx.flateStream(item)));
    }
    return arr;
  };
  const existing = doc.catalog.lookup(PDFName.of('DSS'));
  const dss = existing instanceof PDFDict ? existing : ctx.obj({});
  dss.set(PDFName.of('Certs'), streams(data.certificates));
  if (data.crls.length > 0) dss.set(PDFName.of('CRLs'), streams(data.crls));
  doc.catalog.set(PDFName.of('DSS'), existing instanceof PDFDict ? dss : ctx.register(dss));
  return update.save();
}
