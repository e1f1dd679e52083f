import { type Kysely, sql } from 'kysely';

/**
 * Append-only, hash-chained audit log. One chain per tenant (the nil uuid chains the operators' actions);
 * audit_heads serialises appends per chain. Updates and deletes are refused by a trigger.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE audit_heads (
      tenant_id uuid PRIMARY KEY,
      last_seq bigint NOT NULL DEFAULT 0,
      last_hash text NOT NULL
    );
    CREATE TABLE audit_log (
      tenant_id uuid NOT NULL,
      seq bigint NOT NULL,
      at timestamptz NOT NULL,
      actor_kind text NOT NULL CHECK (actor_kind IN ('user', 'operator', 'system')),
      actor_id uuid,
      actor_name text NOT NULL DEFAULT '',
      action text NOT NULL,
      target_type text NOT NULL,
      target_id text,
      summary jsonb NOT NULL DEFAULT '{}',
      request_id text,
      prev_hash text NOT NULL,
      hash text NOT NULL,
      PRIMARY KEY (tenant_id, seq)
    );
    CREATE INDEX audit_log_action ON audit_log (tenant_id, action, at);
    CREATE INDEX audit_log_actor ON audit_log (tenant_id, actor_id, at);

    CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_log is append-only';
    END $$;
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
  `.execute(db);
}
