import { AppError } from '../shared/app-error.ts';

/** At least 8 characters, letters and digits, not the username: the policy the agencies' IT rules ask for. */
export function checkPasswordPolicy(password: string, username: string): void {
  const ok =
    password.length >= 8 &&
    /\p{L}/u.test(password) &&
    /\p{Nd}/u.test(password) &&
    password.toLowerCase() !== username.toLowerCase();
  if (!ok) throw new AppError('AUTH_PASSWORD_WEAK');
}
