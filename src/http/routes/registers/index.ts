import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps.ts';
import { numberReservationsRoutes } from './number-reservations.routes.ts';
import { registerNumbersRoutes } from './register-numbers.routes.ts';
import { registerRegistersRoutes } from './registers.routes.ts';

/** Registers, start numbers, the register book and number reservations. */
export function registersRoutes(app: FastifyInstance, deps: AppDeps) {
  registerRegistersRoutes(app, deps);
  registerNumbersRoutes(app, deps);
  numberReservationsRoutes(app, deps);
}
