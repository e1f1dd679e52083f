import type { OutgoingLetter } from '../../../contracts/outgoing.contract.ts';
import { can } from '../auth/authorize.ts';
import { Permission } from '../directory/permissions.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { Repositories } from '../shared/ports.ts';
import type { OutgoingRecord, ReviewRecord } from './ports.ts';

/**
 * Loads an outgoing letter the actor may see: its drafter, anyone in its review chain, and holders of
 * ค้นหาหนังสือ in its owner unit or above. Anyone else gets 404, as for a missing letter.
 */
export async function loadVisibleOutgoing(
  r: Repositories,
  ctx: TenantContext,
  id: string,
  opts: { lock?: boolean } = {},
): Promise<{ letter: OutgoingRecord; reviews: ReviewRecord[] }> {
  const letter = await r.outgoing.get(ctx.tenantId, id, opts);
  if (!letter) throw new AppError('OUTGOING_NOT_FOUND');
  const reviews = await r.outgoing.listReviews(ctx.tenantId, id);
  const actor = ctx.actor;
  if (actor.kind === 'user') {
    const me = actor.userId;
    const named = letter.createdBy === me || letter.signedBy === me || reviews.some((x) => x.userId === me);
    if (!named) {
      const path = (await r.registers.unitPath(ctx.tenantId, letter.ownerUnitId))?.path ?? [];
      // Classified letters need the secret-register permission, as incoming ones do.
      const needed = letter.content.secrecy === 'none' ? Permission.LetterSearch : Permission.LetterSecret;
      if (!can(actor, needed, path)) throw new AppError('OUTGOING_NOT_FOUND');
    }
  }
  return { letter, reviews };
}

/** What the viewer may do now (the server checks again); `ownerPath` is the owner unit and its ancestors. */
function actionsFor(
  ctx: TenantContext,
  l: OutgoingRecord,
  reviews: ReviewRecord[],
  ownerPath: string[],
): OutgoingLetter['actions'] {
  const actor = ctx.actor;
  if (actor.kind !== 'user') return [];
  const me = actor.userId;
  const out: OutgoingLetter['actions'] = [];
  const mine = l.createdBy === me;
  const pending = reviews.find((x) => x.status === 'pending');
  if (l.status === 'draft' && mine) out.push('edit', 'submit', 'delete');
  if (l.status === 'in-review' && pending?.userId === me && pending.role === 'reviewer') out.push('review');
  if (l.status === 'awaiting-signature' && pending?.userId === me && pending.role === 'signer') {
    if (can(actor, Permission.LetterSign)) out.push('sign');
    out.push('review');
  }
  if (
    (l.status === 'signed' || l.status === 'dispatched') &&
    (can(actor, Permission.LetterInternalExchange, ownerPath) ||
      can(actor, Permission.LetterExternalExchange, ownerPath))
  )
    out.push('dispatch');
  if ((l.status === 'signed' || l.status === 'dispatched') && can(actor, Permission.LetterCancel, ownerPath))
    out.push('cancel');
  return out;
}

/** The API view of an outgoing letter. */
export async function toOutgoingView(
  r: Repositories,
  ctx: TenantContext,
  l: OutgoingRecord,
  reviews: ReviewRecord[],
): Promise<OutgoingLetter> {
  const ownerPath = (await r.registers.unitPath(ctx.tenantId, l.ownerUnitId))?.path ?? [];
  const [deliveries, versions, audit, attachments] = await Promise.all([
    r.outgoing.listDeliveries(ctx.tenantId, l.id),
    r.outgoing.listVersions(ctx.tenantId, l.id),
    r.audit.list(ctx.tenantId, { targetId: l.id, action: 'outgoing.', limit: 200 }),
    r.outgoing.listAttachments(ctx.tenantId, l.id),
  ]);
  const DECISIONS: Record<string, 'approved' | 'returned' | 'commented' | 'submitted' | 'signed'> = {
    'outgoing.approved': 'approved',
    'outgoing.commented': 'commented',
    'outgoing.returned': 'returned',
    'outgoing.submitted': 'submitted',
    'outgoing.signed': 'signed',
  };
  const reviewHistory = audit
    .filter((e) => DECISIONS[e.action])
    .reverse()
    .map((e) => ({
      at: e.at.toISOString(),
      byName: e.actorName,
      decision: DECISIONS[e.action]!,
      comment: typeof e.summary.comment === 'string' ? e.summary.comment : '',
    }));
  return {
    id: l.id,
    status: l.status,
    content: l.content,
    version: l.version,
    ownerUnitName: l.ownerUnitName,
    createdByName: l.createdByName,
    createdAt: l.createdAt.toISOString(),
    updatedAt: l.updatedAt.toISOString(),
    numberFormatted: l.numberFormatted,
    letterDate: l.letterDate,
    signedAt: l.signedAt?.toISOString() ?? null,
    signerName: l.signerName,
    signerPosition: l.signerPosition,
    signerCapacity: l.signerCapacity,
    verifyCode: l.verifyCode,
    reviews: reviews.map((x) => ({
      userId: x.userId,
      name: x.userName,
      role: x.role,
      status: x.status,
      comment: x.comment,
      actedAt: x.actedAt?.toISOString() ?? null,
    })),
    reviewHistory,
    sourcePdfName: l.sourcePdfName,
    attachments: attachments.map(({ sha256: _sha, ...a }) => a),
    cancelledAt: l.cancelledAt?.toISOString() ?? null,
    cancelReason: l.cancelReason,
    deliveries: deliveries.map((d) => ({
      id: d.id,
      kind: d.kind,
      toName: d.toName,
      status: d.status,
      receiptFormatted: d.receiptFormatted,
      deliveredAt: d.deliveredAt.toISOString(),
      receivedAt: d.receivedAt?.toISOString() ?? null,
    })),
    versions: versions.map((v) => ({
      version: v.version,
      createdAt: v.createdAt.toISOString(),
      createdByName: v.createdByName,
      note: v.note,
    })),
    actions: actionsFor(ctx, l, reviews, ownerPath),
  };
}

/** Reads the letter as the viewer sees it (after a change, outside its transaction). */
export async function readOutgoing(r: Repositories, ctx: TenantContext, id: string): Promise<OutgoingLetter> {
  const { letter, reviews } = await loadVisibleOutgoing(r, ctx, id);
  return toOutgoingView(r, ctx, letter, reviews);
}
