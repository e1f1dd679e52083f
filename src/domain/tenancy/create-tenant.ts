import type { CreateTenantBody, Tenant } from '../../../contracts/tenancy.contract.ts';
import { PLATFORM_CHAIN } from '../audit/audit-chain.ts';
import { checkPasswordPolicy } from '../auth/password-policy.ts';
import { DEFAULT_ROLES } from '../directory/permissions.ts';
import { AppError } from '../shared/app-error.ts';
import type { OperatorActor, SystemActor } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';

/**
 * Creates an agency with its root org unit, the deck's default roles and its first admin
 * (Admin + บทบาทบุคคล on the root unit), all in one transaction.
 */
export async function createTenant(
  deps: CoreDeps,
  actor: OperatorActor | SystemActor,
  input: CreateTenantBody,
  requestId?: string,
  options: { adminMustChangePassword?: boolean } = {},
): Promise<Tenant> {
  checkPasswordPolicy(input.admin.password, input.admin.username);
  const passwordHash = await deps.passwords.hash(input.admin.password);
  return deps.uow.run(async (r) => {
    if (await r.tenants.findBySlug(input.slug)) throw new AppError('TENANT_SLUG_TAKEN', { slug: input.slug });
    const tenant = await r.tenants.insert({
      slug: input.slug,
      nameTh: input.nameTh,
      nameEn: input.nameEn,
      ministry: input.ministry,
      department: input.department,
      letterCode: input.letterCode,
      ownerNumber: input.ownerNumber,
      userQuota: input.userQuota,
      digitStyle: input.digitStyle,
    });
    const root = await r.directory.insertOrgUnit(tenant.id, {
      parentId: null,
      nameTh: input.nameTh,
      nameEn: input.nameEn,
      shortName: '',
      ownerNumber: input.ownerNumber,
    });
    const roles = new Map<string, string>();
    for (const role of DEFAULT_ROLES) {
      const created = await r.directory.insertRole(tenant.id, role);
      roles.set(role.key, created.id);
    }
    await r.letters.insertDefaultPresets(tenant.id);
    await r.outgoing.insertDefaultSalutations(tenant.id);
    const adminId = await r.directory.insertUser(tenant.id, {
      personId: null,
      username: input.admin.username,
      displayName: input.admin.displayName,
      passwordHash,
      startsOn: null,
      endsOn: null,
      disabled: false,
      mustChangePassword: options.adminMustChangePassword ?? true,
      note: '',
    });
    for (const key of ['admin', 'person']) {
      await r.directory.insertRoleAssignment(tenant.id, {
        userId: adminId,
        roleId: roles.get(key)!,
        orgUnitId: root.id,
        startsOn: null,
        endsOn: null,
      });
    }
    const who = {
      kind: actor.kind,
      id: actor.kind === 'operator' ? actor.operatorId : null,
      name: actor.name,
      requestId,
    };
    const summary = {
      slug: tenant.slug,
      nameTh: tenant.nameTh,
      userQuota: tenant.userQuota,
      admin: input.admin.username,
    };
    await r.audit.append(PLATFORM_CHAIN, who, {
      action: 'tenant.created',
      targetType: 'tenant',
      targetId: tenant.id,
      summary,
    });
    await r.audit.append(tenant.id, who, {
      action: 'tenant.created',
      targetType: 'tenant',
      targetId: tenant.id,
      summary,
    });
    return { ...tenant, usersInUse: 1 };
  });
}
