import { type Kysely, sql } from 'kysely';

/** Files sent with an outgoing letter (สิ่งที่ส่งมาด้วย), delivered with it to every electronic recipient. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE outgoing_attachments (
      tenant_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      letter_id uuid NOT NULL,
      position integer NOT NULL,
      file_name text NOT NULL,
      media_type text NOT NULL,
      sha256 text NOT NULL,
      size integer NOT NULL,
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, letter_id) REFERENCES outgoing_letters(tenant_id, id) ON DELETE CASCADE
    )`.execute(db);
}
