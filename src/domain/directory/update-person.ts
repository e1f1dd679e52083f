import type { z } from 'zod';
import { type Person, UpdatePersonBody } from '../../../contracts/directory.contract.ts';
import { authorize } from '../auth/authorize.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { auditActor, auditChanges } from '../audit/index.ts';
import { parseInput } from './parse-input.ts';
import { Permission } from './permissions.ts';
import {
  checkedNationalId,
  claimLoginEmail,
  REDACTED_PERSON_FIELDS,
  withLoginEmailOwner,
} from './person-rules.ts';

/** Changes a person's record, with the same national-ID and login e-mail rules as creating one. */
export async function updatePerson(
  deps: CoreDeps,
  ctx: TenantContext,
  id: string,
  input: z.input<typeof UpdatePersonBody>,
): Promise<Person> {
  authorize(ctx, Permission.PersonnelManage);
  const { moveLoginEmail = false, ...body } = parseInput(UpdatePersonBody, input);
  const patch = {
    ...body,
    ...(body.nationalId !== undefined ? { nationalId: checkedNationalId(body.nationalId) } : {}),
  };
  return withLoginEmailOwner(deps, ctx, patch.loginEmail, () =>
    deps.uow.run(async (r) => {
      const before = await r.directory.getPerson(ctx.tenantId, id, 'update');
      if (!before) throw new AppError('PERSON_NOT_FOUND', { id });
      if (
        patch.orgUnitId !== undefined &&
        !(await r.directory.getOrgUnit(ctx.tenantId, patch.orgUnitId, 'share'))
      ) {
        throw new AppError('ORG_UNIT_NOT_FOUND', { id: patch.orgUnitId });
      }
      if (patch.nationalId !== undefined) {
        const holder = await r.directory.findPersonByNationalId(ctx.tenantId, patch.nationalId);
        if (holder && holder.id !== id) throw new AppError('PERSON_NATIONAL_ID_TAKEN');
      }
      const movedFrom = await claimLoginEmail(r, ctx.tenantId, patch.loginEmail, id, moveLoginEmail);
      const after = (await r.directory.updatePerson(ctx.tenantId, id, patch))!;
      const who = auditActor(ctx);
      const changes = auditChanges(before, patch, REDACTED_PERSON_FIELDS);
      if (Object.keys(changes).length > 0) {
        await r.audit.append(ctx.tenantId, who, {
          action: 'person.updated',
          targetType: 'person',
          targetId: id,
          summary: changes,
        });
      }
      if (movedFrom) {
        await r.audit.append(ctx.tenantId, who, {
          action: 'person.login-email-moved',
          targetType: 'person',
          targetId: id,
          summary: { loginEmail: after.loginEmail, fromPersonId: movedFrom.id, fromName: movedFrom.nameTh },
        });
      }
      return after;
    }),
  );
}
