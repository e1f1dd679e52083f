import type { AuditRepository } from '../audit/ports.ts';
import type { AuthRepository } from '../auth/ports.ts';
import type { DirectoryRepository } from '../directory/ports.ts';
import type { LetterRepository } from '../letters/ports.ts';
import type { OutgoingRepository } from '../outgoing/ports.ts';
import type { RegisterRepository } from '../registers/ports.ts';
import type { SigningRepository } from '../signing/ports.ts';
import type { TenantRepository } from '../tenancy/ports.ts';

/** Every repository, bound to one open transaction. */
export interface Repositories {
  tenants: TenantRepository;
  directory: DirectoryRepository;
  auth: AuthRepository;
  registers: RegisterRepository;
  audit: AuditRepository;
  letters: LetterRepository;
  outgoing: OutgoingRepository;
  signing: SigningRepository;
}

/** Port: runs `work` in one database transaction; everything it writes commits or rolls back together. */
export interface UnitOfWork {
  run<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
  /**
   * Runs read-only `work` without a transaction: each statement sees the latest committed data. For hot
   * lookups (who is this session?) where a snapshot across statements does not matter. Never write in it.
   */
  read<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
}

/** Port: password hashing (argon2id in production). */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}
