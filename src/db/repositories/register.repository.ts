import type { RegisterRepository } from '../../domain/registers/ports.ts';
import type { Tx } from '../client.ts';

/** Registers and their numbers; allocation is one upsert on the counter row inside the caller's transaction. */
export function registerRepository(tx: Tx): RegisterRepository {
  return {
    async allocate(tenantId, registerId, yearBE) {
      // The row lock taken by this upsert is held until the caller commits or rolls back: a rollback
      // returns the number, so numbers stay gapless; concurrent allocators queue on the row.
      const r = await tx
        .insertInto('register_counters')
        .values({ tenant_id: tenantId, register_id: registerId, year_be: yearBE, start_number: 1, last: 1 })
        .onConflict((oc) =>
          oc.columns(['tenant_id', 'register_id', 'year_be']).doUpdateSet((eb) => ({ last: eb('register_counters.last', '+', 1) })),
        )
        .returning('last')
        .executeTakeFirstOrThrow();
      return r.last;
    },
  };
}
