import type { SessionInfo } from '../../../contracts/auth.contract.ts';
import { AppError } from '../shared/app-error.ts';
import type { UserActor } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { bangkokToday } from '../shared/thai/thai-date.ts';
import { permissionsOf } from './authorize.ts';

/** What the web app needs about the signed-in user: agency, account flags, permissions and role grants. */
export async function getSessionInfo(
  deps: CoreDeps,
  actor: UserActor,
  csrfToken: string,
): Promise<SessionInfo> {
  return deps.uow.run(async (r) => {
    const tenant = await r.tenants.get(actor.tenantId);
    const user = await r.auth.getUserCredentials(actor.tenantId, actor.userId);
    if (!tenant || !user) throw new AppError('AUTH_REQUIRED');
    const grants = await r.directory.listActiveGrants(
      actor.tenantId,
      actor.userId,
      bangkokToday(deps.clock.now()),
    );
    return {
      kind: 'user',
      csrfToken,
      tenant: {
        id: tenant.id,
        slug: tenant.slug,
        nameTh: tenant.nameTh,
        nameEn: tenant.nameEn,
        digitStyle: tenant.digitStyle,
      },
      user: {
        id: user.id,
        username: user.username,
        displayName: user.displayName,
        mustChangePassword: user.mustChangePassword,
        totpEnabled: user.totpEnabled,
      },
      permissions: permissionsOf(actor),
      grants: grants.map((g) => ({
        roleId: g.roleId,
        roleName: g.roleName,
        orgUnitId: g.orgUnitId,
        orgUnitName: g.orgUnitName,
      })),
    };
  });
}
