import { type Kysely, sql } from 'kysely';

/**
 * Marks which register numbers were taken by a reservation (จองเลข), so the reservations list survives
 * binding and cancellation, and keeps the number as printed when it was taken: a later change of the
 * register's owner number or the agency's digit style must not rewrite numbers already on letters.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE register_numbers
      ADD COLUMN reserved boolean NOT NULL DEFAULT false,
      ADD COLUMN formatted text;
    CREATE INDEX register_numbers_reservations ON register_numbers (tenant_id, issued_at DESC) WHERE reserved;
  `.execute(db);
}
