import { z } from 'zod';
import { Id } from './common.contract.ts';

export const AuditEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorKind: z.enum(['user', 'operator', 'system']),
  actorId: Id.nullable(),
  actorName: z.string(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  summary: z.record(z.string(), z.unknown()),
  requestId: z.string().nullable(),
});
export const AuditQuery = z.object({
  action: z.string().max(100).optional(),
  actorId: Id.optional(),
  targetId: z.string().max(100).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  beforeSeq: z.coerce.number().int().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const AuditVerifyResult = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBroken: z.object({ seq: z.number().int(), reason: z.string() }).nullable(),
});
