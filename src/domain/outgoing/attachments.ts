import type { OutgoingLetter } from '../../../contracts/outgoing.contract.ts';
import { auditActor } from '../audit/index.ts';
import { actingUserId } from '../letters/access.ts';
import { pdfInput } from '../letters/documents.ts';
import { checkFileName, type UploadedFile } from '../letters/register-incoming-letter.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { OutgoingDeps } from './ports.ts';
import { loadVisibleOutgoing, readOutgoing } from './view.ts';

/** Adds สิ่งที่ส่งมาด้วย files to a draft (its drafter, while it is a draft); each is checked before any is kept. */
export async function addOutgoingAttachments(
  deps: OutgoingDeps,
  ctx: TenantContext,
  id: string,
  files: UploadedFile[],
): Promise<OutgoingLetter> {
  const me = actingUserId(ctx);
  if (files.length === 0) throw new AppError('FILE_REQUIRED', { what: 'สิ่งที่ส่งมาด้วย / attachments' });
  if (files.length > deps.limits.maxFiles)
    throw new AppError('TOO_MANY_FILES', { max: deps.limits.maxFiles });
  for (const f of files) {
    f.fileName = checkFileName(f.fileName);
    if (f.bytes.byteLength === 0) throw new AppError('FILE_EMPTY', { fileName: f.fileName });
  }
  await deps.uow.run(async (r) => {
    const { letter } = await loadVisibleOutgoing(r, ctx, id, { lock: true });
    if (letter.createdBy !== me) throw new AppError('PERMISSION_DENIED');
    if (letter.status !== 'draft') throw new AppError('OUTGOING_NOT_EDITABLE', { status: letter.status });
    for (const f of files) {
      const blob = await deps.files.put(ctx.tenantId, f.bytes);
      await r.outgoing.addAttachment(ctx.tenantId, id, {
        fileName: f.fileName,
        mediaType: f.mediaType || 'application/octet-stream',
        sha256: blob.sha256,
        size: blob.size,
      });
    }
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'outgoing.attached',
      targetType: 'outgoing',
      targetId: id,
      summary: { files: files.map((f) => f.fileName) },
    });
  });
  return deps.uow.read((r) => readOutgoing(r, ctx, id));
}

/** Removes an attachment from a draft. */
export async function deleteOutgoingAttachment(
  deps: OutgoingDeps,
  ctx: TenantContext,
  id: string,
  attachmentId: string,
): Promise<OutgoingLetter> {
  const me = actingUserId(ctx);
  await deps.uow.run(async (r) => {
    const { letter } = await loadVisibleOutgoing(r, ctx, id, { lock: true });
    if (letter.createdBy !== me) throw new AppError('PERMISSION_DENIED');
    if (letter.status !== 'draft') throw new AppError('OUTGOING_NOT_EDITABLE', { status: letter.status });
    if (!(await r.outgoing.deleteAttachment(ctx.tenantId, id, attachmentId)))
      throw new AppError('ATTACHMENT_NOT_FOUND');
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'outgoing.attachment-removed',
      targetType: 'outgoing',
      targetId: id,
      summary: { attachmentId },
    });
  });
  return deps.uow.read((r) => readOutgoing(r, ctx, id));
}

/** One attachment's bytes, for anyone who may see the letter. */
export async function downloadOutgoingAttachment(
  deps: OutgoingDeps,
  ctx: TenantContext,
  id: string,
  attachmentId: string,
): Promise<{ bytes: Uint8Array; fileName: string; mediaType: string }> {
  const a = await deps.uow.read(async (r) => {
    await loadVisibleOutgoing(r, ctx, id);
    return (await r.outgoing.listAttachments(ctx.tenantId, id)).find((x) => x.id === attachmentId);
  });
  if (!a) throw new AppError('ATTACHMENT_NOT_FOUND');
  const bytes = await deps.files.get(ctx.tenantId, a.sha256);
  if (!bytes) throw new Error(`attachment blob ${a.sha256} missing`);
  return { bytes, fileName: a.fileName, mediaType: a.mediaType };
}

/**
 * A draft may carry a finished PDF made elsewhere instead of being rendered from its fields (the drafter,
 * while it is a draft; null removes it). The PDF is checked like an incoming letter's. At signing, the number,
 * the date and the signature are added to it as incremental revisions, so its own bytes stay intact.
 */
export async function setOutgoingSourcePdf(
  deps: OutgoingDeps,
  ctx: TenantContext,
  id: string,
  file: UploadedFile | null,
): Promise<OutgoingLetter> {
  const me = actingUserId(ctx);
  let stored: { sha256: string; name: string } | null = null;
  if (file) {
    const name = checkFileName(file.fileName);
    await pdfInput(
      () => deps.pdf.inspect(file.bytes, { maxPages: deps.limits.maxPages, fileName: name }),
      name,
    );
    stored = { sha256: (await deps.files.put(ctx.tenantId, file.bytes)).sha256, name };
  }
  await deps.uow.run(async (r) => {
    const { letter } = await loadVisibleOutgoing(r, ctx, id, { lock: true });
    if (letter.createdBy !== me) throw new AppError('PERMISSION_DENIED');
    if (letter.status !== 'draft') throw new AppError('OUTGOING_NOT_EDITABLE', { status: letter.status });
    await r.outgoing.setSourcePdf(ctx.tenantId, id, stored);
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: stored ? 'outgoing.source-pdf-set' : 'outgoing.source-pdf-removed',
      targetType: 'outgoing',
      targetId: id,
      summary: stored ? { fileName: stored.name, sha256: stored.sha256 } : {},
    });
  });
  return deps.uow.read((r) => readOutgoing(r, ctx, id));
}
