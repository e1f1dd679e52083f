import { type Kysely, sql } from 'kysely';

/** Org units, positions, dated appointments and people (บุคลากร). Every key leads with tenant_id. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE org_units (
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      parent_id uuid,
      name_th text NOT NULL,
      name_en text NOT NULL DEFAULT '',
      short_name text NOT NULL DEFAULT '',
      owner_number text,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, parent_id) REFERENCES org_units(tenant_id, id)
    );
    CREATE INDEX org_units_parent ON org_units (tenant_id, parent_id);

    CREATE TABLE positions (
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      org_unit_id uuid NOT NULL,
      title_th text NOT NULL,
      signature_title text NOT NULL,
      is_executive boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, org_unit_id) REFERENCES org_units(tenant_id, id)
    );

    CREATE TABLE people (
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      org_unit_id uuid NOT NULL,
      employee_code text,
      title text NOT NULL,
      name_th text NOT NULL,
      name_en text NOT NULL DEFAULT '',
      national_id text NOT NULL,
      gender text NOT NULL DEFAULT 'unspecified' CHECK (gender IN ('male', 'female', 'unspecified')),
      position_title text NOT NULL DEFAULT '',
      address text NOT NULL DEFAULT '',
      phone text NOT NULL DEFAULT '',
      email text NOT NULL DEFAULT '',
      login_email text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, org_unit_id) REFERENCES org_units(tenant_id, id)
    );
    CREATE UNIQUE INDEX people_national_id ON people (tenant_id, national_id);
    -- The deck: a login e-mail belongs to one person of the agency at a time.
    CREATE UNIQUE INDEX people_login_email ON people (tenant_id, lower(login_email)) WHERE login_email IS NOT NULL;

    CREATE TABLE appointments (
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      position_id uuid NOT NULL,
      person_id uuid NOT NULL,
      kind text NOT NULL CHECK (kind IN ('regular', 'acting', 'delegated', 'committee')),
      committee_role text CHECK (committee_role IN ('chair', 'member', 'secretary')),
      authority_ref text NOT NULL DEFAULT '',
      starts_on date NOT NULL,
      ends_on date,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, position_id) REFERENCES positions(tenant_id, id),
      FOREIGN KEY (tenant_id, person_id) REFERENCES people(tenant_id, id),
      CHECK (ends_on IS NULL OR ends_on >= starts_on),
      CHECK ((kind = 'committee') = (committee_role IS NOT NULL))
    );
    CREATE INDEX appointments_position ON appointments (tenant_id, position_id);
    CREATE INDEX appointments_person ON appointments (tenant_id, person_id);
  `.execute(db);
}
