import type { Clock } from './context.ts';
import type { PasswordHasher, UnitOfWork } from './ports.ts';

/** What every use case may use: the unit of work, the password hasher and the clock. */
export interface CoreDeps {
  uow: UnitOfWork;
  passwords: PasswordHasher;
  clock: Clock;
}
