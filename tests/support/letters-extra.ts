/**
 * Small helpers for the letters HTTP tests beyond tests/support/letters.ts: exact error assertions, JSON
 * requests with PUT, a second agency with its own letter, encrypted and bomb files, and the "nothing was
 * stored, no number burned" check after a refused registration.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { Permission } from '../../src/domain/directory/permissions.ts';
import { createRegister } from '../../src/domain/registers/index.ts';
import {
  createTestTenant,
  createUserWithPermissions,
  loginAs,
  TEST_PASSWORD,
  type TestTenant,
  uniqueSuffix,
} from './factories.ts';
import {
  type LetterAgency,
  type LetterUser,
  letterMetadata,
  makePdf,
  pdfPart,
  registerLetter,
} from './letters.ts';

/** Asserts an error response: its HTTP status and catalogue code (the body is shown when it differs). */
export function expectError(res: LightMyRequestResponse, status: number, code: string): void {
  assert.equal(res.statusCode, status, `expected ${status} ${code}, got ${res.statusCode}: ${res.body}`);
  assert.equal(res.json().error?.code, code, res.body);
}

/** Asserts a 2xx status and returns the parsed body. */
// biome-ignore lint/suspicious/noExplicitAny: response bodies are read field by field in the tests
export function ok(res: LightMyRequestResponse, status = 200): any {
  assert.equal(res.statusCode, status, res.body);
  return res.json();
}

/** JSON requests as a logged-in user, PUT included. */
export function api(app: FastifyInstance, u: LetterUser) {
  const send = async (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: unknown,
  ): Promise<LightMyRequestResponse> => {
    const opts: InjectOptions = { method, url: `/api/v1${url}`, headers: u.session.headers };
    if (payload !== undefined) opts.payload = payload as InjectOptions['payload'];
    return app.inject(opts);
  };
  return {
    get: (url: string) => send('GET', url),
    post: (url: string, payload: unknown = {}) => send('POST', url, payload),
    put: (url: string, payload: unknown) => send('PUT', url, payload),
    patch: (url: string, payload: unknown) => send('PATCH', url, payload),
    delete: (url: string) => send('DELETE', url),
  };
}

/** The agency admin of `s`, signed in. */
export async function loginAdmin(s: LetterAgency): Promise<LetterUser> {
  return {
    userId: s.a.admin.userId,
    username: s.a.admin.username,
    session: await loginAs(s.app, s.a.tenant.slug, s.a.admin.username, TEST_PASSWORD),
  };
}

/** What "nothing stored" is measured against: the clerk's letters and the root receive register's book. */
export interface Snapshot {
  /** Total of GET /letters?queue=all for the central clerk. */
  total: number;
  /** Entries of the root receive register this year. */
  bookTotal: number;
  /** The receipt number the next successful registration in the root register must get. */
  next: number;
}

/** Reads the totals before a request that must be refused. */
export async function snapshot(s: LetterAgency): Promise<Snapshot> {
  const all = ok(await api(s.app, s.clerk).get('/letters?queue=all&limit=1'));
  const book = ok(await api(s.app, s.clerk).get(`/registers/${s.registers.root}/numbers?limit=1`));
  const register = ok(await api(s.app, s.clerk).get(`/registers/${s.registers.root}`));
  return { total: all.total, bookTotal: book.total, next: register.year.lastNumber + 1 };
}

/**
 * After a refused registration: no letter was added, the register book is unchanged, and the next good
 * registration still gets the number that was next before the refused one.
 */
export async function assertNothingStored(s: LetterAgency, before: Snapshot, label: string): Promise<void> {
  const all = ok(await api(s.app, s.clerk).get('/letters?queue=all&limit=1'));
  assert.equal(all.total, before.total, `${label}: no letter was stored`);
  const book = ok(await api(s.app, s.clerk).get(`/registers/${s.registers.root}/numbers?limit=1`));
  assert.equal(book.total, before.bookTotal, `${label}: no entry in the register book`);
  const good = await registerLetter(s.app, s.clerk.session, letterMetadata({ subject: `หลังจาก ${label}` }), [
    pdfPart(await makePdf()),
  ]);
  assert.equal(good.statusCode, 201, good.body);
  assert.equal(good.json().receipt.number, before.next, `${label}: no receipt number was burned`);
}

/** Encrypts a PDF with qpdf (AES-256, user password "user"). */
export function encryptPdf(bytes: Uint8Array): Uint8Array {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'saraban-enc-'));
  try {
    const input = path.join(dir, 'in.pdf');
    const output = path.join(dir, 'out.pdf');
    writeFileSync(input, bytes);
    const res = spawnSync('qpdf', ['--encrypt', 'user', 'owner', '256', '--', input, output], {
      encoding: 'utf8',
    });
    assert.equal(res.status, 0, `qpdf --encrypt failed: ${res.stderr}`);
    return new Uint8Array(readFileSync(output));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([len, body, crc]);
}

/**
 * A decompression bomb: a valid, tiny PNG (1-bit greyscale, all white) whose header says width × height
 * pixels — a few KB on disk, width × height pixels once decoded.
 */
export function bombPng(width: number, height: number): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // greyscale
  const rowBytes = 1 + Math.ceil(width / 8);
  const row = Buffer.alloc(rowBytes, 0xff);
  row[0] = 0; // filter: none
  const raw = Buffer.alloc(rowBytes * height);
  for (let y = 0; y < height; y++) row.copy(raw, y * rowBytes);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      pngChunk('IHDR', ihdr),
      pngChunk('IDAT', deflateSync(raw, { level: 9 })),
      pngChunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

/** A second agency with a clerk holding every letter function and a receive register on its root unit. */
export interface OtherAgency {
  b: TestTenant;
  clerk: LetterUser;
  registerId: string;
}

export async function startOtherAgency(s: LetterAgency): Promise<OtherAgency> {
  const b = await createTestTenant(s.deps);
  const registerId = (
    await createRegister(s.deps.core, b.systemCtx, {
      orgUnitId: b.rootUnitId,
      kind: 'receive',
      name: 'ทะเบียนรับ B',
    })
  ).id;
  const letterPermissions = Object.values(Permission).filter(
    (p) => p.startsWith('letter.') || p.includes('.record'),
  );
  const u = await createUserWithPermissions(s.deps, b.tenant.id, letterPermissions, {
    username: `clerkb${uniqueSuffix()}`,
  });
  const session = await loginAs(s.app, b.tenant.slug, u.username, TEST_PASSWORD);
  return { b, clerk: { userId: u.userId, username: u.username, session }, registerId };
}

/** Today's date in Bangkok, and the days before and after it, as YYYY-MM-DD. */
export function bangkokDates(): { today: string; yesterday: string; tomorrow: string } {
  const shift = (days: number) =>
    new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
  return { today: shift(0), yesterday: shift(-1), tomorrow: shift(1) };
}

/** The current calendar year (CE) in Bangkok. */
export function bangkokYear(): number {
  return new Date(Date.now() + 7 * 3600_000).getUTCFullYear();
}

/** A moment `minutes` ago, but never before this Bangkok year began (so it stays in this year's book). */
export function recentPast(minutes: number): string {
  const yearStart = Date.UTC(bangkokYear(), 0, 1) - 7 * 3600_000;
  return new Date(Math.max(Date.now() - minutes * 60_000, yearStart + 1000)).toISOString();
}

/** Every delivery of a route, in hop order. */
export function routeDeliveries(route: {
  hops: { kind: string; deliveries: { id: string; status: string; toId: string }[] }[];
}) {
  return route.hops.flatMap((h) => h.deliveries.map((d) => ({ ...d, stepKind: h.kind })));
}

/** The first offered action of a kind on a letter view, or undefined. */
export function actionOf(
  letter: { actions: { action: string; deliveryId: string | null }[] },
  action: string,
): { action: string; deliveryId: string | null } | undefined {
  return letter.actions.find((a) => a.action === action);
}

/** A multipart body with exactly the text fields and files given (no automatic "metadata"), for malformed requests. */
export function rawMultipart(
  fields: [string, string][],
  files: { field: string; fileName: string; contentType: string; bytes: Uint8Array }[] = [],
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----saraban${uniqueSuffix()}${uniqueSuffix()}`;
  const chunks: Buffer[] = [];
  const head = (s: string) => chunks.push(Buffer.from(s, 'utf8'));
  for (const [name, value] of fields) {
    head(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  }
  for (const f of files) {
    head(
      `--${boundary}\r\nContent-Disposition: form-data; name="${f.field}"; filename="${f.fileName}"\r\n` +
        `Content-Type: ${f.contentType}\r\n\r\n`,
    );
    chunks.push(Buffer.from(f.bytes));
    head('\r\n');
  }
  head(`--${boundary}--\r\n`);
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
