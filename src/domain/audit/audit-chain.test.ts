import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type AuditEntryFields,
  canonicalJson,
  findBrokenLink,
  GENESIS_HASH,
  hashAuditEntry,
} from './audit-chain.ts';

function chain(n: number) {
  const out: Array<AuditEntryFields & { hash: string }> = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const fields: AuditEntryFields = {
      tenantId: 't',
      seq,
      at: `2026-01-0${seq}T00:00:00.000Z`,
      actorKind: 'user',
      actorId: 'u',
      actorName: 'ผู้ใช้',
      action: 'x.done',
      targetType: 'x',
      targetId: String(seq),
      summary: { n: seq },
      prevHash: prev,
    };
    const hash = hashAuditEntry(fields);
    out.push({ ...fields, hash });
    prev = hash;
  }
  return out;
}

describe('audit chain', () => {
  it('hashes the same content the same whatever the key order', () => {
    assert.equal(canonicalJson({ b: 1, a: { d: 2, c: 3 } }), canonicalJson({ a: { c: 3, d: 2 }, b: 1 }));
  });

  it('accepts an intact chain', () => {
    assert.equal(findBrokenLink(chain(5)), null);
  });

  it('reports the first edited entry', () => {
    const entries = chain(5);
    entries[2] = { ...entries[2]!, summary: { n: 99 } };
    assert.deepEqual(findBrokenLink(entries), { seq: 3, reason: 'hash-mismatch' });
  });

  it('reports a deleted entry as a gap', () => {
    const entries = chain(5);
    entries.splice(1, 1);
    assert.deepEqual(findBrokenLink(entries), { seq: 3, reason: 'sequence-gap' });
  });
});
