import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { IdParams, Ok, page } from '../../../../contracts/common.contract.ts';
import {
  ActionNoteBody,
  AttachmentParams,
  CloseBody,
  ForwardBody,
  IncomingLetterMetadata,
  Letter,
  LetterHistoryEntry,
  LetterRoute,
  ProposeBody,
  QueueCounts,
  QueueItem,
  QueueQuery,
  ReasonBody,
  RecipientDirectory,
  RecordCommandBody,
  RevisionQuery,
  StepParams,
  UpdateLetterBody,
} from '../../../../contracts/letters.contract.ts';
import {
  cancelLetter,
  closeLetter,
  deleteLetter,
  downloadLetterAttachment,
  downloadLetterPdf,
  forwardLetter,
  getLetter,
  getLetterHistory,
  getLetterRoute,
  getQueueCounts,
  getStepSignature,
  listLetters,
  listRecipients,
  proposeLetter,
  recordAction,
  recordCommand,
  registerIncomingLetter,
  updateLetter,
} from '../../../domain/letters/index.ts';
import { AppError } from '../../../domain/shared/app-error.ts';
import { type AppDeps, zod } from '../../app-deps.ts';
import { requirePrincipal, tenantContext } from '../../middleware/auth.ts';
import { readMultipart } from '../../multipart.ts';

const tags = ['letters'];

/** Sends bytes as a download with a UTF-8 file name (Thai names survive). */
export function sendFile(
  reply: FastifyReply,
  bytes: Uint8Array,
  fileName: string,
  mediaType: string,
  disposition: 'inline' | 'attachment' = 'inline',
) {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return reply
    .header('content-type', mediaType)
    .header(
      'content-disposition',
      `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    )
    .header('cache-control', 'private, no-store')
    .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

/** Incoming letters: registration, queues, reading, routing steps on a letter, and its lifecycle. */
export function lettersRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = zod(app);
  const user = requirePrincipal(deps.core, 'user');
  const L = deps.letters;

  api.post(
    '/letters/incoming',
    {
      schema: {
        operationId: 'registerIncomingLetter',
        tags,
        summary: 'ลงทะเบียนรับหนังสือ (electronic, paper scan, or old letter)',
        description:
          'multipart/form-data: a "metadata" field holding IncomingLetterMetadata as JSON; file parts "document" ' +
          '(one PDF), "scans" (repeatable: JPEG/PNG/TIFF/PDF pages, in order) and "attachments" (repeatable).',
        consumes: ['multipart/form-data'],
        response: { 201: Letter },
      },
      onRequest: user,
    },
    async (req, reply) => {
      const ctx = tenantContext(req);
      const { fields, files } = await readMultipart(req, deps.config.maxUploadBytes);
      const raw = fields.get('metadata');
      if (raw === undefined) {
        throw new AppError('VALIDATION_FAILED', { issues: [{ path: ['metadata'], message: 'required' }] });
      }
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        throw new AppError('REQUEST_MALFORMED', { field: 'metadata' });
      }
      const parsed = IncomingLetterMetadata.safeParse(json);
      if (!parsed.success) {
        throw new AppError('VALIDATION_FAILED', {
          issues: parsed.error.issues.map((i) => ({ path: ['metadata', ...i.path], message: i.message })),
        });
      }
      const documents = files.filter((f) => f.field === 'document');
      if (documents.length > 1) throw new AppError('TOO_MANY_FILES', { max: 1 });
      const unknown = files.find((f) => !['document', 'scans', 'attachments'].includes(f.field));
      if (unknown) {
        throw new AppError('VALIDATION_FAILED', {
          issues: [{ path: [unknown.field], message: 'unknown file part' }],
        });
      }
      const letter = await registerIncomingLetter(L, ctx, {
        metadata: parsed.data,
        document: documents[0],
        scans: files.filter((f) => f.field === 'scans'),
        attachments: files.filter((f) => f.field === 'attachments'),
      });
      return reply.status(201).send(letter);
    },
  );

  api.get(
    '/letters',
    {
      schema: {
        operationId: 'listLetters',
        tags,
        querystring: QueueQuery,
        response: { 200: page(QueueItem) },
      },
      onRequest: user,
    },
    async (req) => listLetters(L, tenantContext(req), req.query),
  );

  api.get(
    '/letters/counts',
    { schema: { operationId: 'getQueueCounts', tags, response: { 200: QueueCounts } }, onRequest: user },
    async (req) => getQueueCounts(L, tenantContext(req)),
  );

  api.get(
    '/letters/recipients',
    {
      schema: { operationId: 'listRecipients', tags, response: { 200: RecipientDirectory } },
      onRequest: user,
    },
    async (req) => listRecipients(L, tenantContext(req)),
  );

  api.get(
    '/letters/:id',
    {
      schema: { operationId: 'getLetter', tags, params: IdParams, response: { 200: Letter } },
      onRequest: user,
    },
    async (req) => getLetter(L, tenantContext(req), req.params.id),
  );

  api.patch(
    '/letters/:id',
    {
      schema: {
        operationId: 'updateLetter',
        tags,
        params: IdParams,
        body: UpdateLetterBody,
        response: { 200: Letter },
      },
      onRequest: user,
    },
    async (req) => updateLetter(L, tenantContext(req), req.params.id, req.body),
  );

  api.delete(
    '/letters/:id',
    {
      schema: { operationId: 'deleteLetter', tags, params: IdParams, response: { 200: Ok } },
      onRequest: user,
    },
    async (req) => {
      await deleteLetter(L, tenantContext(req), req.params.id);
      return { ok: true as const };
    },
  );

  api.get(
    '/letters/:id/history',
    {
      schema: {
        operationId: 'getLetterHistory',
        tags,
        params: IdParams,
        response: { 200: z.array(LetterHistoryEntry) },
      },
      onRequest: user,
    },
    async (req) => getLetterHistory(L, tenantContext(req), req.params.id),
  );

  api.get(
    '/letters/:id/pdf',
    {
      schema: {
        operationId: 'downloadLetterPdf',
        tags,
        params: IdParams,
        querystring: RevisionQuery,
        description: 'The current revision of the letter PDF, or an earlier one with ?revision=N.',
      },
      onRequest: user,
    },
    async (req, reply) => {
      const f = await downloadLetterPdf(L, tenantContext(req), req.params.id, req.query.revision);
      reply.header('x-revision', String(f.revision));
      return sendFile(reply, f.bytes, f.fileName, 'application/pdf');
    },
  );

  api.get(
    '/letters/:id/attachments/:attachmentId',
    { schema: { operationId: 'downloadLetterAttachment', tags, params: AttachmentParams }, onRequest: user },
    async (req, reply) => {
      const f = await downloadLetterAttachment(L, tenantContext(req), req.params.id, req.params.attachmentId);
      return sendFile(reply, f.bytes, f.fileName, f.mediaType, 'attachment');
    },
  );

  api.get(
    '/letters/:id/route',
    {
      schema: { operationId: 'getLetterRoute', tags, params: IdParams, response: { 200: LetterRoute } },
      onRequest: user,
    },
    async (req) => getLetterRoute(L, tenantContext(req), req.params.id),
  );

  api.get(
    '/letters/:id/steps/:stepId/signature',
    { schema: { operationId: 'getStepSignature', tags, params: StepParams }, onRequest: user },
    async (req, reply) =>
      sendFile(
        reply,
        await getStepSignature(L, tenantContext(req), req.params.id, req.params.stepId),
        'signature.png',
        'image/png',
      ),
  );

  api.post(
    '/letters/:id/propose',
    {
      schema: {
        operationId: 'proposeLetter',
        tags,
        params: IdParams,
        body: ProposeBody,
        response: { 200: Letter },
      },
      onRequest: user,
    },
    async (req) => proposeLetter(L, tenantContext(req), req.params.id, req.body),
  );

  api.post(
    '/letters/:id/commands',
    {
      schema: {
        operationId: 'recordCommand',
        tags,
        params: IdParams,
        body: RecordCommandBody,
        response: { 200: Letter },
      },
      bodyLimit: 4 * 1024 * 1024,
      onRequest: user,
    },
    async (req) => recordCommand(L, tenantContext(req), req.params.id, req.body),
  );

  api.post(
    '/letters/:id/forward',
    {
      schema: {
        operationId: 'forwardLetter',
        tags,
        params: IdParams,
        body: ForwardBody,
        response: { 200: Letter },
      },
      onRequest: user,
    },
    async (req) => forwardLetter(L, tenantContext(req), req.params.id, req.body),
  );

  api.post(
    '/letters/:id/actions',
    {
      schema: {
        operationId: 'recordAction',
        tags,
        params: IdParams,
        body: ActionNoteBody,
        response: { 200: Letter },
      },
      onRequest: user,
    },
    async (req) => recordAction(L, tenantContext(req), req.params.id, req.body),
  );

  api.post(
    '/letters/:id/close',
    {
      schema: {
        operationId: 'closeLetter',
        tags,
        params: IdParams,
        body: CloseBody,
        response: { 200: Letter },
      },
      onRequest: user,
    },
    async (req) => closeLetter(L, tenantContext(req), req.params.id, req.body),
  );

  api.post(
    '/letters/:id/cancel',
    {
      schema: {
        operationId: 'cancelLetter',
        tags,
        params: IdParams,
        body: ReasonBody,
        response: { 200: Letter },
      },
      onRequest: user,
    },
    async (req) => cancelLetter(L, tenantContext(req), req.params.id, req.body),
  );
}
