import type { FastifyInstance } from 'fastify';
import { IdParams, page } from '../../../../contracts/common.contract.ts';
import {
  CancelNumberBody,
  NumberListQuery,
  NumberParams,
  RegisterNumber,
} from '../../../../contracts/registers.contract.ts';
import { cancelNumber, listRegisterNumbers } from '../../../domain/registers/index.ts';
import { type AppDeps, zod } from '../../app-deps.ts';
import { requirePrincipal, tenantContext } from '../../middleware/auth.ts';

const tags = ['registers'];

/** The register book (numbers of one year) and the cancellation of a number (ยกเลิก). */
export function registerNumbersRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = zod(app);
  const user = requirePrincipal(deps.core, 'user');

  api.get(
    '/registers/:id/numbers',
    {
      schema: {
        operationId: 'listRegisterNumbers',
        tags,
        params: IdParams,
        querystring: NumberListQuery,
        response: { 200: page(RegisterNumber) },
      },
      onRequest: user,
    },
    async (req) => listRegisterNumbers(deps.core, tenantContext(req), req.params.id, req.query),
  );

  api.post(
    '/registers/:id/numbers/:yearBE/:number/cancel',
    {
      schema: {
        operationId: 'cancelRegisterNumber',
        tags,
        params: NumberParams,
        body: CancelNumberBody,
        response: { 200: RegisterNumber },
        summary:
          'Cancel a reserved or issued number; it stays in the register marked ยกเลิก and is never reused',
      },
      onRequest: user,
    },
    async (req) => {
      const { id, yearBE, number } = req.params;
      return cancelNumber(deps.core, tenantContext(req), { registerId: id, yearBE, number }, req.body);
    },
  );
}
