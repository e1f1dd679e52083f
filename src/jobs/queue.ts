import PgBoss from 'pg-boss';

/** Starts pg-boss on the same database (its own schema) for background jobs; handlers are registered per capability. */
export async function startJobQueue(url: string, log: (msg: string, err?: unknown) => void): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: url, max: 4, schema: 'pgboss' });
  boss.on('error', (err) => log('job queue error', err));
  await boss.start();
  return boss;
}
