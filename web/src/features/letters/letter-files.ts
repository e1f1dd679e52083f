import type { Translate } from '@/lib/i18n/index.tsx';

/** The server's limit per uploaded file. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

/** Which part of the upload a file goes to. */
export type FilePart = 'document' | 'scans' | 'attachments';

const PDF = ['application/pdf'];
const SCAN = ['image/jpeg', 'image/png', 'image/tiff', 'application/pdf'];
const EXTENSIONS: Record<FilePart, RegExp | null> = {
  document: /\.pdf$/i,
  scans: /\.(jpe?g|png|tiff?|pdf)$/i,
  attachments: null,
};

/** The `accept` attribute of each part's file picker. */
export const ACCEPT: Record<FilePart, string | undefined> = {
  document: 'application/pdf,.pdf',
  scans: 'image/jpeg,image/png,image/tiff,application/pdf,.jpg,.jpeg,.png,.tif,.tiff,.pdf',
  attachments: undefined,
};

/** Why a file cannot go in a part (type or size), or null. Mirrors the server's checks; it decides. */
export function fileProblem(file: File, part: FilePart, t: Translate): string | null {
  const types = part === 'document' ? PDF : part === 'scans' ? SCAN : null;
  const ext = EXTENSIONS[part];
  // Some phones send scans without a type: fall back to the file name.
  if (types && !types.includes(file.type) && !(ext && file.type === '' && ext.test(file.name)))
    return t(part === 'document' ? 'letters.file.notPdf' : 'letters.file.notScan', { name: file.name });
  if (file.size > MAX_FILE_BYTES) return t('letters.file.tooLarge', { name: file.name, max: 25 });
  if (file.size === 0) return t('letters.file.empty', { name: file.name });
  return null;
}

/** '1.2 MB' / '340 KB'. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
