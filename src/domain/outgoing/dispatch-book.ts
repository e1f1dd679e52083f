import type { DispatchBook } from '../../../contracts/outgoing.contract.ts';
import { authorize, can } from '../auth/authorize.ts';
import { Permission } from '../directory/permissions.ts';
import { loadRegister } from '../registers/register-access.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import { bangkokYearBE, formatThaiDate } from '../shared/thai/thai-date.ts';
import { formatDigits } from '../shared/thai/thai-digits.ts';
import { printRegisterBook } from '../letters/documents.ts';
import type { OutgoingDeps } from './ports.ts';

const OUTGOING_KINDS = new Set(['dispatch', 'circular', 'order', 'announcement']);

/**
 * ทะเบียนหนังสือส่ง (แบบที่ ๑๔) of one register and calendar year: every number in order — เลขทะเบียนส่ง,
 * ที่, ลงวันที่, จาก, ถึง, เรื่อง, หมายเหตุ — including reserved and cancelled ones, which keep their place.
 * Classified letters show only their class unless the viewer holds the secret register.
 */
export async function getDispatchBook(
  deps: OutgoingDeps,
  ctx: TenantContext,
  registerId: string,
  yearBE?: number,
): Promise<DispatchBook> {
  return deps.uow.read(async (r) => {
    const { register, unitPath } = await loadRegister(r, ctx.tenantId, registerId);
    if (!OUTGOING_KINDS.has(register.kind))
      throw new AppError('REGISTER_KIND_MISMATCH', { kind: register.kind });
    authorize(ctx, Permission.LetterSearch, unitPath);
    const secretOk = can(ctx.actor, Permission.LetterSecret, unitPath);
    const year = yearBE ?? bangkokYearBE(deps.clock.now());
    const rows = await r.outgoing.dispatchBook(ctx.tenantId, registerId, year);
    return {
      registerId,
      registerName: register.name,
      orgUnitName: register.orgUnitName,
      yearBE: year,
      rows: rows.map((x) => {
        const l = x.letter;
        const hidden = l !== null && l.content.secrecy !== 'none' && !secretOk;
        const remarks = [
          x.status === 'cancelled' ? `ยกเลิก${x.cancelReason ? ` (${x.cancelReason})` : ''}` : '',
          x.status === 'reserved' ? `จองเลข${x.reason ? ` (${x.reason})` : ''}` : '',
        ]
          .filter(Boolean)
          .join(' ');
        return {
          number: x.number,
          formatted: x.formatted,
          registeredAt: x.issuedAt.toISOString(),
          letterId: l?.id ?? null,
          letterDate: l?.letterDate ?? null,
          from: l && !hidden ? l.ownerUnitName : '',
          to: l && !hidden ? [l.content.addressee, ...x.recipients].filter(Boolean).join(', ') : '',
          subject: hidden ? '(หนังสือชั้นลับ)' : (l?.content.subject ?? x.reason),
          remarks,
          cancelled: x.status === 'cancelled',
        };
      }),
    };
  });
}

/** The dispatch register as a printable PDF (landscape A4, header row on every page). */
export async function renderDispatchBookPdf(
  deps: OutgoingDeps,
  ctx: TenantContext,
  registerId: string,
  yearBE?: number,
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const book = await getDispatchBook(deps, ctx, registerId, yearBE);
  return printRegisterBook(deps, ctx, book, {
    title: 'ทะเบียนหนังสือส่ง',
    fileStem: 'dispatch-register',
    columns: [
      { header: 'เลขทะเบียนส่ง', width: 1.1 },
      { header: 'ที่', width: 1.8 },
      { header: 'ลงวันที่', width: 1.3 },
      { header: 'จาก', width: 1.8 },
      { header: 'ถึง', width: 2.2 },
      { header: 'เรื่อง', width: 3 },
      { header: 'หมายเหตุ', width: 1.4 },
    ],
    rows: (digits) =>
      book.rows.map((x) => [
        formatDigits(String(x.number), digits),
        x.formatted,
        x.letterDate ? formatThaiDate(x.letterDate, { month: 'abbr', digits }) : '',
        x.from,
        x.to,
        x.subject,
        x.remarks,
      ]),
  });
}
