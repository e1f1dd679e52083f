import { Id } from '../../../contracts/common.contract.ts';
import type { PublicVerification, VerificationReport } from '../../../contracts/signing.contract.ts';
import { auditActor } from '../audit/index.ts';
import { type LetterDeps, pdfInput } from '../letters/index.ts';
import { digitStyleOf } from '../registers/register-access.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { Repositories } from '../shared/ports.ts';
import type { TrustMaterial, TrustSource } from './ports.ts';

/** Agency ids read from a PDF are anyone's text: only well-formed ids reach a query. */
export function agencyIds(named: readonly string[]): string[] {
  return named.filter((id) => Id.safeParse(id).success);
}

/**
 * What a verification trusts: the CAs of the agencies the signatures name and of the viewing agency (letters
 * travel between agencies), the roots the viewing agency imported, and what those agency CAs revoked, read
 * from the database (no CRL round trip). Signatures naming no agency chain to imported roots or not at all.
 */
export async function trustFor(
  r: Repositories,
  viewer: string | null,
  named: readonly string[],
): Promise<TrustMaterial> {
  const tenants = [...new Set(viewer ? [viewer, ...agencyIds(named)] : agencyIds(named))];
  const cas = await r.signing.listCaCertificates(tenants);
  const anchors = cas.map((c) => c.certificate);
  if (viewer) for (const a of await r.signing.listTrustAnchors(viewer)) anchors.push(a.certificate);
  const caOf = new Map(cas.map((c) => [c.tenantId, c.certificate]));
  const revoked = (await r.signing.listRevoked(tenants)).flatMap((x) => {
    const issuer = caOf.get(x.tenantId);
    return issuer ? [{ issuer, serialNumber: x.serialNumber, revokedAt: x.revokedAt }] : [];
  });
  return { anchors, revoked };
}

/** The trust of a verification by `viewer`, loaded once the PDF says which agencies signed it. */
export function trustSource(deps: LetterDeps, viewer: string | null): TrustSource {
  return (named) => deps.uow.read((r) => trustFor(r, viewer, named));
}

/** verifyPdf: any PDF, by any signed-in user (deck: ตรวจสอบและยืนยันการลงนาม). */
export async function verifyPdf(
  deps: LetterDeps,
  ctx: TenantContext,
  pdf: Uint8Array,
): Promise<VerificationReport> {
  const report = await pdfInput(() => deps.pki.verifyPdf(pdf, trustSource(deps, ctx.tenantId)), 'file.pdf');
  await deps.uow.run((r) =>
    r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'pdf.verified',
      targetType: 'file',
      targetId: report.sha256,
      summary: { valid: report.valid, signatures: report.signatureCount },
    }),
  );
  return report;
}

/**
 * The public page behind a letter's QR code: the result for the copy the agency keeps (or for a copy
 * someone uploads) and only what the letter's secrecy allows: a classified letter shows no subject.
 */
export async function verifyByCode(
  deps: LetterDeps,
  code: string,
  upload?: Uint8Array,
  requester: { ip: string; requestId?: string } = { ip: 'unknown' },
): Promise<PublicVerification> {
  const found = await deps.uow.read(async (r) => {
    const hit = await r.signing.findVerifyCode(code);
    if (!hit) return null;
    const letter = await r.outgoing.get(hit.tenantId, hit.letterId);
    const tenant = await r.tenants.get(hit.tenantId);
    return letter && tenant ? { letter, tenant, digits: await digitStyleOf(r, hit.tenantId) } : null;
  });
  if (!found?.letter.pdfSha256) throw new AppError('VERIFY_CODE_NOT_FOUND');
  const { letter, tenant, digits } = found;
  const kept = await deps.files.get(tenant.id, letter.pdfSha256!);
  if (!kept) throw new AppError('VERIFY_CODE_NOT_FOUND');
  const pdf = upload ?? kept;
  // The issuing agency's imported roots count too: it vouches for the outside CAs its signers use.
  const report = await pdfInput(() => deps.pki.verifyPdf(pdf, trustSource(deps, tenant.id)), 'file.pdf');
  // A read of the letter's metadata without login: in the agency's audit log like every other read.
  await deps.uow.run((r) =>
    r.audit.append(
      tenant.id,
      { kind: 'system', id: null, name: 'public verification page', requestId: requester.requestId },
      {
        action: 'outgoing.verified-publicly',
        targetType: 'outgoing',
        targetId: letter.id,
        summary: { ip: requester.ip, uploaded: upload !== undefined, valid: report.valid },
      },
    ),
  );
  const secret = letter.content.secrecy !== 'none';
  return {
    code,
    agency: tenant.nameTh,
    subject: secret ? '' : letter.content.subject,
    number: letter.numberFormatted ?? '',
    letterDate: letter.letterDate,
    secret,
    signerName: letter.signerName ?? '',
    signerPosition: secret ? '' : (letter.signerPosition ?? ''),
    signerCapacity: secret ? '' : (letter.signerCapacity ?? ''),
    signedAt: letter.signedAt?.toISOString() ?? null,
    report,
    digits,
    sameAsIssued: upload ? Buffer.from(upload).equals(Buffer.from(kept)) : null,
  };
}
