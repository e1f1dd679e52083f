import { type Kysely, sql } from 'kysely';

/** The agency's emblem (ตราครุฑ or its own seal) drawn at the head of its letters: a blob in the file store. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE tenants ADD COLUMN emblem_sha256 text`.execute(db);
}
