/**
 * Certificates of the agency's internal CA (สร้าง Internal Certificate): the CA itself, certificates for
 * people and for units (the seal of a registry), and the CRL that revokes them. Keys are Node KeyObjects
 * exported as PKCS#8 DER so the key vault can encrypt them; @peculiar/x509 does the ASN.1.
 */
import { createPrivateKey, createPublicKey, type KeyObject, randomBytes, X509Certificate } from 'node:crypto';
import type { CertificateFacts } from '../../domain/signing/ports.ts';
import { subtle, x509 } from './engine.ts';

export type KeyAlgorithm = 'rsa-2048' | 'ecdsa-p256';

const GEN_PARAMS: Record<KeyAlgorithm, RsaHashedKeyGenParams | EcKeyGenParams> = {
  'rsa-2048': {
    name: 'RSASSA-PKCS1-v1_5',
    modulusLength: 2048,
    publicExponent: new Uint8Array([1, 0, 1]),
    hash: 'SHA-256',
  },
  'ecdsa-p256': { name: 'ECDSA', namedCurve: 'P-256' },
};

const SIGN_PARAMS: Record<KeyAlgorithm, Algorithm | EcdsaParams> = {
  'rsa-2048': { name: 'RSASSA-PKCS1-v1_5' },
  'ecdsa-p256': { name: 'ECDSA', hash: 'SHA-256' } as EcdsaParams,
};

/** A private key and its certificate, as DER. */
export interface KeyAndCertificate {
  /** PKCS#8 DER of the private key. */
  key: Uint8Array;
  /** X.509 DER. */
  certificate: Uint8Array;
}

/** The algorithm of a key we can sign with, or undefined for anything else (e.g. Ed25519, DSA, RSA-1024). */
export function keyAlgorithmOf(key: KeyObject): KeyAlgorithm | undefined {
  if (key.asymmetricKeyType === 'rsa')
    return (key.asymmetricKeyDetails?.modulusLength ?? 0) >= 2048 ? 'rsa-2048' : undefined;
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1')
    return 'ecdsa-p256';
  return undefined;
}

async function cryptoKeyOf(pkcs8: Uint8Array, alg: KeyAlgorithm): Promise<CryptoKey> {
  const p = GEN_PARAMS[alg];
  const params = alg === 'rsa-2048' ? { name: p.name, hash: 'SHA-256' } : p;
  return subtle.importKey('pkcs8', new Uint8Array(pkcs8), params, false, ['sign']);
}

async function newKeyPair(alg: KeyAlgorithm): Promise<CryptoKeyPair> {
  return (await subtle.generateKey(GEN_PARAMS[alg], true, ['sign', 'verify'])) as CryptoKeyPair;
}

async function pkcs8Of(key: CryptoKey): Promise<Uint8Array> {
  return new Uint8Array(await subtle.exportKey('pkcs8', key));
}

function serial(): string {
  // Positive, 16 random bytes (RFC 5280 §4.1.2.2 allows up to 20 octets).
  const b = randomBytes(16);
  b[0] = (b[0]! & 0x7f) | 0x01;
  return b.toString('hex');
}

/** An RFC 4514 name with the values escaped; Thai is kept as UTF-8. */
export function distinguishedName(parts: { cn: string; o?: string; ou?: string; c?: string }): string {
  const esc = (v: string) => v.replace(/([,+"\\<>;=])/g, '\\$1').replace(/^([ #])/, '\\$1');
  const out = [`CN=${esc(parts.cn)}`];
  if (parts.ou) out.push(`OU=${esc(parts.ou)}`);
  if (parts.o) out.push(`O=${esc(parts.o)}`);
  out.push(`C=${parts.c ?? 'TH'}`);
  return out.join(', ');
}

/** Creates an agency's self-signed root (ECDSA P-256: cheap to make for every new agency), valid 20 years. */
export async function createCa(opts: { agencyName: string; now: Date }): Promise<KeyAndCertificate> {
  const keys = await newKeyPair('ecdsa-p256');
  const notAfter = new Date(opts.now);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + 20);
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial(),
    name: distinguishedName({ cn: `${opts.agencyName} Internal CA`, o: opts.agencyName }),
    notBefore: new Date(opts.now.getTime() - 60_000),
    notAfter,
    keys,
    signingAlgorithm: SIGN_PARAMS['ecdsa-p256'],
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { key: await pkcs8Of(keys.privateKey), certificate: new Uint8Array(cert.rawData) };
}

/** Issues an end-entity signing certificate (a person's, or a unit's seal) under the agency CA. */
export async function issueCertificate(opts: {
  ca: KeyAndCertificate;
  subject: { cn: string; o?: string; ou?: string };
  algorithm: KeyAlgorithm;
  now: Date;
  validDays: number;
  crlUrl?: string;
}): Promise<KeyAndCertificate & { serialNumber: string }> {
  const caCert = new x509.X509Certificate(new Uint8Array(opts.ca.certificate));
  const caKey = await cryptoKeyOf(opts.ca.key, 'ecdsa-p256');
  const keys = await newKeyPair(opts.algorithm);
  const serialNumber = serial();
  const extensions: x509.Extension[] = [
    new x509.BasicConstraintsExtension(false, undefined, true),
    new x509.KeyUsagesExtension(
      x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation,
      true,
    ),
    await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    await x509.AuthorityKeyIdentifierExtension.create(caCert),
  ];
  if (opts.crlUrl) extensions.push(new x509.CRLDistributionPointsExtension([opts.crlUrl]));
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber,
    subject: distinguishedName(opts.subject),
    issuer: caCert.subject,
    notBefore: new Date(opts.now.getTime() - 60_000),
    notAfter: new Date(opts.now.getTime() + opts.validDays * 86_400_000),
    publicKey: keys.publicKey,
    signingKey: caKey,
    signingAlgorithm: SIGN_PARAMS['ecdsa-p256'],
    extensions,
  });
  return { key: await pkcs8Of(keys.privateKey), certificate: new Uint8Array(cert.rawData), serialNumber };
}

/** The CA's certificate revocation list (DER), valid for `validDays`. */
export async function createCrl(opts: {
  ca: KeyAndCertificate;
  now: Date;
  validDays: number;
  crlNumber: number;
  revoked: { serialNumber: string; revokedAt: Date }[];
}): Promise<Uint8Array> {
  const caCert = new x509.X509Certificate(new Uint8Array(opts.ca.certificate));
  const crl = await x509.X509CrlGenerator.create({
    issuer: caCert.subject,
    thisUpdate: opts.now,
    nextUpdate: new Date(opts.now.getTime() + opts.validDays * 86_400_000),
    signingKey: await cryptoKeyOf(opts.ca.key, 'ecdsa-p256'),
    signingAlgorithm: SIGN_PARAMS['ecdsa-p256'],
    entries: opts.revoked.map((r) => ({ serialNumber: r.serialNumber, revocationDate: r.revokedAt })),
    extensions: [
      await x509.AuthorityKeyIdentifierExtension.create(caCert),
      new x509.Extension('2.5.29.20', false, crlNumberValue(opts.crlNumber)),
    ],
  });
  return new Uint8Array(crl.rawData);
}

/** DER INTEGER for the cRLNumber extension. */
function crlNumberValue(n: number): ArrayBuffer {
  let hex = n.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  if (Number.parseInt(hex.slice(0, 2), 16) & 0x80) hex = `00${hex}`;
  const body = Buffer.from(hex, 'hex');
  const der = Buffer.concat([Buffer.from([0x02, body.length]), body]);
  return der.buffer.slice(der.byteOffset, der.byteOffset + der.byteLength);
}

/** What a user sees of a certificate (the domain's CertificateFacts). */
export type CertificateInfo = CertificateFacts;

/** Parses a DER or PEM certificate; throws on garbage. */
export function certificateInfo(der: Uint8Array): CertificateInfo {
  const c = new X509Certificate(der);
  return {
    subject: c.subject.replace(/\n/g, ', '),
    commonName: /(?:^|\n)CN=([^\n]*)/.exec(c.subject)?.[1] ?? c.subject,
    issuer: c.issuer.replace(/\n/g, ', '),
    serialNumber: c.serialNumber.toLowerCase().replace(/^0+(?=.)/, ''),
    notBefore: new Date(c.validFrom),
    notAfter: new Date(c.validTo),
    sha256: c.fingerprint256.replace(/:/g, '').toLowerCase(),
    isCa: c.ca,
  };
}

/** Whether the private key belongs to the certificate. */
export function keyMatchesCertificate(pkcs8: Uint8Array, der: Uint8Array): boolean {
  try {
    return new X509Certificate(der).checkPrivateKey(privateKeyOf(pkcs8));
  } catch {
    return false;
  }
}

/** A KeyObject from PKCS#8 DER. */
export function privateKeyOf(pkcs8: Uint8Array): KeyObject {
  return createPrivateKey({ key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' });
}

/** A certificate's public key as a KeyObject. */
export function publicKeyOf(der: Uint8Array): KeyObject {
  return createPublicKey(new X509Certificate(der).publicKey.export({ format: 'pem', type: 'spki' }));
}

/** PEM armour for a DER certificate or CRL. */
export function toPem(der: Uint8Array, label: 'CERTIFICATE' | 'X509 CRL' = 'CERTIFICATE'): string {
  const b64 = Buffer.from(der)
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')
    .replace(/\n$/, '');
  return `-----BEGIN ${label}-----\n${b64}\n-----END ${label}-----\n`;
}
