import { fileToBase64 } from '@/lib/files.ts';
import { fieldIssue } from '@/lib/forms.ts';
import type { Translate } from '@/lib/i18n/index.tsx';

/** The `accept` of a PKCS#12 picker. */
export const P12_ACCEPT = '.p12,.pfx,application/x-pkcs12,application/pkcs12';

/** The contract's limit on the base64 of a PKCS#12 (1,500,000 characters, about 1.1 MB of file). */
const MAX_BASE64 = 1_500_000;

/**
 * A picked .p12/.pfx as base64, checked here for name and size (the server decides); throws a field issue at
 * `path` when there is no file or it cannot go.
 */
export async function readP12(file: File | null, t: Translate, path = 'p12'): Promise<string> {
  if (!file) throw fieldIssue(path, t('certs.p12.required'), t);
  if (!/\.(p12|pfx)$/i.test(file.name)) throw fieldIssue(path, t('certs.p12.wrongType'), t);
  if (file.size === 0) throw fieldIssue(path, t('letters.file.empty', { name: file.name }), t);
  if (Math.ceil(file.size / 3) * 4 > MAX_BASE64) throw fieldIssue(path, t('certs.p12.tooLarge'), t);
  try {
    return await fileToBase64(file);
  } catch {
    throw fieldIssue(path, t('certs.p12.unreadable'), t);
  }
}
