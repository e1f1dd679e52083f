import type {
  Appointment,
  Capacity,
  OrgUnit,
  Person,
  Position,
  Role,
  RoleAssignment,
  User,
} from '../../../contracts/directory.contract.ts';

/** A role assignment active on a given day, with the names the session shows. */
export interface ActiveGrantRow {
  roleId: string;
  roleName: string;
  permissions: string[];
  orgUnitId: string;
  orgUnitName: string;
}

/**
 * A row lock held until commit: 'update' before deleting a row (so nothing new can refer to it meanwhile),
 * 'share' before writing a row that refers to it (so a concurrent delete waits, or we see it gone).
 */
export type RowLock = 'share' | 'update';

/** Fields of an org unit as stored. */
export interface OrgUnitFields {
  parentId: string | null;
  nameTh: string;
  nameEn: string;
  shortName: string;
  ownerNumber: string | null;
}

/** What still refers to an org unit; any non-zero count keeps it from being deleted. */
export interface OrgUnitUsage {
  children: number;
  registers: number;
  people: number;
  positions: number;
  roleAssignments: number;
}

/** Port: the agency's tree of org units. */
export interface OrgUnitRepository {
  insertOrgUnit(tenantId: string, u: OrgUnitFields): Promise<OrgUnit>;
  listOrgUnits(tenantId: string): Promise<OrgUnit[]>;
  getOrgUnit(tenantId: string, id: string, lock?: RowLock): Promise<OrgUnit | null>;
  updateOrgUnit(tenantId: string, id: string, patch: Partial<OrgUnitFields>): Promise<OrgUnit | null>;
  /** Counts every row that refers to the unit. */
  orgUnitUsage(tenantId: string, id: string): Promise<OrgUnitUsage>;
  deleteOrgUnit(tenantId: string, id: string): Promise<boolean>;
}

/** Fields of a position as stored. */
export interface PositionFields {
  orgUnitId: string;
  titleTh: string;
  signatureTitle: string;
  isExecutive: boolean;
}

/** Port: positions (ตำแหน่ง). */
export interface PositionRepository {
  listPositions(tenantId: string, q: { orgUnitId?: string }): Promise<Position[]>;
  /** With lock 'update' (SELECT … FOR UPDATE) it also serialises the appointment overlap checks of the position. */
  getPosition(tenantId: string, id: string, lock?: RowLock): Promise<Position | null>;
  insertPosition(tenantId: string, p: PositionFields): Promise<Position>;
  updatePosition(tenantId: string, id: string, patch: Partial<PositionFields>): Promise<Position | null>;
  countAppointmentsOfPosition(tenantId: string, id: string): Promise<number>;
  deletePosition(tenantId: string, id: string): Promise<boolean>;
}

/** Fields of an appointment as stored. */
export interface AppointmentFields {
  positionId: string;
  personId: string;
  kind: Appointment['kind'];
  committeeRole: Appointment['committeeRole'];
  authorityRef: string;
  startsOn: string;
  endsOn: string | null;
}

/** Filters of the appointment list; `overlaps` keeps those whose dates meet the given range. */
export interface AppointmentFilter {
  positionId?: string;
  personId?: string;
  activeOn?: string;
  overlaps?: { startsOn: string; endsOn: string | null };
}

/** Port: dated appointments of people to positions. */
export interface AppointmentRepository {
  listAppointments(tenantId: string, q: AppointmentFilter): Promise<Appointment[]>;
  getAppointment(tenantId: string, id: string): Promise<Appointment | null>;
  insertAppointment(tenantId: string, a: AppointmentFields): Promise<Appointment>;
  setAppointmentEnd(tenantId: string, id: string, endsOn: string): Promise<Appointment | null>;
  deleteAppointment(tenantId: string, id: string): Promise<boolean>;
  /** The appointments a person holds on `date`, with what a signature prints. */
  listCapacities(tenantId: string, personId: string, date: string): Promise<Capacity[]>;
}

/** Fields of a person as stored (the national ID already normalised to 13 digits). */
export interface PersonFields {
  orgUnitId: string;
  employeeCode: string | null;
  title: string;
  nameTh: string;
  nameEn: string;
  nationalId: string;
  gender: Person['gender'];
  positionTitle: string;
  address: string;
  phone: string;
  email: string;
  loginEmail: string | null;
}

/** Port: people (บุคลากร). */
export interface PersonRepository {
  listPeople(
    tenantId: string,
    q: { limit: number; offset: number; q?: string; orgUnitId?: string },
  ): Promise<{ items: Person[]; total: number }>;
  getPerson(tenantId: string, id: string, lock?: RowLock): Promise<Person | null>;
  findPersonByNationalId(tenantId: string, nationalId: string): Promise<Person | null>;
  /** Case-insensitive, like the unique index it mirrors. */
  findPersonByLoginEmail(tenantId: string, loginEmail: string): Promise<Person | null>;
  insertPerson(tenantId: string, p: PersonFields): Promise<Person>;
  updatePerson(tenantId: string, id: string, patch: Partial<PersonFields>): Promise<Person | null>;
  clearLoginEmail(tenantId: string, id: string): Promise<void>;
  personUsage(tenantId: string, id: string): Promise<{ users: number; appointments: number }>;
  deletePerson(tenantId: string, id: string): Promise<boolean>;
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

/** Changeable fields of a user account (password and lockout have their own calls). */
export type UserPatch = Partial<
  Pick<NewUser, 'personId' | 'displayName' | 'startsOn' | 'endsOn' | 'disabled' | 'note'>
>;

/** Fields of a role assignment as stored. */
export interface RoleAssignmentFields {
  userId: string;
  roleId: string;
  orgUnitId: string;
  startsOn: string | null;
  endsOn: string | null;
}

/** Port: user accounts and their role assignments. */
export interface UserRepository {
  insertUser(tenantId: string, u: NewUser): Promise<string>;
  listUsers(
    tenantId: string,
    q: { limit: number; offset: number; q?: string },
  ): Promise<{ items: User[]; total: number }>;
  getUser(tenantId: string, id: string): Promise<User | null>;
  /** Case-insensitive, like the unique index it mirrors. */
  findUserIdByUsername(tenantId: string, username: string): Promise<string | null>;
  findUserIdByPerson(tenantId: string, personId: string): Promise<string | null>;
  updateUser(tenantId: string, id: string, patch: UserPatch): Promise<boolean>;
  /** Clears the lockout back-off: failed logins to zero, no lock. */
  unlockUser(tenantId: string, id: string): Promise<boolean>;
  deleteUser(tenantId: string, id: string): Promise<boolean>;
  /** Users that count against the agency's quota (not disabled). */
  countUsersInUse(tenantId: string): Promise<number>;
  insertRoleAssignment(tenantId: string, a: RoleAssignmentFields): Promise<string>;
  getRoleAssignment(tenantId: string, userId: string, id: string): Promise<RoleAssignment | null>;
  deleteRoleAssignment(tenantId: string, userId: string, id: string): Promise<boolean>;
  /** Role assignments of the user active on `today` (Bangkok calendar date 'YYYY-MM-DD'). */
  listActiveGrants(tenantId: string, userId: string, today: string): Promise<ActiveGrantRow[]>;
  /** Users who can use the system on `today` and hold, that day, a role that grants `permission`. */
  countActiveHolders(tenantId: string, permission: string, today: string): Promise<number>;
}

/** Fields of a role as stored. */
export interface RoleFields {
  key: string | null;
  nameTh: string;
  nameEn: string;
  permissions: readonly string[];
}

/** Port: roles (named permission sets). */
export interface RoleRepository {
  insertRole(tenantId: string, r: RoleFields): Promise<Role>;
  /** Every role with the number of its assignments. */
  listRoles(tenantId: string): Promise<Role[]>;
  getRole(tenantId: string, id: string, lock?: RowLock): Promise<Role | null>;
  findRoleByName(tenantId: string, nameTh: string): Promise<Role | null>;
  updateRole(tenantId: string, id: string, patch: Partial<Omit<RoleFields, 'key'>>): Promise<Role | null>;
  deleteRole(tenantId: string, id: string): Promise<boolean>;
}

/** Port: the agency's structure, people, users and roles. Every call is scoped by tenant first. */
export interface DirectoryRepository
  extends OrgUnitRepository,
    PositionRepository,
    AppointmentRepository,
    PersonRepository,
    UserRepository,
    RoleRepository {}
