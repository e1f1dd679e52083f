import type { FastifyInstance } from 'fastify';
import { IdParams, Ok, PageQuery, page } from '../../../../contracts/common.contract.ts';
import {
  AssignRoleBody,
  CreateUserBody,
  ResetPasswordBody,
  RoleAssignmentParams,
  UpdateUserBody,
  User,
  UserQuota,
} from '../../../../contracts/directory.contract.ts';
import {
  assignRole,
  createUser,
  deleteUser,
  getUser,
  getUserQuota,
  listUsers,
  resetUserPassword,
  unassignRole,
  unlockUser,
  updateUser,
} from '../../../domain/directory/index.ts';
import { type AppDeps, zod } from '../../app-deps.ts';
import { requirePrincipal, tenantContext } from '../../middleware/auth.ts';

const tags = ['users'];

/** Login accounts of the agency, the user quota, passwords, lockouts and role assignments. */
export function userRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = zod(app);
  const user = requirePrincipal(deps.core, 'user');

  api.get(
    '/users',
    {
      schema: { operationId: 'listUsers', tags, querystring: PageQuery, response: { 200: page(User) } },
      onRequest: user,
    },
    async (req) => listUsers(deps.core, tenantContext(req), req.query),
  );
  api.get(
    '/users/quota',
    { schema: { operationId: 'getUserQuota', tags, response: { 200: UserQuota } }, onRequest: user },
    async (req) => getUserQuota(deps.core, tenantContext(req)),
  );
  api.post(
    '/users',
    {
      schema: { operationId: 'createUser', tags, body: CreateUserBody, response: { 200: User } },
      onRequest: user,
    },
    async (req) => createUser(deps.core, tenantContext(req), req.body),
  );
  api.get(
    '/users/:id',
    { schema: { operationId: 'getUser', tags, params: IdParams, response: { 200: User } }, onRequest: user },
    async (req) => getUser(deps.core, tenantContext(req), req.params.id),
  );
  api.patch(
    '/users/:id',
    {
      schema: {
        operationId: 'updateUser',
        tags,
        params: IdParams,
        body: UpdateUserBody,
        response: { 200: User },
      },
      onRequest: user,
    },
    async (req) => updateUser(deps.core, tenantContext(req), req.params.id, req.body),
  );
  api.post(
    '/users/:id/password',
    {
      schema: {
        operationId: 'resetUserPassword',
        tags,
        params: IdParams,
        body: ResetPasswordBody,
        response: { 200: Ok },
      },
      onRequest: user,
    },
    async (req) => {
      await resetUserPassword(deps.core, tenantContext(req), req.params.id, req.body);
      return { ok: true as const };
    },
  );
  api.post(
    '/users/:id/unlock',
    {
      schema: { operationId: 'unlockUser', tags, params: IdParams, response: { 200: User } },
      onRequest: user,
    },
    async (req) => unlockUser(deps.core, tenantContext(req), req.params.id),
  );
  api.post(
    '/users/:id/roles',
    {
      schema: {
        operationId: 'assignRole',
        tags,
        params: IdParams,
        body: AssignRoleBody,
        response: { 200: User },
      },
      onRequest: user,
    },
    async (req) => assignRole(deps.core, tenantContext(req), req.params.id, req.body),
  );
  api.delete(
    '/users/:id/roles/:assignmentId',
    {
      schema: { operationId: 'unassignRole', tags, params: RoleAssignmentParams, response: { 200: User } },
      onRequest: user,
    },
    async (req) => unassignRole(deps.core, tenantContext(req), req.params.id, req.params.assignmentId),
  );
  api.delete(
    '/users/:id',
    { schema: { operationId: 'deleteUser', tags, params: IdParams, response: { 200: Ok } }, onRequest: user },
    async (req) => {
      await deleteUser(deps.core, tenantContext(req), req.params.id);
      return { ok: true as const };
    },
  );
}
