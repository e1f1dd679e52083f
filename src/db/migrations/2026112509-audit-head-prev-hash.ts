import { type Kysely, sql } from 'kysely';

/**
 * The chain head also keeps the hash it replaced, so one upsert can both advance the head and return the
 * previous link (PostgreSQL < 18 cannot RETURNING old values): an append becomes a single statement.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE audit_heads ADD COLUMN prev_hash text NOT NULL DEFAULT ''`.execute(db);
}
