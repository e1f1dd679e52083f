/**
 * Verifies every signature of a PDF (deck: ตรวจสอบและยืนยันการลงนาม): for each, that the bytes it covers
 * are unchanged and its CMS verifies, the signer's chain up to a trust anchor at the signing time (not
 * revoked), what it claims (signer, time, capacity), the watermark of the signature image drawn with it,
 * and what came after it. Bytes after the last signature are accepted only when they add validation data
 * (a /DSS) and change nothing else; anything else is reported as a modification. Works on any PDF, also
 * one signed by another tool.
 */
import { createHash } from 'node:crypto';
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  type PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
} from 'pdf-lib';
import type {
  SignatureReport,
  VerificationIssue,
  VerificationIssueCode,
  VerificationReport,
} from '../../../contracts/signing.contract.ts';
import { PdfInputError } from '../../domain/letters/pdf-port.ts';
import type { TrustMaterial, TrustSource } from '../../domain/signing/ports.ts';
import { type RgbaImage, verifyWatermarkRgba } from '../images/watermark.ts';
import { imageXObjectToRgba } from '../pdf/image-pixels.ts';
import { loadPdf } from '../pdf/incremental.ts';
import { certificateInfo } from './certificates.ts';
import { validateChain } from './chain.ts';
import { cmsCertificates, verifyCms } from './cms-verify.ts';

interface RawSignature {
  fieldName: string;
  byteRange: number[];
  contents: Uint8Array;
  subFilter: string;
  name: string;
  reason: string;
  m: Date | null;
  props: Record<string, string>;
}

function text(o: PDFObject | undefined): string {
  if (o instanceof PDFString || o instanceof PDFHexString) return o.decodeText();
  if (o instanceof PDFName) return o.decodeText();
  return '';
}

/** D:YYYYMMDDHHmmSS+07'00' → Date. */
export function parsePdfDate(s: string): Date | null {
  const m = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz]|[+-]\d{2}'?\d{2}'?)?/.exec(s);
  if (!m) return null;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', se = '00', tz] = m;
  let offset = '+00:00';
  if (tz && !/z/i.test(tz)) offset = `${tz.slice(0, 3)}:${tz.replace(/'/g, '').slice(3, 5) || '00'}`;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${se}${offset}`);
  return Number.isNaN(date.getTime()) ? null : date;
}

function readSignatures(doc: PDFDocument): RawSignature[] {
  const ctx = doc.context;
  const fieldNames = new Map<PDFObject, string>();
  for (const [, obj] of ctx.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict)) continue;
    const v = obj.get(PDFName.of('V'));
    if (v instanceof PDFRef && obj.get(PDFName.of('FT')) === PDFName.of('Sig')) {
      const target = ctx.lookup(v);
      if (target) fieldNames.set(target, text(obj.lookup(PDFName.of('T'))));
    }
  }
  const out: RawSignature[] = [];
  for (const [, obj] of ctx.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict)) continue;
    const br = obj.lookup(PDFName.of('ByteRange'));
    const contents = obj.lookup(PDFName.of('Contents'));
    if (!(br instanceof PDFArray) || !(contents instanceof PDFHexString || contents instanceof PDFString))
      continue;
    const byteRange: number[] = [];
    for (let i = 0; i < br.size(); i++) {
      const n = br.lookup(i);
      byteRange.push(n instanceof PDFNumber ? n.asNumber() : Number.NaN);
    }
    const props: Record<string, string> = {};
    for (const [k, v] of obj.entries()) {
      const key = k.decodeText();
      if (key.startsWith('Saraban:')) props[key.slice('Saraban:'.length)] = text(v);
    }
    out.push({
      fieldName: fieldNames.get(obj) ?? '',
      byteRange,
      contents: contents.asBytes(),
      subFilter: text(obj.lookup(PDFName.of('SubFilter'))),
      name: text(obj.lookup(PDFName.of('Name'))),
      reason: text(obj.lookup(PDFName.of('Reason'))),
      m: parsePdfDate(text(obj.lookup(PDFName.of('M')))),
      props,
    });
  }
  return out.sort(
    (a, b) => (a.byteRange[2] ?? 0) + (a.byteRange[3] ?? 0) - ((b.byteRange[2] ?? 0) + (b.byteRange[3] ?? 0)),
  );
}

function fingerprint(o: PDFObject): string {
  if (o instanceof PDFRawStream) {
    return `${o.dict.toString()}#${createHash('sha256').update(o.contents).digest('hex')}`;
  }
  if (o instanceof PDFStream)
    return `${o.dict.toString()}#${createHash('sha256').update(o.getContents()).digest('hex')}`;
  return o.toString();
}

/**
 * What the bytes after `end` (the end of the last signed revision) do: only add validation data (a /DSS on
 * the catalog and new objects), or anything else.
 */
async function trailingChanges(
  pdf: Uint8Array,
  end: number,
  full: PDFDocument,
): Promise<'validation-data' | 'unsigned'> {
  let prefix: PDFDocument;
  try {
    prefix = await loadPdf(pdf.subarray(0, end));
  } catch {
    return 'unsigned';
  }
  const catalogRef = full.context.trailerInfo.Root;
  let addsDss = false;
  for (const [ref, obj] of full.context.enumerateIndirectObjects()) {
    const before = prefix.context.lookup(ref);
    if (before === undefined) continue; // a new object: harmless unless something changed points at it
    if (fingerprint(before) === fingerprint(obj)) continue;
    if (
      catalogRef instanceof PDFRef &&
      ref === catalogRef &&
      obj instanceof PDFDict &&
      before instanceof PDFDict
    ) {
      const a = obj.clone();
      const b = before.clone();
      a.delete(PDFName.of('DSS'));
      b.delete(PDFName.of('DSS'));
      if (a.toString() === b.toString()) {
        addsDss = true;
        continue;
      }
    }
    return 'unsigned';
  }
  return addsDss ? 'validation-data' : 'unsigned';
}

const TRUST_ISSUE: Record<NonNullable<SignatureReport['trustProblem']>, VerificationIssueCode> = {
  untrusted: 'CERTIFICATE_UNTRUSTED',
  expired: 'CERTIFICATE_EXPIRED',
  'not-yet-valid': 'CERTIFICATE_NOT_YET_VALID',
  revoked: 'CERTIFICATE_REVOKED',
  'not-for-signing': 'CERTIFICATE_NOT_FOR_SIGNING',
};

function imagesOf(doc: PDFDocument): RgbaImage[] {
  const out: RgbaImage[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFRawStream)) continue;
    if (obj.dict.get(PDFName.of('Subtype')) !== PDFName.of('Image')) continue;
    if (!obj.dict.has(PDFName.of('SMask'))) continue; // signature images carry transparency
    const img = imageXObjectToRgba(doc, obj);
    if (img && img.width % 16 === 0 && img.height % 16 === 0) out.push(img);
  }
  return out;
}

/**
 * Every certificate the PDF's signatures carry (signers, their chains, time-stamp authorities): what a
 * /DSS needs so the letter can be validated later (PAdES B-LT). Throws PdfInputError for a non-PDF.
 */
export async function certificatesInSignatures(
  pdf: Uint8Array,
): Promise<{ certificates: Uint8Array[]; tenants: string[] }> {
  const doc = await loadPdf(pdf);
  const raws = readSignatures(doc);
  const certificates: Uint8Array[] = [];
  for (const s of raws) certificates.push(...cmsCertificates(s.contents));
  return { certificates, tenants: namedTenants(raws) };
}

/** The agencies the signatures name (`/Saraban:Tenant`, inside the signed bytes): whose CAs to load. */
function namedTenants(raws: RawSignature[]): string[] {
  return [...new Set(raws.flatMap((s) => (s.props.Tenant ? [s.props.Tenant] : [])))];
}

/** The verification report of a PDF. Throws PdfInputError for something that is not a readable PDF. */
export async function verifyPdfSignatures(
  pdf: Uint8Array,
  trustFrom: TrustMaterial | TrustSource,
  opts: { watermarkKey?: (tenantId: string) => Uint8Array | undefined; now?: Date } = {},
): Promise<VerificationReport> {
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  const doc = await loadPdf(pdf);
  if (doc.isEncrypted) throw new PdfInputError('PDF_ENCRYPTED', 'The PDF is encrypted.');
  const raws = readSignatures(doc);
  const trust = typeof trustFrom === 'function' ? await trustFrom(namedTenants(raws)) : trustFrom;
  const problems: string[] = [];
  const issues: VerificationIssue[] = [];
  const issue = (code: VerificationIssueCode, signature: number | null, text: string) => {
    issues.push({ code, signature });
    problems.push(signature === null ? text : `signature ${signature}: ${text}`);
  };
  if (raws.length === 0) issue('NO_SIGNATURE', null, 'the PDF carries no signature');
  const badRanges = new Set<number>();
  const badTimeStamps = new Set<number>();

  // Validation data in the file (PAdES B-LT) helps build chains and check revocation.
  const dssCerts: Uint8Array[] = [];
  const dssCrls: Uint8Array[] = [];
  const dss = doc.catalog.lookup(PDFName.of('DSS'));
  if (dss instanceof PDFDict) {
    for (const [key, into] of [
      ['Certs', dssCerts],
      ['CRLs', dssCrls],
    ] as const) {
      const arr = dss.lookup(PDFName.of(key));
      if (!(arr instanceof PDFArray)) continue;
      for (let i = 0; i < arr.size(); i++) {
        const s = arr.lookup(i);
        if (s instanceof PDFRawStream) {
          try {
            into.push(decodePDFRawStream(s).decode());
          } catch {
            // unreadable validation data is simply not used
          }
        }
      }
    }
  }

  /** The chain of a certificate at `at`: what the signature carries and the /DSS, to the trust anchors. */
  const crls = [...dssCrls, ...(trust.crls ?? [])];
  const chainOf = (certificate: Uint8Array, carried: Uint8Array[], at: Date) =>
    validateChain({
      certificate,
      intermediates: [...carried, ...dssCerts],
      anchors: trust.anchors,
      revoked: trust.revoked,
      crls,
      at,
    });

  let images: RgbaImage[] | undefined;
  const reports: SignatureReport[] = [];
  let lastEnd = 0;
  for (const [i, s] of raws.entries()) {
    const [a, b, c, d] = s.byteRange as [number, number, number, number];
    const end = c + d;
    lastEnd = Math.max(lastEnd, end);
    const rangesOk =
      s.byteRange.length === 4 &&
      a === 0 &&
      b > 0 &&
      c > b &&
      d >= 0 &&
      end <= pdf.length &&
      pdf[b] === 0x3c &&
      pdf[c - 1] === 0x3e;
    const base: SignatureReport = {
      index: i + 1,
      fieldName: s.fieldName,
      signerName: s.name,
      reason: s.reason,
      capacity: s.props.Capacity ?? '',
      kind: s.props.Kind === 'seal' ? 'seal' : s.props.Kind === 'digital' ? 'digital' : 'unknown',
      subFilter: s.subFilter,
      level: 'none',
      signingTime: s.m?.toISOString() ?? null,
      timeStampTime: null,
      timeStampAuthority: null,
      timeStampTrusted: null,
      certificate: null,
      intact: false,
      trusted: false,
      trustProblem: null,
      chain: [],
      coversWholeDocument: end === pdf.length,
      laterChanges: 'none',
      watermark: 'not-checked',
      problem: null,
    };
    if (!rangesOk) {
      badRanges.add(base.index);
      reports.push({ ...base, problem: 'the byte range does not describe this file' });
      continue;
    }
    const cms = verifyCms(s.contents, [pdf.subarray(0, b), pdf.subarray(c, end)]);
    base.intact = cms.intact;
    base.problem = cms.problem ?? null;
    if (cms.timeStamp) {
      base.timeStampTime = Number.isNaN(cms.timeStamp.time.getTime())
        ? null
        : cms.timeStamp.time.toISOString();
      if (!cms.timeStamp.intact) {
        badTimeStamps.add(base.index);
        base.problem = base.problem ?? 'the time-stamp token does not verify';
      }
    }
    // The token's time counts only when its authority chains to a trust anchor; otherwise the claimed /M.
    let stampedAt: Date | undefined;
    const tsa = cms.timeStamp?.intact ? cms.timeStamp : undefined;
    if (tsa?.tsaCertificate) {
      base.timeStampAuthority = certificateInfo(tsa.tsaCertificate).commonName;
      const tsaChain = await chainOf(tsa.tsaCertificate, tsa.certificates, tsa.time);
      base.timeStampTrusted = tsaChain.trusted;
      if (tsaChain.trusted) stampedAt = tsa.time;
    }
    base.level = cms.timeStamp?.intact ? 'B-T' : cms.hasSigningCertificateV2 ? 'B-B' : 'none';
    if (cms.signer) {
      const info = certificateInfo(cms.signer);
      base.certificate = {
        subject: info.subject,
        commonName: info.commonName,
        issuer: info.issuer,
        serialNumber: info.serialNumber,
        notAfter: info.notAfter.toISOString(),
      };
      if (!base.signerName) base.signerName = info.commonName;
      const at = stampedAt ?? s.m ?? opts.now ?? new Date();
      const chain = await chainOf(cms.signer, cms.certificates, at);
      base.trusted = chain.trusted;
      base.trustProblem = chain.problem ?? null;
      base.chain = chain.chain.map((der) => certificateInfo(der).commonName);
    }
    // The watermark of the signature image drawn with this signature, when the signature names it.
    const tenant = s.props.Tenant;
    const signer = s.props.Signer;
    const key = tenant ? opts.watermarkKey?.(tenant) : undefined;
    if (tenant && signer && key) {
      images ??= imagesOf(doc);
      const binding = `${tenant}/${signer}`;
      const checks = images.map((img) => verifyWatermarkRgba(img, key, binding));
      base.watermark = checks.some((w) => w.valid)
        ? 'valid'
        : checks.some((w) => w.found)
          ? 'invalid'
          : 'missing';
    }
    reports.push(base);
  }

  let modifiedAfterLastSignature = false;
  if (reports.length > 0) {
    for (const r of reports.slice(0, -1)) r.laterChanges = 'signed';
    const last = reports[reports.length - 1]!;
    if (lastEnd < pdf.length) {
      const kind = await trailingChanges(pdf, lastEnd, doc);
      last.laterChanges = kind;
      modifiedAfterLastSignature = kind === 'unsigned';
      if (modifiedAfterLastSignature) {
        issue('MODIFIED_AFTER_SIGNING', null, 'the file was changed after its last signature');
      }
    }
  }
  for (const r of reports) {
    if (!r.intact) {
      const code = badRanges.has(r.index) ? 'BYTE_RANGE_INVALID' : 'SIGNATURE_BROKEN';
      issue(code, r.index, r.problem ?? 'not intact');
    } else if (badTimeStamps.has(r.index)) {
      issue('TIMESTAMP_INVALID', r.index, 'the time-stamp token does not verify');
    } else if (!r.trusted) {
      const why = r.trustProblem ?? 'untrusted';
      issue(TRUST_ISSUE[why], r.index, `certificate ${why}`);
    }
    // A broken signature already says the bytes changed; the image's mark is then beside the point.
    if (r.intact && r.watermark === 'invalid') {
      issue('WATERMARK_INVALID', r.index, 'signature image watermark invalid');
    }
    if (r.intact && r.watermark === 'missing') {
      issue('WATERMARK_MISSING', r.index, 'signature image watermark missing');
    }
  }
  return {
    valid: reports.length > 0 && problems.length === 0,
    sha256,
    signatureCount: reports.length,
    signatures: reports,
    modifiedAfterLastSignature,
    problems,
    issues,
  };
}
