import type { OutgoingLetter } from '../../../contracts/outgoing.contract.ts';
import { auditActor } from '../audit/index.ts';
import { authorizeAny } from '../registers/register-access.ts';
import { Permission } from '../directory/permissions.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import { actingUserId } from '../letters/access.ts';
import { bangkokToday } from '../shared/thai/thai-date.ts';
import type { OutgoingDeps } from './ports.ts';
import { loadVisibleOutgoing, readOutgoing } from './view.ts';

/**
 * เสนอร่างลงนาม: the drafter sends the draft through reviewers (in order) to the signer. The signer must
 * be allowed to sign. Re-submitting after a return starts the chain again with the new version.
 */
export async function submitForSigning(
  deps: OutgoingDeps,
  ctx: TenantContext,
  id: string,
  input: { reviewerIds: string[]; signerId: string },
): Promise<OutgoingLetter> {
  authorizeAny(ctx, [Permission.DraftPropose, Permission.LetterCreate]);
  const me = actingUserId(ctx);
  const at = deps.clock.now();
  await deps.uow.run(async (r) => {
    const { letter } = await loadVisibleOutgoing(r, ctx, id, { lock: true });
    if (letter.createdBy !== me) throw new AppError('PERMISSION_DENIED');
    if (letter.status !== 'draft') throw new AppError('OUTGOING_WRONG_STATUS', { status: letter.status });
    const people = await r.letters.recipientPeople(ctx.tenantId);
    const known = new Set(people.map((p) => p.userId));
    const missing = [...input.reviewerIds, input.signerId].filter((u) => !known.has(u));
    if (missing.length) throw new AppError('RECIPIENT_NOT_FOUND', { ids: missing });
    const grants = await r.directory.listActiveGrants(ctx.tenantId, input.signerId, bangkokToday(at));
    if (!grants.some((g) => g.permissions.includes(Permission.LetterSign)))
      throw new AppError('SIGNER_CANNOT_SIGN');
    const reviewers = [...new Set(input.reviewerIds)].filter((u) => u !== input.signerId);
    await r.outgoing.replaceReviews(ctx.tenantId, id, [
      ...reviewers.map((userId, i) => ({
        userId,
        role: 'reviewer' as const,
        status: i === 0 ? ('pending' as const) : ('waiting' as const),
      })),
      { userId: input.signerId, role: 'signer', status: reviewers.length ? 'waiting' : 'pending' },
    ]);
    await r.outgoing.setStatus(ctx.tenantId, id, reviewers.length ? 'in-review' : 'awaiting-signature', at);
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'outgoing.submitted',
      targetType: 'outgoing',
      targetId: id,
      summary: { version: letter.version, reviewers, signer: input.signerId },
    });
  });
  return deps.uow.read((r) => readOutgoing(r, ctx, id));
}

/**
 * A reviewer (or the signer) approves and passes the draft on, or returns it for correction (โปรดแก้ไข)
 * with the reason: the draft goes back to its drafter, who edits and submits again.
 */
export async function reviewOutgoing(
  deps: OutgoingDeps,
  ctx: TenantContext,
  id: string,
  input: { decision: 'approve' | 'return' | 'comment'; comment: string },
): Promise<OutgoingLetter> {
  const me = actingUserId(ctx);
  const at = deps.clock.now();
  await deps.uow.run(async (r) => {
    const { letter, reviews } = await loadVisibleOutgoing(r, ctx, id, { lock: true });
    if (letter.status !== 'in-review' && letter.status !== 'awaiting-signature')
      throw new AppError('OUTGOING_WRONG_STATUS', { status: letter.status });
    const turn = reviews.find((x) => x.status === 'pending');
    if (!turn || turn.userId !== me) throw new AppError('NOT_YOUR_TURN');
    if (input.decision !== 'approve' && !input.comment.trim()) {
      throw new AppError('VALIDATION_FAILED', {
        issues: [{ path: ['comment'], message: 'a comment is required' }],
      });
    }
    if (input.decision === 'comment') {
      // A remark on the draft: recorded in the history; the chain stays where it is.
    } else if (input.decision === 'return') {
      if (!input.comment.trim()) {
        throw new AppError('VALIDATION_FAILED', {
          issues: [{ path: ['comment'], message: 'a reason is required' }],
        });
      }
      await r.outgoing.updateReview(ctx.tenantId, id, turn.position, {
        status: 'returned',
        comment: input.comment,
        actedAt: at,
      });
      await r.outgoing.setStatus(ctx.tenantId, id, 'draft', at);
    } else {
      if (turn.role === 'signer')
        throw new AppError('OUTGOING_WRONG_STATUS', { status: 'awaiting-signature' });
      await r.outgoing.updateReview(ctx.tenantId, id, turn.position, {
        status: 'approved',
        comment: input.comment,
        actedAt: at,
      });
      const next = reviews.find((x) => x.position === turn.position + 1);
      if (next) await r.outgoing.updateReview(ctx.tenantId, id, next.position, { status: 'pending' });
      if (next?.role === 'signer') await r.outgoing.setStatus(ctx.tenantId, id, 'awaiting-signature', at);
    }
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action:
        input.decision === 'return'
          ? 'outgoing.returned'
          : input.decision === 'comment'
            ? 'outgoing.commented'
            : 'outgoing.approved',
      targetType: 'outgoing',
      targetId: id,
      summary: { version: letter.version, comment: input.comment },
    });
  });
  return deps.uow.read((r) => readOutgoing(r, ctx, id));
}
