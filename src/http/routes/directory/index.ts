import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps.ts';

/** Org units, positions, appointments, people, users, roles. */
export function directoryRoutes(_app: FastifyInstance, _deps: AppDeps) {}
