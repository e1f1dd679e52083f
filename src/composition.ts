import { argon2Hasher } from './adapters/crypto/argon2-hasher.ts';
import type { Config } from './config/config.ts';
import type { Db } from './db/client.ts';
import { createUnitOfWork } from './db/unit-of-work.ts';
import { systemClock, type Clock } from './domain/shared/context.ts';
import type { AppDeps } from './http/app-deps.ts';

/** The one composition root: wires adapters and repositories into the use cases' dependencies. */
export async function createAppDeps(opts: { db: Db; config: Config; clock?: Clock }): Promise<AppDeps> {
  return {
    core: { uow: createUnitOfWork(opts.db), passwords: argon2Hasher, clock: opts.clock ?? systemClock },
    config: opts.config,
    db: opts.db,
  };
}
