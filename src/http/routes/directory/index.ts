import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps.ts';
import { appointmentRoutes } from './appointments.routes.ts';
import { orgUnitRoutes } from './org-units.routes.ts';
import { peopleRoutes } from './people.routes.ts';
import { positionRoutes } from './positions.routes.ts';
import { roleRoutes } from './roles.routes.ts';
import { userRoutes } from './users.routes.ts';

/** Org units, positions, appointments, people, users, roles. */
export function directoryRoutes(app: FastifyInstance, deps: AppDeps) {
  orgUnitRoutes(app, deps);
  positionRoutes(app, deps);
  appointmentRoutes(app, deps);
  peopleRoutes(app, deps);
  userRoutes(app, deps);
  roleRoutes(app, deps);
}
