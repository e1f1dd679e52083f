/** Failures allowed before the account locks. */
export const MAX_FAILED_LOGINS = 5;

/**
 * Back-off after repeated failures: from the fifth failure the account locks for 1 minute,
 * doubling with every further failure up to one hour.
 */
export function lockUntilAfterFailure(failuresSoFar: number, now: Date): Date | null {
  const failures = failuresSoFar + 1;
  if (failures < MAX_FAILED_LOGINS) return null;
  const minutes = Math.min(60, 2 ** (failures - MAX_FAILED_LOGINS));
  return new Date(now.getTime() + minutes * 60_000);
}
