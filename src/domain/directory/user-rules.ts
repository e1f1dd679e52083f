import { AppError } from '../shared/app-error.ts';
import type { Repositories } from '../shared/ports.ts';

/**
 * Checks that a person may be linked to the account `selfId` (null for a new one): the person exists in the
 * agency (PERSON_NOT_FOUND) and has no other account (USER_PERSON_LINKED; a unique index backs this up).
 */
export async function checkPersonLink(
  r: Repositories,
  tenantId: string,
  personId: string,
  selfId: string | null,
): Promise<void> {
  if (!(await r.directory.getPerson(tenantId, personId, 'share')))
    throw new AppError('PERSON_NOT_FOUND', { id: personId });
  const linked = await r.directory.findUserIdByPerson(tenantId, personId);
  if (linked && linked !== selfId) throw new AppError('USER_PERSON_LINKED', { personId, userId: linked });
}
