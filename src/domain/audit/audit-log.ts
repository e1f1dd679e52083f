import { authorize } from '../auth/authorize.ts';
import { Permission } from '../directory/permissions.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { findBrokenLink } from './audit-chain.ts';
import type { AuditQuery, AuditRecord } from './ports.ts';

/** The agency's audit log, newest first, for admins with the log permission. */
export async function listAuditLog(
  deps: CoreDeps,
  ctx: TenantContext,
  q: AuditQuery,
): Promise<{ items: AuditRecord[]; nextBeforeSeq: number | null }> {
  authorize(ctx, Permission.LogsView);
  const items = await deps.uow.run((r) => r.audit.list(ctx.tenantId, q));
  return { items, nextBeforeSeq: items.length === q.limit ? items[items.length - 1]!.seq : null };
}

/** Result of walking one hash chain. */
export interface ChainCheck {
  chainId: string;
  ok: boolean;
  checked: number;
  firstBroken: { seq: number; reason: string } | null;
}

/** Walks a chain from its first entry and reports the first entry whose hash or back-link is wrong. */
export async function verifyChain(deps: Pick<CoreDeps, 'uow'>, chainId: string): Promise<ChainCheck> {
  return deps.uow.run(async (r) => {
    const entries = [];
    for await (const e of r.audit.readChain(chainId)) entries.push(e);
    const firstBroken = findBrokenLink(entries);
    return { chainId, ok: firstBroken === null, checked: entries.length, firstBroken };
  });
}

/** Verifies the agency's own chain (admins with the log permission). */
export async function verifyOwnAuditChain(deps: CoreDeps, ctx: TenantContext): Promise<ChainCheck> {
  authorize(ctx, Permission.LogsView);
  return verifyChain(deps, ctx.tenantId);
}

/** Verifies every chain: the CLI's `saraban audit verify`. */
export async function verifyAllChains(deps: Pick<CoreDeps, 'uow'>): Promise<ChainCheck[]> {
  const chains = await deps.uow.run((r) => r.audit.listChains());
  const out: ChainCheck[] = [];
  for (const id of chains) out.push(await verifyChain(deps, id));
  return out;
}
