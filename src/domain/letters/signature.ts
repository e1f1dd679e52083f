import { auditActor } from '../audit/index.ts';
import { lockUntilAfterFailure } from '../auth/lockout.ts';
import type { UserCredentials } from '../auth/ports.ts';
import { listCapacitiesOn } from '../directory/index.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import { bangkokToday } from '../shared/thai/thai-date.ts';
import { actingUserId } from './access.ts';
import type { LetterDeps } from './ports.ts';

/** Whether the signed-in user has a stored signature image. */
export async function getMySignature(deps: LetterDeps, ctx: TenantContext) {
  const s = await deps.uow.read((r) => r.letters.getSignature(ctx.tenantId, actingUserId(ctx)));
  return { hasImage: s.sha256 !== null, updatedAt: s.updatedAt?.toISOString() ?? null };
}

/** The stored signature image (PNG). */
export async function getMySignatureImage(deps: LetterDeps, ctx: TenantContext): Promise<Uint8Array> {
  const s = await deps.uow.read((r) => r.letters.getSignature(ctx.tenantId, actingUserId(ctx)));
  const bytes = s.sha256 ? await deps.files.get(ctx.tenantId, s.sha256) : null;
  if (!bytes) throw new AppError('NOT_FOUND');
  return bytes;
}

/** Stores (or, with null, removes) the signed-in user's signature image, normalised to a PNG with alpha. */
export async function setMySignature(deps: LetterDeps, ctx: TenantContext, base64: string | null) {
  const me = actingUserId(ctx);
  let sha: string | null = null;
  if (base64 !== null) {
    const raw = Buffer.from(base64.replace(/^data:image\/\w+;base64,/, ''), 'base64');
    const png = await deps.signatures.normalize(new Uint8Array(raw));
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
  return getMySignature(deps, ctx);
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
