import { type Kysely, sql } from 'kysely';

/** Users, roles with their permission sets, and role assignments (role × org unit × dates). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE users (
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      person_id uuid,
      username text NOT NULL,
      display_name text NOT NULL,
      password_hash text NOT NULL,
      starts_on date,
      ends_on date,
      disabled boolean NOT NULL DEFAULT false,
      must_change_password boolean NOT NULL DEFAULT false,
      totp_secret text,
      totp_enabled boolean NOT NULL DEFAULT false,
      failed_logins integer NOT NULL DEFAULT 0,
      locked_until timestamptz,
      last_login_at timestamptz,
      note text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, person_id) REFERENCES people(tenant_id, id),
      CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
    );
    CREATE UNIQUE INDEX users_username ON users (tenant_id, lower(username));

    CREATE TABLE roles (
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      key text,
      name_th text NOT NULL,
      name_en text NOT NULL DEFAULT '',
      permissions text[] NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id)
    );
    CREATE UNIQUE INDEX roles_name ON roles (tenant_id, name_th);
    CREATE UNIQUE INDEX roles_key ON roles (tenant_id, key) WHERE key IS NOT NULL;

    CREATE TABLE role_assignments (
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL,
      role_id uuid NOT NULL,
      org_unit_id uuid NOT NULL,
      starts_on date,
      ends_on date,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, user_id) REFERENCES users(tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, role_id) REFERENCES roles(tenant_id, id),
      FOREIGN KEY (tenant_id, org_unit_id) REFERENCES org_units(tenant_id, id),
      CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
    );
    CREATE INDEX role_assignments_user ON role_assignments (tenant_id, user_id);
  `.execute(db);
}
