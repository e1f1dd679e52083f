import { z } from 'zod';
import { Id, IsoDate, PageQuery, requiredText, text } from './common.contract.ts';
import { OwnerNumber } from './tenancy.contract.ts';

// ---------- org units ----------
export const OrgUnit = z.object({
  id: Id,
  parentId: Id.nullable(),
  nameTh: z.string(),
  nameEn: z.string(),
  shortName: z.string(),
  ownerNumber: z.string().nullable(),
});
export type OrgUnit = z.infer<typeof OrgUnit>;
export const CreateOrgUnitBody = z.object({
  parentId: Id.nullable(),
  nameTh: requiredText(300),
  nameEn: text(300).default(''),
  shortName: text(100).default(''),
  ownerNumber: OwnerNumber.nullable().default(null),
});
export type CreateOrgUnitBody = z.infer<typeof CreateOrgUnitBody>;
// Update bodies list their fields without defaults: Zod 4's `.partial()` still fills in defaults, so a
// PATCH of one field would silently reset the others.
export const UpdateOrgUnitBody = z
  .object({
    parentId: Id.nullable(),
    nameTh: requiredText(300),
    nameEn: text(300),
    shortName: text(100),
    ownerNumber: OwnerNumber.nullable(),
  })
  .partial();
export type UpdateOrgUnitBody = z.infer<typeof UpdateOrgUnitBody>;

// ---------- positions and appointments ----------
export const Position = z.object({
  id: Id,
  orgUnitId: Id,
  titleTh: z.string(),
  signatureTitle: z.string(),
  isExecutive: z.boolean(),
});
export type Position = z.infer<typeof Position>;
export const CreatePositionBody = z.object({
  orgUnitId: Id,
  titleTh: requiredText(300),
  /** The title printed under a signature, e.g. "ผู้อำนวยการสำนักงานส่งเสริม…". */
  signatureTitle: requiredText(300),
  isExecutive: z.boolean().default(false),
});
export type CreatePositionBody = z.infer<typeof CreatePositionBody>;
export const UpdatePositionBody = z
  .object({
    orgUnitId: Id,
    titleTh: requiredText(300),
    signatureTitle: requiredText(300),
    isExecutive: z.boolean(),
  })
  .partial();
export type UpdatePositionBody = z.infer<typeof UpdatePositionBody>;
export const PositionQuery = z.object({ orgUnitId: Id.optional() });

export const AppointmentKind = z.enum(['regular', 'acting', 'delegated', 'committee']);
export const CommitteeRole = z.enum(['chair', 'member', 'secretary']);
export const Appointment = z.object({
  id: Id,
  positionId: Id,
  personId: Id,
  personName: z.string(),
  positionTitle: z.string(),
  kind: AppointmentKind,
  committeeRole: CommitteeRole.nullable(),
  authorityRef: z.string(),
  startsOn: IsoDate,
  endsOn: IsoDate.nullable(),
});
export type Appointment = z.infer<typeof Appointment>;
export const CreateAppointmentBody = z.object({
  positionId: Id,
  personId: Id,
  kind: AppointmentKind,
  committeeRole: CommitteeRole.nullable().default(null),
  /** For delegated (ปฏิบัติราชการแทน): the order or regulation that delegates the authority. */
  authorityRef: text(500).default(''),
  startsOn: IsoDate,
  endsOn: IsoDate.nullable().default(null),
});
export type CreateAppointmentBody = z.infer<typeof CreateAppointmentBody>;
export const EndAppointmentBody = z.object({ endsOn: IsoDate });
export const AppointmentQuery = z.object({
  positionId: Id.optional(),
  personId: Id.optional(),
  activeOn: IsoDate.optional(),
});
export type AppointmentQuery = z.infer<typeof AppointmentQuery>;
/** A capacity a person holds on a day: what a signature "in the capacity they actually hold" prints. */
export const Capacity = z.object({
  appointmentId: Id,
  positionId: Id,
  positionTitle: z.string(),
  orgUnitId: Id,
  kind: AppointmentKind,
  committeeRole: CommitteeRole.nullable(),
  signatureTitle: z.string(),
  authorityRef: z.string(),
  startsOn: IsoDate,
  endsOn: IsoDate.nullable(),
});
export type Capacity = z.infer<typeof Capacity>;

// ---------- people (บุคลากร) ----------
export const Gender = z.enum(['male', 'female', 'unspecified']);
export const Person = z.object({
  id: Id,
  orgUnitId: Id,
  employeeCode: z.string().nullable(),
  title: z.string(),
  nameTh: z.string(),
  nameEn: z.string(),
  nationalId: z.string(),
  gender: Gender,
  positionTitle: z.string(),
  address: z.string(),
  phone: z.string(),
  email: z.string(),
  loginEmail: z.string().nullable(),
  userId: Id.nullable(),
});
export type Person = z.infer<typeof Person>;
export const PersonBody = z.object({
  orgUnitId: Id,
  employeeCode: text(50).nullable().default(null),
  /** คำนำหน้า: นาย, นาง, นางสาว, ดร. … */
  title: requiredText(50),
  nameTh: requiredText(200),
  nameEn: text(200).default(''),
  nationalId: z.string().trim().min(1).max(20),
  gender: Gender.default('unspecified'),
  positionTitle: text(300).default(''),
  address: text(1000).default(''),
  phone: text(50).default(''),
  email: z.union([z.literal(''), z.email().max(200)]).default(''),
  loginEmail: z.email().max(200).nullable().default(null),
  /** The deck's "ยืนยันการบันทึก E-mail เข้าระบบ": move the login e-mail away from another person. */
  moveLoginEmail: z.boolean().default(false),
});
export type PersonBody = z.infer<typeof PersonBody>;
export const UpdatePersonBody = z
  .object({
    orgUnitId: Id,
    employeeCode: text(50).nullable(),
    title: requiredText(50),
    nameTh: requiredText(200),
    nameEn: text(200),
    nationalId: z.string().trim().min(1).max(20),
    gender: Gender,
    positionTitle: text(300),
    address: text(1000),
    phone: text(50),
    email: z.union([z.literal(''), z.email().max(200)]),
    loginEmail: z.email().max(200).nullable(),
    moveLoginEmail: z.boolean(),
  })
  .partial();
export type UpdatePersonBody = z.infer<typeof UpdatePersonBody>;
/** People list: a page, `q` matching names, national ID or e-mail, optionally one unit's people. */
export const PeopleQuery = PageQuery.extend({ orgUnitId: Id.optional() });
export type PeopleQuery = z.infer<typeof PeopleQuery>;

// ---------- users, roles and role assignments ----------
export const RoleAssignment = z.object({
  id: Id,
  roleId: Id,
  roleName: z.string(),
  orgUnitId: Id,
  orgUnitName: z.string(),
  startsOn: IsoDate.nullable(),
  endsOn: IsoDate.nullable(),
});
export type RoleAssignment = z.infer<typeof RoleAssignment>;
export const User = z.object({
  id: Id,
  personId: Id.nullable(),
  username: z.string(),
  displayName: z.string(),
  startsOn: IsoDate.nullable(),
  endsOn: IsoDate.nullable(),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  totpEnabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  note: z.string(),
  roles: z.array(RoleAssignment),
});
export type User = z.infer<typeof User>;
export const Username = z
  .string()
  .trim()
  .min(3)
  .max(64)
  .regex(/^[A-Za-z0-9._@-]+$/, 'a-z, 0-9 . _ @ -');
export const CreateUserBody = z.object({
  personId: Id.nullable().default(null),
  username: Username,
  displayName: requiredText(200),
  password: z.string().min(1).max(200),
  startsOn: IsoDate.nullable().default(null),
  endsOn: IsoDate.nullable().default(null),
  disabled: z.boolean().default(false),
  mustChangePassword: z.boolean().default(true),
  note: text(1000).default(''),
});
export type CreateUserBody = z.infer<typeof CreateUserBody>;
export const UpdateUserBody = z
  .object({
    personId: Id.nullable(),
    displayName: requiredText(200),
    startsOn: IsoDate.nullable(),
    endsOn: IsoDate.nullable(),
    disabled: z.boolean(),
    note: text(1000),
  })
  .partial();
export type UpdateUserBody = z.infer<typeof UpdateUserBody>;
export const ResetPasswordBody = z.object({
  password: z.string().min(1).max(200),
  mustChangePassword: z.boolean().default(true),
});
export type ResetPasswordBody = z.infer<typeof ResetPasswordBody>;
export const AssignRoleBody = z.object({
  roleId: Id,
  orgUnitId: Id,
  startsOn: IsoDate.nullable().default(null),
  endsOn: IsoDate.nullable().default(null),
});
export type AssignRoleBody = z.infer<typeof AssignRoleBody>;
export const RoleAssignmentParams = z.object({ id: Id, assignmentId: Id });
/** The deck's "จำนวนสูงสุดที่ขอใช้งาน … จำนวนที่ใช้งานในปัจจุบัน …". */
export const UserQuota = z.object({ quota: z.number().int(), used: z.number().int() });
export type UserQuota = z.infer<typeof UserQuota>;

export const Role = z.object({
  id: Id,
  key: z.string().nullable(),
  nameTh: z.string(),
  nameEn: z.string(),
  permissions: z.array(z.string()),
  assignments: z.number().int(),
});
export type Role = z.infer<typeof Role>;
export const RoleBody = z.object({
  nameTh: requiredText(100),
  nameEn: text(100).default(''),
  permissions: z.array(z.string()).max(100),
});
export type RoleBody = z.infer<typeof RoleBody>;
export const UpdateRoleBody = z
  .object({ nameTh: requiredText(100), nameEn: text(100), permissions: z.array(z.string()).max(100) })
  .partial();
export type UpdateRoleBody = z.infer<typeof UpdateRoleBody>;
export const PermissionInfo = z.object({
  key: z.string(),
  th: z.string(),
  en: z.string(),
  group: z.string(),
});
export type PermissionInfo = z.infer<typeof PermissionInfo>;
