import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps.ts';

/** Registers, start numbers, the register book and number reservations. */
export function registersRoutes(_app: FastifyInstance, _deps: AppDeps) {}
