import { z } from 'zod';
import { Id, requiredText } from './common.contract.ts';

/**
 * How a step is signed (deck: "ลงลายมือชื่ออิเล็กทรอนิกส์"): `electronic` is the signature image and the
 * password, sealed by the unit's certificate; `certificate` is a digital signature with the signer's own
 * certificate, either one kept in the system store (`certificateId`) or a PKCS#12 from the signer's device
 * (`p12` + `p12Password`), used once and not stored. The password is asked in both modes.
 */
export const SigningFields = z.object({
  mode: z.enum(['electronic', 'certificate']).default('electronic'),
  certificateId: Id.optional(),
  /** A PKCS#12 (.p12/.pfx) from the signer's device, base64. */
  p12: z.string().max(1_500_000).optional(),
  p12Password: z.string().max(200).optional(),
});
export type SigningFields = z.infer<typeof SigningFields>;

export const KeyAlgorithm = z.enum(['rsa-2048', 'ecdsa-p256']);

export const CertificateView = z.object({
  id: Id,
  source: z.enum(['internal', 'imported']),
  owner: z.object({ kind: z.enum(['user', 'unit']), id: Id, name: z.string() }),
  algorithm: z.string(),
  subject: z.string(),
  commonName: z.string(),
  issuer: z.string(),
  serialNumber: z.string(),
  notBefore: z.string(),
  notAfter: z.string(),
  sha256: z.string(),
  status: z.enum(['active', 'revoked', 'expired', 'not-yet-valid']),
  revokedAt: z.string().nullable(),
  revokeReason: z.string().nullable(),
  createdAt: z.string(),
});
export type CertificateView = z.infer<typeof CertificateView>;

export const IssueCertificateBody = z.object({
  algorithm: KeyAlgorithm.default('rsa-2048'),
  /** Days the certificate is valid, 1 … 5 years. */
  validDays: z.number().int().min(1).max(1826).default(730),
});
export const ImportCertificateBody = z.object({
  /** The PKCS#12 (.p12/.pfx) file, base64. */
  p12: z.string().min(1).max(1_500_000),
  password: z.string().max(200),
});
export const RevokeCertificateBody = z.object({ reason: requiredText(300) });

export const AgencyCaView = z.object({
  subject: z.string(),
  serialNumber: z.string(),
  notBefore: z.string(),
  notAfter: z.string(),
  sha256: z.string(),
  pem: z.string(),
  crlUrl: z.string(),
  caUrl: z.string(),
});
export type AgencyCaView = z.infer<typeof AgencyCaView>;

export const TrustAnchorView = z.object({
  id: Id,
  subject: z.string(),
  sha256: z.string(),
  notAfter: z.string(),
  createdAt: z.string(),
});
export type TrustAnchorView = z.infer<typeof TrustAnchorView>;
export const AddTrustAnchorBody = z.object({ certificate: z.string().min(1).max(100_000) });

/** One signature of a verified PDF (deck: ตรวจสอบและยืนยันการลงนาม). */
export const SignatureReport = z.object({
  index: z.number().int(),
  fieldName: z.string(),
  /** /Name of the signature: the person, or the unit for a seal. */
  signerName: z.string(),
  reason: z.string(),
  /** The capacity printed under the signature ("รักษาราชการแทน…"), when the signature says. */
  capacity: z.string(),
  kind: z.enum(['digital', 'seal', 'unknown']),
  subFilter: z.string(),
  level: z.enum(['B-B', 'B-T', 'none']),
  signingTime: z.string().nullable(),
  timeStampTime: z.string().nullable(),
  /** The time-stamp authority's name, and whether its certificate chains to a trust anchor (null: none). */
  timeStampAuthority: z.string().nullable(),
  timeStampTrusted: z.boolean().nullable(),
  certificate: z
    .object({
      subject: z.string(),
      commonName: z.string(),
      issuer: z.string(),
      serialNumber: z.string(),
      notAfter: z.string(),
    })
    .nullable(),
  /** The bytes this signature covers are unchanged and its value verifies. */
  intact: z.boolean(),
  /** The certificate chains to the agency CA or an imported trust anchor, valid and not revoked then. */
  trusted: z.boolean(),
  trustProblem: z.enum(['untrusted', 'expired', 'not-yet-valid', 'revoked', 'not-for-signing']).nullable(),
  chain: z.array(z.string()),
  coversWholeDocument: z.boolean(),
  /** What came after this signature: nothing, later signed revisions, validation data only, or unsigned changes. */
  laterChanges: z.enum(['none', 'signed', 'validation-data', 'unsigned']),
  /** The invisible watermark of the signature image drawn with this signature, when there is one. */
  watermark: z.enum(['valid', 'invalid', 'missing', 'not-checked']),
  problem: z.string().nullable(),
});
export type SignatureReport = z.infer<typeof SignatureReport>;

/**
 * Why a report is not valid, as codes the screens put into words (Thai and English); `signature` is the
 * 1-based index of the signature concerned, null for the file as a whole.
 */
export const VerificationIssueCode = z.enum([
  'NO_SIGNATURE',
  'MODIFIED_AFTER_SIGNING',
  'BYTE_RANGE_INVALID',
  'SIGNATURE_BROKEN',
  'TIMESTAMP_INVALID',
  'CERTIFICATE_UNTRUSTED',
  'CERTIFICATE_EXPIRED',
  'CERTIFICATE_NOT_YET_VALID',
  'CERTIFICATE_REVOKED',
  'CERTIFICATE_NOT_FOR_SIGNING',
  'WATERMARK_INVALID',
  'WATERMARK_MISSING',
]);
export type VerificationIssueCode = z.infer<typeof VerificationIssueCode>;
export const VerificationIssue = z.object({
  code: VerificationIssueCode,
  signature: z.number().int().nullable(),
});
export type VerificationIssue = z.infer<typeof VerificationIssue>;

export const VerificationReport = z.object({
  /** Every signature intact, trusted, with valid watermarks, and nothing unsigned after the last one. */
  valid: z.boolean(),
  sha256: z.string(),
  signatureCount: z.number().int(),
  signatures: z.array(SignatureReport),
  /** Bytes after the last signature that are not validation data. */
  modifiedAfterLastSignature: z.boolean(),
  /** The same as `issues`, as English sentences with technical detail (for logs and the CLI). */
  problems: z.array(z.string()),
  issues: z.array(VerificationIssue),
});
export type VerificationReport = z.infer<typeof VerificationReport>;

/** What the public QR page shows: the result, and only what the letter's secrecy allows. */
export const PublicVerification = z.object({
  code: z.string(),
  agency: z.string(),
  /** Hidden ('') for classified letters. */
  subject: z.string(),
  number: z.string(),
  letterDate: z.string().nullable(),
  secret: z.boolean(),
  signerName: z.string(),
  signerPosition: z.string(),
  signerCapacity: z.string(),
  signedAt: z.string().nullable(),
  report: VerificationReport,
  /** For an uploaded copy: whether it is byte-for-byte the copy the agency keeps. */
  sameAsIssued: z.boolean().nullable(),
  /** How the agency writes numbers: dates on the page follow it (Thai digits or Arabic). */
  digits: z.enum(['thai', 'arabic']),
});
export type PublicVerification = z.infer<typeof PublicVerification>;
