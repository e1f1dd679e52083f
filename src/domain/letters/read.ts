import type {
  Letter,
  LetterHistoryEntry,
  LetterRoute,
  RouteHop,
} from '../../../contracts/letters.contract.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { Repositories } from '../shared/ports.ts';
import { loadRoute, loadVisibleLetter, memberUnits } from './access.ts';
import { loadPdf } from './documents.ts';
import { getLetterIn, toSummary } from './letter-view.ts';
import type { LetterDeps } from './ports.ts';
import { toReceiptView } from './receive.ts';
import type { ViewRecord } from './records.ts';

/** Records that the acting user read part of a letter (ค้นหาประวัติการเข้าดูหนังสือ). */
async function logView(
  deps: LetterDeps,
  r: Repositories,
  ctx: TenantContext,
  letterId: string,
  what: ViewRecord['what'],
  detail = '',
): Promise<void> {
  if (ctx.actor.kind !== 'user') return;
  await r.letters.addView(ctx.tenantId, {
    letterId,
    userId: ctx.actor.userId,
    what,
    detail,
    at: deps.clock.now(),
  });
}

/** A letter with what the viewer may do; the view is logged and deliveries to the viewer are marked read. */
export async function getLetter(deps: LetterDeps, ctx: TenantContext, id: string): Promise<Letter> {
  return deps.uow.run(async (r) => {
    const view = await getLetterIn(deps, r, ctx, id);
    await logView(deps, r, ctx, id, 'metadata');
    if (ctx.actor.kind === 'user') {
      await r.letters.markRead(ctx.tenantId, id, ctx.actor.userId, memberUnits(ctx), deps.clock.now());
    }
    return view;
  });
}

/** One revision of the letter's PDF (the current one by default); the download is logged. */
export async function downloadLetterPdf(
  deps: LetterDeps,
  ctx: TenantContext,
  id: string,
  revision?: number,
): Promise<{ bytes: Uint8Array; fileName: string; revision: number }> {
  return deps.uow.run(async (r) => {
    const { letter } = await loadVisibleLetter(r, ctx, id);
    if (letter.revision === 0) throw new AppError('REVISION_NOT_FOUND', { revision: revision ?? 0 });
    const { bytes, doc } = await loadPdf(deps, r, ctx.tenantId, letter, revision);
    await logView(deps, r, ctx, id, 'pdf', `revision ${doc.revision}`);
    return { bytes, fileName: `letter-${id.slice(0, 8)}-r${doc.revision}.pdf`, revision: doc.revision };
  });
}

/** One attachment (สิ่งที่ส่งมาด้วย); the download is logged. */
export async function downloadLetterAttachment(
  deps: LetterDeps,
  ctx: TenantContext,
  id: string,
  attachmentId: string,
): Promise<{ bytes: Uint8Array; fileName: string; mediaType: string }> {
  return deps.uow.run(async (r) => {
    await loadVisibleLetter(r, ctx, id);
    const a = (await r.letters.listAttachments(ctx.tenantId, id)).find((x) => x.id === attachmentId);
    if (!a) throw new AppError('ATTACHMENT_NOT_FOUND');
    const bytes = await deps.files.get(ctx.tenantId, a.sha256);
    if (!bytes) throw new Error(`attachment blob ${a.sha256} is missing from the file store`);
    await logView(deps, r, ctx, id, 'attachment', a.fileName);
    return { bytes, fileName: a.fileName, mediaType: a.mediaType };
  });
}

/** The signature image drawn on a command's route page. */
export async function getStepSignature(
  deps: LetterDeps,
  ctx: TenantContext,
  id: string,
  stepId: string,
): Promise<Uint8Array> {
  const sha = await deps.uow.read(async (r) => {
    await loadVisibleLetter(r, ctx, id);
    const step = await r.letters.getStep(ctx.tenantId, stepId);
    if (!step || step.letterId !== id || !step.signatureSha256) throw new AppError('NOT_FOUND');
    return step.signatureSha256;
  });
  const bytes = await deps.files.get(ctx.tenantId, sha);
  if (!bytes) throw new AppError('NOT_FOUND');
  return bytes;
}

/** เส้นทางหนังสือ: every hop with sender, content, signer and capacity, and each receiver's receipt or marks. */
export async function getLetterRoute(deps: LetterDeps, ctx: TenantContext, id: string): Promise<LetterRoute> {
  return deps.uow.run(async (r) => {
    const { letter } = await loadVisibleLetter(r, ctx, id);
    const [route, receipts] = await Promise.all([
      loadRoute(r, ctx.tenantId, id),
      r.letters.listReceipts(ctx.tenantId, id),
    ]);
    await logView(deps, r, ctx, id, 'route');
    const receiptById = new Map(receipts.map((x) => [x.id, x]));
    const hops: RouteHop[] = route.steps.map((s) => ({
      stepId: s.id,
      kind: s.kind,
      at: s.createdAt.toISOString(),
      fromName: s.actorName,
      fromUnitName: s.actorUnitName,
      content: s.content,
      signed: s.signed,
      signerName: s.signerName,
      signerPosition: s.signerPosition,
      capacity: s.capacity,
      signatureUrl: s.signatureSha256 ? `/api/v1/letters/${id}/steps/${s.id}/signature` : null,
      deliveries: route.deliveries
        .filter((d) => d.stepId === s.id)
        .map((d) => {
          const receipt = d.receiptId ? receiptById.get(d.receiptId) : undefined;
          return {
            id: d.id,
            toKind: d.toUnitId ? ('unit' as const) : ('person' as const),
            toId: (d.toUnitId ?? d.toUserId)!,
            toName: d.toName,
            status: d.status,
            receipt: receipt ? toReceiptView(receipt) : null,
            receivedAt: d.receivedAt?.toISOString() ?? null,
            receivedByName: d.receivedByName,
            recalledAt: d.recalledAt?.toISOString() ?? null,
            returnedAt: d.returnedAt?.toISOString() ?? null,
            returnReason: d.returnReason,
          };
        }),
    }));
    const own = receipts.find((x) => x.orgUnitId === letter.registeringUnitId) ?? null;
    return { letter: toSummary(letter, own, letter.revision > 0), hops };
  });
}

/** Metadata edits of a letter, from the audit trail. */
export async function getLetterHistory(
  deps: LetterDeps,
  ctx: TenantContext,
  id: string,
): Promise<LetterHistoryEntry[]> {
  return deps.uow.read(async (r) => {
    await loadVisibleLetter(r, ctx, id);
    const entries = await r.audit.list(ctx.tenantId, { targetId: id, action: 'letter.updated', limit: 200 });
    return entries.map((e) => ({
      at: e.at.toISOString(),
      byName: e.actorName,
      action: e.action,
      changes: (e.summary.changes ?? {}) as LetterHistoryEntry['changes'],
    }));
  });
}
