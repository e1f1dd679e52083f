import type { Permission } from '../directory/permissions.ts';

/** One active role assignment of the acting user: what it grants, and in which org unit. */
export interface ActiveGrant {
  roleId: string;
  orgUnitId: string;
  permissions: ReadonlySet<Permission>;
}

/** Who is acting inside an agency, with the grants active today (Asia/Bangkok). */
export interface UserActor {
  kind: 'user';
  tenantId: string;
  userId: string;
  personId: string | null;
  name: string;
  grants: readonly ActiveGrant[];
}

/** A service operator acting on the platform, outside any agency. */
export interface OperatorActor {
  kind: 'operator';
  operatorId: string;
  username: string;
  name: string;
}

/** The system itself (seeding, jobs). */
export interface SystemActor {
  kind: 'system';
  name: string;
}

export type Actor = UserActor | OperatorActor | SystemActor;

/** The tenant every repository call is scoped to, with who is acting and the request id for the audit trail. */
export interface TenantContext {
  tenantId: string;
  actor: UserActor | SystemActor;
  requestId?: string;
}

/** A clock, so rules about "today in Bangkok" and year roll-over can be tested. */
export interface Clock {
  now(): Date;
}

/** The wall clock. */
export const systemClock: Clock = { now: () => new Date() };
