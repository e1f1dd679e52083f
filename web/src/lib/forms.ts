import { type ChangeEvent, useCallback, useState } from 'react';
import type { z } from 'zod';
import { ApiError, type ApiIssue } from './api.ts';
import type { MessageKey, Translate } from './i18n/index.tsx';

/** Field names whose regex messages in the contracts are English: replaced by catalogue hints. */
const formatHints: Record<string, MessageKey> = {
  letterCode: 'fmt.letterCode',
  ownerNumber: 'fmt.ownerNumber',
  slug: 'fmt.slug',
  username: 'fmt.username',
  code: 'fmt.code',
  totp: 'fmt.code',
};

/**
 * Parses `value` with a shared contract schema, the same one the server uses; on failure throws an
 * ApiError shaped like the server's 400 so forms show both kinds of error the same way.
 */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, t: Translate): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues: ApiIssue[] = result.error.issues.map((issue) => {
    const path = issue.path.map(String);
    const last = path[path.length - 1] ?? '';
    const hint = formatHints[last];
    const message = issue.code === 'invalid_format' && hint ? t(hint) : issue.message;
    return { path, message };
  });
  throw new ApiError(400, 'VALIDATION_FAILED', t('error.validation'), { issues }, '');
}

/** Builds a client-side validation error for one field. */
export function fieldIssue(path: string, message: string, t: Translate): ApiError {
  return new ApiError(
    400,
    'VALIDATION_FAILED',
    t('error.validation'),
    { issues: [{ path: path.split('.'), message }] },
    '',
  );
}

/** Conflicts (409) and domain 400s that are about one field: shown next to that field too. */
const codeFields: Record<string, string> = {
  PERSON_NATIONAL_ID_INVALID: 'nationalId',
  PERSON_NATIONAL_ID_TAKEN: 'nationalId',
  PERSON_LOGIN_EMAIL_TAKEN: 'loginEmail',
  USER_USERNAME_TAKEN: 'username',
  TENANT_SLUG_TAKEN: 'slug',
  ROLE_NAME_TAKEN: 'nameTh',
  REGISTER_NAME_TAKEN: 'name',
  AUTH_PASSWORD_WRONG: 'currentPassword',
  AUTH_PASSWORD_WEAK: 'newPassword',
  AUTH_TOTP_INVALID: 'code',
  TENANT_QUOTA_BELOW_USAGE: 'userQuota',
  DATE_RANGE_INVALID: 'endsOn',
};

/** The message for a field from a 400's issues (path joined with '.'), or from a field-specific error code. */
export function fieldError(error: unknown, path: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const issue = error.issues.find((i) => i.path.join('.') === path)?.message;
  if (issue) return issue;
  return codeFields[error.code] === path ? error.message : undefined;
}

/** A small controlled-form state: values, a setter per field, and text-input bindings. */
export function useFields<T extends Record<string, unknown>>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const set = useCallback(<K extends keyof T>(name: K, value: T[K]) => {
    setValues((v) => ({ ...v, [name]: value }));
  }, []);
  const text = (name: keyof T & string) => ({
    name,
    value: (values[name] as string | null | undefined) ?? '',
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      set(name, e.currentTarget.value as T[typeof name]),
  });
  return { values, set, setValues, text };
}

/** The part of useFields a shared block of fields needs; a form with more fields can pass its own. */
export interface Fields<T> {
  values: T;
  set<K extends keyof T>(name: K, value: T[K]): void;
  text(name: keyof T & string): {
    name: string;
    value: string;
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  };
}

/** The message shown under a field, by its path in the request body. */
export type FieldErrorOf = (path: string) => string | undefined;

/** '' → null, for optional fields the contract types as nullable. */
export function emptyToNull(value: string | null | undefined): string | null {
  const v = (value ?? '').trim();
  return v === '' ? null : v;
}
