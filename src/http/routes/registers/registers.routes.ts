import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdParams } from '../../../../contracts/common.contract.ts';
import {
  CreateRegisterBody,
  Register,
  RegisterListQuery,
  SetStartNumberBody,
  UpdateRegisterBody,
} from '../../../../contracts/registers.contract.ts';
import {
  createRegister,
  getRegister,
  listRegisters,
  setStartNumber,
  updateRegister,
} from '../../../domain/registers/index.ts';
import { type AppDeps, zod } from '../../app-deps.ts';
import { requirePrincipal, tenantContext } from '../../middleware/auth.ts';

const tags = ['registers'];

/** Registers (ทะเบียน) of the agency's units and the start numbers of their years. */
export function registerRegistersRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = zod(app);
  const user = requirePrincipal(deps.core, 'user');

  api.get(
    '/registers',
    {
      schema: {
        operationId: 'listRegisters',
        tags,
        querystring: RegisterListQuery,
        response: { 200: z.array(Register) },
      },
      onRequest: user,
    },
    async (req) => listRegisters(deps.core, tenantContext(req), req.query),
  );

  api.post(
    '/registers',
    {
      schema: { operationId: 'createRegister', tags, body: CreateRegisterBody, response: { 200: Register } },
      onRequest: user,
    },
    async (req) => createRegister(deps.core, tenantContext(req), req.body),
  );

  api.get(
    '/registers/:id',
    {
      schema: { operationId: 'getRegister', tags, params: IdParams, response: { 200: Register } },
      onRequest: user,
    },
    async (req) => getRegister(deps.core, tenantContext(req), req.params.id),
  );

  api.patch(
    '/registers/:id',
    {
      schema: {
        operationId: 'updateRegister',
        tags,
        params: IdParams,
        body: UpdateRegisterBody,
        response: { 200: Register },
      },
      onRequest: user,
    },
    async (req) => updateRegister(deps.core, tenantContext(req), req.params.id, req.body),
  );

  api.put(
    '/registers/:id/start-number',
    {
      schema: {
        operationId: 'setRegisterStartNumber',
        tags,
        params: IdParams,
        body: SetStartNumberBody,
        response: { 200: Register },
        summary:
          'Set the first number of a year (moving from paper books); locked once a number of that year is used',
      },
      onRequest: user,
    },
    async (req) => setStartNumber(deps.core, tenantContext(req), req.params.id, req.body),
  );
}
