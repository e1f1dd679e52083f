import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { migrations } from '../../src/db/migrations/index.ts';
import { createTestDatabase, type TestDatabase } from './test-db.ts';

// Two handles stand in for two test files running side by side.
let a: TestDatabase;
let b: TestDatabase;

before(async () => {
  [a, b] = await Promise.all([createTestDatabase(), createTestDatabase()]);
});

after(async () => {
  await Promise.all([a?.drop(), b?.drop()]);
});

test('each call gets its own database', async () => {
  assert.notEqual(a.name, b.name);
  assert.match(a.name, /^t_[0-9a-f]{12}$/);
  const current = async (t: TestDatabase) =>
    (await sql<{ db: string }>`SELECT current_database() AS db`.execute(t.db)).rows[0]?.db;
  assert.equal(await current(a), a.name);
  assert.equal(await current(b), b.name);

  await sql`CREATE TABLE only_in_a (id int)`.execute(a.db);
  const inB = await sql<{ t: string | null }>`SELECT to_regclass('only_in_a')::text AS t`.execute(b.db);
  assert.equal(inB.rows[0]?.t, null);
});

test('the migrations are applied', async () => {
  const tenants = await sql<{ t: string | null }>`SELECT to_regclass('public.tenants')::text AS t`.execute(
    a.db,
  );
  assert.equal(tenants.rows[0]?.t, 'tenants');
  const applied = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(b.db);
  assert.deepEqual(
    applied.rows.map((r) => r.name),
    Object.keys(migrations).sort(),
  );
});

test('it is real PostgreSQL 17', {
  skip: process.env.TEST_DATABASE_URL ? 'external TEST_DATABASE_URL' : false,
}, async () => {
  const { rows } = await sql<{ v: string }>`SELECT version() AS v`.execute(a.db);
  assert.match(rows[0]?.v ?? '', /PostgreSQL 17/);
});

test('drop() removes the database and can be called twice', async () => {
  const c = await createTestDatabase();
  await c.drop();
  await c.drop();
  const { rows } = await sql<{
    n: number;
  }>`SELECT count(*)::int AS n FROM pg_database WHERE datname = ${c.name}`.execute(a.db);
  assert.equal(rows[0]?.n, 0);
});
