import { type Kysely, sql } from 'kysely';

/** The command presets every agency starts with (the deck's รูปแบบคำสั่งการ); the agency admin edits them. */
export const DEFAULT_COMMAND_PRESETS = [
  'โปรดอนุมัติ',
  'โปรดลงนาม',
  'โปรดพิจารณาสั่งการ',
  'โปรดพิจารณาอนุมัติ',
  'โปรดดำเนินการต่อไป',
  'โปรดแก้ไข',
  'อนุมัติหลักการ',
  'ทราบ',
  'ทราบ และแจ้งผู้เกี่ยวข้องดำเนินการ',
] as const;

/**
 * Incoming letters and their route: the letter, its PDF revisions (content-addressed blobs on the file
 * store), attachments, each unit's receipt (ลงรับ) with its own number, the route's steps and their
 * deliveries to units and people, who viewed what, and the agency's command presets. The secret-register
 * permission is granted to the default roles that already hold every letter function.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE letters (
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      direction text NOT NULL DEFAULT 'incoming' CHECK (direction IN ('incoming', 'outgoing')),
      intake text NOT NULL CHECK (intake IN ('electronic', 'paper', 'old')),
      doc_no text NOT NULL DEFAULT '',
      doc_date date,
      sender_agency text NOT NULL,
      sender_name text NOT NULL DEFAULT '',
      addressee text NOT NULL DEFAULT '',
      subject text NOT NULL,
      urgency text NOT NULL CHECK (urgency IN ('normal', 'urgent', 'very-urgent', 'most-urgent')),
      secrecy text NOT NULL CHECK (secrecy IN ('none', 'confidential', 'secret', 'top-secret')),
      reference text NOT NULL DEFAULT '',
      remarks text NOT NULL DEFAULT '',
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed', 'cancelled')),
      registering_unit_id uuid NOT NULL,
      created_by uuid NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      closed_at timestamptz,
      cancelled_at timestamptz,
      cancel_reason text,
      revision integer NOT NULL DEFAULT 0,
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, registering_unit_id) REFERENCES org_units(tenant_id, id)
    );
    CREATE INDEX letters_created ON letters (tenant_id, created_at DESC);
    CREATE INDEX letters_unit ON letters (tenant_id, registering_unit_id, created_at DESC);

    CREATE TABLE letter_documents (
      tenant_id uuid NOT NULL,
      letter_id uuid NOT NULL,
      revision integer NOT NULL CHECK (revision >= 1),
      reason text NOT NULL CHECK (reason IN ('original', 'scan', 'receipt-stamp', 'route-page')),
      sha256 text NOT NULL,
      size integer NOT NULL,
      created_by uuid NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, letter_id, revision),
      FOREIGN KEY (tenant_id, letter_id) REFERENCES letters(tenant_id, id) ON DELETE CASCADE
    );

    CREATE TABLE letter_attachments (
      tenant_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      letter_id uuid NOT NULL,
      position integer NOT NULL,
      file_name text NOT NULL,
      media_type text NOT NULL,
      sha256 text NOT NULL,
      size integer NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, letter_id) REFERENCES letters(tenant_id, id) ON DELETE CASCADE
    );
    CREATE INDEX letter_attachments_letter ON letter_attachments (tenant_id, letter_id, position);

    CREATE TABLE route_steps (
      tenant_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      seq bigint GENERATED ALWAYS AS IDENTITY,
      letter_id uuid NOT NULL,
      kind text NOT NULL CHECK (kind IN ('intake', 'propose', 'command', 'forward', 'action', 'return', 'close', 'cancel')),
      actor_user_id uuid,
      actor_name text NOT NULL,
      actor_unit_id uuid,
      actor_unit_name text NOT NULL DEFAULT '',
      content text NOT NULL DEFAULT '',
      prepared_command text,
      signed boolean NOT NULL DEFAULT false,
      signer_name text,
      signer_position text,
      capacity text,
      signature_sha256 text,
      page_index integer,
      answers_delivery_id uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, letter_id) REFERENCES letters(tenant_id, id) ON DELETE CASCADE
    );
    CREATE INDEX route_steps_letter ON route_steps (tenant_id, letter_id, created_at);
    CREATE INDEX route_steps_actor ON route_steps (tenant_id, actor_user_id, created_at DESC);

    CREATE TABLE letter_receipts (
      tenant_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      letter_id uuid NOT NULL,
      org_unit_id uuid NOT NULL,
      register_id uuid NOT NULL,
      year_be integer NOT NULL,
      number integer NOT NULL,
      formatted text NOT NULL,
      received_at timestamptz NOT NULL,
      received_by uuid NOT NULL,
      cancelled boolean NOT NULL DEFAULT false,
      PRIMARY KEY (tenant_id, id),
      UNIQUE (tenant_id, register_id, year_be, number),
      FOREIGN KEY (tenant_id, letter_id) REFERENCES letters(tenant_id, id),
      FOREIGN KEY (tenant_id, register_id, year_be, number) REFERENCES register_numbers(tenant_id, register_id, year_be, number)
    );
    CREATE INDEX letter_receipts_letter ON letter_receipts (tenant_id, letter_id);

    CREATE TABLE route_deliveries (
      tenant_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      seq bigint GENERATED ALWAYS AS IDENTITY,
      letter_id uuid NOT NULL,
      step_id uuid NOT NULL,
      to_unit_id uuid,
      to_user_id uuid,
      to_name text NOT NULL,
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'received', 'recalled', 'returned')),
      received_at timestamptz,
      received_by uuid,
      receipt_id uuid,
      recalled_at timestamptz,
      returned_at timestamptz,
      return_reason text,
      read_at timestamptz,
      cell jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, step_id) REFERENCES route_steps(tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, receipt_id) REFERENCES letter_receipts(tenant_id, id),
      CHECK (num_nonnulls(to_unit_id, to_user_id) = 1)
    );
    CREATE INDEX route_deliveries_letter ON route_deliveries (tenant_id, letter_id);
    CREATE INDEX route_deliveries_unit ON route_deliveries (tenant_id, to_unit_id, status) WHERE to_unit_id IS NOT NULL;
    CREATE INDEX route_deliveries_user ON route_deliveries (tenant_id, to_user_id, status) WHERE to_user_id IS NOT NULL;

    CREATE TABLE letter_views (
      tenant_id uuid NOT NULL,
      id bigint GENERATED ALWAYS AS IDENTITY,
      letter_id uuid NOT NULL,
      user_id uuid NOT NULL,
      what text NOT NULL CHECK (what IN ('metadata', 'pdf', 'attachment', 'route')),
      detail text NOT NULL DEFAULT '',
      at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id)
    );
    CREATE INDEX letter_views_letter ON letter_views (tenant_id, letter_id, at DESC);
    CREATE INDEX letter_views_user ON letter_views (tenant_id, user_id, at DESC);
    CREATE INDEX letter_views_at ON letter_views (tenant_id, at DESC);

    CREATE TABLE command_presets (
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      text text NOT NULL,
      position integer NOT NULL,
      PRIMARY KEY (tenant_id, id)
    );

    ALTER TABLE users ADD COLUMN signature_sha256 text, ADD COLUMN signature_updated_at timestamptz;

    UPDATE roles SET permissions = array_append(permissions, 'letter.secret')
     WHERE key IN ('central-registry', 'unit-registry', 'executive') AND NOT ('letter.secret' = ANY (permissions));
  `.execute(db);
  await sql`
    INSERT INTO command_presets (tenant_id, text, position)
    SELECT t.id, p.text, p.position
      FROM tenants t
     CROSS JOIN unnest(${sql.val([...DEFAULT_COMMAND_PRESETS])}::text[]) WITH ORDINALITY AS p(text, position)
  `.execute(db);
}
