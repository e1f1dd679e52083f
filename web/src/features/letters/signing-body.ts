import { SigningFields } from '@contracts/signing.contract.ts';
import type { z } from 'zod';
import { parseWith } from '@/lib/forms.ts';
import type { Translate } from '@/lib/i18n/index.tsx';

/** A signing request's body as the dialogs build it: the action's own fields and the SigningFields. */
export type Signed<S extends z.ZodType> = z.input<S> & z.input<typeof SigningFields>;

/**
 * Parses a signing request (บันทึกคำสั่งการ, ลงนาม) with its contract and with SigningFields, keeping both:
 * the mode and certificate travel even when the action's own schema does not list them.
 */
export function parseSigned<S extends z.ZodType>(
  schema: S,
  input: Signed<S>,
  t: Translate,
): z.output<S> & SigningFields {
  const body = parseWith(schema, input, t) as z.output<S> & object;
  return { ...body, ...parseWith(SigningFields, input, t) };
}
