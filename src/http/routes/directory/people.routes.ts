import type { FastifyInstance } from 'fastify';
import { IdParams, Ok, page } from '../../../../contracts/common.contract.ts';
import {
  PeopleQuery,
  Person,
  PersonBody,
  UpdatePersonBody,
} from '../../../../contracts/directory.contract.ts';
import {
  createPerson,
  deletePerson,
  getPerson,
  listPeople,
  updatePerson,
} from '../../../domain/directory/index.ts';
import { type AppDeps, zod } from '../../app-deps.ts';
import { requirePrincipal, tenantContext } from '../../middleware/auth.ts';

const tags = ['people'];

/** People (บุคลากร): the deck's personnel form. */
export function peopleRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = zod(app);
  const user = requirePrincipal(deps.core, 'user');

  api.get(
    '/people',
    {
      schema: { operationId: 'listPeople', tags, querystring: PeopleQuery, response: { 200: page(Person) } },
      onRequest: user,
    },
    async (req) => listPeople(deps.core, tenantContext(req), req.query),
  );
  api.post(
    '/people',
    {
      schema: { operationId: 'createPerson', tags, body: PersonBody, response: { 200: Person } },
      onRequest: user,
    },
    async (req) => createPerson(deps.core, tenantContext(req), req.body),
  );
  api.get(
    '/people/:id',
    {
      schema: { operationId: 'getPerson', tags, params: IdParams, response: { 200: Person } },
      onRequest: user,
    },
    async (req) => getPerson(deps.core, tenantContext(req), req.params.id),
  );
  api.patch(
    '/people/:id',
    {
      schema: {
        operationId: 'updatePerson',
        tags,
        params: IdParams,
        body: UpdatePersonBody,
        response: { 200: Person },
      },
      onRequest: user,
    },
    async (req) => updatePerson(deps.core, tenantContext(req), req.params.id, req.body),
  );
  api.delete(
    '/people/:id',
    {
      schema: { operationId: 'deletePerson', tags, params: IdParams, response: { 200: Ok } },
      onRequest: user,
    },
    async (req) => {
      await deletePerson(deps.core, tenantContext(req), req.params.id);
      return { ok: true as const };
    },
  );
}
