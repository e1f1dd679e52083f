import type { z } from 'zod';
import { ResetPasswordBody } from '../../../contracts/directory.contract.ts';
import { authorize } from '../auth/authorize.ts';
import { checkPasswordPolicy } from '../auth/password-policy.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { auditActor } from '../audit/index.ts';
import { parseInput } from './parse-input.ts';
import { Permission } from './permissions.ts';

/**
 * Sets a new password for a user (an admin's reset): by default they must change it at next login. Also
 * clears a lockout and ends every session of theirs, so whoever knew the old password is logged out.
 */
export async function resetUserPassword(
  deps: CoreDeps,
  ctx: TenantContext,
  id: string,
  input: z.input<typeof ResetPasswordBody>,
): Promise<void> {
  authorize(ctx, Permission.UsersManage);
  const body = parseInput(ResetPasswordBody, input);
  const user = await deps.uow.run((r) => r.directory.getUser(ctx.tenantId, id));
  if (!user) throw new AppError('USER_NOT_FOUND', { id });
  checkPasswordPolicy(body.password, user.username, { initial: body.mustChangePassword });
  const hash = await deps.passwords.hash(body.password);
  await deps.uow.run(async (r) => {
    if (!(await r.directory.getUser(ctx.tenantId, id))) throw new AppError('USER_NOT_FOUND', { id });
    await r.auth.setUserPassword(ctx.tenantId, id, hash, body.mustChangePassword);
    await r.auth.deleteSessionsOf(id);
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'user.password-reset',
      targetType: 'user',
      targetId: id,
      summary: { mustChangePassword: body.mustChangePassword },
    });
  });
}
