import type { z } from 'zod';
import { type Role, UpdateRoleBody } from '../../../contracts/directory.contract.ts';
import { authorize } from '../auth/authorize.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { bangkokToday } from '../shared/thai/thai-date.ts';
import { keepAnAdmin } from './admin-guard.ts';
import { auditActor, auditChanges } from '../audit/index.ts';
import { parseInput } from './parse-input.ts';
import { Permission } from './permissions.ts';
import { checkedPermissions } from './role-rules.ts';

/**
 * Renames a role or changes its permissions; holders get the new permissions with their next request.
 * Taking UsersManage away from the only role that still gives the agency an administrator is ROLE_LAST_ADMIN.
 */
export async function updateRole(
  deps: CoreDeps,
  ctx: TenantContext,
  id: string,
  input: z.input<typeof UpdateRoleBody>,
): Promise<Role> {
  authorize(ctx, Permission.UsersManage);
  const body = parseInput(UpdateRoleBody, input);
  const patch = {
    ...body,
    ...(body.permissions ? { permissions: checkedPermissions(body.permissions) } : {}),
  };
  const today = bangkokToday(deps.clock.now());
  return deps.uow.run((r) =>
    keepAnAdmin(r, ctx.tenantId, today, async () => {
      const before = await r.directory.getRole(ctx.tenantId, id, 'update');
      if (!before) throw new AppError('ROLE_NOT_FOUND', { id });
      if (patch.nameTh !== undefined && patch.nameTh !== before.nameTh) {
        const other = await r.directory.findRoleByName(ctx.tenantId, patch.nameTh);
        if (other && other.id !== id) throw new AppError('ROLE_NAME_TAKEN', { nameTh: patch.nameTh });
      }
      const after = (await r.directory.updateRole(ctx.tenantId, id, patch))!;
      const changes = auditChanges(before, patch);
      if (Object.keys(changes).length > 0) {
        await r.audit.append(ctx.tenantId, auditActor(ctx), {
          action: 'role.updated',
          targetType: 'role',
          targetId: id,
          summary: changes,
        });
      }
      return after;
    }),
  );
}
