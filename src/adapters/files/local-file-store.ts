import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileStore } from '../../domain/letters/ports.ts';

const SHA256 = /^[0-9a-f]{64}$/;
const UUID = /^[0-9a-f-]{36}$/;

/**
 * Content-addressed blobs on the local disk: `<root>/<tenantId>/<ab>/<sha256>`. A blob is written to a
 * temporary name and renamed into place, so a reader never sees half a file, and two writers of the same
 * bytes end with one file. Blobs are never changed or deleted by the application.
 */
export function localFileStore(root: string): FileStore {
  const where = (tenantId: string, sha256: string) => {
    // Both parts come from our own database, but a path is built from them: refuse anything odd.
    if (!UUID.test(tenantId) || !SHA256.test(sha256)) throw new Error('invalid blob address');
    return path.join(root, tenantId, sha256.slice(0, 2), sha256);
  };
  return {
    async put(tenantId, bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const file = where(tenantId, sha256);
      const exists = await stat(file).then(
        (s) => s.size === bytes.byteLength,
        () => false,
      );
      if (!exists) {
        await mkdir(path.dirname(file), { recursive: true });
        const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
        await writeFile(tmp, bytes);
        await rename(tmp, file);
      }
      return { sha256, size: bytes.byteLength };
    },
    async get(tenantId, sha256) {
      try {
        return new Uint8Array(await readFile(where(tenantId, sha256)));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw e;
      }
    },
  };
}
