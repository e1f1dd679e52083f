/**
 * Which appointments may run side by side on one position. Dates are 'YYYY-MM-DD', both ends inclusive;
 * a null end is open-ended.
 */

/** The fields the overlap rules look at. */
export interface AppointmentSlot {
  id?: string;
  personId: string;
  kind: 'regular' | 'acting' | 'delegated' | 'committee';
  committeeRole: 'chair' | 'member' | 'secretary' | null;
  startsOn: string;
  endsOn: string | null;
}

/** True when two date ranges share at least one day. */
export function rangesOverlap(
  a: { startsOn: string; endsOn: string | null },
  b: { startsOn: string; endsOn: string | null },
): boolean {
  return (b.endsOn === null || a.startsOn <= b.endsOn) && (a.endsOn === null || b.startsOn <= a.endsOn);
}

/**
 * True when the two appointments (to the same position, overlapping in time) may not coexist:
 * - regular and acting: one holder of each kind at a time (an acting holder beside the regular one is normal);
 * - committee chair and secretary: one at a time; members: any number;
 * - delegated: several people may hold delegated authority, but not the same person twice.
 */
export function clashes(a: AppointmentSlot, b: AppointmentSlot): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'regular':
    case 'acting':
      return true;
    case 'committee':
      return a.committeeRole === b.committeeRole && a.committeeRole !== 'member';
    case 'delegated':
      return a.personId === b.personId;
  }
}

/** The first existing appointment of the position that the candidate may not overlap, or null. */
export function findClash<T extends AppointmentSlot>(
  candidate: AppointmentSlot,
  existing: readonly T[],
): T | null {
  return (
    existing.find((e) => e.id !== candidate.id && rangesOverlap(candidate, e) && clashes(candidate, e)) ??
    null
  );
}

/** Why the kind and committee role do not fit together, or null: committee appointments need a role, others none. */
export function committeeRoleProblem(
  kind: AppointmentSlot['kind'],
  committeeRole: AppointmentSlot['committeeRole'],
): string | null {
  if (kind === 'committee' && committeeRole === null)
    return 'A committee appointment needs a committee role.';
  if (kind !== 'committee' && committeeRole !== null)
    return 'Only committee appointments have a committee role.';
  return null;
}
