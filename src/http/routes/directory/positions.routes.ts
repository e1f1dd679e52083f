import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdParams, Ok } from '../../../../contracts/common.contract.ts';
import {
  CreatePositionBody,
  Position,
  PositionQuery,
  UpdatePositionBody,
} from '../../../../contracts/directory.contract.ts';
import {
  createPosition,
  deletePosition,
  listPositions,
  updatePosition,
} from '../../../domain/directory/index.ts';
import { type AppDeps, zod } from '../../app-deps.ts';
import { requirePrincipal, tenantContext } from '../../middleware/auth.ts';

const tags = ['positions'];

/** Positions (ตำแหน่ง) of the agency's units. */
export function positionRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = zod(app);
  const user = requirePrincipal(deps.core, 'user');

  api.get(
    '/positions',
    {
      schema: {
        operationId: 'listPositions',
        tags,
        querystring: PositionQuery,
        response: { 200: z.array(Position) },
      },
      onRequest: user,
    },
    async (req) => listPositions(deps.core, tenantContext(req), req.query),
  );
  api.post(
    '/positions',
    {
      schema: { operationId: 'createPosition', tags, body: CreatePositionBody, response: { 200: Position } },
      onRequest: user,
    },
    async (req) => createPosition(deps.core, tenantContext(req), req.body),
  );
  api.patch(
    '/positions/:id',
    {
      schema: {
        operationId: 'updatePosition',
        tags,
        params: IdParams,
        body: UpdatePositionBody,
        response: { 200: Position },
      },
      onRequest: user,
    },
    async (req) => updatePosition(deps.core, tenantContext(req), req.params.id, req.body),
  );
  api.delete(
    '/positions/:id',
    {
      schema: { operationId: 'deletePosition', tags, params: IdParams, response: { 200: Ok } },
      onRequest: user,
    },
    async (req) => {
      await deletePosition(deps.core, tenantContext(req), req.params.id);
      return { ok: true as const };
    },
  );
}
