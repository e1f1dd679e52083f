import type { FastifyRequest } from 'fastify';
import { AppError } from '../domain/shared/app-error.ts';

/** One uploaded file, read into memory (the per-file limit bounds it). */
export interface UploadPart {
  field: string;
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
}

/**
 * Reads a multipart/form-data request: its text fields and its files. A file over the size limit, too many
 * files or a request that is not multipart becomes a 4xx with the catalogue's message.
 */
export async function readMultipart(
  req: FastifyRequest,
  maxFileBytes: number,
): Promise<{ fields: Map<string, string>; files: UploadPart[] }> {
  if (!req.isMultipart()) {
    throw new AppError('REQUEST_MALFORMED', { expected: 'multipart/form-data' });
  }
  const fields = new Map<string, string>();
  const files: UploadPart[] = [];
  let current = '';
  try {
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        current = part.filename;
        const bytes = await part.toBuffer();
        files.push({
          field: part.fieldname,
          fileName: part.filename,
          mediaType: part.mimetype,
          bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        });
      } else {
        fields.set(part.fieldname, String(part.value));
      }
    }
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError('FILE_TOO_LARGE', { fileName: current, maxMb: Math.floor(maxFileBytes / 1048576) });
    }
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT')
      throw new AppError('TOO_MANY_FILES', { max: 50 });
    if (
      code === 'FST_FIELDS_LIMIT' ||
      code === 'FST_PROTO_VIOLATION' ||
      code === 'FST_INVALID_MULTIPART_CONTENT_TYPE'
    )
      throw new AppError('REQUEST_MALFORMED');
    throw e;
  }
  return { fields, files };
}

/** The one file of a multipart request sent as part `field`; FILE_REQUIRED when it is missing. */
export async function readRequiredFile(
  req: FastifyRequest,
  maxFileBytes: number,
  field: string,
  what: string,
): Promise<UploadPart> {
  const { files } = await readMultipart(req, maxFileBytes);
  const file = files.find((f) => f.field === field);
  if (!file) throw new AppError('FILE_REQUIRED', { what });
  return file;
}
