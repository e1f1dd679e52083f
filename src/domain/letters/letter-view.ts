import type { Letter, LetterAction, LetterSummary } from '../../../contracts/letters.contract.ts';
import { can } from '../auth/authorize.ts';
import { Permission } from '../directory/permissions.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { Repositories } from '../shared/ports.ts';
import { grantUnits, isOnRoute, loadRoute, loadVisibleLetter, type RouteState } from './access.ts';
import type { LetterDeps } from './ports.ts';
import { toReceiptView } from './receive.ts';
import type { LetterRecord, ReceiptRecord } from './records.ts';

/** The list shape of a letter. */
export function toSummary(
  l: LetterRecord,
  receipt: ReceiptRecord | null,
  hasDocument: boolean,
): LetterSummary {
  return {
    id: l.id,
    intake: l.intake,
    docNo: l.docNo,
    docDate: l.docDate,
    senderAgency: l.senderAgency,
    subject: l.subject,
    urgency: l.urgency,
    secrecy: l.secrecy,
    status: l.status,
    registeringUnitId: l.registeringUnitId,
    registeringUnitName: l.registeringUnitName,
    receipt: receipt ? toReceiptView(receipt) : null,
    hasDocument,
    createdAt: l.createdAt.toISOString(),
  };
}

/** The units the actor covers for a permission: where they hold it, and every unit below. */
export async function coveredUnits(
  r: Repositories,
  ctx: TenantContext,
  permission: Parameters<typeof grantUnits>[1],
) {
  const units = grantUnits(ctx, permission);
  return new Set(units.length ? await r.registers.unitsUnder(ctx.tenantId, units) : []);
}

/**
 * What the viewer may do with the letter now. The server checks each again when it is done; this list only
 * spares the screen from offering buttons that would be refused.
 */
async function actionsFor(
  r: Repositories,
  ctx: TenantContext,
  letter: LetterRecord,
  route: RouteState,
  receipts: ReceiptRecord[],
): Promise<LetterAction[]> {
  const actor = ctx.actor;
  if (actor.kind !== 'user') return [];
  const me = actor.userId;
  const out: LetterAction[] = [];
  const add = (action: LetterAction['action'], deliveryId: string | null = null, label = '') =>
    out.push({ action, deliveryId, label });
  const unitPath = (await r.registers.unitPath(ctx.tenantId, letter.registeringUnitId))?.path ?? [];
  const inRegisteringUnit = (p: Parameters<typeof can>[1]) => can(actor, p, unitPath);
  const active = letter.status === 'active';

  if (active) {
    // Offered where the viewer works the registry of that very unit; a grant higher up still authorises it.
    const receivers = new Set(grantUnits(ctx, Permission.LetterCreate));
    const stepsById = new Map(route.steps.map((s) => [s.id, s]));
    for (const d of route.deliveries) {
      if (d.status !== 'pending') continue;
      const step = stepsById.get(d.stepId);
      if (d.toUnitId && receivers.has(d.toUnitId)) {
        add('receive', d.id, d.toName);
        if (can(actor, Permission.LetterReturn) && step?.kind !== 'intake') add('return', d.id, d.toName);
      }
      if (d.toUserId === me) {
        if (step?.kind === 'propose') {
          if (can(actor, Permission.CommandRecord) && can(actor, Permission.LetterSign))
            add('command', d.id, step.actorName);
        } else add('acknowledge', d.id, step?.actorName ?? '');
        if (can(actor, Permission.LetterReturn)) add('return', d.id, step?.actorName ?? '');
      }
      if (step?.actorUserId === me && step.kind !== 'intake' && can(actor, Permission.LetterRecall))
        add('recall', d.id, d.toName);
    }
    if (isOnRoute(ctx, letter, route)) {
      const hasReceipt = receipts.some((x) => !x.cancelled);
      if (hasReceipt && letter.secrecy !== 'top-secret') {
        if (can(actor, Permission.CommandRecord)) add('propose');
        if (
          can(actor, Permission.CommandRecord) &&
          can(actor, Permission.LetterSign) &&
          !out.some((a) => a.action === 'command')
        )
          add('command');
        if (can(actor, Permission.LetterInternalExchange)) add('forward');
      }
      if (can(actor, Permission.ActionRecord)) add('record-action');
      if (can(actor, Permission.LetterClose)) add('close');
    }
    if (inRegisteringUnit(Permission.LetterEdit)) add('edit');
    if (inRegisteringUnit(Permission.LetterCancel) && receipts.length > 0) add('cancel');
  }
  const sent = route.steps.some((s) => s.kind !== 'intake');
  if (inRegisteringUnit(Permission.LetterDelete) && receipts.length === 0 && !sent) add('delete');
  return out;
}

/** The full view of a letter for the viewer, inside the caller's unit of work (no view is logged here). */
export async function getLetterIn(
  _deps: LetterDeps,
  r: Repositories,
  ctx: TenantContext,
  id: string,
  opts: { visibilityChecked?: boolean } = {},
): Promise<Letter> {
  // After a change the use case has checked visibility already (and the actor is on the route now).
  const letter = opts.visibilityChecked
    ? await r.letters.get(ctx.tenantId, id)
    : (await loadVisibleLetter(r, ctx, id)).letter;
  if (!letter) throw new AppError('LETTER_NOT_FOUND');
  const [route, receipts, docs, attachments] = await Promise.all([
    loadRoute(r, ctx.tenantId, id),
    r.letters.listReceipts(ctx.tenantId, id),
    r.letters.listDocuments(ctx.tenantId, id),
    r.letters.listAttachments(ctx.tenantId, id),
  ]);
  const own = receipts.find((x) => x.orgUnitId === letter.registeringUnitId) ?? null;
  const me = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  const proposal = route.deliveries.find((d) => d.toUserId === me && d.status === 'pending');
  const preparedCommand = proposal
    ? (route.steps.find((s) => s.id === proposal.stepId && s.kind === 'propose')?.preparedCommand ?? null)
    : null;
  return {
    ...toSummary(letter, own, letter.revision > 0),
    senderName: letter.senderName,
    addressee: letter.addressee,
    reference: letter.reference,
    remarks: letter.remarks,
    createdByName: letter.createdByName,
    updatedAt: letter.updatedAt.toISOString(),
    closedAt: letter.closedAt?.toISOString() ?? null,
    cancelledAt: letter.cancelledAt?.toISOString() ?? null,
    cancelReason: letter.cancelReason,
    receipts: receipts.map(toReceiptView),
    revisions: docs.map((d) => ({
      revision: d.revision,
      reason: d.reason,
      size: d.size,
      sha256: d.sha256,
      createdAt: d.createdAt.toISOString(),
      createdByName: d.createdByName,
    })),
    attachments: attachments.map((a) => ({
      id: a.id,
      fileName: a.fileName,
      mediaType: a.mediaType,
      size: a.size,
    })),
    actions: await actionsFor(r, ctx, letter, route, receipts),
    preparedCommand,
  };
}
