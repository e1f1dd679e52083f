import type { DispatchBody, OutgoingLetter } from '../../../contracts/outgoing.contract.ts';
import { auditActor } from '../audit/index.ts';
import { authorize } from '../auth/authorize.ts';
import { Permission } from '../directory/permissions.ts';
import { actingUserId } from '../letters/access.ts';
import type { Repositories } from '../shared/ports.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { OutgoingDeps, OutgoingRecord } from './ports.ts';
import { loadVisibleOutgoing, readOutgoing } from './view.ts';

/**
 * Writes the signed letter as an incoming letter of a unit (of this agency or another on the platform):
 * its PDF in that agency's file store, an intake step from the sender and a pending delivery to the unit,
 * which then sees it in รอลงรับ and registers it with its own number.
 */
async function deliverAsIncoming(
  deps: OutgoingDeps,
  r: Repositories,
  m: {
    toTenantId: string;
    toUnitId: string;
    toUnitName: string;
    letter: OutgoingRecord;
    pdf: Uint8Array;
    senderAgency: string;
    senderName: string;
    by: string;
    at: Date;
    source: { tenantId: string; deliveryId: string };
  },
): Promise<string> {
  const c = m.letter.content;
  const blob = await deps.files.put(m.toTenantId, m.pdf);
  const id = await r.letters.insert(m.toTenantId, {
    intake: 'electronic',
    docNo: m.letter.numberFormatted?.replace(/^ที่\s*/, '') ?? '',
    docDate: m.letter.letterDate,
    senderAgency: m.senderAgency,
    senderName: m.senderName,
    addressee: c.addressee,
    subject: c.subject,
    urgency: c.urgency,
    secrecy: c.secrecy,
    reference: c.references.join('; '),
    remarks: '',
    registeringUnitId: m.toUnitId,
    createdBy: m.by,
    createdAt: m.at,
    source: m.source,
  });
  await r.letters.addDocument(m.toTenantId, id, {
    revision: 1,
    reason: 'original',
    sha256: blob.sha256,
    size: blob.size,
    createdBy: m.by,
    createdAt: m.at,
  });
  const stepId = await r.letters.insertStep(m.toTenantId, {
    letterId: id,
    kind: 'intake',
    actorUserId: null,
    actorName: `${m.senderAgency} (${m.senderName})`,
    actorUnitId: null,
    actorUnitName: m.senderAgency,
    content: c.subject,
    preparedCommand: null,
    signed: false,
    signerName: null,
    signerPosition: null,
    capacity: null,
    signatureSha256: null,
    pageIndex: null,
    answersDeliveryId: null,
    createdAt: m.at,
  });
  await r.letters.insertDelivery(m.toTenantId, {
    letterId: id,
    stepId,
    toUnitId: m.toUnitId,
    toUserId: null,
    toName: m.toUnitName,
    createdAt: m.at,
  });
  return id;
}

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
    const pdf = letter.pdfSha256 ? await deps.files.get(ctx.tenantId, letter.pdfSha256) : null;
    if (!pdf) throw new Error(`signed PDF of outgoing letter ${id} is missing`);
    const tenant = await r.tenants.get(ctx.tenantId);
    const senderName = letter.signerName ?? '';
    for (const unitId of new Set(input.orgUnitIds)) {
      const unit = unitById.get(unitId)!;
      const deliveryId = await r.outgoing.insertDelivery(ctx.tenantId, {
        letterId: id,
        kind: 'unit',
        toName: unit.name,
        toTenantId: ctx.tenantId,
        toUnitId: unitId,
        incomingLetterId: null,
        deliveredAt: at,
      });
      const incoming = await deliverAsIncoming(deps, r, {
        toTenantId: ctx.tenantId,
        toUnitId: unitId,
        toUnitName: unit.name,
        letter,
        pdf,
        senderAgency: letter.ownerUnitName,
        senderName,
        by: me,
        at,
        source: { tenantId: ctx.tenantId, deliveryId },
      });
      await r.outgoing.setDeliveryIncoming(ctx.tenantId, deliveryId, incoming);
    }
    for (const a of targets) {
      const deliveryId = await r.outgoing.insertDelivery(ctx.tenantId, {
        letterId: id,
        kind: 'agency',
        toName: a.name,
        toTenantId: a.id,
        toUnitId: a.rootUnitId,
        incomingLetterId: null,
        deliveredAt: at,
      });
      const incoming = await deliverAsIncoming(deps, r, {
        toTenantId: a.id,
        toUnitId: a.rootUnitId,
        toUnitName: a.name,
        letter,
        pdf,
        senderAgency: tenant?.nameTh ?? '',
        senderName,
        by: me,
        at,
        source: { tenantId: ctx.tenantId, deliveryId },
      });
      await r.outgoing.setDeliveryIncoming(ctx.tenantId, deliveryId, incoming);
    }
    for (const name of input.paperRecipients) {
      await r.outgoing.insertDelivery(ctx.tenantId, {
        letterId: id,
        kind: 'paper',
        toName: name,
        toTenantId: null,
        toUnitId: null,
        incomingLetterId: null,
        deliveredAt: at,
      });
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
