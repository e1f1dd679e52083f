import { createAgencyCa } from '../../../domain/signing/index.ts';
import type { FastifyInstance } from 'fastify';
import { OperatorLoginBody, OperatorSessionInfo } from '../../../../contracts/auth.contract.ts';
import { IdParams, Ok, PageQuery, page } from '../../../../contracts/common.contract.ts';
import {
  CreateTenantBody,
  Tenant,
  UpdateTenantBody,
  UsageStatistics,
} from '../../../../contracts/tenancy.contract.ts';
import { loginOperator } from '../../../domain/auth/operator-login.ts';
import { logout, type Principal, resolveSession } from '../../../domain/auth/session.ts';
import { AppError } from '../../../domain/shared/app-error.ts';
import { createTenant } from '../../../domain/tenancy/create-tenant.ts';
import {
  getTenant,
  getUsageStatistics,
  listTenants,
  updateTenant,
} from '../../../domain/tenancy/manage-tenants.ts';
import { type AppDeps, zod } from '../../app-deps.ts';
import { operatorActor, requirePrincipal, SESSION_COOKIES } from '../../middleware/auth.ts';
import { setSessionCookie } from '../auth/session.routes.ts';

const tags = ['operator'];

/** The service operators' API: their session, agencies, quotas and usage statistics. */
export function operatorRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = zod(app);
  const operator = requirePrincipal(deps.core, 'operator');
  const info = (p: Principal) => {
    if (p.actor.kind !== 'operator') throw new AppError('AUTH_REQUIRED');
    const a = p.actor;
    return {
      kind: 'operator' as const,
      csrfToken: p.csrfToken ?? '',
      operator: { id: a.operatorId, username: a.username, displayName: a.name },
    };
  };

  api.post(
    '/operator/auth/login',
    {
      schema: {
        operationId: 'operatorLogin',
        tags,
        body: OperatorLoginBody,
        response: { 200: OperatorSessionInfo },
      },
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const issued = await loginOperator(deps.core, req.body, req.id);
      setSessionCookie(reply, 'operator', issued.token, deps.config.secureCookies);
      const p = await resolveSession(deps.core, issued.token);
      if (!p) throw new AppError('AUTH_REQUIRED');
      return info(p);
    },
  );
  api.post(
    '/operator/auth/logout',
    { schema: { operationId: 'operatorLogout', tags, response: { 200: Ok } }, onRequest: operator },
    async (req, reply) => {
      await logout(deps.core, req.principal!.tokenHash);
      reply.clearCookie(SESSION_COOKIES.operator, { path: '/' });
      return { ok: true as const };
    },
  );
  api.get(
    '/operator/auth/session',
    {
      schema: { operationId: 'getOperatorSession', tags, response: { 200: OperatorSessionInfo } },
      onRequest: operator,
    },
    async (req) => info(req.principal!),
  );

  api.get(
    '/operator/tenants',
    {
      schema: { operationId: 'listTenants', tags, querystring: PageQuery, response: { 200: page(Tenant) } },
      onRequest: operator,
    },
    async (req) => listTenants(deps.core, req.query),
  );
  api.post(
    '/operator/tenants',
    {
      schema: { operationId: 'createTenant', tags, body: CreateTenantBody, response: { 200: Tenant } },
      onRequest: operator,
    },
    async (req) => {
      const tenant = await createTenant(deps.core, operatorActor(req), req.body, req.id);
      // Every agency gets its internal CA when it is created (its key sealed under the master key).
      await createAgencyCa(deps.letters, tenant.id);
      return tenant;
    },
  );
  api.get(
    '/operator/tenants/:id',
    {
      schema: { operationId: 'getTenant', tags, params: IdParams, response: { 200: Tenant } },
      onRequest: operator,
    },
    async (req) => getTenant(deps.core, req.params.id),
  );
  api.patch(
    '/operator/tenants/:id',
    {
      schema: {
        operationId: 'updateTenant',
        tags,
        params: IdParams,
        body: UpdateTenantBody,
        response: { 200: Tenant },
      },
      onRequest: operator,
    },
    async (req) => updateTenant(deps.core, operatorActor(req), req.params.id, req.body, req.id),
  );
  api.get(
    '/operator/statistics',
    {
      schema: { operationId: 'getUsageStatistics', tags, response: { 200: UsageStatistics } },
      onRequest: operator,
    },
    async () => getUsageStatistics(deps.core),
  );
}
