import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdParams, Ok } from '../../../../contracts/common.contract.ts';
import { PermissionInfo, Role, RoleBody, UpdateRoleBody } from '../../../../contracts/directory.contract.ts';
import {
  createRole,
  deleteRole,
  listPermissions,
  listRoles,
  updateRole,
} from '../../../domain/directory/index.ts';
import { type AppDeps, zod } from '../../app-deps.ts';
import { requirePrincipal, tenantContext } from '../../middleware/auth.ts';

const tags = ['roles'];

/** Roles (named permission sets) and the permissions they can grant. */
export function roleRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = zod(app);
  const user = requirePrincipal(deps.core, 'user');

  api.get(
    '/roles',
    { schema: { operationId: 'listRoles', tags, response: { 200: z.array(Role) } }, onRequest: user },
    async (req) => listRoles(deps.core, tenantContext(req)),
  );
  api.post(
    '/roles',
    { schema: { operationId: 'createRole', tags, body: RoleBody, response: { 200: Role } }, onRequest: user },
    async (req) => createRole(deps.core, tenantContext(req), req.body),
  );
  api.patch(
    '/roles/:id',
    {
      schema: {
        operationId: 'updateRole',
        tags,
        params: IdParams,
        body: UpdateRoleBody,
        response: { 200: Role },
      },
      onRequest: user,
    },
    async (req) => updateRole(deps.core, tenantContext(req), req.params.id, req.body),
  );
  api.delete(
    '/roles/:id',
    { schema: { operationId: 'deleteRole', tags, params: IdParams, response: { 200: Ok } }, onRequest: user },
    async (req) => {
      await deleteRole(deps.core, tenantContext(req), req.params.id);
      return { ok: true as const };
    },
  );
  api.get(
    '/permissions',
    {
      schema: { operationId: 'listPermissions', tags, response: { 200: z.array(PermissionInfo) } },
      onRequest: user,
    },
    async () => listPermissions(),
  );
}
