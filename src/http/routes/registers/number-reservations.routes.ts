import type { FastifyInstance } from 'fastify';
import { page } from '../../../../contracts/common.contract.ts';
import {
  RegisterNumber,
  ReservationListQuery,
  ReserveNumberBody,
} from '../../../../contracts/registers.contract.ts';
import { listReservations, reserveNumber } from '../../../domain/registers/index.ts';
import { type AppDeps, zod } from '../../app-deps.ts';
import { requirePrincipal, tenantContext } from '../../middleware/auth.ts';

const tags = ['registers'];

/** Number reservations (จองเลขหนังสือ) of dispatch and circular registers. */
export function numberReservationsRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = zod(app);
  const user = requirePrincipal(deps.core, 'user');

  api.post(
    '/number-reservations',
    {
      schema: {
        operationId: 'reserveNumber',
        tags,
        body: ReserveNumberBody,
        response: { 200: RegisterNumber },
      },
      onRequest: user,
    },
    async (req) => reserveNumber(deps.core, tenantContext(req), req.body),
  );

  api.get(
    '/number-reservations',
    {
      schema: {
        operationId: 'listReservations',
        tags,
        querystring: ReservationListQuery,
        response: { 200: page(RegisterNumber) },
      },
      onRequest: user,
    },
    async (req) => listReservations(deps.core, tenantContext(req), req.query),
  );
}
