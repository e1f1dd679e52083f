import type { z } from 'zod';
import { AppError } from '../shared/app-error.ts';

/**
 * Validates a use case's input with the same contract schema the HTTP edge uses, filling in its defaults,
 * so seeds and the CLI may pass the short form (`z.input`). Failures are the usual 400 with every issue.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: z.input<S>): z.output<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  throw new AppError('VALIDATION_FAILED', {
    issues: r.error.issues.map((i) => ({ path: ['body', ...i.path.map(String)], message: i.message })),
  });
}

/** A 400 VALIDATION_FAILED naming one body field, shaped like the edge's validation errors. */
export function invalidField(field: string, message: string, extra?: Record<string, unknown>): AppError {
  return new AppError('VALIDATION_FAILED', { issues: [{ path: ['body', field], message }], ...extra });
}
