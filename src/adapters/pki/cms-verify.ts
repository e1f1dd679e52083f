/**
 * Checks a detached CMS signature (a PDF signature's /Contents) against the signed bytes: the message
 * digest, the signature value over the signed attributes, the ESS signing-certificate-v2 binding, and an
 * RFC 3161 time-stamp token when one is attached. Chain and revocation are {@link ./chain.ts}'s job.
 */
import { createHash, type KeyObject, verify as nodeVerify, X509Certificate, constants } from 'node:crypto';
import * as asn1js from 'asn1js';
import { OID } from './cades.ts';
import { pkijs } from './engine.ts';

const HASH_BY_OID: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};
const RSA_PSS = '1.2.840.113549.1.1.10';

export interface CmsCheck {
  /** The digest matches the bytes and the signature value verifies with the signer's certificate. */
  intact: boolean;
  /** Why not, in English (for the report's details). */
  problem?: string;
  signer?: Uint8Array;
  certificates: Uint8Array[];
  hash?: string;
  hasSigningCertificateV2: boolean;
  timeStamp?: { time: Date; intact: boolean; tsaCertificate?: Uint8Array; certificates: Uint8Array[] };
}

function toAb(bytes: Uint8Array): ArrayBuffer {
  return new Uint8Array(bytes).buffer;
}

function digestOf(hash: string, chunks: Uint8Array[]): Buffer {
  const h = createHash(hash);
  for (const c of chunks) h.update(c);
  return h.digest();
}

function verifyValue(alg: string, hash: string, data: Uint8Array, key: KeyObject, sig: Uint8Array): boolean {
  try {
    if (alg === RSA_PSS) {
      return nodeVerify(
        hash,
        data,
        { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_AUTO },
        sig,
      );
    }
    return nodeVerify(hash, data, key, sig);
  } catch {
    return false;
  }
}

function attr(
  attrs: pkijs.SignedAndUnsignedAttributes | undefined,
  type: string,
): pkijs.Attribute | undefined {
  return attrs?.attributes.find((a) => a.type === type);
}

/** The SignedData of a ContentInfo (DER, trailing zero padding allowed); throws with the reason in English. */
function parseSignedData(cms: Uint8Array | asn1js.AsnType): pkijs.SignedData {
  let schema: asn1js.AsnType;
  if (cms instanceof Uint8Array) {
    const parsed = asn1js.fromBER(toAb(cms));
    if (parsed.offset === -1) throw new Error('the signature is not DER');
    schema = parsed.result;
  } else {
    schema = cms;
  }
  try {
    const ci = new pkijs.ContentInfo({ schema });
    if (ci.contentType !== OID.signedData) throw new Error('not a SignedData');
    return new pkijs.SignedData({ schema: ci.content });
  } catch (err) {
    const message = (err as Error).message;
    throw new Error(message === 'not a SignedData' ? message : `the signature cannot be parsed: ${message}`);
  }
}

/** The certificates a SignedData carries (DER). */
function certificatesOf(signed: pkijs.SignedData): Uint8Array[] {
  return (signed.certificates ?? [])
    .filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate)
    .map((c) => new Uint8Array(c.toSchema().toBER()));
}

/**
 * Every certificate a CMS signature carries, its time-stamp token's included (for a /DSS); nothing is
 * verified, and an unreadable signature carries none.
 */
export function cmsCertificates(cms: Uint8Array): Uint8Array[] {
  try {
    const signed = parseSignedData(cms);
    const out = certificatesOf(signed);
    const token = attr(signed.signerInfos[0]?.unsignedAttrs, OID.timeStampToken)?.values[0];
    if (token) out.push(...certificatesOf(parseSignedData(token as asn1js.AsnType)));
    return out;
  } catch {
    return [];
  }
}

/** Verifies one CMS SignedData (ContentInfo DER, trailing zero padding allowed) over `chunks`. */
export function verifyCms(cms: Uint8Array, chunks: Uint8Array[]): CmsCheck {
  const fail = (problem: string, extra: Partial<CmsCheck> = {}): CmsCheck => ({
    intact: false,
    problem,
    certificates: [],
    hasSigningCertificateV2: false,
    ...extra,
  });
  let signed: pkijs.SignedData;
  try {
    signed = parseSignedData(cms);
  } catch (err) {
    return fail((err as Error).message);
  }
  const certificates = certificatesOf(signed);
  const si = signed.signerInfos[0];
  if (!si) return fail('no signer', { certificates });
  const hash = HASH_BY_OID[si.digestAlgorithm.algorithmId];
  if (!hash) return fail(`unsupported digest ${si.digestAlgorithm.algorithmId}`, { certificates });

  // The signer's certificate: by issuer and serial, or by subject key identifier.
  let signer: Uint8Array | undefined;
  if (si.sid instanceof pkijs.IssuerAndSerialNumber) {
    const issuer = Buffer.from(si.sid.issuer.toSchema().toBER());
    const serial = Buffer.from(si.sid.serialNumber.valueBlock.valueHexView);
    signer = certificates.find((der) => {
      const c = pkijs.Certificate.fromBER(toAb(der));
      return (
        Buffer.from(c.issuer.toSchema().toBER()).equals(issuer) &&
        Buffer.from(c.serialNumber.valueBlock.valueHexView).equals(serial)
      );
    });
  } else {
    const ski = Buffer.from((si.sid as asn1js.OctetString).valueBlock.valueHexView);
    signer = certificates.find((der) => {
      const c = pkijs.Certificate.fromBER(toAb(der));
      const ext = c.extensions?.find((e) => e.extnID === '2.5.29.14');
      return ext ? Buffer.from(ext.extnValue.valueBlock.valueHexView).subarray(2).equals(ski) : false;
    });
  }
  if (!signer) return fail("the signer's certificate is not in the signature", { certificates, hash });
  const key = new X509Certificate(signer).publicKey;
  const sigValue = new Uint8Array(si.signature.valueBlock.valueHexView);
  const alg = si.signatureAlgorithm.algorithmId;

  let intact: boolean;
  let problem: string | undefined;
  let hasV2 = false;
  if (si.signedAttrs) {
    const md = attr(si.signedAttrs, OID.messageDigest);
    const mdValue =
      md?.values[0] instanceof asn1js.OctetString
        ? Buffer.from(md.values[0].valueBlock.valueHexView)
        : undefined;
    const digest = digestOf(hash, chunks);
    hasV2 = attr(si.signedAttrs, OID.signingCertificateV2) !== undefined;
    const encoded = new Uint8Array(si.signedAttrs.encodedValue);
    encoded[0] = 0x31;
    if (!mdValue?.equals(digest)) {
      intact = false;
      problem = 'digest mismatch: the signed bytes were changed';
    } else if (!verifyValue(alg, hash, encoded, key, sigValue)) {
      intact = false;
      problem = 'the signature value does not verify';
    } else {
      intact = true;
    }
    if (intact && hasV2) {
      // ESSCertIDv2.certHash must be the hash of the signer's certificate (SHA-256 unless stated).
      const v2 = attr(si.signedAttrs, OID.signingCertificateV2)!.values[0] as asn1js.Sequence;
      const first = ((v2.valueBlock.value[0] as asn1js.Sequence).valueBlock.value[0] as asn1js.Sequence)
        .valueBlock.value;
      const hashAlg =
        first[0] instanceof asn1js.Sequence
          ? HASH_BY_OID[(first[0].valueBlock.value[0] as asn1js.ObjectIdentifier).valueBlock.toString()]
          : 'sha256';
      const certHash = (first[0] instanceof asn1js.Sequence ? first[1] : first[0]) as asn1js.OctetString;
      const expected = createHash(hashAlg ?? 'sha256')
        .update(signer)
        .digest();
      if (!Buffer.from(certHash.valueBlock.valueHexView).equals(expected)) {
        intact = false;
        problem = 'the signing-certificate attribute names another certificate';
      }
    }
  } else {
    const data = Buffer.concat(chunks);
    intact = verifyValue(alg, hash, data, key, sigValue);
    if (!intact) problem = 'the signature value does not verify';
  }

  let timeStamp: CmsCheck['timeStamp'];
  const ts = attr(si.unsignedAttrs, OID.timeStampToken);
  if (ts) timeStamp = checkTimeStamp(ts.values[0] as asn1js.AsnType, sigValue);

  return { intact, problem, signer, certificates, hash, hasSigningCertificateV2: hasV2, timeStamp };
}

/** A signature-time-stamp token: its own CMS over TSTInfo, whose imprint must be the hash of our signature value. */
function checkTimeStamp(token: asn1js.AsnType, signatureValue: Uint8Array): CmsCheck['timeStamp'] {
  try {
    const tokenDer = new Uint8Array(token.toBER());
    const sd = parseSignedData(token);
    const eContent = sd.encapContentInfo.eContent;
    if (!eContent) return undefined;
    const tstDer = new Uint8Array(eContent.getValue());
    const tst = pkijs.TSTInfo.fromBER(toAb(tstDer));
    const hash = HASH_BY_OID[tst.messageImprint.hashAlgorithm.algorithmId] ?? 'sha256';
    const imprintOk = Buffer.from(tst.messageImprint.hashedMessage.valueBlock.valueHexView).equals(
      createHash(hash).update(signatureValue).digest(),
    );
    const inner = verifyCms(tokenDer, [tstDer]);
    return {
      time: tst.genTime,
      intact: imprintOk && inner.intact,
      tsaCertificate: inner.signer,
      certificates: inner.certificates,
    };
  } catch {
    return { time: new Date(Number.NaN), intact: false, certificates: [] };
  }
}
