import type { SignatureFieldSpec } from '../letters/pdf-port.ts';
import { randomBytes } from 'node:crypto';
import type { OutgoingLetter, SignLetterBody } from '../../../contracts/outgoing.contract.ts';
import { auditActor } from '../audit/index.ts';
import { authorize } from '../auth/authorize.ts';
import { Permission } from '../directory/permissions.ts';
import { actingUserId } from '../letters/access.ts';
import { signatureImageFor, signingCapacity, verifySigningPassword } from '../letters/signature.ts';
import { allocateNumber, bindReservedNumber } from '../registers/index.ts';
import { digitStyleOf } from '../registers/register-access.ts';
import { AppError } from '../shared/app-error.ts';
import { personField, resolveStepSigner } from '../signing/index.ts';
import type { TenantContext } from '../shared/context.ts';
import { bangkokToday, bangkokYearBE, formatThaiDate, formatThaiDateTime } from '../shared/thai/thai-date.ts';
import { numberingRegister, renderOrRefuse } from './draft.ts';
import type { OutgoingDeps } from './ports.ts';
import { agencyEmblem, buildRenderModel, registerKindFor } from './render-model.ts';
import { loadVisibleOutgoing, readOutgoing } from './view.ts';

const KIND_TH = {
  dispatch: 'ทะเบียนหนังสือส่ง',
  circular: 'ทะเบียนหนังสือเวียน',
  order: 'ทะเบียนคำสั่ง',
  announcement: 'ทะเบียนประกาศ',
  receive: 'ทะเบียนหนังสือรับ',
  certificate: 'ทะเบียนหนังสือรับรอง',
} as const;

/**
 * signLetter (electronic signature: image + password): in one transaction the number is taken from the
 * owner unit's register (dispatch, circular ว, order or announcement) — or a reserved number is bound —
 * the date is today in Bangkok, and both are rendered into the PDF with the signature block before it is
 * stored, so the signed letter carries them (regulation.md §13 q14). If rendering fails, the transaction
 * rolls back and no number is burnt. The PDF is then signed (PAdES, its own revision, with the QR code
 * of the public verification page): sealed by the owner unit's certificate for an electronic signature,
 * or with the signer's own certificate.
 */
export async function signLetter(
  deps: OutgoingDeps,
  ctx: TenantContext,
  id: string,
  input: SignLetterBody,
): Promise<OutgoingLetter> {
  authorize(ctx, Permission.LetterSign);
  const me = actingUserId(ctx);
  const creds = await verifySigningPassword(deps, ctx, input.password);
  const { signature } = await signatureImageFor(deps, ctx, input.signatureImage);
  const at = deps.clock.now();
  await deps.uow.run(async (r) => {
    const { letter, reviews } = await loadVisibleOutgoing(r, ctx, id, { lock: true });
    if (letter.status !== 'awaiting-signature')
      throw new AppError('OUTGOING_WRONG_STATUS', { status: letter.status });
    const turn = reviews.find((x) => x.status === 'pending');
    if (!turn || turn.userId !== me || turn.role !== 'signer') throw new AppError('NOT_YOUR_TURN');
    const register = await numberingRegister(r, ctx.tenantId, letter.content);
    if (!register) {
      const kind = registerKindFor(letter.content);
      throw new AppError('NO_REGISTER_FOR_FORM', { kind, kindTh: KIND_TH[kind] });
    }
    // Who signs, checked before a number is taken: a bad certificate burns nothing.
    const signer = await resolveStepSigner(deps, r, ctx, input, { userId: me, unitId: letter.ownerUnitId });
    const profile = await r.letters.userProfile(ctx.tenantId, me);
    const { position, capacity } = await signingCapacity(
      r,
      ctx,
      creds.personId,
      profile?.positionTitle ?? '',
      input.appointmentId,
      bangkokToday(at),
    );
    const digits = await digitStyleOf(r, ctx.tenantId);
    const number =
      input.reservedNumber !== undefined
        ? await bindReservedNumber(r, ctx, {
            registerId: register.id,
            yearBE: bangkokYearBE(at),
            number: input.reservedNumber,
            letterId: id,
          })
        : await allocateNumber(r, ctx.tenantId, register.id, at, {
            issuedBy: me,
            letterId: id,
            register,
            digits,
          });
    const letterDate = bangkokToday(at);
    const name = profile?.name ?? creds.displayName;
    let signedPdf: Uint8Array;
    // The clickable area of the signature: over the signature block the renderer drew (none for a PDF made elsewhere).
    let widget: SignatureFieldSpec['widget'];
    if (letter.sourcePdfSha256) {
      // A finished PDF made elsewhere: its bytes stay intact; the number and date go in a stamp on page 1
      // and the signature on an appended signing page, each an incremental revision.
      const source = await deps.files.get(ctx.tenantId, letter.sourcePdfSha256);
      if (!source) throw new Error(`source PDF ${letter.sourcePdfSha256} missing from the file store`);
      const tenant = await r.tenants.get(ctx.tenantId);
      const dateText = formatThaiDate(letterDate, { digits });
      const stamped = await deps.pdf.addReceiptStamp(
        source,
        {
          unitName: tenant?.nameTh ?? letter.ownerUnitName,
          numberLine: number.formatted,
          dateLine: `ลงวันที่ ${dateText}`,
          timeLine: `ลงนามโดย ${name}`,
        },
        { at: 'top-right', page: 0, slot: 0 },
      );
      const page = await deps.pdf.appendRoutePage(stamped.pdf, {
        letterLine: `${number.formatted}  ลงวันที่ ${dateText}`,
        subjectLine: `เรื่อง ${letter.content.subject}`,
        marksLine: 'การลงนามหนังสือ (ลายมือชื่ออิเล็กทรอนิกส์)',
        rows: [
          {
            sender: `${name} ${letter.ownerUnitName}`,
            content: 'ลงนามหนังสือฉบับนี้',
            signatureImage: signature,
            signerName: `(${name})`,
            signerPosition: position,
            capacity,
            signedAt: formatThaiDateTime(at, { digits }),
            recipients: [],
          },
        ],
      });
      signedPdf = page.pdf;
    } else {
      const model = await buildRenderModel(r, ctx.tenantId, letter.content, {
        register,
        digits,
        numberFormatted: number.formatted,
        letterDate,
        signature: { image: signature, name, position, capacity },
        draft: false,
        yearBE: number.yearBE,
        emblem: await agencyEmblem(deps.files, r, ctx.tenantId),
      });
      const rendered = await renderOrRefuse(deps, model);
      signedPdf = rendered.pdf;
      widget = rendered.signatureWidget;
    }
    const verifyCode = randomBytes(12).toString('base64url');
    signedPdf = await deps.pdf.signPdf(
      signedPdf,
      {
        ...personField(ctx, signer, {
          fieldName: `ลงนาม ${name}`,
          userId: me,
          name,
          position,
          capacity,
          reason: `ลงนามหนังสือ ${number.formatted}`,
          at,
        }),
        widget,
      },
      signer.sign,
      { qr: { url: `${deps.publicUrl}/v/${verifyCode}`, caption: 'สแกนตรวจสอบลายมือชื่อ' } },
    );
    await r.signing.setVerifyCode(ctx.tenantId, id, verifyCode);
    const blob = await deps.files.put(ctx.tenantId, signedPdf);
    await r.outgoing.updateReview(ctx.tenantId, id, turn.position, { status: 'signed', actedAt: at });
    await r.outgoing.setSigned(ctx.tenantId, id, {
      registerId: register.id,
      yearBE: number.yearBE,
      number: number.number,
      numberFormatted: number.formatted,
      letterDate,
      signedAt: at,
      signedBy: me,
      signerName: name,
      signerPosition: position,
      signerCapacity: capacity,
      pdfSha256: blob.sha256,
    });
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'outgoing.signed',
      targetType: 'outgoing',
      targetId: id,
      summary: {
        number: number.formatted,
        letterDate,
        capacity,
        pdf: blob.sha256,
        version: letter.version,
        mode: signer.kind === 'seal' ? 'electronic' : 'certificate',
        certificate: signer.sealedBy,
      },
    });
  });
  return deps.uow.read((r) => readOutgoing(r, ctx, id));
}
