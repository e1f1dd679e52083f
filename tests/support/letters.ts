/**
 * An agency set up for the letters tests: a root unit and two divisions, each with a receive register; a
 * central clerk, a director (executive with a position), a deputy acting for the director, a clerk per
 * division, staff in division A and a person in division B — all real users with the deck's default roles —
 * plus helpers for PDFs, multipart bodies, the independent PDF tools and logging in.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import {
  assignRole,
  createAppointment,
  createOrgUnit,
  createPerson,
  createPosition,
  createUser,
  listRoles,
} from '../../src/domain/directory/index.ts';
import { createRegister } from '../../src/domain/registers/index.ts';
import type { AppDeps } from '../../src/http/app-deps.ts';
import type { Clock } from '../../src/domain/shared/context.ts';
import {
  buildTestApp,
  createTestTenant,
  loginAs,
  randomNationalId,
  type Session,
  TEST_PASSWORD,
  type TestTenant,
  uniqueSuffix,
} from './factories.ts';
import { createTestDatabase, type TestDatabase } from './test-db.ts';

export interface LetterUser {
  userId: string;
  username: string;
  session: Session;
}

export interface LetterAgency {
  t: TestDatabase;
  app: FastifyInstance;
  deps: AppDeps;
  a: TestTenant;
  units: { root: string; divA: string; divB: string };
  registers: { root: string; divA: string; divB: string };
  clerk: LetterUser;
  director: LetterUser;
  deputy: LetterUser;
  clerkA: LetterUser;
  clerkB: LetterUser;
  staffA: LetterUser;
  personB: LetterUser;
  close(): Promise<void>;
}

/** Builds the agency described above on a fresh database; `close()` drops it. */
export async function startLetterAgency(
  opts: { clock?: Clock; config?: Record<string, string> } = {},
): Promise<LetterAgency> {
  const t = await createTestDatabase();
  const { app, deps } = await buildTestApp(t.db, opts);
  const a = await createTestTenant(deps);
  const core = deps.core;
  const sys = a.systemCtx;
  const divA = (
    await createOrgUnit(core, sys, { parentId: a.rootUnitId, nameTh: 'กองคลัง', ownerNumber: '04001.1' })
  ).id;
  const divB = (
    await createOrgUnit(core, sys, { parentId: a.rootUnitId, nameTh: 'กองแผนงาน', ownerNumber: '04001.2' })
  ).id;
  const reg = async (orgUnitId: string, name: string) =>
    (await createRegister(core, sys, { orgUnitId, kind: 'receive', name })).id;
  const registers = {
    root: await reg(a.rootUnitId, 'ทะเบียนรับ สำนักงาน'),
    divA: await reg(divA, 'ทะเบียนรับ กองคลัง'),
    divB: await reg(divB, 'ทะเบียนรับ กองแผนงาน'),
  };
  const roles = new Map((await listRoles(core, sys)).map((r) => [r.key, r.id]));
  const directorPos = await createPosition(core, sys, {
    orgUnitId: a.rootUnitId,
    titleTh: 'ผู้อำนวยการสำนักงาน',
    signatureTitle: 'ผู้อำนวยการสำนักงานทดสอบ',
    isExecutive: true,
  });
  const deputyPos = await createPosition(core, sys, {
    orgUnitId: a.rootUnitId,
    titleTh: 'รองผู้อำนวยการสำนักงาน',
    signatureTitle: 'รองผู้อำนวยการสำนักงานทดสอบ',
    isExecutive: true,
  });

  const make = async (
    username: string,
    nameTh: string,
    unitId: string,
    positionTitle: string,
    grants: [string, string][],
  ) => {
    const person = await createPerson(core, sys, {
      orgUnitId: unitId,
      title: 'นาย',
      nameTh,
      nationalId: randomNationalId(),
      positionTitle,
    });
    const user = await createUser(core, sys, {
      personId: person.id,
      username,
      displayName: `นาย${nameTh}`,
      password: TEST_PASSWORD,
      mustChangePassword: false,
    });
    for (const [key, orgUnitId] of grants) {
      await assignRole(core, sys, user.id, { roleId: roles.get(key)!, orgUnitId });
    }
    return { userId: user.id, personId: person.id, username };
  };
  const root = a.rootUnitId;
  const clerk = await make('clerk', 'สมใจ ใจดี', root, 'เจ้าพนักงานธุรการ', [
    ['central-registry', root],
    ['person', root],
  ]);
  const director = await make('director', 'ประเสริฐ บริหารดี', root, 'ผู้อำนวยการสำนักงาน', [
    ['executive', root],
    ['person', root],
  ]);
  const deputy = await make('deputy', 'วิไล ทำแทนได้', root, 'รองผู้อำนวยการสำนักงาน', [
    ['executive', root],
    ['front-office', root],
    ['person', root],
  ]);
  const clerkA = await make('clerka', 'สมชาย รักงาน', divA, 'เจ้าพนักงานธุรการ', [
    ['unit-registry', divA],
    ['person', divA],
  ]);
  const clerkB = await make('clerkb', 'สุดา ลงรับไว', divB, 'เจ้าพนักงานธุรการ', [
    ['unit-registry', divB],
    ['person', divB],
  ]);
  const staffA = await make('staffa', 'ขยัน ปฏิบัติงาน', divA, 'นักวิชาการเงินและบัญชี', [['person', divA]]);
  const personB = await make('personb', 'ใฝ่รู้ เรียนดี', divB, 'นักวิเคราะห์นโยบาย', [['person', divB]]);
  await createAppointment(core, sys, {
    positionId: directorPos.id,
    personId: director.personId,
    kind: 'regular',
    startsOn: '2024-10-01',
  });
  await createAppointment(core, sys, {
    positionId: deputyPos.id,
    personId: deputy.personId,
    kind: 'regular',
    startsOn: '2024-10-01',
  });
  await createAppointment(core, sys, {
    positionId: directorPos.id,
    personId: deputy.personId,
    kind: 'acting',
    authorityRef: 'คำสั่ง ที่ ๑/๒๕๖๙',
    startsOn: '2024-10-01',
  });
  const login = async (u: { userId: string; username: string }): Promise<LetterUser> => ({
    userId: u.userId,
    username: u.username,
    session: await loginAs(app, a.tenant.slug, u.username, TEST_PASSWORD),
  });
  return {
    t,
    app,
    deps,
    a,
    units: { root, divA, divB },
    registers,
    clerk: await login(clerk),
    director: await login(director),
    deputy: await login(deputy),
    clerkA: await login(clerkA),
    clerkB: await login(clerkB),
    staffA: await login(staffA),
    personB: await login(personB),
    close: async () => {
      await app.close();
      await t.drop();
    },
  };
}

/** A small PDF with Latin text (pdf-lib); `objectStreams` saves it with an xref stream like many producers. */
export async function makePdf(opts: { pages?: number; text?: string; objectStreams?: boolean } = {}) {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < (opts.pages ?? 1); i++) {
    const page = doc.addPage([595.28, 841.89]);
    page.drawText(opts.text ?? `Test letter ${uniqueSuffix()} page ${i + 1}`, {
      x: 72,
      y: 700,
      size: 14,
      font,
    });
  }
  return new Uint8Array(await doc.save({ useObjectStreams: opts.objectStreams ?? false }));
}

/** A PNG page as a scanner might give it (text drawn by librsvg). */
export async function makeScanPng(label: string): Promise<Uint8Array> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="850" height="1100"><rect width="100%" height="100%" fill="white"/><text x="80" y="140" font-size="40" fill="black">${label}</text></svg>`;
  return new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer());
}

/** A signature drawn as a PNG with alpha. */
export async function makeSignaturePng(): Promise<string> {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200"><path d="M20 150 C 120 20, 200 200, 300 80 S 480 40, 580 150" stroke="#1a237e" stroke-width="8" fill="none"/></svg>';
  return (await sharp(Buffer.from(svg)).png().toBuffer()).toString('base64');
}

export interface FilePart {
  field: string;
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

/** A multipart/form-data body for `app.inject()`: the "metadata" JSON field plus file parts. */
export function multipart(
  metadata: unknown,
  files: FilePart[],
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----saraban${uniqueSuffix()}${uniqueSuffix()}`;
  const chunks: Buffer[] = [];
  const head = (s: string) => chunks.push(Buffer.from(s, 'utf8'));
  if (metadata !== undefined) {
    head(
      `--${boundary}\r\nContent-Disposition: form-data; name="metadata"\r\n\r\n${JSON.stringify(metadata)}\r\n`,
    );
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

/** The usual metadata of a test letter. */
export function letterMetadata(extra: Record<string, unknown> = {}) {
  return {
    intake: 'electronic',
    docNo: 'ศธ ๐๒๐๖/๕๖',
    docDate: '2026-11-20',
    senderAgency: 'สำนักงานปลัดกระทรวงศึกษาธิการ',
    addressee: 'ผู้อำนวยการสำนักงาน',
    subject: 'ขอเชิญประชุมคณะทำงานพัฒนาระบบสารบรรณ',
    ...extra,
  };
}

/** Sends file parts (no metadata field) as multipart/form-data to `url` as the user. */
export function sendFiles(
  app: FastifyInstance,
  user: LetterUser,
  method: 'POST' | 'PUT',
  url: string,
  files: FilePart[],
): Promise<LightMyRequestResponse> {
  const body = multipart(undefined, files);
  return app.inject({
    method,
    url,
    headers: { ...user.session.headers, ...body.headers },
    payload: body.payload,
  });
}

/** POSTs a letter registration as `session` and returns the raw response. */
export async function registerLetter(
  app: FastifyInstance,
  session: Session,
  metadata: unknown,
  files: FilePart[],
): Promise<LightMyRequestResponse> {
  const body = multipart(metadata, files);
  return app.inject({
    method: 'POST',
    url: '/api/v1/letters/incoming',
    headers: { ...session.headers, ...body.headers },
    payload: body.payload,
  });
}

export const pdfPart = (bytes: Uint8Array, fileName = 'letter.pdf'): FilePart => ({
  field: 'document',
  fileName,
  contentType: 'application/pdf',
  bytes,
});

/** Runs an independent PDF tool on bytes (written to a temp file) and returns its stdout and exit code. */
export function pdfTool(tool: 'pdftotext' | 'qpdf' | 'pdfinfo', bytes: Uint8Array, args: string[] = []) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'saraban-pdf-'));
  try {
    const file = path.join(dir, 'in.pdf');
    writeFileSync(file, bytes);
    const argv = tool === 'pdftotext' ? [...args, file, path.join(dir, 'out.txt')] : [...args, file];
    const res = spawnSync(tool, argv, { encoding: 'utf8' });
    const out =
      tool === 'pdftotext' && res.status === 0 ? readFileSync(path.join(dir, 'out.txt'), 'utf8') : res.stdout;
    return { status: res.status, stdout: out, stderr: res.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** JSON requests as a logged-in user. */
export function as(app: FastifyInstance, u: LetterUser) {
  const send = (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: unknown,
  ): Promise<LightMyRequestResponse> =>
    app.inject({
      method,
      url: `/api/v1${url}`,
      headers: u.session.headers,
      ...(payload !== undefined && { payload: payload as object }),
    });
  return {
    get: (url: string) => send('GET', url),
    post: (url: string, payload: unknown = {}) => send('POST', url, payload),
    patch: (url: string, payload: unknown) => send('PATCH', url, payload),
    delete: (url: string) => send('DELETE', url),
  };
}
