import { PLATFORM_CHAIN } from '../audit/audit-chain.ts';
import { AppError } from '../shared/app-error.ts';
import type { CoreDeps } from '../shared/deps.ts';
import { lockUntilAfterFailure } from './lockout.ts';
import { DUMMY_HASH, type IssuedSession, SESSION_TTL_MS } from './login.ts';
import { hashSecret, newSecret } from './secrets.ts';

/** Logs a service operator in; operators are separate accounts with no agency. */
export async function loginOperator(
  deps: CoreDeps,
  input: { username: string; password: string },
  requestId?: string,
): Promise<IssuedSession> {
  const now = deps.clock.now();
  const op = await deps.uow.run((r) => r.auth.findOperatorCredentials(input.username));
  if (!op) {
    await deps.passwords.verify(DUMMY_HASH, input.password);
    throw new AppError('AUTH_INVALID_CREDENTIALS');
  }
  if (op.lockedUntil && op.lockedUntil > now)
    throw new AppError('AUTH_LOCKED', { until: op.lockedUntil.toISOString() });
  const actor = { kind: 'operator' as const, id: op.id, name: op.displayName, requestId };
  if (!(await deps.passwords.verify(op.passwordHash, input.password))) {
    await deps.uow.run(async (r) => {
      await r.auth.recordOperatorLoginFailure(op.id, lockUntilAfterFailure(op.failedLogins, now));
      await r.audit.append(PLATFORM_CHAIN, actor, {
        action: 'auth.login-failed',
        targetType: 'operator',
        targetId: op.id,
      });
    });
    throw new AppError('AUTH_INVALID_CREDENTIALS');
  }
  const token = newSecret('o_');
  const csrfToken = newSecret();
  await deps.uow.run(async (r) => {
    await r.auth.recordOperatorLoginSuccess(op.id, now);
    await r.auth.insertSession({
      tokenHash: hashSecret(token),
      kind: 'operator',
      tenantId: null,
      subjectId: op.id,
      csrfToken,
      expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
    });
    await r.audit.append(PLATFORM_CHAIN, actor, {
      action: 'auth.login',
      targetType: 'operator',
      targetId: op.id,
    });
  });
  return { token, csrfToken, tenantId: null, subjectId: op.id };
}

/** Creates an operator account (first start, or `saraban operator create`). */
export async function createOperator(
  deps: CoreDeps,
  input: { username: string; displayName: string; password: string },
): Promise<string> {
  const passwordHash = await deps.passwords.hash(input.password);
  return deps.uow.run(async (r) => {
    const id = await r.auth.insertOperator({
      username: input.username,
      displayName: input.displayName,
      passwordHash,
    });
    await r.audit.append(
      PLATFORM_CHAIN,
      { kind: 'system', id: null, name: 'system' },
      {
        action: 'operator.created',
        targetType: 'operator',
        targetId: id,
        summary: { username: input.username },
      },
    );
    return id;
  });
}
