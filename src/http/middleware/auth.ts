import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Principal, resolveApiToken, resolveSession } from '../../domain/auth/session.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import type { OperatorActor, TenantContext } from '../../domain/shared/context.ts';
import type { CoreDeps } from '../../domain/shared/deps.ts';

/** Session cookies: agency users and operators keep separate ones, so signing in as one never drops the other. */
export const SESSION_COOKIES = { user: 'saraban_session', operator: 'saraban_operator_session' } as const;
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
  interface FastifyContextConfig {
    /** Routes a user whose password must change may still call (session, password change, logout). */
    allowPendingPasswordChange?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

async function authenticate(
  deps: CoreDeps,
  req: FastifyRequest,
  kind: 'user' | 'operator',
): Promise<Principal | null> {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return resolveApiToken(deps, auth.slice(7).trim());
  const cookie = req.cookies[SESSION_COOKIES[kind]];
  return cookie ? resolveSession(deps, cookie) : null;
}

/**
 * onRequest hook factory (runs before body validation, so an anonymous request gets 401, not 400): requires an agency user (kind 'user') or an operator (kind 'operator').
 * Cookie-authenticated writes must echo the session's CSRF token in X-CSRF-Token (double submit);
 * bearer tokens are not sent by browsers on their own, so they need no CSRF token.
 */
export function requirePrincipal(deps: CoreDeps, kind: 'user' | 'operator') {
  return async (req: FastifyRequest, _reply: FastifyReply) => {
    const principal = await authenticate(deps, req, kind);
    if (!principal || principal.actor.kind !== kind) throw new AppError('AUTH_REQUIRED');
    if (
      principal.via === 'session' &&
      !SAFE_METHODS.has(req.method) &&
      req.headers[CSRF_HEADER] !== principal.csrfToken
    ) {
      throw new AppError('AUTH_CSRF');
    }
    if (principal.mustChangePassword && !req.routeOptions.config.allowPendingPasswordChange) {
      throw new AppError('AUTH_PASSWORD_CHANGE_REQUIRED');
    }
    req.principal = principal;
  };
}

/** The tenant context of an authenticated agency request. */
export function tenantContext(req: FastifyRequest): TenantContext {
  const p = req.principal;
  if (p?.actor.kind !== 'user') throw new AppError('AUTH_REQUIRED');
  return { tenantId: p.actor.tenantId, actor: p.actor, requestId: req.id };
}

/** The operator of an authenticated operator request. */
export function operatorActor(req: FastifyRequest): OperatorActor {
  const p = req.principal;
  if (p?.actor.kind !== 'operator') throw new AppError('AUTH_REQUIRED');
  return p.actor;
}
