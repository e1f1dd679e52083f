/**
 * Browser-test helpers (Playwright core + Debian Chromium, see docs in DESIGN §5).
 *
 *   let server: TestServer;
 *   let phone: Phone;
 *   before(async () => {
 *     server = await startTestServer();
 *     phone = await launchPhone({ baseURL: server.baseUrl });
 *   });
 *   after(async () => {
 *     await phone?.close();
 *     await server?.close();
 *   });
 *   test('login page', async () => { await phone.page.goto('/'); … });
 *
 * Chromium is found at $CHROMIUM_PATH, /usr/bin/chromium or on the PATH (`npm test` installs the Debian
 * `chromium` package when run as root). The web app is served from web/dist, which `npm test` builds
 * before the e2e suite.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core';
import type { Db } from '../../src/db/client.ts';
import { createTestDatabase } from './test-db.ts';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium binary to drive: $CHROMIUM_PATH, /usr/bin/chromium, or `chromium` on the PATH. */
export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {}
  }
  throw new Error('Chromium not found: install the Debian package `chromium` or set CHROMIUM_PATH.');
}

export interface Phone {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Closes the context and the browser. */
  close(): Promise<void>;
}

/**
 * Launches headless Chromium with a phone-sized context: 390×844, DPR 3, touch, Thai locale, Bangkok time.
 * `options` are merged into the context options (e.g. `{ baseURL }` so `page.goto('/')` works).
 */
export async function launchPhone(options: BrowserContextOptions = {}): Promise<Phone> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      screen: { width: 390, height: 844 },
      deviceScaleFactor: 3,
      isMobile: true,
      hasTouch: true,
      locale: 'th-TH',
      timezoneId: 'Asia/Bangkok',
      ...options,
    });
    const page = await context.newPage();
    return {
      browser,
      context,
      page,
      close: async () => {
        await context.close().catch(() => {});
        await browser.close();
      },
    };
  } catch (e) {
    await browser.close().catch(() => {});
    throw e;
  }
}

export interface TestServer {
  /** e.g. `http://127.0.0.1:41234` (no trailing slash). */
  baseUrl: string;
  /** The server's own database (a fresh copy of the migrated template, demo agency seeded by the app). */
  db: Db;
  /** Stops the server, drops its database and removes its data directory. */
  close(): Promise<void>;
}

/**
 * Starts the whole application on 127.0.0.1 (random port) against a fresh test database, with the demo
 * agency enabled (`SARABAN_DEMO=1`) and a throwaway data directory. `env` overrides configuration variables.
 */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const testDb = await createTestDatabase();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'saraban-e2e-'));
  const cleanup = async () => {
    await testDb.drop().catch(() => {});
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    // Imported lazily so launchPhone() works without loading the application.
    const [{ loadConfig }, { createAppDeps }, { buildServer }, { ensurePlatformSeed }] = await Promise.all([
      import('../../src/config/config.ts'),
      import('../../src/composition.ts'),
      import('../../src/http/app.ts'),
      import('../../src/seed/platform-seed.ts'),
    ]);
    const config = loadConfig({
      LOG_LEVEL: 'warn',
      ...process.env,
      DATABASE_URL: testDb.url,
      SARABAN_DATA_DIR: dataDir,
      ...env,
      SARABAN_DEMO: '1',
    });
    const deps = await createAppDeps({ db: testDb.db, config });
    // Seed as `npm start` does: the first operator and the demo agency.
    await ensurePlatformSeed(deps.core, config);
    const app = await buildServer(deps);
    try {
      await app.listen({ host: '127.0.0.1', port: 0 });
    } catch (e) {
      await app.close().catch(() => {});
      throw e;
    }
    const { port } = app.server.address() as AddressInfo;
    let closed = false;
    return {
      baseUrl: `http://127.0.0.1:${port}`,
      db: testDb.db,
      close: async () => {
        if (closed) return;
        closed = true;
        try {
          await app.close();
        } finally {
          await cleanup();
        }
      },
    };
  } catch (e) {
    await cleanup();
    throw e;
  }
}

/** A phone on its own test server: what one `describe` of browser tests drives. */
export interface PhoneApp extends Phone {
  server: TestServer;
}

/**
 * Starts a test server (startTestServer, with `env`) and a phone on it (launchPhone) with service
 * workers blocked, so every request reaches the server; `timeout` is the page's default wait.
 * `close()` closes the phone, then the server.
 *
 *   let app: PhoneApp;
 *   let page: Page;
 *   before(async () => {
 *     app = await startPhoneApp({ timeout: 20_000 });
 *     page = app.page;
 *   });
 *   after(() => app?.close());
 */
export async function startPhoneApp(
  options: { env?: Record<string, string>; timeout?: number } = {},
): Promise<PhoneApp> {
  const server = await startTestServer(options.env);
  try {
    const phone = await launchPhone({ baseURL: server.baseUrl, serviceWorkers: 'block' });
    phone.page.setDefaultTimeout(options.timeout ?? 15_000);
    return {
      ...phone,
      server,
      close: async () => {
        try {
          await phone.close();
        } finally {
          await server.close();
        }
      },
    };
  } catch (e) {
    await server.close().catch(() => {});
    throw e;
  }
}

/**
 * Signs in to the demo agency (`demo`, password demo1234 unless given) in a fresh session, from the
 * login page, and waits for the home page's greeting.
 */
export async function signIn(page: Page, username: string, password = 'demo1234'): Promise<void> {
  await page.context().clearCookies();
  await page.goto('/login');
  await page.getByLabel('รหัสหน่วยงาน').fill('demo');
  await page.getByLabel('ชื่อผู้ใช้').fill(username);
  await page.getByLabel('รหัสผ่าน').fill(password);
  await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
  await page.getByRole('heading', { name: /สวัสดี/ }).waitFor();
}
