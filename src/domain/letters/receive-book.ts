import type { ReceiveBook, ReceiveBookRow } from '../../../contracts/letters.contract.ts';
import { authorize, can } from '../auth/authorize.ts';
import { Permission } from '../directory/permissions.ts';
import { digitStyleOf, loadRegister } from '../registers/register-access.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import { bangkokYearBE, formatThaiDate } from '../shared/thai/thai-date.ts';
import { printRegisterBook } from './documents.ts';
import type { LetterDeps } from './ports.ts';
import type { DeliveryRecord, StepRecord } from './records.ts';

const STEP_TH: Partial<Record<StepRecord['kind'], string>> = {
  propose: 'เสนอ',
  command: 'สั่งการ',
  forward: 'ส่ง',
  action: 'ปฏิบัติ',
  return: 'ส่งคืน',
  close: 'ปิดงาน',
  cancel: 'ยกเลิก',
};

/**
 * ทะเบียนหนังสือรับ (แบบที่ ๑๓) of one register and calendar year: each receipt number with the letter's ที่,
 * ลงวันที่, จาก, ถึง, เรื่อง, and การปฏิบัติ (what the unit did with it: where it went, and when).
 * Classified letters show only ชั้นความลับ in place of the subject unless the viewer holds the secret register.
 */
export async function getReceiveBook(
  deps: LetterDeps,
  ctx: TenantContext,
  registerId: string,
  yearBE?: number,
): Promise<ReceiveBook> {
  return deps.uow.read(async (r) => {
    const { register, unitPath } = await loadRegister(r, ctx.tenantId, registerId);
    if (register.kind !== 'receive') throw new AppError('REGISTER_KIND_MISMATCH', { kind: register.kind });
    authorize(ctx, Permission.LetterSearch, unitPath);
    const secretOk = can(ctx.actor, Permission.LetterSecret, unitPath);
    const year = yearBE ?? bangkokYearBE(deps.clock.now());
    const digits = await digitStyleOf(r, ctx.tenantId);
    const receipts = await r.letters.receiptsOfRegister(ctx.tenantId, registerId, year);
    const { steps, deliveries } = await r.letters.routesOf(ctx.tenantId, [
      ...new Set(receipts.map((x) => x.letterId)),
    ]);
    const deliveriesByStep = new Map<string, DeliveryRecord[]>();
    for (const d of deliveries)
      deliveriesByStep.set(d.stepId, [...(deliveriesByStep.get(d.stepId) ?? []), d]);
    const rows: ReceiveBookRow[] = receipts.map((x) => {
      const l = x.letter;
      const actions = steps
        .filter(
          (s) =>
            s.letterId === x.letterId &&
            s.createdAt >= x.receivedAt &&
            s.kind !== 'intake' &&
            (s.actorUnitId === register.orgUnitId || s.actorUserId === x.receivedBy),
        )
        .map((s) => {
          const to = (deliveriesByStep.get(s.id) ?? []).map((d) => d.toName).join(', ');
          const date = formatThaiDate(s.createdAt, { month: 'abbr', digits });
          return `${STEP_TH[s.kind] ?? s.kind}${to ? ` ${to}` : ''} ${date}`;
        });
      const hidden = l.secrecy !== 'none' && !secretOk;
      return {
        number: x.number,
        formatted: x.formatted,
        receivedAt: x.receivedAt.toISOString(),
        letterId: l.id,
        docNo: hidden ? '' : l.docNo,
        docDate: hidden ? null : l.docDate,
        from: hidden ? '' : l.senderAgency,
        to: hidden ? '' : l.addressee,
        subject: hidden
          ? `(หนังสือ${l.secrecy === 'confidential' ? 'ลับ' : l.secrecy === 'secret' ? 'ลับมาก' : 'ลับที่สุด'})`
          : l.subject,
        action: hidden ? '' : actions.join('; '),
        remarks: [x.cancelled ? 'ยกเลิก' : '', hidden ? '' : l.remarks].filter(Boolean).join(' '),
        cancelled: x.cancelled,
      };
    });
    return {
      registerId,
      registerName: register.name,
      orgUnitName: register.orgUnitName,
      yearBE: year,
      rows,
    };
  });
}

/** The receive register as a printable PDF (landscape A4, header row on every page). */
export async function renderReceiveBookPdf(
  deps: LetterDeps,
  ctx: TenantContext,
  registerId: string,
  yearBE?: number,
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const book = await getReceiveBook(deps, ctx, registerId, yearBE);
  return printRegisterBook(deps, ctx, book, {
    title: 'ทะเบียนหนังสือรับ',
    fileStem: 'receive-register',
    columns: [
      { header: 'เลขทะเบียนรับ', width: 1.1 },
      { header: 'ที่', width: 1.6 },
      { header: 'ลงวันที่', width: 1.3 },
      { header: 'จาก', width: 2 },
      { header: 'ถึง', width: 1.6 },
      { header: 'เรื่อง', width: 3 },
      { header: 'การปฏิบัติ', width: 2.2 },
      { header: 'หมายเหตุ', width: 1.2 },
    ],
    rows: (digits) =>
      book.rows.map((x) => [
        x.formatted,
        x.docNo,
        x.docDate ? formatThaiDate(x.docDate, { month: 'abbr', digits }) : '',
        x.from,
        x.to,
        x.subject,
        x.action,
        x.remarks,
      ]),
  });
}
