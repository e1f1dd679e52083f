/**
 * Helpers for the outgoing-letter HTTP tests (tests/http/outgoing): a valid draft of each form, the
 * draft → submit → approve → sign path, the register's counter and book, the signed PDF read back with the
 * independent poppler/qpdf tools (text, XMP, the embedded letter.xml), Thai digits and dates written out
 * independently of the server's formatter, and suspending an agency through the tenancy use case.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { createRegister } from '../../src/domain/registers/index.ts';
import { updateTenant } from '../../src/domain/tenancy/manage-tenants.ts';
import { TEST_PASSWORD } from './factories.ts';
import { api, ok, startOtherAgency } from './letters-extra.ts';
import {
  type LetterAgency,
  type LetterUser,
  makeSignaturePng,
  pdfTool,
  startLetterAgency,
} from './letters.ts';

export type Form = 'external' | 'memo' | 'stamped' | 'order' | 'announcement';
export type NumberingKind = 'dispatch' | 'circular' | 'order' | 'announcement';

/** Creates a register of `kind` on the agency's root unit (or `orgUnitId`) and returns its id. */
export async function addRegister(
  s: LetterAgency,
  kind: NumberingKind,
  orgUnitId: string = s.units.root,
): Promise<string> {
  const names = {
    dispatch: 'ทะเบียนหนังสือส่ง',
    circular: 'ทะเบียนหนังสือเวียน',
    order: 'ทะเบียนคำสั่ง',
    announcement: 'ทะเบียนประกาศ',
  } as const;
  return (await createRegister(s.deps.core, s.a.systemCtx, { orgUnitId, kind, name: names[kind] })).id;
}

let serial = 0;

/** A valid draft of `form` owned by division A, with a unique subject; `extra` overrides any field. */
export function draftOf(s: LetterAgency, form: Form, extra: Record<string, unknown> = {}) {
  serial += 1;
  const subject = {
    external: `ขอเชิญประชุมคณะทำงานพัฒนาระบบสารบรรณ ครั้งที่ ${serial}`,
    memo: `ขออนุมัติจัดซื้อวัสดุสำนักงาน รายการที่ ${serial}`,
    stamped: `ส่งสำเนาระเบียบการเบิกจ่ายเงิน ชุดที่ ${serial}`,
    order: `แต่งตั้งคณะกรรมการตรวจรับพัสดุ ชุดที่ ${serial}`,
    announcement: `รับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานราชการ รอบที่ ${serial}`,
  }[form];
  const base: Record<string, unknown> = {
    form,
    ownerUnitId: s.units.divA,
    subject,
    paragraphs: [
      'ด้วยสำนักงานมีความจำเป็นต้องดำเนินการตามระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ',
      'จึงเรียนมาเพื่อโปรดทราบและพิจารณาดำเนินการต่อไป',
    ],
  };
  if (form === 'external') {
    Object.assign(base, {
      salutation: 'เรียน',
      addressee: 'ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา',
      closing: 'ขอแสดงความนับถือ',
      references: ['หนังสือสำนักงานปลัดกระทรวง ที่ ศธ ๐๒๐๖/ว ๑๒'],
      enclosures: ['กำหนดการประชุม จำนวน ๑ ฉบับ'],
      phone: '0 2123 4567',
    });
  }
  if (form === 'memo') Object.assign(base, { salutation: 'เรียน', addressee: 'ผู้อำนวยการสำนักงาน' });
  if (form === 'stamped')
    Object.assign(base, { addressee: 'สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ', phone: '0 2123 4567' });
  return { ...base, ...extra } as Record<string, unknown> & { subject: string; form: Form };
}

/** POSTs a draft as `user` and returns its view (201 expected). */
export async function newDraft(s: LetterAgency, user: LetterUser, content: Record<string, unknown>) {
  return ok(await api(s.app, user).post('/outgoing', content), 201);
}

/**
 * Takes draft `id` (drafted by `drafter`) to the signer: submitted with `reviewers` in order, each
 * approving. Returns the view, which must be awaiting the signer.
 */
export async function toSignature(
  s: LetterAgency,
  id: string,
  opts: { drafter?: LetterUser; reviewers?: LetterUser[]; signer?: LetterUser } = {},
) {
  const drafter = opts.drafter ?? s.staffA;
  const reviewers = opts.reviewers ?? [];
  const signer = opts.signer ?? s.director;
  let view = ok(
    await api(s.app, drafter).post(`/outgoing/${id}/submit`, {
      reviewerIds: reviewers.map((r) => r.userId),
      signerId: signer.userId,
    }),
  );
  for (const r of reviewers) {
    view = ok(await api(s.app, r).post(`/outgoing/${id}/review`, { decision: 'approve', comment: 'ถูกต้อง' }));
  }
  assert.equal(view.status, 'awaiting-signature');
  return view;
}

/** POST /outgoing/:id/sign as `signer` (the director by default) with the right password unless given. */
export function signRequest(
  s: LetterAgency,
  id: string,
  signature: string,
  extra: Record<string, unknown> = {},
  signer: LetterUser = s.director,
): Promise<LightMyRequestResponse> {
  return api(s.app, signer).post(`/outgoing/${id}/sign`, {
    password: TEST_PASSWORD,
    signatureImage: signature,
    ...extra,
  });
}

/** Drafts (as staff A), submits straight to the director and signs: the signed view. */
export async function signedLetter(
  s: LetterAgency,
  signature: string,
  content: Record<string, unknown>,
  opts: { drafter?: LetterUser; reviewers?: LetterUser[] } = {},
) {
  const draft = await newDraft(s, opts.drafter ?? s.staffA, content);
  await toSignature(s, draft.id, { drafter: opts.drafter, reviewers: opts.reviewers });
  const signed = ok(await signRequest(s, draft.id, signature));
  assert.equal(signed.status, 'signed');
  return signed;
}

/** The register as the central clerk sees it (this Bangkok year's counter). */
export async function registerOf(s: LetterAgency, registerId: string) {
  return ok(await api(s.app, s.clerk).get(`/registers/${registerId}`));
}

/** The last number used in the register this year (0 when none). */
export async function lastNumber(s: LetterAgency, registerId: string): Promise<number> {
  return (await registerOf(s, registerId)).year.lastNumber;
}

/** This year's register book, in number order. */
export async function bookOf(
  s: LetterAgency,
  registerId: string,
): Promise<{
  total: number;
  items: {
    number: number;
    formatted: string;
    status: string;
    letterId: string | null;
    cancelReason: string | null;
  }[];
}> {
  return ok(await api(s.app, s.clerk).get(`/registers/${registerId}/numbers?limit=200`));
}

/** The letter's PDF as `user` downloads it. */
export async function pdfOf(s: LetterAgency, user: LetterUser, id: string): Promise<Uint8Array> {
  const res = await api(s.app, user).get(`/outgoing/${id}/pdf`);
  assert.equal(res.statusCode, 200, res.body);
  assert.equal(res.headers['content-type'], 'application/pdf');
  return new Uint8Array(res.rawPayload);
}

/** pdftotext of the PDF with runs of white space folded to one space. */
export function pdfText(bytes: Uint8Array): string {
  const out = pdfTool('pdftotext', bytes);
  assert.equal(out.status, 0, out.stderr);
  return out.stdout.replace(/\s+/gu, ' ');
}

/** `pdfdetach -list` and the first embedded file saved with `pdfdetach -save 1`. */
export function embeddedFiles(bytes: Uint8Array): { list: string; first: string; savedAs: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'saraban-detach-'));
  try {
    const file = path.join(dir, 'in.pdf');
    writeFileSync(file, bytes);
    const list = spawnSync('pdfdetach', ['-list', file], { encoding: 'utf8' });
    assert.equal(list.status, 0, list.stderr);
    const outDir = path.join(dir, 'out');
    mkdirSync(outDir);
    const saved = spawnSync('pdfdetach', ['-save', '1', '-o', path.join(outDir, 'embedded.xml'), file], {
      encoding: 'utf8',
    });
    assert.equal(saved.status, 0, saved.stderr);
    const [name] = readdirSync(outDir);
    assert.ok(name, 'pdfdetach saved a file');
    return { list: list.stdout, first: readFileSync(path.join(outDir, name), 'utf8'), savedAs: name };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `pdfinfo -meta`: the XMP packet. */
export function xmpOf(bytes: Uint8Array): string {
  const out = pdfTool('pdfinfo', bytes, ['-meta']);
  assert.equal(out.status, 0, out.stderr);
  return out.stdout;
}

/** `qpdf --check` exit status (0: no problems). */
export function qpdfCheck(bytes: Uint8Array): { status: number | null; out: string } {
  const out = pdfTool('qpdf', bytes, ['--check']);
  return { status: out.status, out: `${out.stdout}${out.stderr}` };
}

/** ASCII digits → Thai digits (written here, not the server's formatter). */
export function th(value: string | number): string {
  return String(value).replace(/[0-9]/g, (d) => String.fromCodePoint(0x0e50 + Number(d)));
}

const MONTHS = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
];

/** "๒๕ พฤศจิกายน ๒๕๖๙" for '2026-11-25'; with `era`, "๒๕ พฤศจิกายน พ.ศ. ๒๕๖๙". */
export function thaiDate(iso: string, era = false): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${th(d)} ${MONTHS[m - 1]} ${era ? 'พ.ศ. ' : ''}${th(y + 543)}`;
}

/** Suspends (or reactivates) an agency through the tenancy use case, as an operator would. */
export async function setAgencyStatus(
  s: LetterAgency,
  tenantId: string,
  status: 'active' | 'suspended',
): Promise<void> {
  await updateTenant(
    s.deps.core,
    { kind: 'operator', operatorId: randomUUID(), username: 'operator', name: 'ผู้ดูแลแพลตฟอร์ม' },
    tenantId,
    { status },
  );
}

/** The ids of the letters in a letters queue (GET /letters?queue=…) as `user`. */
export async function queueIds(s: LetterAgency, user: LetterUser, queue: string): Promise<string[]> {
  const page = ok(await api(s.app, user).get(`/letters?queue=${queue}&limit=200`));
  assert.equal(page.items.length, page.total, 'one page holds the whole queue');
  return page.items.map((i: { letter: { id: string } }) => i.letter.id);
}

/** The total of an outgoing box as `user`. */
export async function outgoingTotal(s: LetterAgency, user: LetterUser, box = 'all'): Promise<number> {
  return ok(await api(s.app, user).get(`/outgoing?box=${box}&limit=1`)).total;
}

/** The agency of the outgoing tests: the letters fixture, a dispatch register, a second agency, a signature. */
export async function startOutgoingAgency(opts: { config?: Record<string, string> } = {}) {
  const s = await startLetterAgency(opts);
  const signature = await makeSignaturePng();
  const dispatchReg = await addRegister(s, 'dispatch');
  const other = await startOtherAgency(s);
  return { s, signature, dispatchReg, other };
}
