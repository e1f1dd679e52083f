import type { OrgUnit, Role } from '../../../contracts/directory.contract.ts';

/** A role assignment active on a given day, with the names the session shows. */
export interface ActiveGrantRow {
  roleId: string;
  roleName: string;
  permissions: string[];
  orgUnitId: string;
  orgUnitName: string;
}

/** Fields of a new user account. */
export interface NewUser {
  personId: string | null;
  username: string;
  displayName: string;
  passwordHash: string;
  startsOn: string | null;
  endsOn: string | null;
  disabled: boolean;
  mustChangePassword: boolean;
  note: string;
}

/** Port: the agency's structure, people, users and roles. Every call is scoped by tenant first. */
export interface DirectoryRepository {
  insertOrgUnit(
    tenantId: string,
    u: { parentId: string | null; nameTh: string; nameEn: string; shortName: string; ownerNumber: string | null },
  ): Promise<OrgUnit>;
  insertRole(tenantId: string, r: { key: string | null; nameTh: string; nameEn: string; permissions: readonly string[] }): Promise<Role>;
  insertUser(tenantId: string, u: NewUser): Promise<string>;
  insertRoleAssignment(
    tenantId: string,
    a: { userId: string; roleId: string; orgUnitId: string; startsOn: string | null; endsOn: string | null },
  ): Promise<string>;
  /** Users that count against the agency's quota (not disabled). */
  countUsersInUse(tenantId: string): Promise<number>;
  /** Role assignments of the user active on `today` (Bangkok calendar date 'YYYY-MM-DD'). */
  listActiveGrants(tenantId: string, userId: string, today: string): Promise<ActiveGrantRow[]>;
}
