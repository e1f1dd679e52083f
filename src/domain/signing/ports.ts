import type { VerificationReport } from '../../../contracts/signing.contract.ts';
import type { CmsSign } from '../letters/pdf-port.ts';

export type KeyAlgorithm = 'rsa-2048' | 'ecdsa-p256';

/** The revoke reason of a unit seal replaced because it expired: kept off the CRL. */
export const SUPERSEDED = 'superseded';

/** A private key (PKCS#8 DER) and its certificate (DER). */
export interface KeyAndCertificate {
  key: Uint8Array;
  certificate: Uint8Array;
}

export interface CertificateFacts {
  subject: string;
  commonName: string;
  issuer: string;
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
  sha256: string;
  isCa: boolean;
}

/** A certificate in the system store. */
export interface CertificateRecord extends CertificateFacts {
  id: string;
  userId: string | null;
  orgUnitId: string | null;
  ownerName: string;
  source: 'internal' | 'imported';
  algorithm: string;
  certificate: Uint8Array;
  chain: Uint8Array[];
  sealedKey: Uint8Array;
  revokedAt: Date | null;
  revokeReason: string | null;
  createdAt: Date;
}

export interface AgencyCaRecord {
  certificate: Uint8Array;
  sealedKey: Uint8Array;
  crlNumber: number;
}

export interface TrustAnchorRecord {
  id: string;
  certificate: Uint8Array;
  subject: string;
  sha256: string;
  notAfter: Date;
  createdAt: Date;
}

/** Certificates, CAs and trust anchors, bound to one transaction. */
export interface SigningRepository {
  getCa(tenantId: string): Promise<AgencyCaRecord | null>;
  /** Inserts unless the agency already has one (a concurrent first use); returns the stored CA. */
  insertCa(tenantId: string, ca: { certificate: Uint8Array; sealedKey: Uint8Array }): Promise<AgencyCaRecord>;
  /** The CA certificates of these agencies (letters travel between agencies, so any may be an anchor). */
  listCaCertificates(tenantIds: readonly string[]): Promise<{ tenantId: string; certificate: Uint8Array }[]>;
  /** Counts a change of the agency's revocation list (its CRL number). */
  bumpCrlNumber(tenantId: string): Promise<void>;
  insertCertificate(
    tenantId: string,
    c: Omit<CertificateRecord, 'id' | 'ownerName' | 'revokedAt' | 'revokeReason' | 'createdAt' | 'isCa'> & {
      createdBy: string | null;
    },
  ): Promise<string>;
  getCertificate(tenantId: string, id: string): Promise<CertificateRecord | null>;
  listCertificates(tenantId: string, filter: { userId?: string }): Promise<CertificateRecord[]>;
  /** The unit's active seal certificate. */
  unitSeal(tenantId: string, orgUnitId: string): Promise<CertificateRecord | null>;
  revokeCertificate(tenantId: string, id: string, at: Date, reason: string): Promise<void>;
  /** Revoked certificates (not those merely superseded) of these agencies. */
  listRevoked(
    tenantIds: readonly string[],
  ): Promise<{ tenantId: string; serialNumber: string; revokedAt: Date }[]>;
  listTrustAnchors(tenantId: string): Promise<TrustAnchorRecord[]>;
  /** Adds the anchor; null when the agency already has it. */
  insertTrustAnchor(
    tenantId: string,
    a: { certificate: Uint8Array; subject: string; sha256: string; notAfter: Date },
  ): Promise<string | null>;
  deleteTrustAnchor(tenantId: string, id: string): Promise<boolean>;
  setVerifyCode(tenantId: string, letterId: string, code: string): Promise<void>;
  findVerifyCode(code: string): Promise<{ tenantId: string; letterId: string } | null>;
}

/** Trust for verification: the anchors, and the certificates their CAs revoked (from the database). */
export interface TrustMaterial {
  anchors: Uint8Array[];
  revoked: { issuer: Uint8Array; serialNumber: string; revokedAt: Date }[];
  /** CRLs supplied from outside (the CLI's --crl), read like those in the PDF's /DSS. */
  crls?: Uint8Array[];
}

/** Trust for a verification, loaded for the agencies the PDF's signatures name. */
export type TrustSource = (tenantIds: string[]) => Promise<TrustMaterial>;

/** Port: the PKI (certificates, keys at rest, CMS signatures, verification, image watermarks). */
export interface Pki {
  createCa(agencyName: string, now: Date): Promise<KeyAndCertificate>;
  issueCertificate(opts: {
    ca: KeyAndCertificate;
    subject: { cn: string; o?: string; ou?: string };
    algorithm: KeyAlgorithm;
    now: Date;
    validDays: number;
    crlUrl?: string;
  }): Promise<KeyAndCertificate & { serialNumber: string }>;
  createCrl(opts: {
    ca: KeyAndCertificate;
    now: Date;
    validDays: number;
    crlNumber: number;
    revoked: { serialNumber: string; revokedAt: Date }[];
  }): Promise<Uint8Array>;
  /** Parses a certificate (DER or PEM); throws AppError CERTIFICATE_INVALID. */
  certificateFacts(certificate: Uint8Array): CertificateFacts & { der: Uint8Array; pem: string };
  /** Reads a PKCS#12; throws AppError PKCS12_* for the user's mistakes. */
  readPkcs12(
    bytes: Uint8Array,
    password: string,
  ): { keyPkcs8: Uint8Array; certificate: Uint8Array; others: Uint8Array[]; algorithm: KeyAlgorithm };
  keyMatches(keyPkcs8: Uint8Array, certificate: Uint8Array): boolean;
  seal(tenantId: string, purpose: string, plaintext: Uint8Array): Uint8Array;
  open(tenantId: string, purpose: string, sealed: Uint8Array): Uint8Array;
  /** A CMS signer with this key and chain; adds an RFC 3161 token when a TSA is configured. */
  cmsSigner(keyPkcs8: Uint8Array, certificate: Uint8Array, chain: Uint8Array[]): CmsSign;
  /** Marks a signature image (PNG) with the agency's invisible watermark for this binding. */
  watermark(tenantId: string, png: Uint8Array, binding: string): Promise<Uint8Array>;
  /**
   * The report of a PDF. `trust` is given the agencies the signatures name (`/Saraban:Tenant`), so only
   * their CAs need loading.
   */
  verifyPdf(pdf: Uint8Array, trust: TrustSource): Promise<VerificationReport>;
  /**
   * For a PDF's /DSS: every certificate its signatures carry, and which of `cas` issued one of them (their
   * CRLs belong in the /DSS too). Throws PdfInputError for a non-PDF.
   */
  signatureCertificates(
    pdf: Uint8Array,
    cas: (tenantIds: string[]) => Promise<Uint8Array[]>,
  ): Promise<{ certificates: Uint8Array[]; issuedBy: Uint8Array[] }>;
}
