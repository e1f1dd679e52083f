import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdParams, Ok } from '../../../../contracts/common.contract.ts';
import {
  Appointment,
  AppointmentQuery,
  CreateAppointmentBody,
  EndAppointmentBody,
} from '../../../../contracts/directory.contract.ts';
import {
  createAppointment,
  deleteAppointment,
  endAppointment,
  listAppointments,
} from '../../../domain/directory/index.ts';
import { type AppDeps, zod } from '../../app-deps.ts';
import { requirePrincipal, tenantContext } from '../../middleware/auth.ts';

const tags = ['appointments'];

/** Dated appointments of people to positions: regular, acting, delegated and committee terms. */
export function appointmentRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = zod(app);
  const user = requirePrincipal(deps.core, 'user');

  api.get(
    '/appointments',
    {
      schema: {
        operationId: 'listAppointments',
        tags,
        querystring: AppointmentQuery,
        response: { 200: z.array(Appointment) },
      },
      onRequest: user,
    },
    async (req) => listAppointments(deps.core, tenantContext(req), req.query),
  );
  api.post(
    '/appointments',
    {
      schema: {
        operationId: 'createAppointment',
        tags,
        body: CreateAppointmentBody,
        response: { 200: Appointment },
      },
      onRequest: user,
    },
    async (req) => createAppointment(deps.core, tenantContext(req), req.body),
  );
  api.post(
    '/appointments/:id/end',
    {
      schema: {
        operationId: 'endAppointment',
        tags,
        params: IdParams,
        body: EndAppointmentBody,
        response: { 200: Appointment },
      },
      onRequest: user,
    },
    async (req) => endAppointment(deps.core, tenantContext(req), req.params.id, req.body),
  );
  api.delete(
    '/appointments/:id',
    {
      schema: { operationId: 'deleteAppointment', tags, params: IdParams, response: { 200: Ok } },
      onRequest: user,
    },
    async (req) => {
      await deleteAppointment(deps.core, tenantContext(req), req.params.id);
      return { ok: true as const };
    },
  );
}
