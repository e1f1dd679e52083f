import { type Kysely, sql } from 'kysely';

/**
 * Registers (ทะเบียน) per org unit and kind, their yearly counters and every number they issued.
 * Numbers are gapless per (tenant, register, calendar year BE in Asia/Bangkok).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE registers (
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      org_unit_id uuid NOT NULL,
      kind text NOT NULL CHECK (kind IN ('receive', 'dispatch', 'circular', 'order', 'announcement', 'certificate')),
      name text NOT NULL,
      letter_code text NOT NULL,
      owner_number text NOT NULL,
      archived boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, org_unit_id) REFERENCES org_units(tenant_id, id)
    );
    CREATE UNIQUE INDEX registers_name ON registers (tenant_id, org_unit_id, name);

    CREATE TABLE register_counters (
      tenant_id uuid NOT NULL,
      register_id uuid NOT NULL,
      year_be integer NOT NULL,
      start_number integer NOT NULL DEFAULT 1 CHECK (start_number >= 1),
      last integer NOT NULL,
      PRIMARY KEY (tenant_id, register_id, year_be),
      FOREIGN KEY (tenant_id, register_id) REFERENCES registers(tenant_id, id),
      CHECK (last >= start_number - 1)
    );

    CREATE TABLE register_numbers (
      tenant_id uuid NOT NULL,
      register_id uuid NOT NULL,
      year_be integer NOT NULL,
      number integer NOT NULL,
      status text NOT NULL CHECK (status IN ('issued', 'reserved', 'bound', 'cancelled')),
      letter_id uuid,
      reason text NOT NULL DEFAULT '',
      issued_by uuid NOT NULL,
      issued_at timestamptz NOT NULL DEFAULT now(),
      cancelled_by uuid,
      cancelled_at timestamptz,
      cancel_reason text,
      PRIMARY KEY (tenant_id, register_id, year_be, number),
      FOREIGN KEY (tenant_id, register_id) REFERENCES registers(tenant_id, id)
    );
    CREATE INDEX register_numbers_status ON register_numbers (tenant_id, register_id, status);
  `.execute(db);
}
