import type { Receipt } from '../../../contracts/letters.contract.ts';
import { auditActor } from '../audit/index.ts';
import type { AuditEvent } from '../audit/ports.ts';
import { authorize } from '../auth/authorize.ts';
import { Permission } from '../directory/permissions.ts';
import { allocateNumber } from '../registers/index.ts';
import { loadRegister, type ScopedRegister } from '../registers/register-access.ts';
import { AppError, isAppError } from '../shared/app-error.ts';
import { unitSeal } from '../signing/index.ts';
import type { TenantContext } from '../shared/context.ts';
import type { Repositories } from '../shared/ports.ts';
import { bangkokYearBE } from '../shared/thai/thai-date.ts';
import { formatDigits } from '../shared/thai/thai-digits.ts';
import { actingUserId, addressedTo, loadVisibleLetter, requireActive } from './access.ts';
import { addRevision, loadPdf, stampText } from './documents.ts';
import type { StampPlacement } from './pdf-port.ts';
import type { LetterDeps } from './ports.ts';
import type { DeliveryRecord, LetterRecord, ReceiptRecord } from './records.ts';
import { getLetterIn } from './letter-view.ts';
import type { Letter } from '../../../contracts/letters.contract.ts';

/** The receive register a unit registers into: the one named, or the unit's only open receive register. */
async function receiveRegisterOf(
  r: Repositories,
  ctx: TenantContext,
  unitId: string,
  registerId?: string,
): Promise<ScopedRegister> {
  if (registerId) {
    const scoped = await loadRegister(r, ctx.tenantId, registerId);
    const { register } = scoped;
    if (register.kind !== 'receive') throw new AppError('REGISTER_KIND_MISMATCH', { kind: register.kind });
    if (register.orgUnitId !== unitId) throw new AppError('REGISTER_NOT_FOUND');
    if (register.archived) throw new AppError('REGISTER_ARCHIVED');
    return scoped;
  }
  const open = (await r.registers.list(ctx.tenantId, { orgUnitId: unitId, kind: 'receive' })).filter(
    (g) => !g.archived,
  );
  if (open.length === 0) throw new AppError('UNIT_HAS_NO_RECEIVE_REGISTER');
  if (open.length > 1)
    throw new AppError('RECEIVE_REGISTER_REQUIRED', { registerIds: open.map((g) => g.id) });
  return loadRegister(r, ctx.tenantId, open[0]!.id);
}

/** Input of one registration (ลงรับ) by a unit. */
export interface ReceiveInput {
  letter: LetterRecord;
  unitId: string;
  registerId?: string;
  at: Date;
  delivery?: DeliveryRecord;
  /** Where the stamp goes; defaults to the delivery's route-page cell, else top-right of page 1. */
  placement?: StampPlacement;
  /** The letter's current PDF when the caller has it in hand already (saves reading it back). */
  currentPdf?: Uint8Array;
  /** An old letter's number, given by the clerk instead of taking the next one. */
  givenNumber?: number;
}

/**
 * Registers the letter in the unit's receive register inside the caller's transaction: takes the next
 * number (or books the clerk's number for an old letter), records the receipt, draws the receipt stamp as a
 * new PDF revision, and marks the delivery received. The caller holds the letter's row lock, and appends the
 * returned audit event last: the agency's audit head is locked from an append until commit, so appending at
 * the end of the transaction keeps every other writer of the agency waiting for the shortest time.
 */
export async function receiveForUnit(
  deps: LetterDeps,
  r: Repositories,
  ctx: TenantContext,
  input: ReceiveInput,
): Promise<{ receiptId: string; audit: AuditEvent }> {
  const { letter, at } = input;
  const userId = actingUserId(ctx);
  const {
    register,
    unitPath,
    digitStyle: digits,
  } = await receiveRegisterOf(r, ctx, input.unitId, input.registerId);
  // ลงรับ is the registry's work: registering letters (สร้างหนังสือ) in that unit or above.
  authorize(ctx, Permission.LetterCreate, unitPath);
  const pdf =
    letter.revision === 0
      ? null
      : input.currentPdf
        ? { bytes: input.currentPdf }
        : await loadPdf(deps, r, ctx.tenantId, letter);
  // Everything that only reads comes before the number is taken, so the register's counter row (locked from
  // the allocation until commit) is held as briefly as possible.
  let placement = input.placement;
  if (pdf && !placement && input.delivery?.cell) {
    placement = { at: 'rect', page: input.delivery.cell.page, rect: input.delivery.cell.rect };
  }
  if (pdf && !placement) {
    const [earlier, deliveries] = await Promise.all([
      r.letters.listReceipts(ctx.tenantId, letter.id),
      r.letters.listDeliveries(ctx.tenantId, letter.id),
    ]);
    const inCells = deliveries.filter((d) => d.cell && d.receiptId).length;
    placement = { at: 'top-right', page: 0, slot: Math.max(0, earlier.length - inCells) };
  }
  // The unit's seal signs the stamp; fetched (or, the first time, issued) before the counter row is locked.
  const seal = pdf && placement ? await unitSeal(deps, r, ctx, register.orgUnitId) : undefined;

  let yearBE: number;
  let number: number;
  let formatted: string;
  if (input.givenNumber !== undefined) {
    yearBE = bangkokYearBE(at);
    number = input.givenNumber;
    const counters = await r.registers.counters(ctx.tenantId, [register.id], yearBE);
    const counter = counters.get(register.id);
    const currentYear = bangkokYearBE(deps.clock.now());
    const startNumber = counter?.startNumber ?? (yearBE < currentYear ? Number.POSITIVE_INFINITY : 1);
    if (number >= startNumber) {
      throw new AppError('RECEIPT_NUMBER_IN_USE_RANGE', {
        number,
        yearBE: formatDigits(String(yearBE), digits),
        startNumber: counter?.startNumber ?? 1,
      });
    }
    formatted = formatDigits(String(number), digits);
    const booked = await r.registers.backfillEntry(ctx.tenantId, {
      registerId: register.id,
      yearBE,
      number,
      letterId: letter.id,
      issuedBy: userId,
      issuedAt: at,
      formatted,
    });
    if (!booked) throw new AppError('RECEIPT_NUMBER_TAKEN', { number, yearBE });
  } else {
    ({ yearBE, number, formatted } = await allocateNumber(r, ctx.tenantId, register.id, at, {
      issuedBy: userId,
      letterId: letter.id,
      register,
      digits,
    }));
  }
  const receiptId = await r.letters.insertReceipt(ctx.tenantId, {
    letterId: letter.id,
    orgUnitId: register.orgUnitId,
    registerId: register.id,
    yearBE,
    number,
    formatted,
    receivedAt: at,
    receivedBy: userId,
  });

  if (pdf && placement && seal) {
    // The number is known only now: stamp, store and record quickly, while the counter row stays locked.
    const stamped = await deps.pdf.addReceiptStamp(
      pdf.bytes,
      stampText(register.orgUnitName, formatted, at, digits),
      placement,
      {
        field: {
          fieldName: `ตรารับ ${register.orgUnitName}`,
          signerName: register.orgUnitName,
          reason: `ลงรับหนังสือ เลขรับ ${formatted}`,
          signingTime: at,
          properties: { Kind: 'seal', Tenant: ctx.tenantId, Unit: register.orgUnitId },
        },
        sign: deps.pki.cmsSigner(seal.key, seal.record.certificate, seal.record.chain),
      },
    );
    await addRevision(deps, r, ctx, letter, stamped.pdf, 'receipt-stamp', at, userId);
  }
  if (letter.sourceTenantId && letter.sourceDeliveryId && register.orgUnitId === letter.registeringUnitId) {
    // Sent from an outgoing letter on the platform: the sender sees this receipt number.
    await r.outgoing.markDeliveryReceived(letter.sourceTenantId, letter.sourceDeliveryId, formatted, at);
  }
  if (input.delivery) {
    await r.letters.updateDelivery(ctx.tenantId, input.delivery.id, {
      status: 'received',
      receivedAt: at,
      receivedBy: userId,
      receiptId,
      readAt: input.delivery.readAt ?? at,
    });
  }
  return {
    receiptId,
    audit: {
      action: 'letter.received',
      targetType: 'letter',
      targetId: letter.id,
      summary: { unitId: register.orgUnitId, registerId: register.id, yearBE, number, formatted },
    },
  };
}

/** ลงรับ: a unit registers a letter delivered to it, with its own receipt number and stamp. */
export async function receiveDelivery(
  deps: LetterDeps,
  ctx: TenantContext,
  deliveryId: string,
  input: { registerId?: string },
): Promise<Letter> {
  const at = deps.clock.now();
  const viewId = await deps.uow.run(async (r) => {
    const { letter, delivery } = await lockLetterOfDelivery(r, ctx, deliveryId);
    requireActive(letter);
    if (!delivery.toUnitId) throw new AppError('DELIVERY_NOT_YOURS');
    requirePending(delivery);
    const { audit } = await receiveForUnit(deps, r, ctx, {
      letter,
      unitId: delivery.toUnitId,
      registerId: input.registerId,
      at,
      delivery,
    });
    await r.audit.append(ctx.tenantId, auditActor(ctx), audit);
    return letter.id;
  });
  return deps.uow.read((r) => getLetterIn(deps, r, ctx, viewId, { visibilityChecked: true }));
}

/**
 * Locks and loads the letter of a delivery the actor is acting on. A delivery to the actor that is no longer
 * pending (received, recalled, returned — also when that happened while we waited for the lock) answers 409
 * with its state, not the 404 that the lost visibility of a recalled letter would give.
 */
export async function lockLetterOfDelivery(r: Repositories, ctx: TenantContext, deliveryId: string) {
  const found = await r.letters.getDelivery(ctx.tenantId, deliveryId);
  if (!found) throw new AppError('DELIVERY_NOT_FOUND');
  try {
    const { letter } = await loadVisibleLetter(r, ctx, found.letterId, { lock: true });
    const delivery = (await r.letters.getDelivery(ctx.tenantId, deliveryId, { lock: true }))!;
    return { letter, delivery };
  } catch (e) {
    const now = await r.letters.getDelivery(ctx.tenantId, deliveryId);
    if (isAppError(e, 'LETTER_NOT_FOUND') && now && addressedTo(ctx, now)) requirePending(now);
    throw e;
  }
}

const STATE_TH: Record<string, [string, string]> = {
  received: ['รับ', 'received'],
  recalled: ['ดึงกลับ', 'recalled'],
  returned: ['ส่งคืน', 'returned'],
};

/** Throws 409 with the delivery's state unless it is still pending. */
export function requirePending(d: DeliveryRecord): void {
  if (d.status === 'pending') return;
  const [state, stateEn] = STATE_TH[d.status] ?? [d.status, d.status];
  throw new AppError('DELIVERY_NOT_PENDING', { state, stateEn, status: d.status });
}

/** The API shape of a receipt. */
export function toReceiptView(x: ReceiptRecord): Receipt {
  return {
    id: x.id,
    orgUnitId: x.orgUnitId,
    orgUnitName: x.orgUnitName,
    registerId: x.registerId,
    yearBE: x.yearBE,
    number: x.number,
    formatted: x.formatted,
    receivedAt: x.receivedAt.toISOString(),
    receivedByName: x.receivedByName,
    cancelled: x.cancelled,
  };
}
