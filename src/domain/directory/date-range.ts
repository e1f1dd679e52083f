import { AppError } from '../shared/app-error.ts';

/** Throws DATE_RANGE_INVALID when both dates are given and the end is before the start ('YYYY-MM-DD' compare as text). */
export function assertDateRange(
  startsOn: string | null | undefined,
  endsOn: string | null | undefined,
): void {
  if (startsOn && endsOn && endsOn < startsOn) throw new AppError('DATE_RANGE_INVALID', { startsOn, endsOn });
}
