import { sql } from 'kysely';
import { auditPayload, GENESIS_HASH } from '../../domain/audit/audit-chain.ts';
import type { AuditRepository } from '../../domain/audit/ports.ts';
import type { Tx } from '../client.ts';

/** The audit log: each append takes the chain-head row lock, so links are written strictly in order. */
export function auditRepository(tx: Tx): AuditRepository {
  return {
    async append(chainId, actor, event) {
      // Millisecond precision, so the hashed timestamp survives the round trip through timestamptz.
      const at = new Date().toISOString();
      const targetId = event.targetId ?? null;
      const summary = event.summary ?? {};
      const payload = auditPayload({
        tenantId: chainId,
        seq: 0,
        at,
        actorKind: actor.kind,
        actorId: actor.id,
        actorName: actor.name,
        action: event.action,
        targetType: event.targetType,
        targetId,
        summary,
        prevHash: '',
      });
      // One statement: the upsert creates or advances the chain head (taking its row lock until commit, so one
      // agency's appends queue here), computes the link hash exactly as chainHash() does, and the outer
      // INSERT writes the entry. On the right of SET, h.* are the head's values before this append.
      const link = (prev: unknown, seq: unknown) =>
        sql`encode(sha256(convert_to(${prev} || E'\n' || (${seq})::text || E'\n' || ${payload}::text, 'UTF8')), 'hex')`;
      await sql`
        WITH head AS (
          INSERT INTO audit_heads AS h (tenant_id, last_seq, last_hash, prev_hash)
          VALUES (${chainId}, 1, ${link(sql`${GENESIS_HASH}::text`, sql`1`)}, ${GENESIS_HASH})
          ON CONFLICT (tenant_id) DO UPDATE SET
            prev_hash = h.last_hash,
            last_seq = h.last_seq + 1,
            last_hash = ${link(sql`h.last_hash`, sql`h.last_seq + 1`)}
          RETURNING last_seq, last_hash, prev_hash
        )
        INSERT INTO audit_log (tenant_id, seq, at, actor_kind, actor_id, actor_name, action, target_type, target_id,
          summary, request_id, prev_hash, hash)
        SELECT ${chainId}::uuid, head.last_seq, ${at}::timestamptz, ${actor.kind}::text, ${actor.id}::uuid,
          ${actor.name}::text, ${event.action}::text, ${event.targetType}::text, ${targetId}::text,
          ${JSON.stringify(summary)}::jsonb, ${actor.requestId ?? null}::text, head.prev_hash, head.last_hash
        FROM head`.execute(tx);
    },
    async list(chainId, q) {
      let query = tx.selectFrom('audit_log').selectAll().where('tenant_id', '=', chainId);
      if (q.action) query = query.where('action', 'like', `${q.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      if (q.actorId) query = query.where('actor_id', '=', q.actorId);
      if (q.targetId) query = query.where('target_id', '=', q.targetId);
      if (q.from) query = query.where('at', '>=', q.from);
      if (q.to) query = query.where('at', '<', q.to);
      if (q.beforeSeq) query = query.where('seq', '<', q.beforeSeq);
      const rows = await query.orderBy('seq', 'desc').limit(q.limit).execute();
      return rows.map((r) => ({
        seq: r.seq,
        at: r.at,
        actorKind: r.actor_kind,
        actorId: r.actor_id,
        actorName: r.actor_name,
        action: r.action,
        targetType: r.target_type,
        targetId: r.target_id,
        summary: r.summary,
        requestId: r.request_id,
      }));
    },
    readChain: (chainId) => readAuditChain(tx, chainId),
    async listChains() {
      const rows = await tx.selectFrom('audit_heads').select('tenant_id').orderBy('tenant_id').execute();
      return rows.map((r) => r.tenant_id);
    },
  };
}

/** Streams a chain in order for verification, a page at a time. */
async function* readAuditChain(tx: Tx, chainId: string, pageSize = 1000) {
  let after = 0;
  for (;;) {
    const rows = await tx
      .selectFrom('audit_log')
      .select([
        'tenant_id',
        'seq',
        sql<string>`to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`.as('at_iso'),
        'actor_kind',
        'actor_id',
        'actor_name',
        'action',
        'target_type',
        'target_id',
        'summary',
        'prev_hash',
        'hash',
      ])
      .where('tenant_id', '=', chainId)
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    if (rows.length === 0) return;
    for (const r of rows) {
      yield {
        tenantId: r.tenant_id,
        seq: r.seq,
        at: r.at_iso,
        actorKind: r.actor_kind,
        actorId: r.actor_id,
        actorName: r.actor_name,
        action: r.action,
        targetType: r.target_type,
        targetId: r.target_id,
        summary: r.summary,
        prevHash: r.prev_hash,
        hash: r.hash,
      };
    }
    after = rows[rows.length - 1]!.seq;
  }
}
