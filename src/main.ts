import { loadConfig } from './config/config.ts';
import { createAppDeps } from './composition.ts';
import { migrateToLatest } from './db/client.ts';
import { connectDatabase } from './db/connect.ts';
import { warmUpPdfEngine } from './adapters/pdf/index.ts';
import { buildServer } from './http/app.ts';
import { startJobQueue } from './jobs/queue.ts';
import { ensurePlatformSeed } from './seed/platform-seed.ts';

/** Starts the service: database (embedded by default), migrations, jobs, seed data, HTTP. */
async function main() {
  const config = loadConfig();
  const database = await connectDatabase(config);
  const applied = await migrateToLatest(database.db);
  const deps = await createAppDeps({ db: database.db, config });
  const app = await buildServer(deps);
  if (applied.length) app.log.info({ applied }, 'migrations applied');
  const boss = await startJobQueue(database.url, (msg, err) => app.log.error({ err }, msg));
  const seeded = await ensurePlatformSeed(deps.core, config);
  // Fonts and HarfBuzz load once, before the first letter is stamped.
  await warmUpPdfEngine();
  await app.listen({ port: config.port, host: config.host });
  const banner = [
    '',
    `  Saraban — ระบบสารบรรณอิเล็กทรอนิกส์ พร้อมใช้งานที่ http://localhost:${config.port}`,
    database.embedded ? `  ฐานข้อมูล: PostgreSQL ในตัว (${database.embedded.dir})` : '  ฐานข้อมูล: DATABASE_URL',
    ...seeded.lines,
    '',
  ];
  console.log(banner.join('\n'));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await boss.stop({ graceful: true, timeout: 5000 }).catch(() => {});
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : `Start-up failed: ${String(err)}`);
  process.exit(1);
});
