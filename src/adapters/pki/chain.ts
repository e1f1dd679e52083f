/**
 * Certificate paths: from a signer's certificate up to a trust anchor (the agency CA or a root an admin
 * imported), each link checked with the issuer's key and validity at the signing time, and each
 * certificate checked against the CRLs known for its issuer.
 */
import { X509Certificate } from 'node:crypto';
import { certificateInfo } from './certificates.ts';
import { x509 } from './engine.ts';

export type TrustProblem = 'untrusted' | 'expired' | 'not-yet-valid' | 'revoked' | 'not-for-signing';

export interface ChainResult {
  trusted: boolean;
  problem?: TrustProblem;
  /** Signer first, anchor last (DER). */
  chain: Uint8Array[];
  revokedAt?: Date;
}

export async function validateChain(opts: {
  certificate: Uint8Array;
  intermediates: Uint8Array[];
  anchors: Uint8Array[];
  /** Revocations the caller knows first-hand (the service's own CAs). */
  revoked?: { issuer: Uint8Array; serialNumber: string; revokedAt: Date }[];
  /** CRLs found elsewhere (a PDF's /DSS). */
  crls: Uint8Array[];
  at: Date;
}): Promise<ChainResult> {
  const pool = [...opts.intermediates, ...opts.anchors].map((d) => ({ der: d, x: new X509Certificate(d) }));
  const anchorSet = new Set(opts.anchors.map((d) => Buffer.from(d).toString('base64')));
  const chain: Uint8Array[] = [opts.certificate];
  let current = new X509Certificate(opts.certificate);
  let currentDer = opts.certificate;
  for (let depth = 0; depth < 8; depth++) {
    const inTime = new Date(current.validFrom) <= opts.at && opts.at <= new Date(current.validTo);
    if (!inTime) {
      return {
        trusted: false,
        problem: opts.at < new Date(current.validFrom) ? 'not-yet-valid' : 'expired',
        chain,
      };
    }
    if (anchorSet.has(Buffer.from(currentDer).toString('base64'))) return { trusted: true, chain };
    const issuer = pool.find((p) => current.checkIssued(p.x) && safeVerify(current, p.x));
    if (!issuer) return { trusted: false, problem: 'untrusted', chain };
    const serial = certificateInfo(currentDer).serialNumber;
    const known = opts.revoked?.find(
      (x) => x.serialNumber === serial && Buffer.from(x.issuer).equals(Buffer.from(issuer.der)),
    );
    const revokedAt = known?.revokedAt ?? (await revocationOf(currentDer, issuer.der, opts.crls));
    if (revokedAt && revokedAt <= opts.at) return { trusted: false, problem: 'revoked', chain, revokedAt };
    if (issuer.der === currentDer) return { trusted: false, problem: 'untrusted', chain };
    chain.push(issuer.der);
    current = issuer.x;
    currentDer = issuer.der;
  }
  return { trusted: false, problem: 'untrusted', chain };
}

function safeVerify(cert: X509Certificate, issuer: X509Certificate): boolean {
  try {
    return cert.verify(issuer.publicKey);
  } catch {
    return false;
  }
}

/** When the certificate was revoked, per a CRL signed by its issuer, or undefined. */
export async function revocationOf(
  cert: Uint8Array,
  issuer: Uint8Array,
  crls: Uint8Array[],
): Promise<Date | undefined> {
  if (crls.length === 0) return undefined;
  const issuerCert = new x509.X509Certificate(new Uint8Array(issuer));
  const c = new x509.X509Certificate(new Uint8Array(cert));
  for (const der of crls) {
    try {
      const crl = new x509.X509Crl(new Uint8Array(der));
      if (crl.issuer !== issuerCert.subject) continue;
      if (!(await crl.verify({ publicKey: issuerCert.publicKey }))) continue;
      const entry = crl.findRevoked(c);
      if (entry) return entry.revocationDate;
    } catch {
      // An unreadable CRL says nothing about this certificate.
    }
  }
  return undefined;
}
