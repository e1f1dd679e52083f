import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdParams, Ok } from '../../../../contracts/common.contract.ts';
import { CreateOrgUnitBody, OrgUnit, UpdateOrgUnitBody } from '../../../../contracts/directory.contract.ts';
import {
  createOrgUnit,
  deleteOrgUnit,
  listOrgUnits,
  updateOrgUnit,
} from '../../../domain/directory/index.ts';
import { type AppDeps, zod } from '../../app-deps.ts';
import { requirePrincipal, tenantContext } from '../../middleware/auth.ts';

const tags = ['org-units'];

/** The agency's tree of org units. */
export function orgUnitRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = zod(app);
  const user = requirePrincipal(deps.core, 'user');

  api.get(
    '/org-units',
    { schema: { operationId: 'listOrgUnits', tags, response: { 200: z.array(OrgUnit) } }, onRequest: user },
    async (req) => listOrgUnits(deps.core, tenantContext(req)),
  );
  api.post(
    '/org-units',
    {
      schema: { operationId: 'createOrgUnit', tags, body: CreateOrgUnitBody, response: { 200: OrgUnit } },
      onRequest: user,
    },
    async (req) => createOrgUnit(deps.core, tenantContext(req), req.body),
  );
  api.patch(
    '/org-units/:id',
    {
      schema: {
        operationId: 'updateOrgUnit',
        tags,
        params: IdParams,
        body: UpdateOrgUnitBody,
        response: { 200: OrgUnit },
      },
      onRequest: user,
    },
    async (req) => updateOrgUnit(deps.core, tenantContext(req), req.params.id, req.body),
  );
  api.delete(
    '/org-units/:id',
    {
      schema: { operationId: 'deleteOrgUnit', tags, params: IdParams, response: { 200: Ok } },
      onRequest: user,
    },
    async (req) => {
      await deleteOrgUnit(deps.core, tenantContext(req), req.params.id);
      return { ok: true as const };
    },
  );
}
