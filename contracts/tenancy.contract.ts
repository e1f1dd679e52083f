import { z } from 'zod';
import { Id, requiredText, text } from './common.contract.ts';

// Two Thai consonants, no dots (regulation §5.2: รหัสตัวพยัญชนะ).
export const LetterCode = z
  .string()
  .trim()
  .regex(/^[\u0E01-\u0E2E]{2}$/, 'letter code: two Thai consonants');
// เลขประจำของเจ้าของเรื่อง: four digits with optional .n sub-units, stored with ASCII digits.
export const OwnerNumber = z
  .string()
  .trim()
  .regex(/^\d{4,5}(\.\d+)*$/, 'owner number: 4–5 digits, optional .n');
export const TenantSlug = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, 'a-z, 0-9 and -, 2–40 characters');

export const Tenant = z.object({
  id: Id,
  slug: z.string(),
  nameTh: z.string(),
  nameEn: z.string(),
  ministry: z.string(),
  department: z.string(),
  letterCode: z.string(),
  ownerNumber: z.string(),
  userQuota: z.number().int(),
  usersInUse: z.number().int(),
  status: z.enum(['active', 'suspended']),
  digitStyle: z.enum(['thai', 'arabic']),
  createdAt: z.string(),
});
export type Tenant = z.infer<typeof Tenant>;

export const CreateTenantBody = z.object({
  slug: TenantSlug,
  nameTh: requiredText(300),
  nameEn: text(300).default(''),
  ministry: text(300).default(''),
  department: text(300).default(''),
  letterCode: LetterCode,
  ownerNumber: OwnerNumber,
  userQuota: z.number().int().min(1).max(1_000_000),
  digitStyle: z.enum(['thai', 'arabic']).default('thai'),
  admin: z.object({
    username: z
      .string()
      .trim()
      .min(3)
      .max(64)
      .regex(/^[A-Za-z0-9._@-]+$/),
    displayName: requiredText(200),
    password: z.string().min(8).max(200),
  }),
});
export type CreateTenantBody = z.infer<typeof CreateTenantBody>;

export const UpdateTenantBody = z
  .object({
    nameTh: requiredText(300),
    nameEn: text(300),
    ministry: text(300),
    department: text(300),
    letterCode: LetterCode,
    ownerNumber: OwnerNumber,
    userQuota: z.number().int().min(1).max(1_000_000),
    status: z.enum(['active', 'suspended']),
    digitStyle: z.enum(['thai', 'arabic']),
  })
  .partial();
export type UpdateTenantBody = z.infer<typeof UpdateTenantBody>;

/** The deck's usage statistics ("หน่วยงานที่ใช้ … ผู้ใช้งานรวม … เข้าใช้งานในเดือนนี้ … 10 อันดับ"). */
export const UsageStatistics = z.object({
  tenants: z.number().int(),
  activeTenants: z.number().int(),
  totalUsers: z.number().int(),
  usersActiveThisMonth: z.number().int(),
  topTenantsByUsers: z.array(
    z.object({ tenantId: Id, slug: z.string(), nameTh: z.string(), users: z.number().int() }),
  ),
});
export type UsageStatistics = z.infer<typeof UsageStatistics>;

/** What an agency admin may change about their own agency (the rest is the operator's). */
export const UpdateAgencySettingsBody = z.object({ digitStyle: z.enum(['thai', 'arabic']) }).partial();
export type UpdateAgencySettingsBody = z.infer<typeof UpdateAgencySettingsBody>;
