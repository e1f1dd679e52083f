/**
 * The one way the web app talks to the server: JSON over fetch under /api/v1, same-origin cookies,
 * the CSRF token on every non-GET request, and the server's error body turned into an ApiError.
 */

export type ApiScope = 'user' | 'operator';

/** One validation problem, as the server sends it in `details.issues`. */
export interface ApiIssue {
  path: string[];
  message: string;
}

/** A failed request: the server's code, Thai/English message, details and request id. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  readonly requestId: string;

  constructor(status: number, code: string, message: string, details: unknown, requestId: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
    this.requestId = requestId;
  }

  /** The validation issues of a 400, or an empty list. */
  get issues(): ApiIssue[] {
    const d = this.details as { issues?: unknown } | null | undefined;
    if (!d || !Array.isArray(d.issues)) return [];
    return d.issues
      .filter((i): i is { path: unknown; message: unknown } => typeof i === 'object' && i !== null)
      .map((i) => ({
        path: Array.isArray(i.path) ? i.path.map(String) : [],
        message: String(i.message ?? ''),
      }));
  }
}

const csrfTokens: Partial<Record<ApiScope, string>> = {};
let language: 'th' | 'en' = 'th';
let unauthorizedHandler: ((scope: ApiScope) => void) | null = null;
let networkErrorMessage = 'ไม่สามารถติดต่อเซิร์ฟเวอร์ได้ กรุณาลองใหม่';

/** Remembers the CSRF token of a session (from login or GET session). */
export function setCsrfToken(scope: ApiScope, token: string | undefined): void {
  csrfTokens[scope] = token;
}

/** Sets the language sent as Accept-Language, and the message used when the server cannot be reached. */
export function setApiLanguage(lang: 'th' | 'en', networkMessage: string): void {
  language = lang;
  networkErrorMessage = networkMessage;
}

/** Called on a 401 from any request except the login and session probes. */
export function onUnauthorized(handler: (scope: ApiScope) => void): void {
  unauthorizedHandler = handler;
}

type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** Answer null instead of throwing on 401 (the session probes). */
  allow401?: boolean;
  signal?: AbortSignal;
  /** The path prefix: '/api/v1' unless told otherwise (the public pages use '/api/public'). */
  base?: string;
}

function scopeOf(path: string): ApiScope {
  return path.startsWith('/operator/') ? 'operator' : 'user';
}

function buildUrl(path: string, query?: Record<string, QueryValue>, base = '/api/v1'): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return `${base}${path}${qs ? `?${qs}` : ''}`;
}

async function readError(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as {
      error?: { code?: string; message?: string; details?: unknown };
      requestId?: string;
    };
    if (body?.error?.code) {
      return new ApiError(
        res.status,
        body.error.code,
        body.error.message ?? body.error.code,
        body.error.details,
        body.requestId ?? '',
      );
    }
  } catch {
    // not JSON: a proxy or the network answered
  }
  return new ApiError(
    res.status,
    res.status >= 500 ? 'INTERNAL' : 'HTTP_ERROR',
    networkErrorMessage,
    undefined,
    res.headers.get('x-request-id') ?? '',
  );
}

const isLogin = (path: string) => path === '/auth/login' || path === '/operator/auth/login';

/** Calls the API; resolves with the parsed JSON body (undefined for 204). */
export async function api<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (language === 'en') headers['Accept-Language'] = 'en';
  else headers['Accept-Language'] = 'th';
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const scope = scopeOf(path);
  if (method !== 'GET') {
    const token = csrfTokens[scope];
    if (token) headers['X-CSRF-Token'] = token;
  }
  let res: Response;
  try {
    res = await fetch(buildUrl(path, options.query, options.base), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, 'NETWORK', networkErrorMessage, undefined, '');
  }
  if (res.status === 401 && options.allow401) return null as T;
  if (!res.ok) {
    const error = await readError(res);
    if (res.status === 401 && !isLogin(path)) unauthorizedHandler?.(scope);
    throw error;
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A page of a list endpoint. */
export interface Page<T> {
  items: T[];
  total: number;
}
