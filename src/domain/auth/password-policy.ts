import { AppError } from '../shared/app-error.ts';

/**
 * At least 8 characters, letters and digits, not the username: the policy the agencies' IT rules ask for.
 * `initial` is an admin-set password the user must change at first login; the deck's
 * "ใช้รหัสผู้ใช้งานเป็นรหัสผ่าน" sets it to the username, so that one is allowed there (length still applies).
 */
export function checkPasswordPolicy(
  password: string,
  username: string,
  opts: { initial?: boolean } = {},
): void {
  if (opts.initial && password === username && password.length >= 3) return;
  const ok =
    password.length >= 8 &&
    /\p{L}/u.test(password) &&
    /\p{Nd}/u.test(password) &&
    password.toLowerCase() !== username.toLowerCase();
  if (!ok) throw new AppError('AUTH_PASSWORD_WEAK');
}
