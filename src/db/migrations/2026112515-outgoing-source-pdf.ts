import { type Kysely, sql } from 'kysely';

/** A draft may carry a finished PDF made elsewhere instead of being rendered from its fields. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE outgoing_letters ADD COLUMN source_pdf_sha256 text, ADD COLUMN source_pdf_name text`.execute(
    db,
  );
}
