import { type Kysely, sql } from 'kysely';

/**
 * Certificates for PAdES signing: each agency's internal CA (its key sealed under the master key), the
 * certificates of people and of units (a unit's seal signs its receipt stamps), imported trust anchors
 * (real CAs' roots), and the code printed as a QR on a signed letter for public verification.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE agency_cas (
      tenant_id uuid PRIMARY KEY REFERENCES tenants(id),
      certificate bytea NOT NULL,
      sealed_key bytea NOT NULL,
      crl_number integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE certificates (
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      user_id uuid,
      org_unit_id uuid,
      source text NOT NULL CHECK (source IN ('internal', 'imported')),
      algorithm text NOT NULL,
      certificate bytea NOT NULL,
      chain bytea[] NOT NULL DEFAULT '{}',
      sealed_key bytea NOT NULL,
      subject text NOT NULL,
      common_name text NOT NULL,
      issuer text NOT NULL,
      serial_number text NOT NULL,
      not_before timestamptz NOT NULL,
      not_after timestamptz NOT NULL,
      sha256 text NOT NULL,
      revoked_at timestamptz,
      revoke_reason text,
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id),
      FOREIGN KEY (tenant_id, org_unit_id) REFERENCES org_units (tenant_id, id),
      CHECK ((user_id IS NULL) <> (org_unit_id IS NULL))
    );
    CREATE INDEX certificates_user ON certificates (tenant_id, user_id) WHERE user_id IS NOT NULL;
    CREATE UNIQUE INDEX certificates_unit_seal ON certificates (tenant_id, org_unit_id)
      WHERE org_unit_id IS NOT NULL AND revoked_at IS NULL;
    CREATE TABLE trust_anchors (
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      certificate bytea NOT NULL,
      subject text NOT NULL,
      sha256 text NOT NULL,
      not_after timestamptz NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      UNIQUE (tenant_id, sha256)
    );
    ALTER TABLE outgoing_letters ADD COLUMN verify_code text UNIQUE;
  `.execute(db);
}
