import { authorize } from '../auth/authorize.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { auditActor } from '../audit/index.ts';
import { Permission } from './permissions.ts';

/** Deletes a person who has no user account and no appointments (PERSON_IN_USE otherwise, with the counts). */
export async function deletePerson(deps: CoreDeps, ctx: TenantContext, id: string): Promise<void> {
  authorize(ctx, Permission.PersonnelManage);
  await deps.uow.run(async (r) => {
    // FOR UPDATE: an appointment or account being linked to this person meanwhile is counted or finds them gone.
    const person = await r.directory.getPerson(ctx.tenantId, id, 'update');
    if (!person) throw new AppError('PERSON_NOT_FOUND', { id });
    const usage = await r.directory.personUsage(ctx.tenantId, id);
    if (usage.users > 0 || usage.appointments > 0) throw new AppError('PERSON_IN_USE', { id, ...usage });
    await r.directory.deletePerson(ctx.tenantId, id);
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'person.deleted',
      targetType: 'person',
      targetId: id,
      summary: { nameTh: person.nameTh, orgUnitId: person.orgUnitId },
    });
  });
}
