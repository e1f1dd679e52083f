import * as OTPAuth from 'otpauth';
import { auditActor } from '../audit/index.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext, UserActor } from '../shared/context.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { verifyTotp } from './login.ts';
import { checkPasswordPolicy } from './password-policy.ts';
import { hashSecret, newSecret } from './secrets.ts';

function userActor(ctx: TenantContext): UserActor {
  if (ctx.actor.kind !== 'user') throw new AppError('AUTH_REQUIRED');
  return ctx.actor;
}

/** Changes the signed-in user's own password and ends their other sessions. */
export async function changeOwnPassword(
  deps: CoreDeps,
  ctx: TenantContext,
  input: { currentPassword: string; newPassword: string },
  keepSessionHash?: string,
): Promise<void> {
  const actor = userActor(ctx);
  const user = await deps.uow.run((r) => r.auth.getUserCredentials(ctx.tenantId, actor.userId));
  if (!user) throw new AppError('USER_NOT_FOUND');
  if (!(await deps.passwords.verify(user.passwordHash, input.currentPassword)))
    throw new AppError('AUTH_PASSWORD_WRONG');
  checkPasswordPolicy(input.newPassword, user.username);
  const hash = await deps.passwords.hash(input.newPassword);
  await deps.uow.run(async (r) => {
    await r.auth.setUserPassword(ctx.tenantId, actor.userId, hash, false);
    await r.auth.deleteSessionsOf(actor.userId, keepSessionHash);
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'auth.password-changed',
      targetType: 'user',
      targetId: actor.userId,
    });
  });
}

/** Starts TOTP enrolment: stores a new secret (not yet enabled) and returns it with its otpauth URL. */
export async function setupTotp(
  deps: CoreDeps,
  ctx: TenantContext,
  issuer: string,
): Promise<{ secret: string; otpauthUrl: string }> {
  const actor = userActor(ctx);
  const secret = new OTPAuth.Secret({ size: 20 });
  const user = await deps.uow.run(async (r) => {
    const u = await r.auth.getUserCredentials(ctx.tenantId, actor.userId);
    if (!u) throw new AppError('USER_NOT_FOUND');
    if (!u.totpEnabled) await r.auth.setUserTotp(ctx.tenantId, actor.userId, secret.base32, false);
    return u;
  });
  if (user.totpEnabled)
    throw new AppError('VALIDATION_FAILED', { issues: [{ path: [], message: 'TOTP is already enabled' }] });
  const totp = new OTPAuth.TOTP({
    issuer,
    label: user.username,
    secret,
    digits: 6,
    period: 30,
    algorithm: 'SHA1',
  });
  return { secret: secret.base32, otpauthUrl: totp.toString() };
}

/** Enables TOTP once the user proves their app produces the right code. */
export async function confirmTotp(deps: CoreDeps, ctx: TenantContext, code: string): Promise<void> {
  const actor = userActor(ctx);
  await deps.uow.run(async (r) => {
    const u = await r.auth.getUserCredentials(ctx.tenantId, actor.userId);
    if (!u?.totpSecret || !verifyTotp(u.totpSecret, code)) throw new AppError('AUTH_TOTP_INVALID');
    await r.auth.setUserTotp(ctx.tenantId, actor.userId, u.totpSecret, true);
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'auth.totp-enabled',
      targetType: 'user',
      targetId: actor.userId,
    });
  });
}

/** Turns TOTP off after re-checking the password. */
export async function disableTotp(deps: CoreDeps, ctx: TenantContext, password: string): Promise<void> {
  const actor = userActor(ctx);
  const u = await deps.uow.run((r) => r.auth.getUserCredentials(ctx.tenantId, actor.userId));
  if (!u || !(await deps.passwords.verify(u.passwordHash, password)))
    throw new AppError('AUTH_PASSWORD_WRONG');
  await deps.uow.run(async (r) => {
    await r.auth.setUserTotp(ctx.tenantId, actor.userId, null, false);
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'auth.totp-disabled',
      targetType: 'user',
      targetId: actor.userId,
    });
  });
}

/** Issues an API token for integrations; the secret is returned once and only its hash is kept. */
export async function createApiToken(
  deps: CoreDeps,
  ctx: TenantContext,
  input: { name: string; expiresInDays?: number },
) {
  const actor = userActor(ctx);
  const token = newSecret('sbt_');
  const now = deps.clock.now();
  const expiresAt = input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * 86_400_000) : null;
  return deps.uow.run(async (r) => {
    const rec = await r.auth.insertApiToken({
      tenantId: ctx.tenantId,
      userId: actor.userId,
      name: input.name,
      tokenHash: hashSecret(token),
      expiresAt,
    });
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'auth.api-token-created',
      targetType: 'api-token',
      targetId: rec.id,
      summary: { name: input.name },
    });
    return { ...rec, token };
  });
}

/** The signed-in user's API tokens. */
export async function listApiTokens(deps: CoreDeps, ctx: TenantContext) {
  const actor = userActor(ctx);
  return deps.uow.run((r) => r.auth.listApiTokens(ctx.tenantId, actor.userId));
}

/** Revokes one of the user's own API tokens; another user's or agency's id answers NOT_FOUND. */
export async function revokeApiToken(deps: CoreDeps, ctx: TenantContext, id: string): Promise<void> {
  const actor = userActor(ctx);
  await deps.uow.run(async (r) => {
    if (!(await r.auth.revokeApiToken(ctx.tenantId, actor.userId, id, deps.clock.now())))
      throw new AppError('NOT_FOUND');
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'auth.api-token-revoked',
      targetType: 'api-token',
      targetId: id,
    });
  });
}
