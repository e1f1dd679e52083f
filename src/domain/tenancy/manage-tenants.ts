import type {
  Tenant,
  UpdateAgencySettingsBody,
  UpdateTenantBody,
  UsageStatistics,
} from '../../../contracts/tenancy.contract.ts';
import { authorize } from '../auth/authorize.ts';
import { Permission } from '../directory/permissions.ts';
import { auditActor, auditChanges, PLATFORM_CHAIN } from '../audit/index.ts';
import { AppError } from '../shared/app-error.ts';
import type { OperatorActor, TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { bangkokMonthStart } from '../shared/thai/thai-date.ts';

/** Changes an agency's details, quota or status (operators only). A quota below the users in use is refused. */
export async function updateTenant(
  deps: CoreDeps,
  actor: OperatorActor,
  id: string,
  patch: UpdateTenantBody,
  requestId?: string,
): Promise<Tenant> {
  return deps.uow.run(async (r) => {
    const before = await r.tenants.lock(id);
    if (!before) throw new AppError('TENANT_NOT_FOUND');
    if (patch.userQuota !== undefined && patch.userQuota < before.usersInUse) {
      throw new AppError('TENANT_QUOTA_BELOW_USAGE', { used: before.usersInUse, quota: patch.userQuota });
    }
    const after = await r.tenants.update(id, patch);
    const changes = auditChanges(before, patch);
    const action =
      patch.status && patch.status !== before.status
        ? `tenant.${patch.status === 'suspended' ? 'suspended' : 'reactivated'}`
        : 'tenant.updated';
    const who = { kind: 'operator' as const, id: actor.operatorId, name: actor.name, requestId };
    await r.audit.append(PLATFORM_CHAIN, who, {
      action,
      targetType: 'tenant',
      targetId: id,
      summary: changes,
    });
    await r.audit.append(id, who, { action, targetType: 'tenant', targetId: id, summary: changes });
    return after;
  });
}

/** One agency, for operators. */
export async function getTenant(deps: CoreDeps, id: string): Promise<Tenant> {
  const t = await deps.uow.run((r) => r.tenants.get(id));
  if (!t) throw new AppError('TENANT_NOT_FOUND');
  return t;
}

/** The signed-in user's own agency. */
export async function getOwnTenant(deps: CoreDeps, ctx: TenantContext): Promise<Tenant> {
  return getTenant(deps, ctx.tenantId);
}

/**
 * Lets an agency admin choose whether numbers and dates print in Thai or Arabic digits (regulation §10.1:
 * Thai digits are encouraged, not mandatory). Needs RegistersManage, since it changes every printed number.
 */
export async function updateAgencySettings(
  deps: CoreDeps,
  ctx: TenantContext,
  patch: UpdateAgencySettingsBody,
): Promise<Tenant> {
  authorize(ctx, Permission.RegistersManage);
  return deps.uow.run(async (r) => {
    const before = await r.tenants.lock(ctx.tenantId);
    if (!before) throw new AppError('TENANT_NOT_FOUND');
    const after = await r.tenants.update(ctx.tenantId, patch);
    const changes = auditChanges(before, patch);
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'tenant.settings-updated',
      targetType: 'tenant',
      targetId: ctx.tenantId,
      summary: changes,
    });
    return after;
  });
}

/** Agencies, a page at a time, searchable by name or code. */
export async function listTenants(deps: CoreDeps, q: { limit: number; offset: number; q?: string }) {
  return deps.uow.run((r) => r.tenants.list(q));
}

/** The deck's usage statistics; "this month" is the Bangkok calendar month. */
export async function getUsageStatistics(deps: CoreDeps): Promise<UsageStatistics> {
  const monthStart = bangkokMonthStart(deps.clock.now());
  return deps.uow.run((r) => r.tenants.statistics(monthStart));
}
