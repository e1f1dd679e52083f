import type { ForwardBody, Letter, ProposeBody, StepKind } from '../../../contracts/letters.contract.ts';
import { auditActor } from '../audit/index.ts';
import { can } from '../auth/authorize.ts';
import { Permission } from '../directory/permissions.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { Repositories } from '../shared/ports.ts';
import {
  actingUserId,
  loadRoute,
  loadVisibleLetter,
  type RouteState,
  requireActive,
  requireElectronicAllowed,
  requireOnRoute,
} from './access.ts';
import { coveredUnits, getLetterIn } from './letter-view.ts';
import type { LetterDeps } from './ports.ts';
import { lockLetterOfDelivery, requirePending } from './receive.ts';
import type { LetterRecord, NewStep } from './records.ts';

/** Units and people a step goes to. */
export interface StepRecipients {
  orgUnitIds: readonly string[];
  userIds: readonly string[];
}

/** A step about to be written: everything but who sends it and when. */
export type StepDraft = Pick<NewStep, 'kind' | 'content'> & Partial<Omit<NewStep, 'kind' | 'content'>>;

/**
 * Writes a route step from the acting user and one delivery per recipient, after checking every recipient
 * is a unit or an active user of this agency (another agency's ids are "not found", never delivered).
 * Returns the step id and the deliveries' ids by recipient key ("unit:<id>" / "user:<id>").
 */
export async function writeStep(
  r: Repositories,
  ctx: TenantContext,
  letter: LetterRecord,
  draft: StepDraft,
  to: StepRecipients,
  at: Date,
): Promise<{ stepId: string; deliveries: Map<string, string>; names: Map<string, string> }> {
  const userId = actingUserId(ctx);
  const names = await recipientNames(r, ctx, to);
  const me = await r.letters.userProfile(ctx.tenantId, userId);
  const step: NewStep = {
    letterId: letter.id,
    actorUserId: userId,
    actorName: me?.name ?? '',
    actorUnitId: me?.unitId ?? null,
    actorUnitName: me?.unitName ?? '',
    preparedCommand: null,
    signed: false,
    signerName: null,
    signerPosition: null,
    capacity: null,
    signatureSha256: null,
    pageIndex: null,
    answersDeliveryId: null,
    createdAt: at,
    ...draft,
  };
  const stepId = await r.letters.insertStep(ctx.tenantId, step);
  if (letter.sourceTenantId && letter.sourceDeliveryId && step.kind !== 'intake' && step.kind !== 'cancel') {
    // A letter sent from another agency's outgoing letter: acting on it acknowledges it to the sender.
    await r.outgoing.markDeliveryAcknowledged(letter.sourceTenantId, letter.sourceDeliveryId, at);
  }
  const deliveries = new Map<string, string>();
  for (const [key, name] of names) {
    const [kind, id] = key.split(':') as ['unit' | 'user', string];
    const deliveryId = await r.letters.insertDelivery(ctx.tenantId, {
      letterId: letter.id,
      stepId,
      toUnitId: kind === 'unit' ? id : null,
      toUserId: kind === 'user' ? id : null,
      toName: name,
      createdAt: at,
    });
    deliveries.set(key, deliveryId);
  }
  return { stepId, deliveries, names };
}

/** Checks the recipients belong to the agency and returns their display names by key, in order. */
async function recipientNames(
  r: Repositories,
  ctx: TenantContext,
  to: StepRecipients,
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  if (to.orgUnitIds.length === 0 && to.userIds.length === 0) return names;
  const [units, people] = await Promise.all([
    to.orgUnitIds.length ? r.letters.recipientUnits(ctx.tenantId) : [],
    to.userIds.length ? r.letters.recipientPeople(ctx.tenantId) : [],
  ]);
  const unitById = new Map(units.map((u) => [u.id, u.name]));
  const personById = new Map(
    people.map((p) => [p.userId, p.positionTitle ? `${p.name} (${p.positionTitle})` : p.name]),
  );
  const missing: string[] = [];
  for (const id of new Set(to.orgUnitIds)) {
    const n = unitById.get(id);
    if (n === undefined) missing.push(id);
    else names.set(`unit:${id}`, n);
  }
  for (const id of new Set(to.userIds)) {
    const n = personById.get(id);
    if (n === undefined) missing.push(id);
    else names.set(`user:${id}`, n);
  }
  if (missing.length) throw new AppError('RECIPIENT_NOT_FOUND', { ids: missing });
  return names;
}

/** Loads, locks and checks a letter for a routing step: visible, active, on the route, allowed electronically. */
export async function openForStep(
  r: Repositories,
  ctx: TenantContext,
  letterId: string,
  permission: Parameters<typeof requireOnRoute>[3],
): Promise<{ letter: LetterRecord; route: RouteState }> {
  const { letter } = await loadVisibleLetter(r, ctx, letterId, { lock: true });
  requireActive(letter);
  const route = await loadRoute(r, ctx.tenantId, letterId);
  requireOnRoute(ctx, letter, route, permission);
  return { letter, route };
}

/** A letter is sent on (proposed, commanded, forwarded) only once its registering unit has numbered it. */
export async function requireReceived(r: Repositories, tenantId: string, letterId: string): Promise<void> {
  const receipts = await r.letters.listReceipts(tenantId, letterId);
  if (!receipts.some((x) => !x.cancelled)) throw new AppError('LETTER_NOT_RECEIVED');
}

async function audit(r: Repositories, ctx: TenantContext, letterId: string, action: string, summary: object) {
  await r.audit.append(ctx.tenantId, auditActor(ctx), {
    action,
    targetType: 'letter',
    targetId: letterId,
    summary: summary as Record<string, unknown>,
  });
}

/** เสนอ: proposes the letter to one or more executives; their office may prepare the command for them. */
export async function proposeLetter(
  deps: LetterDeps,
  ctx: TenantContext,
  letterId: string,
  input: ProposeBody,
): Promise<Letter> {
  const at = deps.clock.now();
  const viewId = await deps.uow.run(async (r) => {
    const { letter } = await openForStep(r, ctx, letterId, Permission.CommandRecord);
    requireElectronicAllowed(letter);
    await requireReceived(r, ctx.tenantId, letterId);
    await writeStep(
      r,
      ctx,
      letter,
      { kind: 'propose', content: input.content, preparedCommand: input.preparedCommand ?? null },
      { orgUnitIds: [], userIds: input.userIds },
      at,
    );
    await audit(r, ctx, letterId, 'letter.proposed', { to: input.userIds, content: input.content });
    return letterId;
  });
  return deps.uow.read((r) => getLetterIn(deps, r, ctx, viewId, { visibilityChecked: true }));
}

/** ส่งต่อ: anyone on the route sends the letter on to units (which register it) or people. */
export async function forwardLetter(
  deps: LetterDeps,
  ctx: TenantContext,
  letterId: string,
  input: ForwardBody,
): Promise<Letter> {
  if (input.orgUnitIds.length === 0 && input.userIds.length === 0) throw new AppError('RECIPIENTS_REQUIRED');
  const at = deps.clock.now();
  const viewId = await deps.uow.run(async (r) => {
    const { letter } = await openForStep(r, ctx, letterId, Permission.LetterInternalExchange);
    requireElectronicAllowed(letter);
    await requireReceived(r, ctx.tenantId, letterId);
    await writeStep(r, ctx, letter, { kind: 'forward', content: input.content }, input, at);
    await audit(r, ctx, letterId, 'letter.forwarded', {
      units: input.orgUnitIds,
      users: input.userIds,
      content: input.content,
    });
    return letterId;
  });
  return deps.uow.read((r) => getLetterIn(deps, r, ctx, viewId, { visibilityChecked: true }));
}

/** บันทึกการปฏิบัติ: records what was done, on the route, without sending it anywhere. */
export async function recordAction(
  deps: LetterDeps,
  ctx: TenantContext,
  letterId: string,
  input: { content: string },
): Promise<Letter> {
  const at = deps.clock.now();
  const viewId = await deps.uow.run(async (r) => {
    const { letter } = await openForStep(r, ctx, letterId, Permission.ActionRecord);
    await writeStep(
      r,
      ctx,
      letter,
      { kind: 'action', content: input.content },
      { orgUnitIds: [], userIds: [] },
      at,
    );
    await audit(r, ctx, letterId, 'letter.action-recorded', { content: input.content });
    return letterId;
  });
  return deps.uow.read((r) => getLetterIn(deps, r, ctx, viewId, { visibilityChecked: true }));
}

/** Loads a delivery and its letter (locked, in that order of locks: letter, then delivery). */
async function openDelivery(r: Repositories, ctx: TenantContext, deliveryId: string) {
  const { letter, delivery } = await lockLetterOfDelivery(r, ctx, deliveryId);
  const step = (await r.letters.getStep(ctx.tenantId, delivery.stepId))!;
  return { letter, delivery, step };
}

/** รับทราบ: a person acknowledges a letter sent to them; twice is a conflict. */
export async function acknowledgeDelivery(
  deps: LetterDeps,
  ctx: TenantContext,
  deliveryId: string,
): Promise<Letter> {
  const at = deps.clock.now();
  const me = actingUserId(ctx);
  const viewId = await deps.uow.run(async (r) => {
    const { letter, delivery } = await openDelivery(r, ctx, deliveryId);
    if (delivery.toUserId !== me) throw new AppError('DELIVERY_NOT_YOURS');
    requireActive(letter);
    requirePending(delivery);
    await r.letters.updateDelivery(ctx.tenantId, deliveryId, {
      status: 'received',
      receivedAt: at,
      receivedBy: me,
      readAt: delivery.readAt ?? at,
    });
    await audit(r, ctx, letter.id, 'letter.acknowledged', { deliveryId });
    return letter.id;
  });
  return deps.uow.read((r) => getLetterIn(deps, r, ctx, viewId, { visibilityChecked: true }));
}

/** ดึงกลับ: the sender takes a delivery back while the receiver has not received it yet. */
export async function recallDelivery(
  deps: LetterDeps,
  ctx: TenantContext,
  deliveryId: string,
): Promise<Letter> {
  const at = deps.clock.now();
  const me = actingUserId(ctx);
  const viewId = await deps.uow.run(async (r) => {
    const { letter, delivery, step } = await openDelivery(r, ctx, deliveryId);
    if (!can(ctx.actor, Permission.LetterRecall)) throw new AppError('PERMISSION_DENIED');
    if (step.actorUserId !== me || step.kind === 'intake') throw new AppError('RECALL_NOT_SENDER');
    requireActive(letter);
    requirePending(delivery);
    await r.letters.updateDelivery(ctx.tenantId, deliveryId, { status: 'recalled', recalledAt: at });
    await audit(r, ctx, letter.id, 'letter.recalled', { deliveryId, to: delivery.toName });
    return letter.id;
  });
  return deps.uow.read((r) => getLetterIn(deps, r, ctx, viewId, { visibilityChecked: true }));
}

/**
 * ส่งคืน: the receiver (the person, or the unit's clerk) sends a delivery back with the reason; it goes back
 * to the sender's queue as a return step.
 */
export async function returnDelivery(
  deps: LetterDeps,
  ctx: TenantContext,
  deliveryId: string,
  input: { reason: string },
): Promise<Letter> {
  const at = deps.clock.now();
  const me = actingUserId(ctx);
  const viewId = await deps.uow.run(async (r) => {
    const { letter, delivery, step } = await openDelivery(r, ctx, deliveryId);
    if (!can(ctx.actor, Permission.LetterReturn)) throw new AppError('PERMISSION_DENIED');
    const mine =
      delivery.toUserId === me ||
      (delivery.toUnitId !== null &&
        (await coveredUnits(r, ctx, Permission.LetterReturn)).has(delivery.toUnitId));
    if (!mine) throw new AppError('DELIVERY_NOT_YOURS');
    requireActive(letter);
    requirePending(delivery);
    if (step.kind === 'intake') throw new AppError('DELIVERY_NOT_YOURS');
    await r.letters.updateDelivery(ctx.tenantId, deliveryId, {
      status: 'returned',
      returnedAt: at,
      returnReason: input.reason,
    });
    const back: StepKind = 'return';
    await writeStep(
      r,
      ctx,
      letter,
      { kind: back, content: input.reason, answersDeliveryId: deliveryId },
      { orgUnitIds: [], userIds: step.actorUserId ? [step.actorUserId] : [] },
      at,
    );
    await audit(r, ctx, letter.id, 'letter.returned', { deliveryId, reason: input.reason });
    return letter.id;
  });
  return deps.uow.read((r) => getLetterIn(deps, r, ctx, viewId, { visibilityChecked: true }));
}

/**
 * The first hop of an incoming letter's route: an intake step from the outside sender and a pending delivery
 * to the unit that registers it (its รอลงรับ queue). Returns the delivery's id.
 */
export async function writeIntake(
  r: Repositories,
  tenantId: string,
  m: {
    letterId: string;
    senderLabel: string;
    senderAgency: string;
    subject: string;
    unitId: string;
    unitName: string;
    at: Date;
  },
): Promise<{ stepId: string; deliveryId: string }> {
  const stepId = await r.letters.insertStep(tenantId, {
    letterId: m.letterId,
    kind: 'intake',
    actorUserId: null,
    actorName: m.senderLabel,
    actorUnitId: null,
    actorUnitName: m.senderAgency,
    content: m.subject,
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
  const deliveryId = await r.letters.insertDelivery(tenantId, {
    letterId: m.letterId,
    stepId,
    toUnitId: m.unitId,
    toUserId: null,
    toName: m.unitName,
    createdAt: m.at,
  });
  return { stepId, deliveryId };
}
