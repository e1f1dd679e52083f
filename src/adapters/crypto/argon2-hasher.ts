import { hash, verify } from '@node-rs/argon2';
import type { PasswordHasher } from '../../domain/shared/ports.ts';

// OWASP's argon2id minimum (19 MiB, t=2, p=1): ~10 ms a hash on the 2-core reference machine.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** argon2id password hashing. */
export const argon2Hasher: PasswordHasher = {
  hash: (password) => hash(password, OPTIONS),
  verify: async (stored, password) => {
    try {
      return await verify(stored, password);
    } catch {
      return false;
    }
  },
};
