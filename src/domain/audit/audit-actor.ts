import type { AuditActor } from './ports.ts';
import type { TenantContext } from '../shared/context.ts';

/** Who is acting, as the audit trail records it. */
export function auditActor(ctx: TenantContext): AuditActor {
  const a = ctx.actor;
  return a.kind === 'user'
    ? { kind: 'user', id: a.userId, name: a.name, requestId: ctx.requestId }
    : { kind: 'system', id: null, name: a.name, requestId: ctx.requestId };
}

/**
 * The fields a patch really changes, as `{ field: { from, to } }` for an audit summary. Fields named in
 * `redact` are listed without their values: the audit log is append-only, so personal data written
 * there (national ID, address, phone) could never be erased again.
 */
export function auditChanges<T extends object>(
  before: T,
  patch: Partial<T>,
  redact: readonly (keyof T)[] = [],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, to] of Object.entries(patch) as [keyof T & string, unknown][]) {
    const from = before[key];
    if (to === undefined || JSON.stringify(from) === JSON.stringify(to)) continue;
    out[key] = redact.includes(key) ? 'changed' : { from, to };
  }
  return out;
}
