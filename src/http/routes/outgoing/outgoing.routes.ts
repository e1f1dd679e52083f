import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdParams, Ok, page } from '../../../../contracts/common.contract.ts';
import { ReasonBody, ReceiveBookQuery } from '../../../../contracts/letters.contract.ts';
import {
  DispatchBody,
  DispatchBook,
  EmblemBody,
  EmblemStatus,
  Salutation,
  SalutationBody,
  SalutationPatch,
  DraftContent,
  ExchangeAgency,
  OutgoingAttachmentParams,
  OutgoingLetter,
  OutgoingVersionContent,
  VersionParams,
  OutgoingQuery,
  OutgoingSummary,
  ReviewBody,
  SignLetterBody,
  SubmitDraftBody,
  UpdateDraftBody,
} from '../../../../contracts/outgoing.contract.ts';
import {
  addOutgoingAttachments,
  cancelOutgoing,
  deleteOutgoingAttachment,
  downloadOutgoingAttachment,
  createOutgoingDraft,
  deleteSalutation,
  listSalutations,
  saveSalutation,
  getAgencyEmblem,
  getAgencyEmblemImage,
  getDispatchBook,
  renderDispatchBookPdf,
  deleteOutgoingDraft,
  dispatchLetter,
  downloadOutgoingPdf,
  getOutgoing,
  getOutgoingVersion,
  listExchangeAgencies,
  listOutgoing,
  renderDraftPdf,
  reviewOutgoing,
  setOutgoingSourcePdf,
  setAgencyEmblem,
  signLetter,
  submitForSigning,
  updateOutgoingDraft,
} from '../../../domain/outgoing/index.ts';
import { type AppDeps, zod } from '../../app-deps.ts';
import { requirePrincipal, tenantContext } from '../../middleware/auth.ts';
import { readMultipart, readRequiredFile } from '../../multipart.ts';
import { sendFile } from '../letters/letters.routes.ts';

const tags = ['outgoing'];

/** Outgoing letters: drafts of the regulation's forms, preview, review and signing chain, dispatch. */
export function outgoingRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = zod(app);
  const user = requirePrincipal(deps.core, 'user');
  const O = deps.outgoing;

  api.post(
    '/outgoing',
    {
      schema: {
        operationId: 'createOutgoingDraft',
        tags,
        body: DraftContent,
        response: { 201: OutgoingLetter },
      },
      onRequest: user,
    },
    async (req, reply) => reply.status(201).send(await createOutgoingDraft(O, tenantContext(req), req.body)),
  );
  api.get(
    '/outgoing',
    {
      schema: {
        operationId: 'listOutgoing',
        tags,
        querystring: OutgoingQuery,
        response: { 200: page(OutgoingSummary) },
      },
      onRequest: user,
    },
    async (req) => listOutgoing(O, tenantContext(req), req.query),
  );
  api.get(
    '/outgoing/agencies',
    {
      schema: { operationId: 'listExchangeAgencies', tags, response: { 200: z.array(ExchangeAgency) } },
      onRequest: user,
    },
    async (req) => listExchangeAgencies(O, tenantContext(req)),
  );
  api.post(
    '/outgoing/render',
    {
      schema: {
        operationId: 'renderDraftPdf',
        tags,
        body: DraftContent,
        description: 'A live preview of unsaved draft content as PDF, marked ร่าง, without number or date.',
      },
      onRequest: user,
    },
    async (req, reply) =>
      sendFile(
        reply,
        await renderDraftPdf(O, tenantContext(req), req.body),
        'preview.pdf',
        'application/pdf',
      ),
  );
  api.get(
    '/salutations',
    {
      schema: { operationId: 'listSalutations', tags: ['outgoing'], response: { 200: z.array(Salutation) } },
      onRequest: user,
    },
    async (req) => listSalutations(O, tenantContext(req)),
  );
  api.post(
    '/salutations',
    {
      schema: {
        operationId: 'createSalutation',
        tags: ['outgoing'],
        body: SalutationBody,
        response: { 201: Salutation },
      },
      onRequest: user,
    },
    async (req, reply) => reply.status(201).send(await saveSalutation(O, tenantContext(req), null, req.body)),
  );
  api.patch(
    '/salutations/:id',
    {
      schema: {
        operationId: 'updateSalutation',
        tags: ['outgoing'],
        params: IdParams,
        body: SalutationPatch,
        response: { 200: Salutation },
      },
      onRequest: user,
    },
    async (req) => saveSalutation(O, tenantContext(req), req.params.id, req.body),
  );
  api.delete(
    '/salutations/:id',
    {
      schema: {
        operationId: 'deleteSalutation',
        tags: ['outgoing'],
        params: IdParams,
        response: { 200: Ok },
      },
      onRequest: user,
    },
    async (req) => {
      await deleteSalutation(O, tenantContext(req), req.params.id);
      return { ok: true as const };
    },
  );
  api.get(
    '/agency/emblem',
    {
      schema: { operationId: 'getAgencyEmblem', tags: ['agency'], response: { 200: EmblemStatus } },
      onRequest: user,
    },
    async (req) => getAgencyEmblem(O, tenantContext(req)),
  );
  api.get(
    '/agency/emblem.png',
    { schema: { operationId: 'getAgencyEmblemImage', tags: ['agency'] }, onRequest: user },
    async (req, reply) =>
      sendFile(reply, await getAgencyEmblemImage(O, tenantContext(req)), 'emblem.png', 'image/png'),
  );
  api.put(
    '/agency/emblem',
    {
      schema: {
        operationId: 'setAgencyEmblem',
        tags: ['agency'],
        body: EmblemBody,
        response: { 200: EmblemStatus },
      },
      bodyLimit: 4 * 1024 * 1024,
      onRequest: user,
    },
    async (req) => setAgencyEmblem(O, tenantContext(req), req.body.image),
  );
  api.delete(
    '/agency/emblem',
    {
      schema: { operationId: 'deleteAgencyEmblem', tags: ['agency'], response: { 200: EmblemStatus } },
      onRequest: user,
    },
    async (req) => setAgencyEmblem(O, tenantContext(req), null),
  );
  api.get(
    '/registers/:id/dispatch-book',
    {
      schema: {
        operationId: 'getDispatchBook',
        tags: ['registers'],
        params: IdParams,
        querystring: ReceiveBookQuery,
        response: { 200: DispatchBook },
      },
      onRequest: user,
    },
    async (req) => getDispatchBook(O, tenantContext(req), req.params.id, req.query.yearBE),
  );
  api.get(
    '/registers/:id/dispatch-book.pdf',
    {
      schema: {
        operationId: 'downloadDispatchBookPdf',
        tags: ['registers'],
        params: IdParams,
        querystring: ReceiveBookQuery,
      },
      onRequest: user,
    },
    async (req, reply) => {
      const f = await renderDispatchBookPdf(O, tenantContext(req), req.params.id, req.query.yearBE);
      return sendFile(reply, f.bytes, f.fileName, 'application/pdf');
    },
  );
  api.get(
    '/outgoing/:id',
    {
      schema: { operationId: 'getOutgoing', tags, params: IdParams, response: { 200: OutgoingLetter } },
      onRequest: user,
    },
    async (req) => getOutgoing(O, tenantContext(req), req.params.id),
  );
  api.get(
    '/outgoing/:id/versions/:version',
    {
      schema: {
        operationId: 'getOutgoingVersion',
        tags,
        params: VersionParams,
        response: { 200: OutgoingVersionContent },
      },
      onRequest: user,
    },
    async (req) => getOutgoingVersion(O, tenantContext(req), req.params.id, req.params.version),
  );
  api.patch(
    '/outgoing/:id',
    {
      schema: {
        operationId: 'updateOutgoingDraft',
        tags,
        params: IdParams,
        body: UpdateDraftBody,
        response: { 200: OutgoingLetter },
      },
      onRequest: user,
    },
    async (req) => updateOutgoingDraft(O, tenantContext(req), req.params.id, req.body),
  );
  api.delete(
    '/outgoing/:id',
    {
      schema: { operationId: 'deleteOutgoingDraft', tags, params: IdParams, response: { 200: Ok } },
      onRequest: user,
    },
    async (req) => {
      await deleteOutgoingDraft(O, tenantContext(req), req.params.id);
      return { ok: true as const };
    },
  );
  api.get(
    '/outgoing/:id/pdf',
    { schema: { operationId: 'downloadOutgoingPdf', tags, params: IdParams }, onRequest: user },
    async (req, reply) => {
      const f = await downloadOutgoingPdf(O, tenantContext(req), req.params.id);
      return sendFile(reply, f.bytes, f.fileName, 'application/pdf');
    },
  );
  api.post(
    '/outgoing/:id/attachments',
    {
      schema: {
        operationId: 'addOutgoingAttachments',
        tags,
        params: IdParams,
        consumes: ['multipart/form-data'],
        description: 'multipart/form-data with one or more file parts named "attachments".',
        response: { 200: OutgoingLetter },
      },
      onRequest: user,
    },
    async (req) => {
      const { files } = await readMultipart(req, deps.config.maxUploadBytes);
      return addOutgoingAttachments(
        O,
        tenantContext(req),
        req.params.id,
        files.filter((f) => f.field === 'attachments'),
      );
    },
  );
  api.put(
    '/outgoing/:id/document',
    {
      schema: {
        operationId: 'setOutgoingSourcePdf',
        tags,
        params: IdParams,
        consumes: ['multipart/form-data'],
        description:
          'A finished PDF made elsewhere, as the multipart file part "document", used instead of the rendered fields.',
        response: { 200: OutgoingLetter },
      },
      onRequest: user,
    },
    async (req) => {
      const doc = await readRequiredFile(req, deps.config.maxUploadBytes, 'document', 'PDF');
      return setOutgoingSourcePdf(O, tenantContext(req), req.params.id, doc);
    },
  );
  api.delete(
    '/outgoing/:id/document',
    {
      schema: {
        operationId: 'removeOutgoingSourcePdf',
        tags,
        params: IdParams,
        response: { 200: OutgoingLetter },
      },
      onRequest: user,
    },
    async (req) => setOutgoingSourcePdf(O, tenantContext(req), req.params.id, null),
  );
  api.get(
    '/outgoing/:id/attachments/:attachmentId',
    {
      schema: { operationId: 'downloadOutgoingAttachment', tags, params: OutgoingAttachmentParams },
      onRequest: user,
    },
    async (req, reply) => {
      const f = await downloadOutgoingAttachment(
        O,
        tenantContext(req),
        req.params.id,
        req.params.attachmentId,
      );
      return sendFile(reply, f.bytes, f.fileName, f.mediaType, 'attachment');
    },
  );
  api.delete(
    '/outgoing/:id/attachments/:attachmentId',
    {
      schema: {
        operationId: 'deleteOutgoingAttachment',
        tags,
        params: OutgoingAttachmentParams,
        response: { 200: OutgoingLetter },
      },
      onRequest: user,
    },
    async (req) => deleteOutgoingAttachment(O, tenantContext(req), req.params.id, req.params.attachmentId),
  );
  api.post(
    '/outgoing/:id/submit',
    {
      schema: {
        operationId: 'submitForSigning',
        tags,
        params: IdParams,
        body: SubmitDraftBody,
        response: { 200: OutgoingLetter },
      },
      onRequest: user,
    },
    async (req) => submitForSigning(O, tenantContext(req), req.params.id, req.body),
  );
  api.post(
    '/outgoing/:id/review',
    {
      schema: {
        operationId: 'reviewOutgoing',
        tags,
        params: IdParams,
        body: ReviewBody,
        response: { 200: OutgoingLetter },
      },
      onRequest: user,
    },
    async (req) => reviewOutgoing(O, tenantContext(req), req.params.id, req.body),
  );
  api.post(
    '/outgoing/:id/sign',
    {
      schema: {
        operationId: 'signLetter',
        tags,
        params: IdParams,
        body: SignLetterBody,
        response: { 200: OutgoingLetter },
      },
      bodyLimit: 4 * 1024 * 1024,
      onRequest: user,
    },
    async (req) => signLetter(O, tenantContext(req), req.params.id, req.body),
  );
  api.post(
    '/outgoing/:id/dispatch',
    {
      schema: {
        operationId: 'dispatchLetter',
        tags,
        params: IdParams,
        body: DispatchBody,
        response: { 200: OutgoingLetter },
      },
      onRequest: user,
    },
    async (req) => dispatchLetter(O, tenantContext(req), req.params.id, req.body),
  );
  api.post(
    '/outgoing/:id/cancel',
    {
      schema: {
        operationId: 'cancelOutgoing',
        tags,
        params: IdParams,
        body: ReasonBody,
        response: { 200: OutgoingLetter },
      },
      onRequest: user,
    },
    async (req) => cancelOutgoing(O, tenantContext(req), req.params.id, req.body),
  );
}
