import { AppError } from '../../domain/shared/app-error.ts';
import type { ErrorCode } from '../../domain/shared/error-catalogue.ts';

/**
 * Runs a write and turns a unique-index violation (SQLSTATE 23505) into the matching 409: the use case
 * checks first for a friendly answer, and this catches the race where two requests pass that check at once.
 * `byIndex` maps unique index names to error codes; other errors pass through untouched.
 */
export async function mapUniqueViolation<T>(
  write: () => Promise<T>,
  byIndex: Record<string, ErrorCode>,
  details?: Record<string, unknown>,
): Promise<T> {
  try {
    return await write();
  } catch (e) {
    const err = e as { code?: unknown; constraint?: unknown };
    const code =
      err.code === '23505' && typeof err.constraint === 'string' ? byIndex[err.constraint] : undefined;
    if (code) throw new AppError(code, details);
    throw e;
  }
}
