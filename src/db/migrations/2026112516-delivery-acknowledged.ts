import { type Kysely, sql } from 'kysely';

/**
 * A delivery of an outgoing letter is also "acknowledged" once the receiving side acts on its incoming copy
 * (proposes, commands, forwards, records an action or closes it), after registering it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE outgoing_deliveries DROP CONSTRAINT outgoing_deliveries_status_check;
    ALTER TABLE outgoing_deliveries
      ADD CONSTRAINT outgoing_deliveries_status_check CHECK (status IN ('delivered', 'received', 'acknowledged', 'returned')),
      ADD COLUMN acknowledged_at timestamptz;
  `.execute(db);
}
