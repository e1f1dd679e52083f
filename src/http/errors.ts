import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError } from '../domain/shared/app-error.ts';
import { type ErrorCode, errorCatalogue, renderErrorMessage } from '../domain/shared/error-catalogue.ts';

/** The language of messages: Thai unless the client asks for English first. */
export function requestLanguage(req: FastifyRequest): 'th' | 'en' {
  const header = req.headers['accept-language'];
  return typeof header === 'string' && /^\s*en\b/i.test(header) ? 'en' : 'th';
}

/** Sends the one error shape of DESIGN.md §4. */
export function sendError(
  req: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  details?: Record<string, unknown>,
) {
  const message = renderErrorMessage(code, requestLanguage(req), details);
  return reply
    .status(errorCatalogue[code].status)
    .send({ error: { code, message, ...(details ? { details } : {}) }, requestId: req.id });
}

/** Maps every thrown error to a status, a code and a Thai/English message; internals never leak. */
export function handleError(error: FastifyError | Error, req: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) return sendError(req, reply, error.code, error.details);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation.map((v) => ({
      path: [
        error.validationContext ?? 'body',
        ...String(v.instancePath ?? '')
          .split('/')
          .filter(Boolean),
      ],
      message: v.message ?? 'invalid',
    }));
    return sendError(req, reply, 'VALIDATION_FAILED', { issues });
  }
  const fe = error as FastifyError;
  if (
    fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
    fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
    error instanceof SyntaxError
  ) {
    return sendError(req, reply, 'REQUEST_MALFORMED');
  }
  if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
    return sendError(req, reply, 'REQUEST_MALFORMED', { contentType: req.headers['content-type'] });
  if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return sendError(req, reply, 'REQUEST_TOO_LARGE');
  if (fe.statusCode === 429) return sendError(req, reply, 'AUTH_RATE_LIMITED');
  // The static file server refuses directories and dot-files with 403/404: to a visitor that is "not found".
  if (fe.statusCode === 403 || fe.statusCode === 404) return sendError(req, reply, 'NOT_FOUND');
  if (isResponseSerializationError(error))
    req.log.error({ err: error, issues: error.cause }, 'response does not match its contract');
  else req.log.error({ err: error }, 'unhandled error');
  return sendError(req, reply, 'INTERNAL');
}
