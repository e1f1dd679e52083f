import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { DeliveryParams, Letter, ReasonBody, ReceiveBody } from '../../../../contracts/letters.contract.ts';
import {
  acknowledgeDelivery,
  recallDelivery,
  receiveDelivery,
  returnDelivery,
} from '../../../domain/letters/index.ts';
import { type AppDeps, zod } from '../../app-deps.ts';
import { requirePrincipal, tenantContext } from '../../middleware/auth.ts';

const tags = ['letters'];
const Empty = z.object({}).default({});

/** A delivery's transitions: ลงรับ (unit), รับทราบ (person), ดึงกลับ (sender), ส่งคืน (receiver). */
export function deliveriesRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = zod(app);
  const user = requirePrincipal(deps.core, 'user');
  const L = deps.letters;

  api.post(
    '/deliveries/:id/receive',
    {
      schema: {
        operationId: 'receiveDelivery',
        tags,
        params: DeliveryParams,
        body: ReceiveBody.default({}),
        response: { 200: Letter },
      },
      onRequest: user,
    },
    async (req) => receiveDelivery(L, tenantContext(req), req.params.id, req.body),
  );

  api.post(
    '/deliveries/:id/acknowledge',
    {
      schema: {
        operationId: 'acknowledgeDelivery',
        tags,
        params: DeliveryParams,
        body: Empty,
        response: { 200: Letter },
      },
      onRequest: user,
    },
    async (req) => acknowledgeDelivery(L, tenantContext(req), req.params.id),
  );

  api.post(
    '/deliveries/:id/recall',
    {
      schema: {
        operationId: 'recallDelivery',
        tags,
        params: DeliveryParams,
        body: Empty,
        response: { 200: Letter },
      },
      onRequest: user,
    },
    async (req) => recallDelivery(L, tenantContext(req), req.params.id),
  );

  api.post(
    '/deliveries/:id/return',
    {
      schema: {
        operationId: 'returnDelivery',
        tags,
        params: DeliveryParams,
        body: ReasonBody,
        response: { 200: Letter },
      },
      onRequest: user,
    },
    async (req) => returnDelivery(L, tenantContext(req), req.params.id, req.body),
  );
}
