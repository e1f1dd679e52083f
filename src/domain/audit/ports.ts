import type { AuditEntryFields } from './audit-chain.ts';

/** What a change writes to the audit trail, in the same transaction as the change. */
export interface AuditEvent {
  action: string;
  targetType: string;
  targetId?: string | null;
  summary?: Record<string, unknown>;
}

/** A stored audit entry as shown to admins. */
export interface AuditRecord {
  seq: number;
  at: Date;
  actorKind: 'user' | 'operator' | 'system';
  actorId: string | null;
  actorName: string;
  action: string;
  targetType: string;
  targetId: string | null;
  summary: Record<string, unknown>;
  requestId: string | null;
}

/** Filters for browsing the audit log. */
export interface AuditQuery {
  action?: string;
  actorId?: string;
  targetId?: string;
  from?: Date;
  to?: Date;
  limit: number;
  beforeSeq?: number;
}

/** Who did it, as recorded. */
export interface AuditActor {
  kind: 'user' | 'operator' | 'system';
  id: string | null;
  name: string;
  requestId?: string;
}

/** Port: the append-only audit store, scoped to one chain (a tenant, or the platform). */
export interface AuditRepository {
  append(chainId: string, actor: AuditActor, event: AuditEvent): Promise<void>;
  list(chainId: string, q: AuditQuery): Promise<AuditRecord[]>;
  /** Every entry of a chain in order, with the fields its hash covers. */
  readChain(chainId: string): AsyncIterable<AuditEntryFields & { hash: string }>;
  /** The ids of every chain (each tenant, and the platform). */
  listChains(): Promise<string[]>;
}
