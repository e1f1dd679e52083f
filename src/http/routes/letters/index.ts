import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps.ts';
import { deliveriesRoutes } from './deliveries.routes.ts';
import { letterAdminRoutes } from './letter-admin.routes.ts';
import { lettersRoutes } from './letters.routes.ts';

/** Incoming letters, their deliveries, and the letter-related admin and account routes. */
export function allLetterRoutes(app: FastifyInstance, deps: AppDeps) {
  lettersRoutes(app, deps);
  deliveriesRoutes(app, deps);
  letterAdminRoutes(app, deps);
}
