/**
 * Reads a PKCS#12 (.p12 / .pfx) file: the private key and the certificates, with the password checked
 * against the file's MAC first (a wrong password is a clear error, never garbage). Supports what current
 * tools write: PBES2 (PBKDF2 + AES or 3DES, OpenSSL 3's default) and the PKCS#12 3DES scheme (Windows and
 * OpenSSL's "-legacy" key bags). RC2-encrypted certificate bags need a cipher OpenSSL 3 no longer ships;
 * such files are refused with their own error so the user can re-export them.
 */
import {
  createDecipheriv,
  createHash,
  createHmac,
  createPrivateKey,
  type KeyObject,
  pbkdf2Sync,
  timingSafeEqual,
  X509Certificate,
} from 'node:crypto';
import * as asn1js from 'asn1js';

export type Pkcs12Problem = 'PKCS12_INVALID' | 'PKCS12_PASSWORD' | 'PKCS12_UNSUPPORTED' | 'PKCS12_NO_KEY';

export class Pkcs12Error extends Error {
  readonly problem: Pkcs12Problem;
  constructor(problem: Pkcs12Problem, message: string) {
    super(message);
    this.name = 'Pkcs12Error';
    this.problem = problem;
  }
}

export interface Pkcs12Contents {
  key: KeyObject;
  /** PKCS#8 DER of the key (unencrypted; the caller encrypts it at rest). */
  keyPkcs8: Uint8Array;
  /** The certificate whose public key matches the key (DER). */
  certificate: Uint8Array;
  /** Every other certificate in the file (DER): usually the issuing chain. */
  others: Uint8Array[];
}

const OID = {
  data: '1.2.840.113549.1.7.1',
  encryptedData: '1.2.840.113549.1.7.6',
  keyBag: '1.2.840.113549.1.12.10.1.1',
  shroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  certBag: '1.2.840.113549.1.12.10.1.3',
  x509Certificate: '1.2.840.113549.1.9.22.1',
  pbes2: '1.2.840.113549.1.5.13',
  pbkdf2: '1.2.840.113549.1.5.12',
  pbeSha3Des: '1.2.840.113549.1.12.1.3',
  pbeSha40Rc2: '1.2.840.113549.1.12.1.6',
  pbeSha128Rc2: '1.2.840.113549.1.12.1.5',
} as const;

const HASHES: Record<string, { name: string; u: number; v: number }> = {
  '1.3.14.3.2.26': { name: 'sha1', u: 20, v: 64 },
  '2.16.840.1.101.3.4.2.1': { name: 'sha256', u: 32, v: 64 },
  '2.16.840.1.101.3.4.2.2': { name: 'sha384', u: 48, v: 128 },
  '2.16.840.1.101.3.4.2.3': { name: 'sha512', u: 64, v: 128 },
};
const PRF: Record<string, string> = {
  '1.2.840.113549.2.7': 'sha1',
  '1.2.840.113549.2.9': 'sha256',
  '1.2.840.113549.2.10': 'sha384',
  '1.2.840.113549.2.11': 'sha512',
};
const CIPHERS: Record<string, { name: string; keyLen: number }> = {
  '2.16.840.1.101.3.4.1.2': { name: 'aes-128-cbc', keyLen: 16 },
  '2.16.840.1.101.3.4.1.22': { name: 'aes-192-cbc', keyLen: 24 },
  '2.16.840.1.101.3.4.1.42': { name: 'aes-256-cbc', keyLen: 32 },
  '1.2.840.113549.3.7': { name: 'des-ede3-cbc', keyLen: 24 },
};

const bad = (msg: string) => new Pkcs12Error('PKCS12_INVALID', msg);

function parse(bytes: ArrayBuffer | Uint8Array): asn1js.AsnType {
  // A copy: a Buffer's .buffer may be a shared pool holding other data.
  const buf = bytes instanceof Uint8Array ? new Uint8Array(bytes).buffer : bytes;
  const r = asn1js.fromBER(buf);
  if (r.offset === -1) throw bad('not DER');
  return r.result;
}

function seq(node: unknown, what: string): asn1js.AsnType[] {
  if (!(node instanceof asn1js.Sequence || node instanceof asn1js.Set))
    throw bad(`${what}: expected a sequence`);
  return node.valueBlock.value as asn1js.AsnType[];
}

function oid(node: unknown, what: string): string {
  if (!(node instanceof asn1js.ObjectIdentifier)) throw bad(`${what}: expected an OID`);
  return node.valueBlock.toString();
}

function octets(node: unknown, what: string): Uint8Array {
  if (node instanceof asn1js.OctetString) {
    // Constructed (BER) octet strings: concatenate the pieces.
    if (node.idBlock.isConstructed) {
      return Buffer.concat((node.valueBlock.value as asn1js.OctetString[]).map((p) => octets(p, what)));
    }
    return new Uint8Array(node.valueBlock.valueHexView);
  }
  throw bad(`${what}: expected an octet string`);
}

function int(node: unknown, what: string): number {
  if (!(node instanceof asn1js.Integer)) throw bad(`${what}: expected an integer`);
  return node.valueBlock.valueDec;
}

/** The [0] EXPLICIT content of a context-tagged node. */
function explicit0(node: unknown, what: string): asn1js.AsnType {
  if (!(node instanceof asn1js.Constructed) || node.idBlock.tagClass !== 3)
    throw bad(`${what}: expected [0]`);
  const inner = node.valueBlock.value[0];
  if (!inner) throw bad(`${what}: empty [0]`);
  return inner as asn1js.AsnType;
}

/** The password as PKCS#12 wants it for its own KDF: BMPString (UTF-16BE) with a trailing NUL pair. */
function bmpPassword(password: string): Buffer {
  const out = Buffer.alloc((password.length + 1) * 2);
  for (let i = 0; i < password.length; i++) out.writeUInt16BE(password.charCodeAt(i), i * 2);
  return out;
}

/** RFC 7292 Appendix B.2: the PKCS#12 key derivation (id 1 = key, 2 = IV, 3 = MAC key). */
function pkcs12Kdf(
  hashOid: string,
  password: Buffer,
  salt: Uint8Array,
  iterations: number,
  id: number,
  n: number,
): Buffer {
  const h = HASHES[hashOid];
  if (!h) throw new Pkcs12Error('PKCS12_UNSUPPORTED', `hash ${hashOid}`);
  const { v, u } = h;
  const D = Buffer.alloc(v, id);
  const fill = (src: Uint8Array) => {
    if (src.length === 0) return Buffer.alloc(0);
    const len = v * Math.ceil(src.length / v);
    const out = Buffer.alloc(len);
    for (let i = 0; i < len; i++) out[i] = src[i % src.length]!;
    return out;
  };
  const I = Buffer.concat([fill(salt), fill(password)]);
  const chunks: Buffer[] = [];
  for (let produced = 0; produced < n; produced += u) {
    let A = createHash(h.name).update(D).update(I).digest();
    for (let i = 1; i < iterations; i++) A = createHash(h.name).update(A).digest();
    chunks.push(A);
    const B = fill(A);
    for (let j = 0; j < I.length; j += v) {
      let carry = 1;
      for (let k = v - 1; k >= 0; k--) {
        const sum = I[j + k]! + B[k]! + carry;
        I[j + k] = sum & 0xff;
        carry = sum >> 8;
      }
    }
  }
  return Buffer.concat(chunks).subarray(0, n);
}

/** Decrypts an EncryptedContentInfo-style (algorithm, ciphertext) pair. */
function decrypt(algorithm: asn1js.AsnType, data: Uint8Array, password: string): Buffer {
  const [algOid, params] = seq(algorithm, 'algorithm');
  const id = oid(algOid, 'algorithm');
  try {
    if (id === OID.pbeSha3Des) {
      const [salt, iter] = seq(params, 'pbe params');
      const s = octets(salt, 'salt');
      const it = int(iter, 'iterations');
      const pw = bmpPassword(password);
      const key = pkcs12Kdf('1.3.14.3.2.26', pw, s, it, 1, 24);
      const iv = pkcs12Kdf('1.3.14.3.2.26', pw, s, it, 2, 8);
      const d = createDecipheriv('des-ede3-cbc', key, iv);
      return Buffer.concat([d.update(data), d.final()]);
    }
    if (id === OID.pbes2) {
      const [kdf, scheme] = seq(params, 'pbes2');
      const [kdfOid, kdfParams] = seq(kdf, 'kdf');
      if (oid(kdfOid, 'kdf') !== OID.pbkdf2) throw new Pkcs12Error('PKCS12_UNSUPPORTED', 'key derivation');
      const kp = seq(kdfParams, 'pbkdf2');
      const salt = octets(kp[0], 'salt');
      const iterations = int(kp[1], 'iterations');
      let prf = 'sha1';
      for (const extra of kp.slice(2)) {
        if (extra instanceof asn1js.Sequence) prf = PRF[oid(seq(extra, 'prf')[0], 'prf')] ?? '';
      }
      if (!prf) throw new Pkcs12Error('PKCS12_UNSUPPORTED', 'PRF');
      const [cipherOid, ivNode] = seq(scheme, 'scheme');
      const cipher = CIPHERS[oid(cipherOid, 'cipher')];
      if (!cipher) throw new Pkcs12Error('PKCS12_UNSUPPORTED', 'cipher');
      const key = pbkdf2Sync(Buffer.from(password, 'utf8'), salt, iterations, cipher.keyLen, prf);
      const d = createDecipheriv(cipher.name, key, octets(ivNode, 'iv'));
      return Buffer.concat([d.update(data), d.final()]);
    }
  } catch (err) {
    if (err instanceof Pkcs12Error) throw err;
    throw new Pkcs12Error('PKCS12_PASSWORD', 'decryption failed');
  }
  if (id === OID.pbeSha40Rc2 || id === OID.pbeSha128Rc2) {
    throw new Pkcs12Error('PKCS12_UNSUPPORTED', 'RC2 encryption (export the file again with AES)');
  }
  throw new Pkcs12Error('PKCS12_UNSUPPORTED', `encryption ${id}`);
}

function checkMac(macData: asn1js.AsnType, content: Uint8Array, password: string): void {
  const [digestInfo, saltNode, iterNode] = seq(macData, 'macData');
  const [alg, digest] = seq(digestInfo, 'digestInfo');
  const hashOid = oid(seq(alg, 'mac alg')[0], 'mac alg');
  const h = HASHES[hashOid];
  if (!h) throw new Pkcs12Error('PKCS12_UNSUPPORTED', `MAC hash ${hashOid}`);
  const iterations = iterNode ? int(iterNode, 'iterations') : 1;
  const key = pkcs12Kdf(hashOid, bmpPassword(password), octets(saltNode, 'salt'), iterations, 3, h.u);
  const mac = createHmac(h.name, key).update(content).digest();
  const expected = Buffer.from(octets(digest, 'mac'));
  if (mac.length !== expected.length || !timingSafeEqual(mac, expected)) {
    throw new Pkcs12Error('PKCS12_PASSWORD', 'the password does not match the file');
  }
}

/** Reads a PKCS#12 file with its password. Throws Pkcs12Error for every user-caused problem. */
export function readPkcs12(bytes: Uint8Array, password: string): Pkcs12Contents {
  if (bytes.length === 0 || bytes.length > 1024 * 1024) throw bad('size');
  let root: asn1js.AsnType;
  try {
    root = parse(bytes);
  } catch {
    throw bad('not DER');
  }
  const [version, authSafe, macData] = seq(root, 'PFX');
  if (int(version, 'version') !== 3) throw bad('version');
  const [ctype, ccontent] = seq(authSafe, 'authSafe');
  if (oid(ctype, 'authSafe') !== OID.data)
    throw new Pkcs12Error('PKCS12_UNSUPPORTED', 'public-key integrity mode');
  const authContent = octets(explicit0(ccontent, 'authSafe'), 'authSafe');
  if (macData) checkMac(macData, authContent, password);

  const keys: Uint8Array[] = [];
  const certs: Uint8Array[] = [];
  const readBags = (safeContents: asn1js.AsnType) => {
    for (const bag of seq(safeContents, 'SafeContents')) {
      const [bagId, bagValue] = seq(bag, 'SafeBag');
      const type = oid(bagId, 'bagId');
      const value = explicit0(bagValue, 'bagValue');
      if (type === OID.keyBag) {
        keys.push(new Uint8Array(value.toBER()));
      } else if (type === OID.shroudedKeyBag) {
        const [alg, enc] = seq(value, 'EncryptedPrivateKeyInfo');
        if (!alg) throw bad('EncryptedPrivateKeyInfo');
        keys.push(new Uint8Array(decrypt(alg, octets(enc, 'encryptedData'), password)));
      } else if (type === OID.certBag) {
        const [certId, certValue] = seq(value, 'CertBag');
        if (oid(certId, 'certId') === OID.x509Certificate)
          certs.push(octets(explicit0(certValue, 'cert'), 'cert'));
      }
    }
  };
  for (const ci of seq(parse(authContent), 'AuthenticatedSafe')) {
    const [t, c] = seq(ci, 'ContentInfo');
    const type = oid(t, 'ContentInfo');
    if (type === OID.data) {
      readBags(parse(octets(explicit0(c, 'data'), 'data')));
    } else if (type === OID.encryptedData) {
      const [, eci] = seq(explicit0(c, 'EncryptedData'), 'EncryptedData');
      const [, alg, encrypted] = seq(eci, 'EncryptedContentInfo');
      if (!(encrypted instanceof asn1js.Primitive || encrypted instanceof asn1js.Constructed))
        throw bad('encryptedContent');
      const raw =
        encrypted instanceof asn1js.Constructed
          ? Buffer.concat((encrypted.valueBlock.value as asn1js.OctetString[]).map((p) => octets(p, 'piece')))
          : new Uint8Array(encrypted.valueBlock.valueHexView);
      if (!alg) throw bad('EncryptedContentInfo');
      readBags(parse(decrypt(alg, raw, password)));
    }
  }
  if (keys.length === 0) throw new Pkcs12Error('PKCS12_NO_KEY', 'the file holds no private key');
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: Buffer.from(keys[0]!), format: 'der', type: 'pkcs8' });
  } catch {
    throw new Pkcs12Error('PKCS12_PASSWORD', 'the private key cannot be decrypted');
  }
  const own = certs.findIndex((c) => {
    try {
      return new X509Certificate(c).checkPrivateKey(key);
    } catch {
      return false;
    }
  });
  if (own < 0) throw new Pkcs12Error('PKCS12_NO_KEY', 'no certificate in the file matches its private key');
  const keyPkcs8 = new Uint8Array(key.export({ format: 'der', type: 'pkcs8' }));
  return { key, keyPkcs8, certificate: certs[own]!, others: certs.filter((_, i) => i !== own) };
}
