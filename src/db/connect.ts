import path from 'node:path';
import type { Config } from '../config/config.ts';
import { createDb, type Db, ensureDatabase } from './client.ts';
import { type EmbeddedCluster, startEmbeddedPostgres } from './embedded.ts';

/** The database the service runs on: DATABASE_URL, or the embedded PostgreSQL under the data directory. */
export interface Database {
  db: Db;
  url: string;
  embedded: EmbeddedCluster | null;
  close(): Promise<void>;
}

/** Connects to DATABASE_URL or starts the embedded cluster (initialising it on first start). */
export async function connectDatabase(
  config: Config,
  log: (line: string) => void = () => {},
): Promise<Database> {
  let embedded: EmbeddedCluster | null = null;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({
      dir: path.join(config.dataDir, 'pg'),
      port: config.embeddedDbPort,
      persistent: true,
      log,
    });
    await ensureDatabase(embedded.url('postgres'), 'saraban');
    url = embedded.url('saraban');
  }
  const db = createDb(url, 20);
  return {
    db,
    url,
    embedded,
    async close() {
      await db.destroy();
      await embedded?.stop();
    },
  };
}
