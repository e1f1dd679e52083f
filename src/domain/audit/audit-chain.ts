import { createHash } from 'node:crypto';

/** The fields of an audit entry that its hash covers. */
export interface AuditEntryFields {
  tenantId: string;
  seq: number;
  at: string;
  actorKind: string;
  actorId: string | null;
  actorName: string;
  action: string;
  targetType: string;
  targetId: string | null;
  summary: unknown;
  prevHash: string;
}

/** The hash that starts every chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** Platform-level events (operators) chain under the nil tenant id. */
export const PLATFORM_CHAIN = '00000000-0000-0000-0000-000000000000';

/** Canonical JSON: object keys sorted, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** sha256 over the previous hash and the canonical entry: editing any field breaks this link and the next. */
export function hashAuditEntry(e: AuditEntryFields): string {
  return createHash('sha256').update(canonicalJson(e)).digest('hex');
}

/** The first entry whose stored hash or back-link does not match, or null when the chain is intact. */
export function findBrokenLink(
  entries: ReadonlyArray<AuditEntryFields & { hash: string }>,
): { seq: number; reason: 'hash-mismatch' | 'prev-link-mismatch' | 'sequence-gap' } | null {
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  for (const e of entries) {
    if (e.seq !== expectedSeq) return { seq: e.seq, reason: 'sequence-gap' };
    if (e.prevHash !== prev) return { seq: e.seq, reason: 'prev-link-mismatch' };
    const { hash, ...fields } = e;
    if (hashAuditEntry(fields) !== hash) return { seq: e.seq, reason: 'hash-mismatch' };
    prev = hash;
    expectedSeq += 1;
  }
  return null;
}
