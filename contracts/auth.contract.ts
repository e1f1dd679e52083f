import { z } from 'zod';
import { Id, requiredText } from './common.contract.ts';

export const LoginBody = z.object({
  tenant: z.string().trim().min(1).max(40),
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
  totp: z
    .string()
    .trim()
    .regex(/^\d{6}$/)
    .optional(),
});
export type LoginBody = z.infer<typeof LoginBody>;

export const OperatorLoginBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});

/** The signed-in agency user as the web app sees it. */
export const SessionInfo = z.object({
  kind: z.literal('user'),
  csrfToken: z.string(),
  tenant: z.object({
    id: Id,
    slug: z.string(),
    nameTh: z.string(),
    nameEn: z.string(),
    digitStyle: z.enum(['thai', 'arabic']),
  }),
  user: z.object({
    id: Id,
    username: z.string(),
    displayName: z.string(),
    mustChangePassword: z.boolean(),
    totpEnabled: z.boolean(),
  }),
  permissions: z.array(z.string()),
  grants: z.array(z.object({ roleId: Id, roleName: z.string(), orgUnitId: Id, orgUnitName: z.string() })),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

export const OperatorSessionInfo = z.object({
  kind: z.literal('operator'),
  csrfToken: z.string(),
  operator: z.object({ id: Id, username: z.string(), displayName: z.string() }),
});
export type OperatorSessionInfo = z.infer<typeof OperatorSessionInfo>;

export const ChangePasswordBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(200),
});

export const TotpSetup = z.object({ secret: z.string(), otpauthUrl: z.string() });
export const TotpConfirmBody = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/),
});
export const TotpDisableBody = z.object({ password: z.string().min(1).max(200) });

export const ApiToken = z.object({
  id: Id,
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export const CreateApiTokenBody = z.object({
  name: requiredText(100),
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});
/** Returned once at creation: the secret is never shown again. */
export const CreatedApiToken = ApiToken.extend({ token: z.string() });
