import type { DispatchBody, OutgoingLetter } from '../../../contracts/outgoing.contract.ts';
import { auditActor } from '../audit/index.ts';
import { authorize } from '../auth/authorize.ts';
import { Permission } from '../directory/permissions.ts';
import { actingUserId } from '../letters/access.ts';
import { AppError } from '../shared/app-error.ts';
import { withValidationData } from '../signing/index.ts';
import type { TenantContext } from '../shared/context.ts';
import type { DispatchTarget, OutgoingDeps } from './ports.ts';
import { loadVisibleOutgoing, readOutgoing } from './view.ts';

/**
 * dispatchLetter: sends a signed letter to units of this agency and to other agencies on the platform
 * (each gets it in its registry's รอลงรับ queue), and records paper recipients. Everything is checked before
 * anything is delivered; one transaction delivers to all, so a failure delivers to none.
 */
export async function dispatchLetter(
  deps: OutgoingDeps,
  ctx: TenantContext,
  id: string,
  input: DispatchBody,
): Promise<OutgoingLetter> {
  const me = actingUserId(ctx);
  const at = deps.clock.now();
  if (input.orgUnitIds.length + input.agencySlugs.length + input.paperRecipients.length === 0) {
    throw new AppError('RECIPIENTS_REQUIRED');
  }
  await deps.uow.run(async (r) => {
    const { letter } = await loadVisibleOutgoing(r, ctx, id, { lock: true });
    // Sending is the owner unit's registry work: the permission must cover the owner unit.
    const path = (await r.registers.unitPath(ctx.tenantId, letter.ownerUnitId))?.path ?? [];
    if (input.orgUnitIds.length || input.paperRecipients.length)
      authorize(ctx, Permission.LetterInternalExchange, path);
    if (input.agencySlugs.length) authorize(ctx, Permission.LetterExternalExchange, path);
    if (letter.status !== 'signed' && letter.status !== 'dispatched')
      throw new AppError('OUTGOING_WRONG_STATUS', { status: letter.status });
    const electronic = input.orgUnitIds.length + input.agencySlugs.length > 0;
    if (electronic && letter.content.secrecy === 'top-secret')
      throw new AppError('TOP_SECRET_NOT_ELECTRONIC');
    // Check every recipient first.
    const units = await r.letters.recipientUnits(ctx.tenantId);
    const unitById = new Map(units.map((u) => [u.id, u]));
    const missingUnits = input.orgUnitIds.filter((u) => !unitById.has(u));
    if (missingUnits.length) throw new AppError('RECIPIENT_NOT_FOUND', { ids: missingUnits });
    const agencies = input.agencySlugs.length ? await r.outgoing.exchangeAgencies(ctx.tenantId) : [];
    const targets = [...new Set(input.agencySlugs.map((x) => x.toLowerCase()))].map((slug) => {
      const a = agencies.find((x) => x.slug === slug.toLowerCase());
      if (!a) throw new AppError('AGENCY_NOT_FOUND', { slug });
      if (a.status !== 'active') throw new AppError('AGENCY_SUSPENDED', { name: a.name });
      return a;
    });
    const signedPdf = letter.pdfSha256 ? await deps.files.get(ctx.tenantId, letter.pdfSha256) : null;
    if (!signedPdf) throw new Error(`signed PDF of outgoing letter ${id} is missing`);
    // The first dispatch adds the validation data (B-LT) as the letter's last revision; later ones reuse it.
    let pdf = signedPdf;
    if (letter.status === 'signed') {
      pdf = await withValidationData(deps, r, signedPdf);
      await r.outgoing.setPdf(ctx.tenantId, id, (await deps.files.put(ctx.tenantId, pdf)).sha256);
    }
    const tenant = await r.tenants.get(ctx.tenantId);
    const recipients: DispatchTarget[] = [
      ...[...new Set(input.orgUnitIds)].map((unitId) => ({
        kind: 'unit' as const,
        tenantId: ctx.tenantId,
        unitId,
        name: unitById.get(unitId)!.name,
        senderAgency: letter.ownerUnitName,
      })),
      ...targets.map((a) => ({
        kind: 'agency' as const,
        tenantId: a.id,
        unitId: a.rootUnitId,
        name: a.name,
        senderAgency: tenant?.nameTh ?? '',
      })),
      ...input.paperRecipients.map((name) => ({ kind: 'paper' as const, name })),
    ];
    // One delivery record per recipient, then its channel: the platform writes an incoming letter in the
    // receiving agency; paper only records it (the signed PDF is the print-ready copy).
    for (const target of recipients) {
      const deliveryId = await r.outgoing.insertDelivery(ctx.tenantId, {
        letterId: id,
        kind: target.kind,
        toName: target.name,
        toTenantId: target.kind === 'paper' ? null : target.tenantId,
        toUnitId: target.kind === 'paper' ? null : target.unitId,
        incomingLetterId: null,
        deliveredAt: at,
      });
      const channel = deps.channels[target.kind === 'paper' ? 'paper' : 'platform'];
      const { incomingLetterId } = await channel.deliver(r, {
        target,
        letter,
        pdf,
        by: me,
        at,
        source: { tenantId: ctx.tenantId, deliveryId },
      });
      if (incomingLetterId) await r.outgoing.setDeliveryIncoming(ctx.tenantId, deliveryId, incomingLetterId);
    }
    await r.outgoing.setStatus(ctx.tenantId, id, 'dispatched', at);
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'outgoing.dispatched',
      targetType: 'outgoing',
      targetId: id,
      summary: { units: input.orgUnitIds, agencies: input.agencySlugs, paper: input.paperRecipients },
    });
  });
  return deps.uow.read((r) => readOutgoing(r, ctx, id));
}

/** Cancels a numbered letter: the number stays in the register marked ยกเลิก. */
export async function cancelOutgoing(
  deps: OutgoingDeps,
  ctx: TenantContext,
  id: string,
  input: { reason: string },
): Promise<OutgoingLetter> {
  authorize(ctx, Permission.LetterCancel);
  const me = actingUserId(ctx);
  const at = deps.clock.now();
  await deps.uow.run(async (r) => {
    const { letter } = await loadVisibleOutgoing(r, ctx, id, { lock: true });
    const path = (await r.registers.unitPath(ctx.tenantId, letter.ownerUnitId))?.path ?? [];
    authorize(ctx, Permission.LetterCancel, path);
    if (
      letter.status === 'cancelled' ||
      !letter.registerId ||
      letter.yearBE === null ||
      letter.number === null
    )
      throw new AppError('OUTGOING_WRONG_STATUS', { status: letter.status });
    await r.registers.cancelNumber(
      ctx.tenantId,
      { registerId: letter.registerId, yearBE: letter.yearBE, number: letter.number },
      { by: me, at, reason: input.reason },
    );
    await r.outgoing.cancel(ctx.tenantId, id, at, input.reason);
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'outgoing.cancelled',
      targetType: 'outgoing',
      targetId: id,
      summary: { number: letter.numberFormatted, reason: input.reason },
    });
  });
  return deps.uow.read((r) => readOutgoing(r, ctx, id));
}

/** Other agencies on the platform that letters can be sent to. */
export async function listExchangeAgencies(deps: OutgoingDeps, ctx: TenantContext) {
  actingUserId(ctx);
  const all = await deps.uow.read((r) => r.outgoing.exchangeAgencies(ctx.tenantId));
  return all.filter((a) => a.status === 'active').map((a) => ({ slug: a.slug, name: a.name }));
}
