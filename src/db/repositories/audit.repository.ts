import { sql } from 'kysely';
import { GENESIS_HASH, hashAuditEntry } from '../../domain/audit/audit-chain.ts';
import type { AuditRepository } from '../../domain/audit/ports.ts';
import type { Tx } from '../client.ts';

/** The audit log: each append takes the chain head row lock, so links are written strictly in order. */
export function auditRepository(tx: Tx): AuditRepository {
  return {
    async append(chainId, actor, event) {
      // Lock (or create) the chain head; concurrent appenders of one tenant queue here until commit.
      await tx
        .insertInto('audit_heads')
        .values({ tenant_id: chainId, last_seq: 0, last_hash: GENESIS_HASH })
        .onConflict((oc) => oc.column('tenant_id').doNothing())
        .execute();
      const head = await tx
        .selectFrom('audit_heads')
        .select(['last_seq', 'last_hash'])
        .where('tenant_id', '=', chainId)
        .forUpdate()
        .executeTakeFirstOrThrow();
      const seq = head.last_seq + 1;
      // Millisecond precision, so the hashed timestamp survives the round trip through timestamptz.
      const at = new Date().toISOString();
      const fields = {
        tenantId: chainId,
        seq,
        at,
        actorKind: actor.kind,
        actorId: actor.id,
        actorName: actor.name,
        action: event.action,
        targetType: event.targetType,
        targetId: event.targetId ?? null,
        summary: event.summary ?? {},
        prevHash: head.last_hash,
      };
      const hash = hashAuditEntry(fields);
      await tx
        .insertInto('audit_log')
        .values({
          tenant_id: chainId,
          seq,
          at,
          actor_kind: actor.kind,
          actor_id: actor.id,
          actor_name: actor.name,
          action: event.action,
          target_type: event.targetType,
          target_id: fields.targetId,
          summary: JSON.stringify(fields.summary),
          request_id: actor.requestId ?? null,
          prev_hash: head.last_hash,
          hash,
        })
        .execute();
      await tx
        .updateTable('audit_heads')
        .set({ last_seq: seq, last_hash: hash })
        .where('tenant_id', '=', chainId)
        .execute();
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
