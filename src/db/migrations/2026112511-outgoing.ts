import { type Kysely, sql } from 'kysely';

/**
 * Outgoing letters (หนังสือส่ง): the draft and its versions, the review-and-signing chain, the number and
 * date given at signing, the signed PDF, and one delivery record per recipient. A delivery to a unit or to
 * another agency on the platform creates an incoming letter there; `letters.source_*` link it back so the
 * sender sees the receiver's receipt number.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE outgoing_letters (
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      form text NOT NULL CHECK (form IN ('external', 'memo', 'stamped', 'order', 'announcement')),
      status text NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'in-review', 'awaiting-signature', 'signed', 'dispatched', 'cancelled')),
      owner_unit_id uuid NOT NULL,
      content jsonb NOT NULL,
      version integer NOT NULL DEFAULT 1,
      subject text NOT NULL,
      urgency text NOT NULL,
      created_by uuid NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      register_id uuid,
      year_be integer,
      number integer,
      number_formatted text,
      letter_date date,
      signed_at timestamptz,
      signed_by uuid,
      signer_name text,
      signer_position text,
      signer_capacity text,
      pdf_sha256 text,
      cancelled_at timestamptz,
      cancel_reason text,
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, owner_unit_id) REFERENCES org_units(tenant_id, id)
    );
    CREATE INDEX outgoing_letters_creator ON outgoing_letters (tenant_id, created_by, updated_at DESC);
    CREATE INDEX outgoing_letters_updated ON outgoing_letters (tenant_id, updated_at DESC);

    CREATE TABLE outgoing_versions (
      tenant_id uuid NOT NULL,
      letter_id uuid NOT NULL,
      version integer NOT NULL,
      content jsonb NOT NULL,
      note text NOT NULL DEFAULT '',
      created_by uuid NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, letter_id, version),
      FOREIGN KEY (tenant_id, letter_id) REFERENCES outgoing_letters(tenant_id, id) ON DELETE CASCADE
    );

    CREATE TABLE outgoing_reviews (
      tenant_id uuid NOT NULL,
      letter_id uuid NOT NULL,
      position integer NOT NULL,
      user_id uuid NOT NULL,
      role text NOT NULL CHECK (role IN ('reviewer', 'signer')),
      status text NOT NULL CHECK (status IN ('waiting', 'pending', 'approved', 'returned', 'signed')),
      comment text NOT NULL DEFAULT '',
      acted_at timestamptz,
      PRIMARY KEY (tenant_id, letter_id, position),
      FOREIGN KEY (tenant_id, letter_id) REFERENCES outgoing_letters(tenant_id, id) ON DELETE CASCADE
    );
    CREATE INDEX outgoing_reviews_user ON outgoing_reviews (tenant_id, user_id, status);

    CREATE TABLE outgoing_deliveries (
      tenant_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      letter_id uuid NOT NULL,
      kind text NOT NULL CHECK (kind IN ('unit', 'agency', 'paper')),
      to_name text NOT NULL,
      to_tenant_id uuid,
      to_unit_id uuid,
      incoming_letter_id uuid,
      status text NOT NULL DEFAULT 'delivered' CHECK (status IN ('delivered', 'received', 'returned')),
      receipt_formatted text,
      delivered_at timestamptz NOT NULL,
      received_at timestamptz,
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, letter_id) REFERENCES outgoing_letters(tenant_id, id)
    );
    CREATE INDEX outgoing_deliveries_letter ON outgoing_deliveries (tenant_id, letter_id);

    ALTER TABLE letters ADD COLUMN source_tenant_id uuid, ADD COLUMN source_delivery_id uuid;
  `.execute(db);
}
