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

/** The canonical text of an entry's content: everything but its place in the chain (seq, prevHash). */
export function auditPayload(e: AuditEntryFields): string {
  const { seq: _seq, prevHash: _prev, ...content } = e;
  return canonicalJson(content);
}

/**
 * The link hash: sha256 (hex) of "prevHash \n seq \n payload" in UTF-8. The database computes the same
 * expression while it appends (so an append is one statement under the chain-head lock); editing any
 * field, or removing or reordering entries, breaks this link and every later one.
 */
export function chainHash(prevHash: string, seq: number, payload: string): string {
  return createHash('sha256').update(`${prevHash}\n${seq}\n${payload}`, 'utf8').digest('hex');
}

/** The hash an entry must carry. */
export function hashAuditEntry(e: AuditEntryFields): string {
  return chainHash(e.prevHash, e.seq, auditPayload(e));
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
