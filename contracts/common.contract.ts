import { z } from 'zod';

/** A uuid path/body id. */
export const Id = z.uuid();
/** A calendar date 'YYYY-MM-DD' (Gregorian; shown in Buddhist Era by the UI). */
export const IsoDate = z.iso.date();
/** Free text of a bounded length, trimmed. */
export const text = (max: number) => z.string().trim().max(max);
/** Required free text of a bounded length, trimmed. */
export const requiredText = (max: number) => z.string().trim().min(1).max(max);

export const IdParams = z.object({ id: Id });

/** Offset pagination used by every list. */
export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  q: z.string().trim().max(200).optional(),
});
export type PageQuery = z.infer<typeof PageQuery>;

/** A page of items plus the total count. */
export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int() });

/** The error body of every 4xx/5xx (DESIGN.md §4). */
export const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
  requestId: z.string(),
});

export const Ok = z.object({ ok: z.literal(true) });
