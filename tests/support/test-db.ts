/**
 * One fresh PostgreSQL database per test file.
 *
 * `npm test` (scripts/test.mjs) starts one embedded PostgreSQL for the whole run, migrates the template
 * database `saraban_template` and passes `TEST_PG_ADMIN_URL` + `TEST_PG_TEMPLATE` to the test processes.
 * Each database/HTTP test file then calls `createTestDatabase()` once in `before()` and `drop()` in `after()`:
 *
 *   let t: TestDatabase;
 *   before(async () => { t = await createTestDatabase(); });
 *   after(() => t.drop());
 *
 * With `TEST_DATABASE_URL` (an external server) and no `TEST_PG_ADMIN_URL`, the databases are created next
 * to it on the same server, through a connection to that URL (its user needs CREATEDB). `npm test` also
 * (re)creates the template there; when the template is missing (e.g. a file run directly with
 * `node --import tsx --test file.test.ts` and only TEST_DATABASE_URL set), the new database is migrated
 * instead of cloned, which is slower but equivalent.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDb, migrateToLatest, type Db } from '../../src/db/client.ts';

export interface TestDatabase {
  /** Kysely handle on the new database. */
  db: Db;
  /** Connection URL of the new database (e.g. for `DATABASE_URL` of a server under test). */
  url: string;
  /** Name of the new database (`t_<random>`). */
  name: string;
  /** Destroys the handle and drops the database (idempotent). */
  drop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

async function withAdmin<T>(adminUrl: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates `t_<random>` from the migrated template and returns a handle on it. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_PG_ADMIN_URL ?? process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    throw new Error(
      'No test database server: run the tests through `npm test` (it starts an embedded PostgreSQL) ' +
        'or set TEST_DATABASE_URL.',
    );
  }
  const template = process.env.TEST_PG_TEMPLATE ?? 'saraban_template';
  const name = `t_${randomBytes(6).toString('hex')}`;
  const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

  const cloned = await withAdmin(adminUrl, async (c) => {
    const { rowCount } = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
    await c.query(
      rowCount
        ? `CREATE DATABASE ${ident(name)} TEMPLATE ${ident(template)}`
        : `CREATE DATABASE ${ident(name)}`,
    );
    return Boolean(rowCount);
  });

  const url = withDatabase(adminUrl, name);
  const db = createDb(url);
  let dropped = false;
  const drop = async () => {
    if (dropped) return;
    dropped = true;
    await db.destroy();
    await withAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`));
  };
  if (!cloned) {
    try {
      await migrateToLatest(db);
    } catch (e) {
      await drop().catch(() => {});
      throw e;
    }
  }
  return { db, url, name, drop };
}
