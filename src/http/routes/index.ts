import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { agencyRoutes } from './agency/agency.routes.ts';
import { sessionRoutes } from './auth/session.routes.ts';
import { directoryRoutes } from './directory/index.ts';
import { allLetterRoutes } from './letters/index.ts';
import { outgoingRoutes } from './outgoing/outgoing.routes.ts';
import { operatorRoutes } from './operator/operator.routes.ts';
import { registersRoutes } from './registers/index.ts';
import { signingRoutes } from './signing/signing.routes.ts';

/** Every /api/v1 route module. */
export function registerRoutes(app: FastifyInstance, deps: AppDeps) {
  sessionRoutes(app, deps);
  operatorRoutes(app, deps);
  agencyRoutes(app, deps);
  directoryRoutes(app, deps);
  registersRoutes(app, deps);
  allLetterRoutes(app, deps);
  outgoingRoutes(app, deps);
  signingRoutes(app, deps);
}
