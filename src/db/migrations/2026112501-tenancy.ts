import { type Kysely, sql } from 'kysely';

/** Tenants (agencies) and the service operators who manage them. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE tenants (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      slug text NOT NULL UNIQUE,
      name_th text NOT NULL,
      name_en text NOT NULL DEFAULT '',
      ministry text NOT NULL DEFAULT '',
      department text NOT NULL DEFAULT '',
      letter_code text NOT NULL,
      owner_number text NOT NULL,
      user_quota integer NOT NULL CHECK (user_quota >= 0),
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
      digit_style text NOT NULL DEFAULT 'thai' CHECK (digit_style IN ('thai', 'arabic')),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE operators (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      username text NOT NULL UNIQUE,
      display_name text NOT NULL,
      password_hash text NOT NULL,
      failed_logins integer NOT NULL DEFAULT 0,
      locked_until timestamptz,
      last_login_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    );
  `.execute(db);
}
