import type { Person } from '../../../contracts/directory.contract.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { authorizePeopleRead } from './person-rules.ts';

/** One person of the agency; another agency's id is PERSON_NOT_FOUND like a missing one. */
export async function getPerson(deps: CoreDeps, ctx: TenantContext, id: string): Promise<Person> {
  authorizePeopleRead(ctx);
  const person = await deps.uow.run((r) => r.directory.getPerson(ctx.tenantId, id));
  if (!person) throw new AppError('PERSON_NOT_FOUND', { id });
  return person;
}
