import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AuditEntry, AuditQuery, AuditVerifyResult } from '../../../../contracts/audit.contract.ts';
import { Tenant, UpdateAgencySettingsBody } from '../../../../contracts/tenancy.contract.ts';
import { listAuditLog, verifyOwnAuditChain } from '../../../domain/audit/audit-log.ts';
import { getOwnTenant, updateAgencySettings } from '../../../domain/tenancy/manage-tenants.ts';
import { type AppDeps, zod } from '../../app-deps.ts';
import { requirePrincipal, tenantContext } from '../../middleware/auth.ts';

/** The signed-in user's agency and its audit log. */
export function agencyRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = zod(app);
  const user = requirePrincipal(deps.core, 'user');

  api.get(
    '/agency',
    { schema: { operationId: 'getAgency', tags: ['agency'], response: { 200: Tenant } }, onRequest: user },
    async (req) => getOwnTenant(deps.core, tenantContext(req)),
  );
  api.patch(
    '/agency',
    {
      schema: {
        operationId: 'updateAgencySettings',
        tags: ['agency'],
        body: UpdateAgencySettingsBody,
        response: { 200: Tenant },
      },
      onRequest: user,
    },
    async (req) => updateAgencySettings(deps.core, tenantContext(req), req.body),
  );

  api.get(
    '/audit',
    {
      schema: {
        operationId: 'listAuditLog',
        tags: ['audit'],
        querystring: AuditQuery,
        response: {
          200: z.object({ items: z.array(AuditEntry), nextBeforeSeq: z.number().int().nullable() }),
        },
      },
      onRequest: user,
    },
    async (req) => {
      const q = req.query;
      const res = await listAuditLog(deps.core, tenantContext(req), {
        ...q,
        from: q.from ? new Date(q.from) : undefined,
        to: q.to ? new Date(q.to) : undefined,
      });
      return {
        items: res.items.map((e) => ({ ...e, at: e.at.toISOString() })),
        nextBeforeSeq: res.nextBeforeSeq,
      };
    },
  );
  api.get(
    '/audit/verify',
    {
      schema: { operationId: 'verifyAuditChain', tags: ['audit'], response: { 200: AuditVerifyResult } },
      onRequest: user,
    },
    async (req) => verifyOwnAuditChain(deps.core, tenantContext(req)),
  );
}
