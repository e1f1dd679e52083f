import type { z } from 'zod';
import { CreateUserBody, type User } from '../../../contracts/directory.contract.ts';
import { authorize } from '../auth/authorize.ts';
import { checkPasswordPolicy } from '../auth/password-policy.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { auditActor } from '../audit/index.ts';
import { assertDateRange } from './date-range.ts';
import { parseInput } from './parse-input.ts';
import { Permission } from './permissions.ts';
import { claimUserSlot } from './user-quota.ts';
import { checkPersonLink } from './user-rules.ts';

/**
 * Creates a login account (the deck's user form). Within the agency's quota (TENANT_QUOTA_REACHED with
 * {quota, used}); a disabled account does not count against it. The username is unique per agency,
 * whatever its letter case.
 */
export async function createUser(
  deps: CoreDeps,
  ctx: TenantContext,
  input: z.input<typeof CreateUserBody>,
): Promise<User> {
  authorize(ctx, Permission.UsersManage);
  const body = parseInput(CreateUserBody, input);
  assertDateRange(body.startsOn, body.endsOn);
  checkPasswordPolicy(body.password, body.username, { initial: body.mustChangePassword });
  // Hashing is slow on purpose: done before the transaction, so the tenant row lock is held briefly.
  const passwordHash = await deps.passwords.hash(body.password);
  return deps.uow.run(async (r) => {
    if (body.disabled) await r.tenants.lock(ctx.tenantId);
    else await claimUserSlot(r, ctx.tenantId);
    if (await r.directory.findUserIdByUsername(ctx.tenantId, body.username)) {
      throw new AppError('USER_USERNAME_TAKEN', { username: body.username });
    }
    if (body.personId) await checkPersonLink(r, ctx.tenantId, body.personId, null);
    const id = await r.directory.insertUser(ctx.tenantId, {
      personId: body.personId,
      username: body.username,
      displayName: body.displayName,
      passwordHash,
      startsOn: body.startsOn,
      endsOn: body.endsOn,
      disabled: body.disabled,
      mustChangePassword: body.mustChangePassword,
      note: body.note,
    });
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'user.created',
      targetType: 'user',
      targetId: id,
      summary: {
        username: body.username,
        displayName: body.displayName,
        personId: body.personId,
        disabled: body.disabled,
      },
    });
    return (await r.directory.getUser(ctx.tenantId, id))!;
  });
}
