import type { IncomingLetterMetadata, Letter } from '../../../contracts/letters.contract.ts';
import { auditActor } from '../audit/index.ts';
import type { AuditEvent } from '../audit/ports.ts';
import { authorize } from '../auth/authorize.ts';
import { Permission } from '../directory/permissions.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { Repositories } from '../shared/ports.ts';
import { actingUserId, grantUnits } from './access.ts';
import { addRevision, pdfInput } from './documents.ts';
import { getLetterIn } from './letter-view.ts';
import type { StampPlacement } from './pdf-port.ts';
import type { LetterDeps } from './ports.ts';
import { receiveForUnit } from './receive.ts';
import { writeIntake } from './routing.ts';

/** One uploaded file as the HTTP layer hands it over. */
export interface UploadedFile {
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** registerIncomingLetter's input: the metadata part and the files. */
export interface IncomingUpload {
  metadata: IncomingLetterMetadata;
  document?: UploadedFile;
  scans: UploadedFile[];
  attachments: UploadedFile[];
}

const INTAKE_PERMISSION = {
  electronic: Permission.LetterCreate,
  paper: Permission.LetterScan,
  old: Permission.LetterCreateOld,
} as const;

/**
 * A file name as given, kept for display and download, after refusing names that try to be paths
 * (../x, a/b, C:\x) or carry control characters. Thai and other scripts, spaces and emoji are fine.
 */
export function checkFileName(name: string): string {
  const n = name.normalize('NFC').trim();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
  if (n === '' || n === '.' || n === '..' || /[/\\\u0000-\u001f\u007f]/.test(n) || [...n].length > 255) {
    throw new AppError('FILE_NAME_INVALID', { fileName: name.slice(0, 100) });
  }
  return n;
}

function checkFiles(deps: LetterDeps, u: IncomingUpload): void {
  const all = [...(u.document ? [u.document] : []), ...u.scans, ...u.attachments];
  if (all.length > deps.limits.maxFiles) throw new AppError('TOO_MANY_FILES', { max: deps.limits.maxFiles });
  for (const f of all) {
    f.fileName = checkFileName(f.fileName);
    if (f.bytes.byteLength === 0) throw new AppError('FILE_EMPTY', { fileName: f.fileName });
    if (f.bytes.byteLength > deps.limits.maxFileBytes) {
      throw new AppError('FILE_TOO_LARGE', {
        fileName: f.fileName,
        maxMb: Math.floor(deps.limits.maxFileBytes / 1024 / 1024),
      });
    }
  }
}

/** The unit the letter is registered in: the one asked for, or the clerk's first unit with a receive register. */
async function registeringUnit(
  r: Repositories,
  ctx: TenantContext,
  m: IncomingLetterMetadata,
): Promise<{ unitId: string; unitName: string; registerId?: string }> {
  const permission = INTAKE_PERMISSION[m.intake];
  const nameOf = async (unitId: string) =>
    (await r.letters.recipientUnits(ctx.tenantId)).find((u) => u.id === unitId)?.name ?? '';
  if (m.orgUnitId) {
    const path = await r.registers.unitPath(ctx.tenantId, m.orgUnitId);
    if (!path) throw new AppError('ORG_UNIT_NOT_FOUND');
    authorize(ctx, permission, path.path);
    return { unitId: m.orgUnitId, unitName: await nameOf(m.orgUnitId) };
  }
  if (m.registerId) {
    const reg = await r.registers.get(ctx.tenantId, m.registerId);
    if (!reg) throw new AppError('REGISTER_NOT_FOUND');
    const path = await r.registers.unitPath(ctx.tenantId, reg.orgUnitId);
    authorize(ctx, permission, path?.path ?? []);
    return { unitId: reg.orgUnitId, unitName: reg.orgUnitName, registerId: reg.id };
  }
  const units = grantUnits(ctx, permission);
  for (const unitId of units) {
    const open = (await r.registers.list(ctx.tenantId, { orgUnitId: unitId, kind: 'receive' })).find(
      (g) => !g.archived,
    );
    if (open) return { unitId, unitName: open.orgUnitName, registerId: open.id };
  }
  if (units[0]) return { unitId: units[0], unitName: await nameOf(units[0]) };
  throw new AppError('PERMISSION_DENIED', { permission });
}

/**
 * Registers an incoming letter (ลงทะเบียนรับ): electronic (a PDF), paper (scans combined into one PDF) or an
 * old letter backfilled with the clerk's number. Everything is checked before anything is written; the PDF
 * and attachments are stored, then the letter, its intake step, its delivery to the registering unit and —
 * unless the clerk saves it for later — the receipt with its number and stamp commit in one transaction.
 */
export async function registerIncomingLetter(
  deps: LetterDeps,
  ctx: TenantContext,
  upload: IncomingUpload,
): Promise<Letter> {
  const m = upload.metadata;
  authorize(ctx, INTAKE_PERMISSION[m.intake]);
  const userId = actingUserId(ctx);
  checkFiles(deps, upload);
  const now = deps.clock.now();

  const hasFiles = Boolean(upload.document) || upload.scans.length > 0 || upload.attachments.length > 0;
  if (m.secrecy === 'top-secret' && hasFiles) throw new AppError('TOP_SECRET_NOT_ELECTRONIC');
  if (m.intake === 'electronic' && !upload.document) throw new AppError('FILE_REQUIRED', { what: 'PDF' });
  if (m.secrecy === 'top-secret' && m.intake === 'electronic')
    throw new AppError('TOP_SECRET_NOT_ELECTRONIC');
  // A ลับที่สุด paper letter is entered in the register without its pages (they stay on paper).
  if (m.intake === 'paper' && upload.scans.length === 0 && m.secrecy !== 'top-secret')
    throw new AppError('FILE_REQUIRED', { what: 'สแกนหนังสือ / scans' });
  let receivedAt = now;
  if (m.intake === 'old') {
    if (m.receiptNumber === undefined || !m.receivedAt) throw new AppError('OLD_LETTER_NEEDS_NUMBER');
    receivedAt = new Date(m.receivedAt);
    if (receivedAt.getTime() > now.getTime()) throw new AppError('OLD_LETTER_FUTURE');
  }

  // The letter's PDF: checked, or made from the scans, before any write.
  let pdf: Uint8Array | null = null;
  let pageCount = 0;
  let reason: 'original' | 'scan' = 'original';
  if (upload.document) {
    const doc = upload.document;
    const info = await pdfInput(() =>
      deps.pdf.inspect(doc.bytes, { maxPages: deps.limits.maxPages, fileName: doc.fileName }),
    );
    pageCount = info.pageCount;
    pdf = doc.bytes;
  } else if (upload.scans.length > 0) {
    const scans = upload.scans;
    pdf = await pdfInput(() =>
      deps.pdf.combineScans(
        scans.map((s) => ({ bytes: s.bytes, fileName: s.fileName })),
        { maxPages: deps.limits.maxPages },
      ),
    );
    reason = 'scan';
    pageCount = (await pdfInput(() => deps.pdf.inspect(pdf as Uint8Array))).pageCount;
  }
  let placement: StampPlacement | undefined;
  if (m.stampPosition) {
    const { page, left, top } = m.stampPosition;
    if (pdf && page > pageCount) throw new AppError('STAMP_PAGE_OUT_OF_RANGE', { page, pageCount });
    placement = { at: 'point', page: page - 1, left, top };
  }
  const stored = await Promise.all(upload.attachments.map((a) => deps.files.put(ctx.tenantId, a.bytes)));

  const letterId = await deps.uow.run(async (r) => {
    const { unitId, unitName, registerId } = await registeringUnit(r, ctx, m);
    const id = await r.letters.insert(ctx.tenantId, {
      intake: m.intake,
      docNo: m.docNo,
      docDate: m.docDate,
      senderAgency: m.senderAgency,
      senderName: m.senderName,
      addressee: m.addressee,
      subject: m.subject,
      urgency: m.urgency,
      secrecy: m.secrecy,
      reference: m.reference,
      remarks: m.remarks,
      registeringUnitId: unitId,
      createdBy: userId,
      createdAt: now,
    });
    const letter = (await r.letters.get(ctx.tenantId, id, { lock: true }))!;
    if (pdf) await addRevision(deps, r, ctx, letter, pdf, reason, now, userId);
    for (const [i, a] of upload.attachments.entries()) {
      await r.letters.addAttachment(ctx.tenantId, id, {
        position: i + 1,
        fileName: a.fileName,
        mediaType: a.mediaType || 'application/octet-stream',
        sha256: stored[i]!.sha256,
        size: stored[i]!.size,
      });
    }
    const { stepId, deliveryId } = await writeIntake(r, ctx.tenantId, {
      letterId: id,
      senderLabel: m.senderName ? `${m.senderAgency} (${m.senderName})` : m.senderAgency,
      senderAgency: m.senderAgency,
      subject: m.subject,
      unitId,
      unitName,
      at: receivedAt,
    });
    let received: AuditEvent | undefined;
    if (m.receiveNow || m.intake === 'old') {
      // The delivery just written, as stored (saves reading it back).
      const delivery = {
        id: deliveryId,
        letterId: id,
        stepId,
        toUnitId: unitId,
        toUserId: null,
        toName: unitName,
        status: 'pending' as const,
        receivedAt: null,
        receivedBy: null,
        receivedByName: null,
        receiptId: null,
        recalledAt: null,
        returnedAt: null,
        returnReason: null,
        readAt: null,
        cell: null,
        createdAt: receivedAt,
      };
      ({ audit: received } = await receiveForUnit(deps, r, ctx, {
        letter,
        unitId,
        registerId,
        at: receivedAt,
        delivery,
        placement: placement ?? { at: 'top-right', page: 0, slot: 0 },
        currentPdf: pdf ?? undefined,
        givenNumber: m.intake === 'old' ? m.receiptNumber : undefined,
      }));
    }
    // Audit last: the agency's audit head stays locked from the first append until commit.
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'letter.registered',
      targetType: 'letter',
      targetId: id,
      summary: {
        intake: m.intake,
        subject: m.subject,
        docNo: m.docNo,
        secrecy: m.secrecy,
        urgency: m.urgency,
      },
    });
    if (received) await r.audit.append(ctx.tenantId, auditActor(ctx), received);
    return id;
  });
  return deps.uow.read((r) => getLetterIn(deps, r, ctx, letterId, { visibilityChecked: true }));
}
