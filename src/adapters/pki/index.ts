/**
 * The PKI adapter (port: src/domain/signing/ports.ts): the agency CAs and certificates (@peculiar/x509),
 * keys sealed under the master key, CAdES signatures (pkijs + Node crypto) with an optional RFC 3161
 * time-stamp, PKCS#12 import, PDF signature verification and the signature images' watermark.
 */
import { createHash, type KeyObject, X509Certificate } from 'node:crypto';
import type { Pki } from '../../domain/signing/ports.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { embedWatermark } from '../images/watermark.ts';
import { cadesSign } from './cades.ts';
import {
  certificateInfo,
  createCa,
  createCrl,
  issueCertificate,
  keyAlgorithmOf,
  keyMatchesCertificate,
  privateKeyOf,
  toPem,
} from './certificates.ts';
import { createKeyVault } from './key-vault.ts';
import { Pkcs12Error, readPkcs12 } from './pkcs12.ts';
import { httpTimeStamper, TsaError } from './tsa-client.ts';
import { pemBlocks } from './pem.ts';
import { certificatesInSignatures, verifyPdfSignatures } from './verify-pdf.ts';

/** DER from DER or PEM text. */
const derOf = (bytes: Uint8Array) => pemBlocks(bytes, 'CERTIFICATE')[0] ?? bytes;

const keyObjects = new Map<string, KeyObject>();

/**
 * The KeyObject of a PKCS#8 key, kept for the next signature with it (importing costs ~1 ms, and a unit's
 * seal signs every receipt stamp of the unit). Keyed by a hash, never by the key's bytes.
 */
function keyObjectOf(pkcs8: Uint8Array): KeyObject {
  const id = createHash('sha256').update(pkcs8).digest('base64');
  let key = keyObjects.get(id);
  if (!key) {
    key = privateKeyOf(pkcs8);
    if (keyObjects.size >= 256) keyObjects.delete(keyObjects.keys().next().value!);
    keyObjects.set(id, key);
  }
  return key;
}

export function createPki(opts: { masterKey: Uint8Array; tsaUrl?: string }): Pki {
  const vault = createKeyVault(opts.masterKey);
  const stamper = opts.tsaUrl ? httpTimeStamper(opts.tsaUrl) : undefined;
  return {
    createCa: (agencyName, now) => createCa({ agencyName, now }),
    issueCertificate: (o) => issueCertificate(o),
    createCrl: (o) => createCrl(o),
    certificateFacts(bytes) {
      try {
        const der = new Uint8Array(new X509Certificate(derOf(bytes)).raw);
        return { ...certificateInfo(der), der, pem: toPem(der) };
      } catch {
        throw new AppError('CERTIFICATE_INVALID');
      }
    },
    readPkcs12(bytes, password) {
      try {
        const r = readPkcs12(bytes, password);
        const algorithm = keyAlgorithmOf(r.key);
        if (!algorithm) throw new AppError('CERTIFICATE_KEY_UNSUPPORTED');
        return { keyPkcs8: r.keyPkcs8, certificate: r.certificate, others: r.others, algorithm };
      } catch (err) {
        if (err instanceof Pkcs12Error) throw new AppError(err.problem, { detail: err.message });
        throw err;
      }
    },
    keyMatches: (key, cert) => keyMatchesCertificate(key, cert),
    seal: (t, p, data) => vault.seal(t, p, data),
    open: (t, p, data) => vault.open(t, p, data),
    cmsSigner(keyPkcs8, certificate, chain) {
      const key = keyObjectOf(keyPkcs8);
      return async (chunks) => {
        try {
          return await cadesSign(chunks, { key, certificate, chain }, stamper);
        } catch (err) {
          if (err instanceof TsaError) throw new AppError('TSA_UNAVAILABLE', { detail: err.message });
          throw err;
        }
      };
    },
    watermark: (tenantId, png, binding) => embedWatermark(png, vault.watermarkKey(tenantId), binding),
    async signatureCertificates(pdf, casOf) {
      const { certificates, tenants } = await certificatesInSignatures(pdf);
      const xs = certificates.map((c) => new X509Certificate(c));
      const issuedBy = (await casOf(tenants)).filter((ca) => {
        const issuer = new X509Certificate(ca);
        return xs.some((x) => x.checkIssued(issuer) && x.verify(issuer.publicKey));
      });
      return { certificates, issuedBy };
    },
    verifyPdf: (pdf, trust) =>
      verifyPdfSignatures(pdf, trust, { watermarkKey: (tenantId) => vault.watermarkKey(tenantId) }),
  };
}
