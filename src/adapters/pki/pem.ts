/**
 * The DER of every PEM block with this label (`CERTIFICATE`, `X509 CRL`) in the text, in order; an empty
 * list when there is none, so callers can treat the bytes as DER themselves.
 */
export function pemBlocks(bytes: Uint8Array, label: string): Uint8Array[] {
  const text = Buffer.from(bytes).toString('latin1');
  const re = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`, 'g');
  return [...text.matchAll(re)].map((m) => new Uint8Array(Buffer.from(m[1]!.replace(/\s+/g, ''), 'base64')));
}
