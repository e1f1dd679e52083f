import { ApiError } from '@/lib/api.ts';
import { fieldError } from '@/lib/forms.ts';

/** Server error codes about the .p12 file or its password, by the field they are shown under. */
const CODE_PATHS: Record<string, 'p12' | 'password'> = {
  PKCS12_PASSWORD: 'password',
  PKCS12_INVALID: 'p12',
  PKCS12_UNSUPPORTED: 'p12',
  PKCS12_NO_KEY: 'p12',
  CERTIFICATE_KEY_MISMATCH: 'p12',
  CERTIFICATE_KEY_UNSUPPORTED: 'p12',
  CERTIFICATE_INVALID: 'p12',
  CERTIFICATE_EXPIRED: 'p12',
  CERTIFICATE_NOT_YET_VALID: 'p12',
};

/** The message under the file (`p12`) or its password (`password`) of an import form. */
export function p12Error(error: unknown, path: 'p12' | 'password'): string | undefined {
  const issue = fieldError(error, path);
  if (issue) return issue;
  return error instanceof ApiError && error.issues.length === 0 && CODE_PATHS[error.code] === path
    ? error.message
    : undefined;
}

/** True when the server's error is already said under the file or its password. */
export function p12ErrorShown(error: unknown): boolean {
  return error instanceof ApiError && error.issues.length === 0 && error.code in CODE_PATHS;
}
