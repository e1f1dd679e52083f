import { createHash, randomBytes } from 'node:crypto';

/** A new random secret (session or API token), url-safe. */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** sha256 of a secret: what is stored, so a database leak reveals no usable token. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
