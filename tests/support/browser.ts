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
 * The journeys' shared steps are here too: signIn, step (screenshots), go (the burger menu), openLetter,
 * choose/pick (searchable selects), drawSignature (signature_pad) and fillIncomingLetter.
 *
 * Chromium is found at $CHROMIUM_PATH, /usr/bin/chromium or on the PATH (`npm test` installs the Debian
 * `chromium` package when run as root). The web app is served from web/dist, which `npm test` builds
 * before the e2e suite.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Locator,
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
 * A new phone-sized context of `browser` (390×844, DPR 3, touch, Thai locale, Bangkok time) with its own
 * cookies, e.g. a visitor who is not logged in; `options` are merged into the context options.
 */
export function newPhoneContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 390, height: 844 },
    screen: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
    ...options,
  });
}

/**
 * Launches headless Chromium with a phone-sized context (newPhoneContext) and a page in it. `options` are
 * merged into the context options (e.g. `{ baseURL }` so `page.goto('/')` works).
 */
export async function launchPhone(options: BrowserContextOptions = {}): Promise<Phone> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const context = await newPhoneContext(browser, options);
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
 * Signs in to an agency of the platform (the demo agency `demo`, password demo1234, unless told) in a fresh
 * session, from the login page, and waits for the home page's greeting.
 */
export async function signIn(
  page: Page,
  username: string,
  { tenant = 'demo', password = 'demo1234' }: { tenant?: string; password?: string } = {},
): Promise<void> {
  await page.context().clearCookies();
  await page.goto('/login');
  await page.getByLabel('รหัสหน่วยงาน').fill(tenant);
  await page.getByLabel('ชื่อผู้ใช้').fill(username);
  await page.getByLabel('รหัสผ่าน').fill(password);
  await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
  await page.getByRole('heading', { name: /สวัสดี/ }).waitFor();
}

/**
 * Runs one step of a journey; a failing step leaves a full-page screenshot in test-results/<name>.png, and
 * with $E2E_SHOTS=<dir> every step leaves one of the screen there, for looking at the screens.
 */
export async function step(page: Page, name: string, fn: () => Promise<void>): Promise<void> {
  let failed = true;
  try {
    await fn();
    failed = false;
  } finally {
    const dir = failed ? 'test-results' : process.env.E2E_SHOTS;
    if (dir) {
      await mkdir(dir, { recursive: true });
      await page.screenshot({ path: `${dir}/${name}.png`, fullPage: failed }).catch(() => {});
    }
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Opens the burger menu and follows a navigation link (a queue's link may end with its count), then waits
 * for the page's heading: `heading`, the link's own text unless told, or none when null.
 */
export async function go(page: Page, link: string, heading: string | null = link): Promise<void> {
  await page.getByRole('button', { name: 'เมนู' }).click();
  await page
    .getByRole('navigation')
    .getByRole('link', { name: new RegExp(`^${escapeRegExp(link)}\\s*\\d*$`) })
    .click();
  if (heading !== null) await page.getByRole('heading', { name: heading, exact: true }).waitFor();
}

/** Opens the first letter of the current list whose subject matches, and waits for its heading. */
export async function openLetter(page: Page, subject: string): Promise<void> {
  await page.getByRole('listitem').filter({ hasText: subject }).first().click();
  await page.getByRole('heading', { name: subject }).waitFor();
}

/** Draws a wave on the signature pad (signature_pad) of a dialog with the mouse. */
export async function drawSignature(page: Page, dialog: Locator): Promise<void> {
  const pad = dialog.getByTestId('signature-pad');
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (!box) throw new Error('the signature pad is not on screen');
  await page.mouse.move(box.x + 30, box.y + 100);
  await page.mouse.down();
  for (let i = 1; i <= 24; i++)
    await page.mouse.move(box.x + 30 + i * 10, box.y + 100 - Math.sin(i / 2) * 40, { steps: 2 });
  await page.mouse.up();
}

/**
 * Picks one option of a searchable select (Mantine Select) in `scope` (a dialog, a form section, or the
 * page): the textbox named `label` exactly, then the first option whose name matches `option`.
 */
export async function choose(page: Page, scope: Page | Locator, label: string, option: string | RegExp) {
  await scope.getByRole('textbox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option }).first().click();
}

/** Picks options of a multi-select (Mantine MultiSelect) in a dialog, then closes its dropdown. */
export async function pick(page: Page, dialog: Locator, label: string, options: readonly string[]) {
  for (const option of options) {
    await dialog.getByRole('textbox', { name: label }).click();
    await page.getByRole('option', { name: option }).click();
  }
  await dialog.getByRole('heading').first().click();
}

/** What fillIncomingLetter types into ลงทะเบียนรับหนังสือ, and the PDF it attaches. */
export interface IncomingLetterFields {
  pdf: Uint8Array;
  fileName: string;
  /** ที่: the sender's number, e.g. "ศธ 04010/123". */
  number: string;
  from: string;
  to: string;
  subject: string;
}

/** On ลงทะเบียนรับหนังสือ: attaches the letter's PDF and fills ที่, จาก, เรียน and เรื่อง (the caller registers). */
export async function fillIncomingLetter(page: Page, letter: IncomingLetterFields): Promise<void> {
  await page
    .locator('input[type=file]')
    .first()
    .setInputFiles({ name: letter.fileName, mimeType: 'application/pdf', buffer: Buffer.from(letter.pdf) });
  await page.getByLabel('ที่', { exact: true }).fill(letter.number);
  await page.getByLabel(/^จาก/).fill(letter.from);
  await page.getByLabel('เรียน').fill(letter.to);
  await page.getByLabel(/^เรื่อง/).fill(letter.subject);
}
