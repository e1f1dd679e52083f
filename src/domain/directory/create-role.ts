import type { z } from 'zod';
import { type Role, RoleBody } from '../../../contracts/directory.contract.ts';
import { authorize } from '../auth/authorize.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { auditActor } from '../audit/index.ts';
import { parseInput } from './parse-input.ts';
import { Permission } from './permissions.ts';
import { checkedPermissions } from './role-rules.ts';

/** Adds a role: a name unique in the agency and a set of known permissions. */
export async function createRole(
  deps: CoreDeps,
  ctx: TenantContext,
  input: z.input<typeof RoleBody>,
): Promise<Role> {
  authorize(ctx, Permission.UsersManage);
  const body = parseInput(RoleBody, input);
  const permissions = checkedPermissions(body.permissions);
  return deps.uow.run(async (r) => {
    if (await r.directory.findRoleByName(ctx.tenantId, body.nameTh))
      throw new AppError('ROLE_NAME_TAKEN', { nameTh: body.nameTh });
    const role = await r.directory.insertRole(ctx.tenantId, {
      key: null,
      nameTh: body.nameTh,
      nameEn: body.nameEn,
      permissions,
    });
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'role.created',
      targetType: 'role',
      targetId: role.id,
      summary: { nameTh: role.nameTh, permissions },
    });
    return role;
  });
}
