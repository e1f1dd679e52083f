import { type Kysely, sql } from 'kysely';

/** Sessions (agency users and operators) and API tokens; only hashes of secrets are stored. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE sessions (
      token_hash text PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('user', 'operator')),
      tenant_id uuid REFERENCES tenants(id),
      subject_id uuid NOT NULL,
      csrf_token text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      CHECK ((kind = 'user') = (tenant_id IS NOT NULL))
    );
    CREATE INDEX sessions_subject ON sessions (subject_id);

    CREATE TABLE api_tokens (
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL,
      name text NOT NULL,
      token_hash text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz,
      expires_at timestamptz,
      revoked_at timestamptz,
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, user_id) REFERENCES users(tenant_id, id) ON DELETE CASCADE
    );
  `.execute(db);
}
