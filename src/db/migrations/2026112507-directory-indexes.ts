import { type Kysely, sql } from 'kysely';

/**
 * Directory administration: one user account per person (the race-proof half of USER_PERSON_LINKED), and
 * the indexes behind "is this unit / role / person still in use?" checks and per-unit lists.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE UNIQUE INDEX users_person ON users (tenant_id, person_id) WHERE person_id IS NOT NULL;
    CREATE INDEX positions_org_unit ON positions (tenant_id, org_unit_id);
    CREATE INDEX people_org_unit ON people (tenant_id, org_unit_id);
    CREATE INDEX role_assignments_role ON role_assignments (tenant_id, role_id);
    CREATE INDEX role_assignments_org_unit ON role_assignments (tenant_id, org_unit_id);
  `.execute(db);
}
