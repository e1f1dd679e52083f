import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config/config.ts';
import type { Db } from '../db/client.ts';
import type { LetterDeps } from '../domain/letters/ports.ts';
import type { OutgoingDeps } from '../domain/outgoing/ports.ts';
import type { CoreDeps } from '../domain/shared/deps.ts';

/** Everything the HTTP layer needs, wired once by the composition root. */
export interface AppDeps {
  core: CoreDeps;
  /** The core plus files, the PDF engine and upload limits, for the letters area. */
  letters: LetterDeps;
  /** The letters' dependencies plus the letter renderer, for outgoing letters. */
  outgoing: OutgoingDeps;
  config: Config;
  db: Db;
}

/** The Fastify instance with Zod schemas as its type provider. */
export type App = FastifyInstance & { withTypeProvider: FastifyInstance['withTypeProvider'] };

/** Returns the app typed for Zod schemas; every route module uses this. */
export function zod(app: FastifyInstance) {
  return app.withTypeProvider<ZodTypeProvider>();
}
