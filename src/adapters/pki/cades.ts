/**
 * CAdES-detached CMS for PAdES baseline signatures (ETSI EN 319 142-1 B-B, and B-T with a time-stamp
 * token): SignedData over the PDF's byte ranges with the signed attributes content-type, message-digest
 * and ESS signing-certificate-v2, and no signing-time attribute (PAdES puts the claimed time in /M).
 * The signature value is made with Node's crypto (RSA PKCS#1 v1.5 or ECDSA, both over SHA-256), so any
 * key Node can load works, and a hardware signer would only replace {@link signValue}.
 */
import { createHash, type KeyObject, sign as nodeSign } from 'node:crypto';
import * as asn1js from 'asn1js';
import { pkijs } from './engine.ts';

export const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  timeStampToken: '1.2.840.113549.1.9.16.2.14',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha256WithRsa: '1.2.840.113549.1.1.11',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
} as const;

/** Asks a time-stamp authority for a token over the signature value; returns the token (ContentInfo DER). */
export type TimeStamper = (signatureValue: Uint8Array) => Promise<Uint8Array>;

export interface CadesSigner {
  key: KeyObject;
  /** The signer's certificate (DER). */
  certificate: Uint8Array;
  /** The rest of the chain, issuer first (DER); included so a verifier can build the path. */
  chain: Uint8Array[];
}

function ab(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function sha256(...chunks: Uint8Array[]): Buffer {
  const h = createHash('sha256');
  for (const c of chunks) h.update(c);
  return h.digest();
}

/** ESS SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 } with SHA-256 (the default, omitted). */
function signingCertificateV2(certDer: Uint8Array, cert: pkijs.Certificate): asn1js.Sequence {
  const issuerSerial = new asn1js.Sequence({
    value: [
      new asn1js.Sequence({
        value: [
          new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 4 }, value: [cert.issuer.toSchema()] }),
        ],
      }),
      new asn1js.Integer({ valueHex: cert.serialNumber.valueBlock.valueHexView.slice().buffer }),
    ],
  });
  const essCertIdV2 = new asn1js.Sequence({
    value: [new asn1js.OctetString({ valueHex: ab(sha256(certDer)) }), issuerSerial],
  });
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] });
}

function attribute(type: string, value: asn1js.BaseBlock): pkijs.Attribute {
  return new pkijs.Attribute({ type, values: [value] });
}

/** DER SET OF: elements ordered by their encodings (X.690 §11.6); verifiers re-encode before checking. */
function sortAttributes(attrs: pkijs.Attribute[]): pkijs.Attribute[] {
  const enc = attrs.map((a) => ({ a, der: Buffer.from(a.toSchema().toBER()) }));
  enc.sort((x, y) => Buffer.compare(x.der, y.der));
  return enc.map((e) => e.a);
}

/** The signature value over the DER of the signed attributes (tagged as a SET, not [0]). */
export function signValue(key: KeyObject, signedAttrsDer: Uint8Array): Uint8Array {
  return new Uint8Array(nodeSign('sha256', signedAttrsDer, key));
}

/** DER tag-length-value. */
function tlv(tag: number, ...parts: Uint8Array[]): Uint8Array {
  const body = Buffer.concat(parts);
  const n = body.length;
  const len =
    n < 0x80
      ? [n]
      : n < 0x100
        ? [0x81, n]
        : n < 0x10000
          ? [0x82, n >> 8, n & 0xff]
          : [0x83, n >> 16, (n >> 8) & 0xff, n & 0xff];
  return Buffer.concat([Buffer.from([tag, ...len]), body]);
}

const oidDer = (oid: string) => new Uint8Array(new asn1js.ObjectIdentifier({ value: oid }).toBER());
const OID_DER = { data: oidDer(OID.data), signedData: oidDer(OID.signedData) };
const INTEGER_1 = new Uint8Array([0x02, 0x01, 0x01]);
const SHA256_ALG = new Uint8Array(
  new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 }).toSchema().toBER(),
);

const parsed = new Map<string, pkijs.Certificate>();

/**
 * A certificate parsed by pkijs, kept for reuse: parsing costs ~2 ms and a unit seal or a signer's chain
 * signs over and over (half of a signature's CPU time without the cache).
 */
function parsedCertificate(der: Uint8Array): pkijs.Certificate {
  const key = Buffer.from(der).toString('base64');
  let cert = parsed.get(key);
  if (!cert) {
    cert = pkijs.Certificate.fromBER(ab(der));
    if (parsed.size >= 256) parsed.delete(parsed.keys().next().value!);
    parsed.set(key, cert);
  }
  return cert;
}

/** Builds the detached CMS (ContentInfo DER) over the given bytes. */
export async function cadesSign(
  chunks: Uint8Array[],
  signer: CadesSigner,
  timeStamper?: TimeStamper,
): Promise<Uint8Array> {
  const digest = sha256(...chunks);
  const cert = parsedCertificate(signer.certificate);
  const isEc = signer.key.asymmetricKeyType === 'ec';
  const sha256Alg = new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 });

  const signedAttrs = new pkijs.SignedAndUnsignedAttributes({
    type: 0,
    attributes: sortAttributes([
      attribute(OID.contentType, new asn1js.ObjectIdentifier({ value: OID.data })),
      attribute(OID.messageDigest, new asn1js.OctetString({ valueHex: ab(digest) })),
      attribute(OID.signingCertificateV2, signingCertificateV2(signer.certificate, cert)),
    ]),
  });
  const attrsDer = new Uint8Array(signedAttrs.toSchema().toBER());
  attrsDer[0] = 0x31; // the signature covers the attributes encoded as a SET
  const signatureValue = signValue(signer.key, attrsDer);

  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: cert.issuer, serialNumber: cert.serialNumber }),
    digestAlgorithm: sha256Alg,
    signedAttrs,
    signatureAlgorithm: isEc
      ? new pkijs.AlgorithmIdentifier({ algorithmId: OID.ecdsaWithSha256 })
      : new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256WithRsa, algorithmParams: new asn1js.Null() }),
    signature: new asn1js.OctetString({ valueHex: ab(signatureValue) }),
  });
  if (timeStamper) {
    const token = await timeStamper(signatureValue);
    const parsed = asn1js.fromBER(ab(token));
    if (parsed.offset === -1) throw new Error('the time-stamp token is not valid DER');
    signerInfo.unsignedAttrs = new pkijs.SignedAndUnsignedAttributes({
      type: 1,
      attributes: [attribute(OID.timeStampToken, parsed.result)],
    });
  }

  // The outer layers are written directly: the certificates go in as the DER they arrived in, so nothing
  // re-encodes them (pkijs' SignedData.toSchema re-parsed both for every signature).
  const signedData = tlv(
    0x30,
    INTEGER_1,
    tlv(0x31, SHA256_ALG),
    tlv(0x30, OID_DER.data),
    tlv(0xa0, signer.certificate, ...signer.chain),
    tlv(0x31, new Uint8Array(signerInfo.toSchema().toBER())),
  );
  return tlv(0x30, OID_DER.signedData, tlv(0xa0, signedData));
}
