import type { OperatorActor, UserActor } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import type { Repositories } from '../shared/ports.ts';
import { bangkokToday } from '../shared/thai/thai-date.ts';
import { buildUserActor } from './build-actor.ts';
import { SESSION_TTL_MS } from './login.ts';
import { hashSecret } from './secrets.ts';

/** An authenticated request's principal: who, how (cookie needs CSRF; bearer does not), and the session's CSRF token. */
export type Principal =
  | {
      actor: UserActor;
      via: 'session' | 'token';
      csrfToken: string | null;
      mustChangePassword: boolean;
      tokenHash: string;
    }
  | { actor: OperatorActor; via: 'session'; csrfToken: string; mustChangePassword: false; tokenHash: string };

// Refresh the sliding expiry at most once a minute, not on every request.
const TOUCH_AFTER_MS = 60_000;

/** Resolves a session cookie to its principal, or null when missing, expired, or the account is no longer usable. */
export async function resolveSession(deps: CoreDeps, token: string): Promise<Principal | null> {
  const now = deps.clock.now();
  const tokenHash = hashSecret(token);
  // Every request comes through here: plain reads, no transaction; the sliding expiry is written separately.
  return deps.uow.read(async (r) => {
    const s = await r.auth.findSession(tokenHash);
    if (!s || s.expiresAt <= now) return null;
    if (now.getTime() - s.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
      await deps.uow.run((w) =>
        w.auth.touchSession(tokenHash, now, new Date(now.getTime() + SESSION_TTL_MS)),
      );
    }
    if (s.kind === 'operator') {
      const op = await r.auth.getOperator(s.subjectId);
      if (!op) return null;
      return {
        actor: { kind: 'operator', operatorId: op.id, username: op.username, name: op.displayName },
        via: 'session',
        csrfToken: s.csrfToken,
        mustChangePassword: false,
        tokenHash,
      };
    }
    const actor = await loadActiveUser(r, s.tenantId!, s.subjectId, bangkokToday(now));
    if (!actor) return null;
    return {
      actor: actor.actor,
      via: 'session',
      csrfToken: s.csrfToken,
      mustChangePassword: actor.mustChangePassword,
      tokenHash,
    };
  });
}

/** Resolves an API token (Authorization: Bearer …) to its user. */
export async function resolveApiToken(deps: CoreDeps, token: string): Promise<Principal | null> {
  const now = deps.clock.now();
  const tokenHash = hashSecret(token);
  return deps.uow.read(async (r) => {
    const t = await r.auth.findApiToken(tokenHash);
    if (!t || t.revokedAt || (t.expiresAt && t.expiresAt <= now)) return null;
    const actor = await loadActiveUser(r, t.tenantId, t.userId, bangkokToday(now));
    if (!actor) return null;
    if (!t.lastUsedAt || now.getTime() - t.lastUsedAt.getTime() > TOUCH_AFTER_MS) {
      await deps.uow.run((w) => w.auth.touchApiToken(t.tenantId, t.id, now));
    }
    return { actor: actor.actor, via: 'token', csrfToken: null, mustChangePassword: false, tokenHash };
  });
}

async function loadActiveUser(
  r: Repositories,
  tenantId: string,
  userId: string,
  today: string,
): Promise<{ actor: UserActor; mustChangePassword: boolean } | null> {
  const found = await r.auth.loadUserPrincipal(tenantId, userId, today);
  if (found?.tenantStatus !== 'active') return null;
  const { user } = found;
  if (user.disabled || (user.startsOn && user.startsOn > today) || (user.endsOn && user.endsOn < today))
    return null;
  return { actor: buildUserActor(user, found.grants), mustChangePassword: user.mustChangePassword };
}

/** Ends a session. */
export async function logout(deps: CoreDeps, tokenHash: string): Promise<void> {
  await deps.uow.run((r) => r.auth.deleteSession(tokenHash));
}
