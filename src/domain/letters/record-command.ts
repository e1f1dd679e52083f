import type { Letter, RecordCommandBody } from '../../../contracts/letters.contract.ts';
import { auditActor } from '../audit/index.ts';
import { authorize } from '../auth/authorize.ts';
import { Permission } from '../directory/permissions.ts';
import { AppError } from '../shared/app-error.ts';
import { personField, resolveStepSigner } from '../signing/index.ts';
import type { TenantContext } from '../shared/context.ts';
import { bangkokToday, formatThaiDate, formatThaiDateTime } from '../shared/thai/thai-date.ts';
import { digitStyleOf } from '../registers/register-access.ts';
import { actingUserId, requireElectronicAllowed } from './access.ts';
import { addRevision, loadPdf } from './documents.ts';
import { getLetterIn } from './letter-view.ts';
import { signatureImageFor, signingCapacity, verifySigningPassword } from './signature.ts';
import type { LetterDeps } from './ports.ts';
import { requirePending } from './receive.ts';
import { openForStep, requireReceived, writeStep } from './routing.ts';
import type { LetterRecord } from './records.ts';

const URGENCY_TH = {
  normal: 'ปกติ',
  urgent: 'ด่วน',
  'very-urgent': 'ด่วนมาก',
  'most-urgent': 'ด่วนที่สุด',
} as const;
const SECRECY_TH = { none: 'ปกติ', confidential: 'ลับ', secret: 'ลับมาก', 'top-secret': 'ลับที่สุด' } as const;
/** The letter's identity lines at the head of a route page. */
function routeHeading(letter: LetterRecord, digits: 'thai' | 'arabic') {
  const date = letter.docDate ? `  ลงวันที่ ${formatThaiDate(letter.docDate, { digits })}` : '';
  return {
    letterLine: `ที่ ${letter.docNo || '-'}${date}`,
    subjectLine: `เรื่อง ${letter.subject}`,
    marksLine: `ความเร่งด่วน ${URGENCY_TH[letter.urgency]}  ชั้นความลับ ${SECRECY_TH[letter.secrecy]}`,
  };
}

/**
 * บันทึกคำสั่งการ: the executive writes or picks a command, assigns it to units and people, and signs it with
 * the electronic signature (signature image + password re-entered). The command is drawn on a route page
 * appended to the PDF as a new revision, with a cell per recipient where its receipt stamp goes later.
 */
export async function recordCommand(
  deps: LetterDeps,
  ctx: TenantContext,
  letterId: string,
  input: RecordCommandBody,
): Promise<Letter> {
  authorize(ctx, Permission.CommandRecord);
  authorize(ctx, Permission.LetterSign);
  const me = actingUserId(ctx);
  const at = deps.clock.now();

  // The electronic signature: the password again, then the image drawn now or the one stored.
  const creds = await verifySigningPassword(deps, ctx, input.password);
  const { signature, sha256: signatureSha } = await signatureImageFor(deps, ctx, input.signatureImage);

  const viewId = await deps.uow.run(async (r) => {
    const { letter, route } = await openForStep(r, ctx, letterId, Permission.CommandRecord);
    requireElectronicAllowed(letter);
    await requireReceived(r, ctx.tenantId, letterId);
    if (input.deliveryId) {
      const d = route.deliveries.find((x) => x.id === input.deliveryId);
      const step = d && route.steps.find((s) => s.id === d.stepId);
      if (!d || d.toUserId !== me || step?.kind !== 'propose') throw new AppError('DELIVERY_NOT_YOURS');
      requirePending(d);
      await r.letters.updateDelivery(ctx.tenantId, d.id, {
        status: 'received',
        receivedAt: at,
        receivedBy: me,
        readAt: d.readAt ?? at,
      });
    }
    const profile = await r.letters.userProfile(ctx.tenantId, me);
    const today = bangkokToday(at);
    const { position, capacity } = await signingCapacity(
      r,
      ctx,
      creds.personId,
      profile?.positionTitle ?? '',
      input.appointmentId,
      today,
    );
    const name = profile?.name ?? creds.displayName;
    const { stepId, deliveries, names } = await writeStep(
      r,
      ctx,
      letter,
      {
        kind: 'command',
        content: input.text,
        signed: true,
        signerName: name,
        signerPosition: position,
        capacity,
        signatureSha256: signatureSha,
        answersDeliveryId: input.deliveryId ?? null,
      },
      input,
      at,
    );

    if (letter.revision > 0) {
      const unitId = profile?.unitId ?? letter.registeringUnitId;
      const signer = await resolveStepSigner(deps, r, ctx, input, { userId: me, unitId });
      const digits = await digitStyleOf(r, ctx.tenantId);
      const { bytes } = await loadPdf(deps, r, ctx.tenantId, letter);
      const page = await deps.pdf.appendRoutePage(
        bytes,
        {
          ...routeHeading(letter, digits),
          rows: [
            {
              sender: `${name}${profile?.unitName ? ` ${profile.unitName}` : ''}`,
              content: input.text,
              signatureImage: signature,
              signerName: `(${name})`,
              signerPosition: position,
              capacity,
              signedAt: formatThaiDateTime(at, { digits }),
              recipients: [...names].map(([key, n]) => ({ key, name: n })),
            },
          ],
        },
        {
          field: personField(ctx, signer, {
            fieldName: `คำสั่งการ ${name}`,
            userId: me,
            name,
            position,
            capacity,
            reason: `คำสั่งการ: ${input.text.slice(0, 200)}`,
            at,
          }),
          sign: signer.sign,
        },
      );
      await addRevision(deps, r, ctx, letter, page.pdf, 'route-page', at, me);
      for (const [key, deliveryId] of deliveries) {
        const cell = page.receiptCells[key];
        if (cell) {
          // A long route page spills onto further pages: each cell knows its own page.
          const { page: onPage, ...rect } = cell;
          await r.letters.updateDelivery(ctx.tenantId, deliveryId, { cell: { page: onPage, rect } });
        }
      }
      await r.letters.setStepPage(ctx.tenantId, stepId, page.pageIndex);
    }
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'letter.command-recorded',
      targetType: 'letter',
      targetId: letter.id,
      summary: {
        text: input.text,
        units: input.orgUnitIds,
        users: input.userIds,
        capacity,
        signature: signatureSha,
      },
    });
    return letter.id;
  });
  return deps.uow.read((r) => getLetterIn(deps, r, ctx, viewId, { visibilityChecked: true }));
}
