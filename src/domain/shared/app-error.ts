import { type ErrorCode, errorCatalogue } from './error-catalogue.ts';

/** The one error the domain throws: a stable code from the catalogue plus optional details for the client. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, details?: Record<string, unknown>) {
    super(`${code}: ${errorCatalogue[code].en}`);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

/** True when `e` is an AppError, optionally with the given code. */
export function isAppError(e: unknown, code?: ErrorCode): e is AppError {
  return e instanceof AppError && (code === undefined || e.code === code);
}
