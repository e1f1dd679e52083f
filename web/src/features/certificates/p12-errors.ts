import { ApiError } from '@/lib/api.ts';
import { fieldError } from '@/lib/forms.ts';

/**
 * What a server error about a certificate is about: the certificate itself (the one picked from the store,
 * or the .p12 file) or the file's password. The import form and the signing fields both place these codes
 * under the field they concern instead of repeating them in the alert.
 */
export const CERTIFICATE_ERRORS: Record<string, 'certificate' | 'file-password'> = {
  PKCS12_PASSWORD: 'file-password',
  PKCS12_INVALID: 'certificate',
  PKCS12_UNSUPPORTED: 'certificate',
  PKCS12_NO_KEY: 'certificate',
  CERTIFICATE_KEY_MISMATCH: 'certificate',
  CERTIFICATE_KEY_UNSUPPORTED: 'certificate',
  CERTIFICATE_INVALID: 'certificate',
  CERTIFICATE_EXPIRED: 'certificate',
  CERTIFICATE_NOT_YET_VALID: 'certificate',
  CERTIFICATE_REVOKED: 'certificate',
  CERTIFICATE_REQUIRED: 'certificate',
  CERTIFICATE_NOT_FOUND: 'certificate',
  CERTIFICATE_NOT_YOURS: 'certificate',
};

/** The message under the file (`p12`) or its password (`password`) of an import form. */
export function p12Error(error: unknown, path: 'p12' | 'password'): string | undefined {
  const issue = fieldError(error, path);
  if (issue) return issue;
  if (!(error instanceof ApiError) || error.issues.length > 0) return undefined;
  const about = CERTIFICATE_ERRORS[error.code];
  return about && (about === 'file-password' ? 'password' : 'p12') === path ? error.message : undefined;
}

/** True when the server's error is already said under the file or its password. */
export function p12ErrorShown(error: unknown): boolean {
  return error instanceof ApiError && error.issues.length === 0 && error.code in CERTIFICATE_ERRORS;
}
