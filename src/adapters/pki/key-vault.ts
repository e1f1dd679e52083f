/**
 * Private keys at rest: AES-256-GCM under a key derived per agency (HKDF-SHA256) from the service's master
 * key (SARABAN_MASTER_KEY). The agency id and the key's purpose are bound in as associated data, so a
 * sealed key copied to another agency's row, or used for another purpose, does not open. The watermark
 * key of an agency's signature images comes from the same master key, so it needs no storage.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 1;

export interface KeyVault {
  seal(tenantId: string, purpose: string, plaintext: Uint8Array): Uint8Array;
  /** Throws when the data was not sealed with this master key for this agency and purpose. */
  open(tenantId: string, purpose: string, sealed: Uint8Array): Uint8Array;
  /** The agency's key for the invisible watermark of signature images. */
  watermarkKey(tenantId: string): Uint8Array;
}

export function createKeyVault(masterKey: Uint8Array): KeyVault {
  if (masterKey.length < 32) throw new Error('the master key must be at least 32 bytes');
  const derive = (tenantId: string, info: string) =>
    new Uint8Array(hkdfSync('sha256', masterKey, Buffer.from(tenantId, 'utf8'), info, 32));
  const keyCache = new Map<string, Uint8Array>();
  const tenantKey = (tenantId: string) => {
    let k = keyCache.get(tenantId);
    if (!k) {
      k = derive(tenantId, 'saraban key vault v1');
      if (keyCache.size > 1000) keyCache.clear();
      keyCache.set(tenantId, k);
    }
    return k;
  };
  return {
    seal(tenantId, purpose, plaintext) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', tenantKey(tenantId), iv);
      c.setAAD(Buffer.from(`${tenantId}\n${purpose}`, 'utf8'));
      const body = Buffer.concat([c.update(plaintext), c.final()]);
      return new Uint8Array(Buffer.concat([Buffer.from([VERSION]), iv, c.getAuthTag(), body]));
    },
    open(tenantId, purpose, sealed) {
      if (sealed[0] !== VERSION || sealed.length < 29) throw new Error('sealed key: unknown format');
      const d = createDecipheriv('aes-256-gcm', tenantKey(tenantId), sealed.subarray(1, 13));
      d.setAAD(Buffer.from(`${tenantId}\n${purpose}`, 'utf8'));
      d.setAuthTag(sealed.subarray(13, 29));
      return new Uint8Array(Buffer.concat([d.update(sealed.subarray(29)), d.final()]));
    },
    watermarkKey(tenantId) {
      return derive(tenantId, 'saraban signature watermark v1');
    },
  };
}
