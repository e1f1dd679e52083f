import type { z } from 'zod';
import { UpdateUserBody, type User } from '../../../contracts/directory.contract.ts';
import { authorize } from '../auth/authorize.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { bangkokToday } from '../shared/thai/thai-date.ts';
import { keepAnAdmin } from './admin-guard.ts';
import { auditActor, auditChanges } from '../audit/index.ts';
import { assertDateRange } from './date-range.ts';
import { parseInput } from './parse-input.ts';
import { Permission } from './permissions.ts';
import { claimUserSlot } from './user-quota.ts';
import { checkPersonLink } from './user-rules.ts';

/**
 * Changes an account's name, person, active dates, note or the deck's "ไม่อนุญาตให้ใช้งาน". Re-enabling
 * needs a free place in the quota; disabling ends the user's sessions; neither may leave the agency
 * without an active administrator (ROLE_LAST_ADMIN).
 */
export async function updateUser(
  deps: CoreDeps,
  ctx: TenantContext,
  id: string,
  input: z.input<typeof UpdateUserBody>,
): Promise<User> {
  authorize(ctx, Permission.UsersManage);
  const patch = parseInput(UpdateUserBody, input);
  const today = bangkokToday(deps.clock.now());
  return deps.uow.run((r) =>
    keepAnAdmin(r, ctx.tenantId, today, async () => {
      const before = await r.directory.getUser(ctx.tenantId, id);
      if (!before) throw new AppError('USER_NOT_FOUND', { id });
      assertDateRange(
        patch.startsOn === undefined ? before.startsOn : patch.startsOn,
        patch.endsOn === undefined ? before.endsOn : patch.endsOn,
      );
      if (before.disabled && patch.disabled === false) await claimUserSlot(r, ctx.tenantId);
      if (patch.personId && patch.personId !== before.personId)
        await checkPersonLink(r, ctx.tenantId, patch.personId, id);
      await r.directory.updateUser(ctx.tenantId, id, patch);
      if (patch.disabled === true && !before.disabled) await r.auth.deleteSessionsOf(id);
      const changes = auditChanges(before, patch);
      if (Object.keys(changes).length > 0) {
        await r.audit.append(ctx.tenantId, auditActor(ctx), {
          action: 'user.updated',
          targetType: 'user',
          targetId: id,
          summary: changes,
        });
      }
      return (await r.directory.getUser(ctx.tenantId, id))!;
    }),
  );
}
