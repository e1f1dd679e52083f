import { can } from '../auth/authorize.ts';
import { AppError, isAppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import type { Repositories } from '../shared/ports.ts';
import { isValidNationalId, normalizeNationalId } from './national-id.ts';
import { Permission } from './permissions.ts';
import type { PersonFields } from './ports.ts';

/**
 * People records hold national IDs, addresses and phones, so reading them needs PersonnelManage, or
 * UsersManage (user admins link an account to its person). Lighter pickers can come later without them.
 */
export function authorizePeopleRead(ctx: TenantContext): void {
  if (!can(ctx.actor, Permission.PersonnelManage) && !can(ctx.actor, Permission.UsersManage)) {
    throw new AppError('PERMISSION_DENIED', { permission: Permission.PersonnelManage });
  }
}

/** Personal data never copied into the append-only audit log (only the fact that it changed). */
export const REDACTED_PERSON_FIELDS: readonly (keyof PersonFields)[] = ['nationalId', 'address', 'phone'];

/** The national ID as stored (13 ASCII digits), or PERSON_NATIONAL_ID_INVALID when the check digit fails. */
export function checkedNationalId(raw: string): string {
  const id = normalizeNationalId(raw);
  if (!isValidNationalId(id)) throw new AppError('PERSON_NATIONAL_ID_INVALID');
  return id;
}

/**
 * Makes `loginEmail` free for person `selfId` (null for a new person). Taken by someone else: 409
 * PERSON_LOGIN_EMAIL_TAKEN naming the owner, unless `move` (the deck's "ยืนยันการบันทึก E-mail เข้าระบบ"), which
 * clears it from the owner in this transaction and returns them so the move can be audited.
 */
export async function claimLoginEmail(
  r: Repositories,
  tenantId: string,
  loginEmail: string | null | undefined,
  selfId: string | null,
  move: boolean,
): Promise<{ id: string; nameTh: string } | null> {
  if (!loginEmail) return null;
  const owner = await r.directory.findPersonByLoginEmail(tenantId, loginEmail);
  if (!owner || owner.id === selfId) return null;
  if (!move) throw new AppError('PERSON_LOGIN_EMAIL_TAKEN', { owner: owner.nameTh, ownerId: owner.id });
  await r.directory.clearLoginEmail(tenantId, owner.id);
  return owner;
}

/**
 * Runs a people write; when it lost a race for the login e-mail (the unique index answered, so the error
 * carries no owner yet), looks the new owner up so the 409 still names them.
 */
export async function withLoginEmailOwner<T>(
  deps: CoreDeps,
  ctx: TenantContext,
  loginEmail: string | null | undefined,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (!loginEmail || !isAppError(e, 'PERSON_LOGIN_EMAIL_TAKEN') || e.details?.ownerId) throw e;
    const owner = await deps.uow.run((r) => r.directory.findPersonByLoginEmail(ctx.tenantId, loginEmail));
    throw new AppError(
      'PERSON_LOGIN_EMAIL_TAKEN',
      owner ? { owner: owner.nameTh, ownerId: owner.id } : { owner: loginEmail },
    );
  }
}
