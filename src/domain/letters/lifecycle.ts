import type { Letter, UpdateLetterBody } from '../../../contracts/letters.contract.ts';
import { auditActor, auditChanges } from '../audit/index.ts';
import { authorize } from '../auth/authorize.ts';
import { Permission } from '../directory/permissions.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { Repositories } from '../shared/ports.ts';
import { actingUserId, loadRoute, loadVisibleLetter, requireActive } from './access.ts';
import { getLetterIn } from './letter-view.ts';
import type { LetterDeps } from './ports.ts';
import type { LetterFields, LetterRecord } from './records.ts';
import { openForStep, writeStep } from './routing.ts';

/** Loads and locks a letter for a change that the registering unit makes (edit, cancel, delete). */
async function openInRegisteringUnit(
  r: Repositories,
  ctx: TenantContext,
  letterId: string,
  permission: Parameters<typeof authorize>[1],
): Promise<LetterRecord> {
  authorize(ctx, permission);
  const { letter } = await loadVisibleLetter(r, ctx, letterId, { lock: true });
  const path = await r.registers.unitPath(ctx.tenantId, letter.registeringUnitId);
  authorize(ctx, permission, path?.path ?? []);
  return letter;
}

/** ปิดงาน: someone on the route closes the letter; nothing more can be sent or received on it. */
export async function closeLetter(
  deps: LetterDeps,
  ctx: TenantContext,
  letterId: string,
  input: { note: string },
): Promise<Letter> {
  const at = deps.clock.now();
  const viewId = await deps.uow.run(async (r) => {
    const { letter } = await openForStep(r, ctx, letterId, Permission.LetterClose);
    await writeStep(
      r,
      ctx,
      letter,
      { kind: 'close', content: input.note },
      { orgUnitIds: [], userIds: [] },
      at,
    );
    await r.letters.update(ctx.tenantId, letterId, { status: 'closed', closedAt: at, updatedAt: at });
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'letter.closed',
      targetType: 'letter',
      targetId: letterId,
      summary: { note: input.note },
    });
    return letterId;
  });
  return deps.uow.read((r) => getLetterIn(deps, r, ctx, viewId, { visibilityChecked: true }));
}

/**
 * ยกเลิก: the registering unit cancels a numbered letter. Its receipt numbers stay in the register books
 * marked ยกเลิก with the reason (they are never reused); pending deliveries are withdrawn.
 */
export async function cancelLetter(
  deps: LetterDeps,
  ctx: TenantContext,
  letterId: string,
  input: { reason: string },
): Promise<Letter> {
  const at = deps.clock.now();
  const me = actingUserId(ctx);
  const viewId = await deps.uow.run(async (r) => {
    const letter = await openInRegisteringUnit(r, ctx, letterId, Permission.LetterCancel);
    requireActive(letter);
    const receipts = await r.letters.cancelReceipts(ctx.tenantId, letterId);
    for (const x of receipts) {
      await r.registers.cancelNumber(
        ctx.tenantId,
        { registerId: x.registerId, yearBE: x.yearBE, number: x.number },
        { by: me, at, reason: input.reason },
      );
    }
    const route = await loadRoute(r, ctx.tenantId, letterId);
    for (const d of route.deliveries.filter((x) => x.status === 'pending')) {
      await r.letters.updateDelivery(ctx.tenantId, d.id, { status: 'recalled', recalledAt: at });
    }
    await writeStep(
      r,
      ctx,
      letter,
      { kind: 'cancel', content: input.reason },
      { orgUnitIds: [], userIds: [] },
      at,
    );
    await r.letters.update(ctx.tenantId, letterId, {
      status: 'cancelled',
      cancelledAt: at,
      cancelReason: input.reason,
      updatedAt: at,
    });
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'letter.cancelled',
      targetType: 'letter',
      targetId: letterId,
      summary: { reason: input.reason, numbers: receipts.map((x) => `${x.yearBE}/${x.number}`) },
    });
    return letterId;
  });
  return deps.uow.read((r) => getLetterIn(deps, r, ctx, viewId, { visibilityChecked: true }));
}

/** แก้ไขหนังสือ: edits the letter's metadata; each change is in the audit trail, which is its history. */
export async function updateLetter(
  deps: LetterDeps,
  ctx: TenantContext,
  letterId: string,
  patch: UpdateLetterBody,
): Promise<Letter> {
  const at = deps.clock.now();
  const viewId = await deps.uow.run(async (r) => {
    const letter = await openInRegisteringUnit(r, ctx, letterId, Permission.LetterEdit);
    requireActive(letter);
    if (patch.secrecy === 'top-secret' && letter.revision > 0)
      throw new AppError('TOP_SECRET_NOT_ELECTRONIC');
    const changes = auditChanges<LetterFields>(letter, patch);
    if (Object.keys(changes).length > 0) {
      await r.letters.update(ctx.tenantId, letterId, { ...patch, updatedAt: at });
      await r.audit.append(ctx.tenantId, auditActor(ctx), {
        action: 'letter.updated',
        targetType: 'letter',
        targetId: letterId,
        summary: { changes },
      });
    }
    return letterId;
  });
  return deps.uow.read((r) => getLetterIn(deps, r, ctx, viewId, { visibilityChecked: true }));
}

/** ลบหนังสือ: only a letter that has neither a number nor been sent on may be deleted. */
export async function deleteLetter(deps: LetterDeps, ctx: TenantContext, letterId: string): Promise<void> {
  await deps.uow.run(async (r) => {
    const letter = await openInRegisteringUnit(r, ctx, letterId, Permission.LetterDelete);
    const receipts = await r.letters.listReceipts(ctx.tenantId, letterId);
    if (receipts.length > 0) throw new AppError('LETTER_DELETE_NUMBERED');
    const route = await loadRoute(r, ctx.tenantId, letterId);
    if (route.steps.some((s) => s.kind !== 'intake')) throw new AppError('LETTER_DELETE_SENT');
    await r.letters.delete(ctx.tenantId, letterId);
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'letter.deleted',
      targetType: 'letter',
      targetId: letterId,
      summary: { subject: letter.subject, docNo: letter.docNo },
    });
  });
}
