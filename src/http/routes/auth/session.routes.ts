import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  ApiToken,
  ChangePasswordBody,
  CreateApiTokenBody,
  CreatedApiToken,
  LoginBody,
  SessionInfo,
  TotpConfirmBody,
  TotpDisableBody,
  TotpSetup,
} from '../../../../contracts/auth.contract.ts';
import { IdParams, Ok } from '../../../../contracts/common.contract.ts';
import {
  changeOwnPassword,
  confirmTotp,
  createApiToken,
  disableTotp,
  listApiTokens,
  revokeApiToken,
  setupTotp,
} from '../../../domain/auth/account.ts';
import { loginUser } from '../../../domain/auth/login.ts';
import { logout, resolveSession } from '../../../domain/auth/session.ts';
import { getSessionInfo } from '../../../domain/auth/session-info.ts';
import { AppError } from '../../../domain/shared/app-error.ts';
import { type AppDeps, zod } from '../../app-deps.ts';
import { requirePrincipal, SESSION_COOKIES, tenantContext } from '../../middleware/auth.ts';
import { SESSION_TTL_MS } from '../../../domain/auth/login.ts';

const tags = ['auth'];
const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Sets the session cookie: httpOnly so scripts cannot read it, SameSite=Lax against cross-site posts. */
export function setSessionCookie(
  reply: FastifyReply,
  kind: 'user' | 'operator',
  token: string,
  secure: boolean,
) {
  reply.setCookie(SESSION_COOKIES[kind], token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: SESSION_TTL_MS / 1000,
  });
}

/** Login, logout, the current session, password change, TOTP and API tokens of agency users. */
export function sessionRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = zod(app);
  const user = requirePrincipal(deps.core, 'user');
  const pending = { allowPendingPasswordChange: true };

  api.post(
    '/auth/login',
    {
      schema: {
        operationId: 'login',
        tags,
        summary: 'Log in to an agency',
        body: LoginBody,
        response: { 200: SessionInfo },
      },
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const issued = await loginUser(deps.core, req.body, req.id);
      setSessionCookie(reply, 'user', issued.token, deps.config.secureCookies);
      const principal = await resolveSession(deps.core, issued.token);
      if (principal?.actor.kind !== 'user') throw new AppError('AUTH_REQUIRED');
      return getSessionInfo(deps.core, principal.actor, issued.csrfToken);
    },
  );

  api.post(
    '/auth/logout',
    {
      schema: { operationId: 'logout', tags, response: { 200: Ok } },
      onRequest: user,
      config: pending,
    },
    async (req, reply) => {
      await logout(deps.core, req.principal!.tokenHash);
      reply.clearCookie(SESSION_COOKIES.user, { path: '/' });
      return { ok: true as const };
    },
  );

  api.get(
    '/auth/session',
    {
      schema: { operationId: 'getSession', tags, response: { 200: SessionInfo } },
      onRequest: user,
      config: pending,
    },
    async (req) => {
      const ctx = tenantContext(req);
      if (ctx.actor.kind !== 'user') throw new AppError('AUTH_REQUIRED');
      return getSessionInfo(deps.core, ctx.actor, req.principal!.csrfToken ?? '');
    },
  );

  api.post(
    '/auth/password',
    {
      schema: { operationId: 'changePassword', tags, body: ChangePasswordBody, response: { 200: Ok } },
      onRequest: user,
      config: pending,
    },
    async (req) => {
      await changeOwnPassword(deps.core, tenantContext(req), req.body, req.principal!.tokenHash);
      return { ok: true as const };
    },
  );

  api.post(
    '/auth/totp/setup',
    { schema: { operationId: 'setupTotp', tags, response: { 200: TotpSetup } }, onRequest: user },
    async (req) => setupTotp(deps.core, tenantContext(req), 'Saraban'),
  );
  api.post(
    '/auth/totp/confirm',
    {
      schema: { operationId: 'confirmTotp', tags, body: TotpConfirmBody, response: { 200: Ok } },
      onRequest: user,
    },
    async (req) => {
      await confirmTotp(deps.core, tenantContext(req), req.body.code);
      return { ok: true as const };
    },
  );
  api.post(
    '/auth/totp/disable',
    {
      schema: { operationId: 'disableTotp', tags, body: TotpDisableBody, response: { 200: Ok } },
      onRequest: user,
    },
    async (req) => {
      await disableTotp(deps.core, tenantContext(req), req.body.password);
      return { ok: true as const };
    },
  );

  api.get(
    '/auth/tokens',
    { schema: { operationId: 'listApiTokens', tags, response: { 200: z.array(ApiToken) } }, onRequest: user },
    async (req) => {
      const rows = await listApiTokens(deps.core, tenantContext(req));
      return rows.map((t) => ({
        id: t.id,
        name: t.name,
        createdAt: t.createdAt.toISOString(),
        lastUsedAt: iso(t.lastUsedAt),
        expiresAt: iso(t.expiresAt),
        revokedAt: iso(t.revokedAt),
      }));
    },
  );
  api.post(
    '/auth/tokens',
    {
      schema: {
        operationId: 'createApiToken',
        tags,
        body: CreateApiTokenBody,
        response: { 200: CreatedApiToken },
      },
      onRequest: user,
    },
    async (req) => {
      const t = await createApiToken(deps.core, tenantContext(req), req.body);
      return {
        id: t.id,
        name: t.name,
        token: t.token,
        createdAt: t.createdAt.toISOString(),
        lastUsedAt: null,
        expiresAt: iso(t.expiresAt),
        revokedAt: null,
      };
    },
  );
  api.delete(
    '/auth/tokens/:id',
    {
      schema: { operationId: 'revokeApiToken', tags, params: IdParams, response: { 200: Ok } },
      onRequest: user,
    },
    async (req) => {
      await revokeApiToken(deps.core, tenantContext(req), req.params.id);
      return { ok: true as const };
    },
  );
}
