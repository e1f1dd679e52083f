import type { Repositories, UnitOfWork } from '../domain/shared/ports.ts';
import type { Db, Tx } from './client.ts';
import { auditRepository } from './repositories/audit.repository.ts';
import { authRepository } from './repositories/auth.repository.ts';
import { directoryRepository } from './repositories/directory.repository.ts';
import { letterRepository } from './repositories/letter.repository.ts';
import { outgoingRepository } from './repositories/outgoing.repository.ts';
import { registerRepository } from './repositories/register.repository.ts';
import { signingRepository } from './repositories/signing.repository.ts';
import { tenantRepository } from './repositories/tenant.repository.ts';

/** Binds every repository to one transaction. */
export function repositoriesFor(tx: Tx): Repositories {
  return {
    tenants: tenantRepository(tx),
    directory: directoryRepository(tx),
    auth: authRepository(tx),
    registers: registerRepository(tx),
    audit: auditRepository(tx),
    letters: letterRepository(tx),
    outgoing: outgoingRepository(tx),
    signing: signingRepository(tx),
  };
}

/** The unit of work over a Kysely handle: one READ COMMITTED transaction per `run`; `read` uses no transaction. */
export function createUnitOfWork(db: Db): UnitOfWork {
  return {
    run: (work) => db.transaction().execute((tx) => work(repositoriesFor(tx))),
    read: (work) => work(repositoriesFor(db)),
  };
}
