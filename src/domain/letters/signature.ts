import { auditActor } from '../audit/index.ts';
import { lockUntilAfterFailure } from '../auth/lockout.ts';
import type { UserCredentials } from '../auth/ports.ts';
import { listCapacitiesOn } from '../directory/index.ts';
import { authorize } from '../auth/authorize.ts';
import { Permission } from '../directory/permissions.ts';
import { AppError } from '../shared/app-error.ts';
import { imageBinding } from '../signing/index.ts';
import type { TenantContext } from '../shared/context.ts';
import type { Repositories } from '../shared/ports.ts';
import { bangkokToday } from '../shared/thai/thai-date.ts';
import { actingUserId } from './access.ts';
import type { LetterDeps } from './ports.ts';

/** Checks that the admin (SignaturesManage) may look after `userId`'s signature, a user of this agency. */
async function requireSignatureAdmin(deps: LetterDeps, ctx: TenantContext, userId: string): Promise<void> {
  authorize(ctx, Permission.SignaturesManage);
  const exists = await deps.uow.read((r) => r.letters.userProfile(ctx.tenantId, userId));
  if (!exists) throw new AppError('NOT_FOUND');
}

/** Whether the signed-in user (or, for the admin, `forUserId`) has a stored signature image. */
export async function getMySignature(deps: LetterDeps, ctx: TenantContext, forUserId?: string) {
  if (forUserId) await requireSignatureAdmin(deps, ctx, forUserId);
  const s = await deps.uow.read((r) => r.letters.getSignature(ctx.tenantId, forUserId ?? actingUserId(ctx)));
  return { hasImage: s.sha256 !== null, updatedAt: s.updatedAt?.toISOString() ?? null };
}

/** The stored signature image (PNG): one's own, or a user's for the admin (the read is audited). */
export async function getMySignatureImage(
  deps: LetterDeps,
  ctx: TenantContext,
  forUserId?: string,
): Promise<Uint8Array> {
  if (forUserId) await requireSignatureAdmin(deps, ctx, forUserId);
  const owner = forUserId ?? actingUserId(ctx);
  const s = await deps.uow.read((r) => r.letters.getSignature(ctx.tenantId, owner));
  const bytes = s.sha256 ? await deps.files.get(ctx.tenantId, s.sha256) : null;
  if (!bytes) throw new AppError('NOT_FOUND');
  if (forUserId) {
    await deps.uow.run((r) =>
      r.audit.append(ctx.tenantId, auditActor(ctx), {
        action: 'signature.viewed',
        targetType: 'user',
        targetId: owner,
        summary: { sha256: s.sha256 },
      }),
    );
  }
  return bytes;
}

/**
 * Stores (or, with null, removes) a signature image, normalised to a PNG with alpha and marked with the
 * agency's invisible watermark for its owner: one's own, or (deck: นำเข้าลายเซ็น) a user's by the admin.
 */
export async function setMySignature(
  deps: LetterDeps,
  ctx: TenantContext,
  base64: string | null,
  forUserId?: string,
) {
  const me = forUserId ?? actingUserId(ctx);
  if (forUserId) await requireSignatureAdmin(deps, ctx, forUserId);
  let sha: string | null = null;
  if (base64 !== null) {
    const clean = await deps.signatures.normalize(decodeImageBase64(base64));
    const png = await deps.pki.watermark(ctx.tenantId, clean, imageBinding(ctx.tenantId, me));
    sha = (await deps.files.put(ctx.tenantId, png)).sha256;
  }
  await deps.uow.run(async (r) => {
    await r.letters.setSignature(ctx.tenantId, me, sha, deps.clock.now());
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: sha ? 'signature.stored' : 'signature.removed',
      targetType: 'user',
      targetId: me,
      summary: sha ? { sha256: sha } : {},
    });
  });
  const s = await deps.uow.read((r) => r.letters.getSignature(ctx.tenantId, me));
  return { hasImage: s.sha256 !== null, updatedAt: s.updatedAt?.toISOString() ?? null };
}

/** The capacities the signed-in user holds today, offered when signing (ตำแหน่งการลงนาม). */
export async function getMyCapacities(deps: LetterDeps, ctx: TenantContext) {
  const me = actingUserId(ctx);
  const date = bangkokToday(deps.clock.now());
  const creds = await deps.uow.read((r) => r.auth.getUserCredentials(ctx.tenantId, me));
  const capacities = creds?.personId ? await listCapacitiesOn(deps, ctx, creds.personId, date) : [];
  return { date, capacities };
}

/**
 * The electronic signature's "รหัสผ่านยืนยันตัวบุคคล": the signer's password again. A wrong one counts as a
 * failed login (the same lockout back-off), so a stolen session cannot guess the password by signing.
 */
export async function verifySigningPassword(
  deps: LetterDeps,
  ctx: TenantContext,
  password: string,
): Promise<UserCredentials> {
  const me = actingUserId(ctx);
  const now = deps.clock.now();
  const creds = await deps.uow.read((r) => r.auth.getUserCredentials(ctx.tenantId, me));
  if (!creds) throw new AppError('AUTH_REQUIRED');
  if (creds.lockedUntil && creds.lockedUntil > now) {
    throw new AppError('AUTH_LOCKED', { until: creds.lockedUntil.toISOString() });
  }
  if (!(await deps.passwords.verify(creds.passwordHash, password))) {
    await deps.uow.run(async (r) => {
      const lock = lockUntilAfterFailure(creds.failedLogins, now);
      await r.auth.recordUserLoginFailure(ctx.tenantId, me, lock);
      await r.audit.append(ctx.tenantId, auditActor(ctx), {
        action: 'letter.sign-password-failed',
        targetType: 'user',
        targetId: me,
        summary: { locked: lock !== null },
      });
    });
    throw new AppError('SIGN_PASSWORD_WRONG');
  }
  return creds;
}

const COMMITTEE_TH = { chair: 'ประธานกรรมการ', member: 'กรรมการ', secretary: 'กรรมการและเลขานุการ' } as const;

/** The position and capacity lines a signature prints, from the appointment chosen (or one's own position). */
export async function signingCapacity(
  r: Repositories,
  ctx: TenantContext,
  personId: string | null,
  ownTitle: string,
  appointmentId: string | undefined,
  today: string,
): Promise<{ position: string; capacity: string }> {
  const held = personId ? await r.directory.listCapacities(ctx.tenantId, personId, today) : [];
  // Without a choice, one signs in one's own (regular) position when one holds it today.
  const cap = appointmentId
    ? held.find((c) => c.appointmentId === appointmentId)
    : held.find((c) => c.kind === 'regular');
  if (!appointmentId && !cap) return { position: ownTitle, capacity: '' };
  if (!cap) throw new AppError('CAPACITY_NOT_HELD');
  const title = cap.signatureTitle || cap.positionTitle;
  switch (cap.kind) {
    case 'regular':
      return { position: title, capacity: '' };
    case 'acting':
      return { position: ownTitle, capacity: `รักษาราชการแทน${title}` };
    case 'delegated':
      return { position: ownTitle, capacity: `ปฏิบัติราชการแทน${title}` };
    case 'committee':
      return { position: cap.committeeRole ? COMMITTEE_TH[cap.committeeRole] : title, capacity: title };
  }
}

/**
 * The signature image of an electronic signature: the one drawn now (normalised to PNG) or the one stored in
 * the signer's account; stored in the file store so the step can point at it.
 */
export async function signatureImageFor(
  deps: LetterDeps,
  ctx: TenantContext,
  drawnBase64: string | undefined,
): Promise<{ signature: Uint8Array; sha256: string }> {
  const me = actingUserId(ctx);
  let signature: Uint8Array;
  if (drawnBase64) {
    signature = await deps.signatures.normalize(decodeImageBase64(drawnBase64));
  } else {
    const stored = await deps.uow.read((r) => r.letters.getSignature(ctx.tenantId, me));
    const bytes = stored.sha256 ? await deps.files.get(ctx.tenantId, stored.sha256) : null;
    if (!bytes) throw new AppError('SIGNATURE_IMAGE_REQUIRED');
    signature = bytes;
  }
  // Marked (again) for this signer: idempotent for a stored image, and images stored before the watermark
  // existed get it too. The mark survives lossless embedding and is checked at verification.
  signature = await deps.pki.watermark(ctx.tenantId, signature, imageBinding(ctx.tenantId, me));
  const blob = await deps.files.put(ctx.tenantId, signature);
  return { signature, sha256: blob.sha256 };
}

/** The bytes of an image sent as base64, with or without a "data:image/…;base64," prefix. */
export function decodeImageBase64(base64: string): Uint8Array {
  return new Uint8Array(Buffer.from(base64.replace(/^data:image\/\w+;base64,/, ''), 'base64'));
}
