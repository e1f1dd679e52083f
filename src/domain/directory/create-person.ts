import type { z } from 'zod';
import { type Person, PersonBody } from '../../../contracts/directory.contract.ts';
import { authorize } from '../auth/authorize.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { auditActor } from '../audit/index.ts';
import { parseInput } from './parse-input.ts';
import { Permission } from './permissions.ts';
import { checkedNationalId, claimLoginEmail, withLoginEmailOwner } from './person-rules.ts';

/**
 * Records a member of staff (the deck's บันทึกบุคลากร): the national ID must pass its check digit and be new
 * to the agency; a login e-mail held by someone else is refused unless `moveLoginEmail` moves it here.
 */
export async function createPerson(
  deps: CoreDeps,
  ctx: TenantContext,
  input: z.input<typeof PersonBody>,
): Promise<Person> {
  authorize(ctx, Permission.PersonnelManage);
  const { moveLoginEmail, ...body } = parseInput(PersonBody, input);
  const nationalId = checkedNationalId(body.nationalId);
  return withLoginEmailOwner(deps, ctx, body.loginEmail, () =>
    deps.uow.run(async (r) => {
      if (!(await r.directory.getOrgUnit(ctx.tenantId, body.orgUnitId, 'share'))) {
        throw new AppError('ORG_UNIT_NOT_FOUND', { id: body.orgUnitId });
      }
      if (await r.directory.findPersonByNationalId(ctx.tenantId, nationalId))
        throw new AppError('PERSON_NATIONAL_ID_TAKEN');
      const movedFrom = await claimLoginEmail(r, ctx.tenantId, body.loginEmail, null, moveLoginEmail);
      const person = await r.directory.insertPerson(ctx.tenantId, { ...body, nationalId });
      const who = auditActor(ctx);
      await r.audit.append(ctx.tenantId, who, {
        action: 'person.created',
        targetType: 'person',
        targetId: person.id,
        summary: {
          title: person.title,
          nameTh: person.nameTh,
          orgUnitId: person.orgUnitId,
          loginEmail: person.loginEmail,
        },
      });
      if (movedFrom) {
        await r.audit.append(ctx.tenantId, who, {
          action: 'person.login-email-moved',
          targetType: 'person',
          targetId: person.id,
          summary: { loginEmail: person.loginEmail, fromPersonId: movedFrom.id, fromName: movedFrom.nameTh },
        });
      }
      return person;
    }),
  );
}
