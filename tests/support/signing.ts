import type { LightMyRequestResponse } from 'fastify';
import { type LetterAgency, type LetterUser, multipart } from './letters.ts';

/** POST /api/v1/verify (verifyPdf) of `pdf` as `user`: the raw response. */
export function postVerify(
  s: LetterAgency,
  user: LetterUser,
  pdf: Uint8Array,
): Promise<LightMyRequestResponse> {
  const { payload, headers } = multipart(undefined, [
    { field: 'file', fileName: 'x.pdf', contentType: 'application/pdf', bytes: pdf },
  ]);
  return s.app.inject({
    method: 'POST',
    url: '/api/v1/verify',
    payload,
    headers: { ...user.session.headers, ...headers },
  });
}
