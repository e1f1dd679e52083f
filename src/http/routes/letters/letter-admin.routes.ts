import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdParams, Ok, page } from '../../../../contracts/common.contract.ts';
import {
  CommandPreset,
  CommandPresetBody,
  LetterView,
  LetterViewQuery,
  MyCapacities,
  ReceiveBook,
  ReceiveBookQuery,
  SignatureBody,
  SignatureStatus,
} from '../../../../contracts/letters.contract.ts';
import {
  createCommandPreset,
  deleteCommandPreset,
  getMyCapacities,
  getMySignature,
  getMySignatureImage,
  getReceiveBook,
  listCommandPresets,
  listLetterViews,
  renderReceiveBookPdf,
  setMySignature,
  updateCommandPreset,
} from '../../../domain/letters/index.ts';
import { type AppDeps, zod } from '../../app-deps.ts';
import { requirePrincipal, tenantContext } from '../../middleware/auth.ts';
import { sendFile } from './letters.routes.ts';

/** Command presets, who-viewed search, the receive register book, and the user's signature and capacities. */
export function letterAdminRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = zod(app);
  const user = requirePrincipal(deps.core, 'user');
  const L = deps.letters;

  api.get(
    '/command-presets',
    {
      schema: {
        operationId: 'listCommandPresets',
        tags: ['letters'],
        response: { 200: z.array(CommandPreset) },
      },
      onRequest: user,
    },
    async (req) => listCommandPresets(L, tenantContext(req)),
  );
  api.post(
    '/command-presets',
    {
      schema: {
        operationId: 'createCommandPreset',
        tags: ['letters'],
        body: CommandPresetBody,
        response: { 201: CommandPreset },
      },
      onRequest: user,
    },
    async (req, reply) => reply.status(201).send(await createCommandPreset(L, tenantContext(req), req.body)),
  );
  api.patch(
    '/command-presets/:id',
    {
      schema: {
        operationId: 'updateCommandPreset',
        tags: ['letters'],
        params: IdParams,
        body: CommandPresetBody.partial(),
        response: { 200: CommandPreset },
      },
      onRequest: user,
    },
    async (req) => updateCommandPreset(L, tenantContext(req), req.params.id, req.body),
  );
  api.delete(
    '/command-presets/:id',
    {
      schema: {
        operationId: 'deleteCommandPreset',
        tags: ['letters'],
        params: IdParams,
        response: { 200: Ok },
      },
      onRequest: user,
    },
    async (req) => {
      await deleteCommandPreset(L, tenantContext(req), req.params.id);
      return { ok: true as const };
    },
  );

  api.get(
    '/letter-views',
    {
      schema: {
        operationId: 'listLetterViews',
        tags: ['letters'],
        querystring: LetterViewQuery,
        response: { 200: page(LetterView) },
      },
      onRequest: user,
    },
    async (req) => listLetterViews(L, tenantContext(req), req.query),
  );

  api.get(
    '/registers/:id/receive-book',
    {
      schema: {
        operationId: 'getReceiveBook',
        tags: ['registers'],
        params: IdParams,
        querystring: ReceiveBookQuery,
        response: { 200: ReceiveBook },
      },
      onRequest: user,
    },
    async (req) => getReceiveBook(L, tenantContext(req), req.params.id, req.query.yearBE),
  );
  api.get(
    '/registers/:id/receive-book.pdf',
    {
      schema: {
        operationId: 'downloadReceiveBookPdf',
        tags: ['registers'],
        params: IdParams,
        querystring: ReceiveBookQuery,
      },
      onRequest: user,
    },
    async (req, reply) => {
      const f = await renderReceiveBookPdf(L, tenantContext(req), req.params.id, req.query.yearBE);
      return sendFile(reply, f.bytes, f.fileName, 'application/pdf');
    },
  );

  api.get(
    '/account/signature',
    {
      schema: { operationId: 'getMySignature', tags: ['account'], response: { 200: SignatureStatus } },
      onRequest: user,
    },
    async (req) => getMySignature(L, tenantContext(req)),
  );
  api.get(
    '/account/signature.png',
    { schema: { operationId: 'getMySignatureImage', tags: ['account'] }, onRequest: user },
    async (req, reply) =>
      sendFile(reply, await getMySignatureImage(L, tenantContext(req)), 'signature.png', 'image/png'),
  );
  api.put(
    '/account/signature',
    {
      schema: {
        operationId: 'setMySignature',
        tags: ['account'],
        body: SignatureBody,
        response: { 200: SignatureStatus },
      },
      bodyLimit: 4 * 1024 * 1024,
      onRequest: user,
    },
    async (req) => setMySignature(L, tenantContext(req), req.body.image),
  );
  api.delete(
    '/account/signature',
    {
      schema: { operationId: 'deleteMySignature', tags: ['account'], response: { 200: SignatureStatus } },
      onRequest: user,
    },
    async (req) => setMySignature(L, tenantContext(req), null),
  );
  api.get(
    '/account/capacities',
    {
      schema: { operationId: 'getMyCapacities', tags: ['account'], response: { 200: MyCapacities } },
      onRequest: user,
    },
    async (req) => getMyCapacities(L, tenantContext(req)),
  );
}
