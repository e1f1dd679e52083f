import * as OTPAuth from 'otpauth';
import type { LoginBody } from '../../../contracts/auth.contract.ts';
import { AppError } from '../shared/app-error.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { bangkokToday } from '../shared/thai/thai-date.ts';
import { lockUntilAfterFailure } from './lockout.ts';
import { hashSecret, newSecret } from './secrets.ts';

/** Sessions last 12 hours from the last request. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/** A new session: the cookie secret (returned once) and its CSRF token. */
export interface IssuedSession {
  token: string;
  csrfToken: string;
  tenantId: string | null;
  subjectId: string;
}

/** A real hash to compare against when the user does not exist, so timing does not reveal usernames. */
export const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$x6c5JCLm7HOiX/qPnECdYQ$J0EPgXw1J47tzTYGwJpWach2b2l6ZlGYk9v1ueE2n4c';

/** Checks a TOTP code against a base32 secret, allowing one step of clock drift. */
export function verifyTotp(secret: string, code: string): boolean {
  const totp = new OTPAuth.TOTP({
    secret: OTPAuth.Secret.fromBase32(secret),
    digits: 6,
    period: 30,
    algorithm: 'SHA1',
  });
  return totp.validate({ token: code, window: 1 }) !== null;
}

/** Logs an agency user in: password, active dates, lockout back-off and, when enabled, TOTP. */
export async function loginUser(
  deps: CoreDeps,
  input: LoginBody,
  requestId?: string,
): Promise<IssuedSession> {
  const now = deps.clock.now();
  const found = await deps.uow.run(async (r) => {
    const tenant = await r.tenants.findBySlug(input.tenant.trim().toLowerCase());
    const user = tenant ? await r.auth.findUserCredentials(tenant.id, input.username) : null;
    return { tenant, user };
  });
  const { tenant, user } = found;
  const passwordOk = await deps.passwords.verify(user?.passwordHash ?? DUMMY_HASH, input.password);
  if (!tenant || !user) throw new AppError('AUTH_INVALID_CREDENTIALS');
  if (user.lockedUntil && user.lockedUntil > now) {
    throw new AppError('AUTH_LOCKED', { until: user.lockedUntil.toISOString() });
  }
  if (!passwordOk) {
    await deps.uow.run(async (r) => {
      const lock = lockUntilAfterFailure(user.failedLogins, now);
      await r.auth.recordUserLoginFailure(tenant.id, user.id, lock);
      await r.audit.append(
        tenant.id,
        { kind: 'user', id: user.id, name: user.displayName, requestId },
        {
          action: 'auth.login-failed',
          targetType: 'user',
          targetId: user.id,
          summary: { locked: lock !== null },
        },
      );
    });
    throw new AppError('AUTH_INVALID_CREDENTIALS');
  }
  if (tenant.status !== 'active') throw new AppError('AUTH_TENANT_SUSPENDED');
  const today = bangkokToday(now);
  if (user.disabled || (user.startsOn && user.startsOn > today) || (user.endsOn && user.endsOn < today)) {
    throw new AppError('AUTH_ACCOUNT_INACTIVE');
  }
  if (user.totpEnabled && user.totpSecret) {
    if (!input.totp) throw new AppError('AUTH_TOTP_REQUIRED');
    if (!verifyTotp(user.totpSecret, input.totp)) throw new AppError('AUTH_TOTP_INVALID');
  }
  const token = newSecret('s_');
  const csrfToken = newSecret();
  await deps.uow.run(async (r) => {
    await r.auth.recordUserLoginSuccess(tenant.id, user.id, now);
    await r.auth.insertSession({
      tokenHash: hashSecret(token),
      kind: 'user',
      tenantId: tenant.id,
      subjectId: user.id,
      csrfToken,
      expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
    });
    await r.audit.append(
      tenant.id,
      { kind: 'user', id: user.id, name: user.displayName, requestId },
      {
        action: 'auth.login',
        targetType: 'user',
        targetId: user.id,
      },
    );
  });
  return { token, csrfToken, tenantId: tenant.id, subjectId: user.id };
}
