import type { SigningFields } from '../../../contracts/signing.contract.ts';
import type { CmsSign, SignatureFieldSpec } from '../letters/pdf-port.ts';
import type { LetterDeps } from '../letters/ports.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { Repositories } from '../shared/ports.ts';
import { certPurpose, checkedPkcs12, requireUsable, unitSeal } from './agency-pki.ts';

/** Who signs a step's revision: the unit's seal (electronic signature) or the person's certificate. */
export interface StepSigner {
  kind: 'seal' | 'digital';
  sign: CmsSign;
  /** For a seal, the unit; for a digital signature, the certificate's holder. */
  sealedBy: string;
}

/** The binding of a person's signature image watermark: which agency and which user. */
export function imageBinding(tenantId: string, userId: string): string {
  return `${tenantId}/${userId}`;
}

/**
 * The signer of a step, checked before anything is written: an electronic signature is sealed by the
 * unit's certificate; a digital one uses the person's certificate from the store (theirs, not revoked,
 * valid now) or a PKCS#12 they bring, used once and never stored.
 */
export async function resolveStepSigner(
  deps: LetterDeps,
  r: Repositories,
  ctx: TenantContext,
  input: Partial<SigningFields>,
  opts: { userId: string; unitId: string },
): Promise<StepSigner> {
  const now = deps.clock.now();
  if ((input.mode ?? 'electronic') === 'electronic') {
    const seal = await unitSeal(deps, r, ctx, opts.unitId);
    return {
      kind: 'seal',
      sign: deps.pki.cmsSigner(seal.key, seal.record.certificate, seal.record.chain),
      sealedBy: seal.record.commonName,
    };
  }
  if (input.certificateId) {
    const c = await r.signing.getCertificate(ctx.tenantId, input.certificateId);
    if (!c?.userId) throw new AppError('CERTIFICATE_NOT_FOUND');
    if (c.userId !== opts.userId) throw new AppError('CERTIFICATE_NOT_YOURS');
    requireUsable(c, now);
    const key = deps.pki.open(ctx.tenantId, certPurpose(c.sha256), c.sealedKey);
    return { kind: 'digital', sign: deps.pki.cmsSigner(key, c.certificate, c.chain), sealedBy: c.commonName };
  }
  if (input.p12) {
    const p = checkedPkcs12(deps, new Uint8Array(Buffer.from(input.p12, 'base64')), input.p12Password ?? '');
    const facts = deps.pki.certificateFacts(p.certificate);
    return {
      kind: 'digital',
      sign: deps.pki.cmsSigner(p.keyPkcs8, p.certificate, p.others),
      sealedBy: facts.commonName,
    };
  }
  throw new AppError('CERTIFICATE_REQUIRED');
}

/** The signature dictionary of a person's step (command, letter signature). */
export function personField(
  ctx: TenantContext,
  signer: StepSigner,
  f: {
    fieldName: string;
    userId: string;
    name: string;
    position: string;
    capacity: string;
    reason: string;
    at: Date;
  },
): SignatureFieldSpec {
  return {
    fieldName: f.fieldName,
    signerName: f.name,
    reason: f.capacity ? `${f.reason} (${f.capacity})` : f.reason,
    signingTime: f.at,
    contactInfo: f.position,
    properties: {
      Kind: signer.kind,
      Capacity: f.capacity,
      Position: f.position,
      Tenant: ctx.tenantId,
      Signer: f.userId,
      ...(signer.kind === 'seal' ? { SealedBy: signer.sealedBy } : {}),
    },
  };
}
