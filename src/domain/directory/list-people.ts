import type { Person, PeopleQuery } from '../../../contracts/directory.contract.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { authorizePeopleRead } from './person-rules.ts';

/** A page of people by Thai name; `q` matches names, national ID digits, e-mails or employee code. */
export async function listPeople(
  deps: CoreDeps,
  ctx: TenantContext,
  q: PeopleQuery,
): Promise<{ items: Person[]; total: number }> {
  authorizePeopleRead(ctx);
  return deps.uow.run((r) => r.directory.listPeople(ctx.tenantId, q));
}
