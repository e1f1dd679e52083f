import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { IdParams, Ok } from '../../../../contracts/common.contract.ts';
import { SignatureBody, SignatureStatus } from '../../../../contracts/letters.contract.ts';
import {
  AddTrustAnchorBody,
  AgencyCaView,
  CertificateView,
  ImportCertificateBody,
  IssueCertificateBody,
  PublicVerification,
  RevokeCertificateBody,
  TrustAnchorView,
  VerificationReport,
} from '../../../../contracts/signing.contract.ts';
import { getMySignature, getMySignatureImage, setMySignature } from '../../../domain/letters/index.ts';
import {
  addTrustAnchor,
  deleteTrustAnchor,
  getAgencyCa,
  importCertificate,
  issueUserCertificate,
  listCertificates,
  listTrustAnchors,
  publishedPki,
  revokeCertificate,
  verifyByCode,
  verifyPdf,
} from '../../../domain/signing/index.ts';
import { type AppDeps, zod } from '../../app-deps.ts';
import { requirePrincipal, tenantContext } from '../../middleware/auth.ts';
import { readRequiredFile } from '../../multipart.ts';
import { sendFile } from '../letters/letters.routes.ts';

const tags = ['signatures'];
const Items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
const UserParams = z.object({ userId: z.uuid() });

/** The PDF of a verification upload (multipart part `file`). */
async function uploadedPdf(req: FastifyRequest, maxBytes: number): Promise<Uint8Array> {
  return (await readRequiredFile(req, maxBytes, 'file', 'PDF')).bytes;
}

/** Certificates (internal CA, imports, revocation), trust anchors, signature images by the admin, verification. */
export function signingRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = zod(app);
  const user = requirePrincipal(deps.core, 'user');
  const L = deps.letters;

  api.get(
    '/pki/ca',
    { schema: { operationId: 'getAgencyCa', tags, response: { 200: AgencyCaView } }, onRequest: user },
    async (req) => getAgencyCa(L, tenantContext(req)),
  );
  api.get(
    '/certificates',
    {
      schema: {
        operationId: 'listCertificates',
        tags,
        querystring: z.object({ userId: z.uuid().optional() }),
        response: { 200: Items(CertificateView) },
      },
      onRequest: user,
    },
    async (req) => listCertificates(L, tenantContext(req), { userId: req.query.userId }),
  );
  api.post(
    '/users/:userId/certificates',
    {
      schema: {
        operationId: 'issueUserCertificate',
        tags,
        params: UserParams,
        body: IssueCertificateBody,
        response: { 201: CertificateView },
        description: 'สร้าง Internal Certificate: a signing certificate for the user from the agency CA.',
      },
      onRequest: user,
    },
    async (req, reply) =>
      reply.status(201).send(await issueUserCertificate(L, tenantContext(req), req.params.userId, req.body)),
  );
  api.post(
    '/users/:userId/certificates/import',
    {
      schema: {
        operationId: 'importUserCertificate',
        tags,
        params: UserParams,
        body: ImportCertificateBody,
        response: { 201: CertificateView },
      },
      bodyLimit: 3 * 1024 * 1024,
      onRequest: user,
    },
    async (req, reply) =>
      reply.status(201).send(await importCertificate(L, tenantContext(req), req.params.userId, req.body)),
  );
  api.post(
    '/certificates/:id/revoke',
    {
      schema: {
        operationId: 'revokeCertificate',
        tags,
        params: IdParams,
        body: RevokeCertificateBody,
        response: { 200: CertificateView },
      },
      onRequest: user,
    },
    async (req) => revokeCertificate(L, tenantContext(req), req.params.id, req.body.reason),
  );
  api.get(
    '/account/certificates',
    {
      schema: { operationId: 'listMyCertificates', tags, response: { 200: Items(CertificateView) } },
      onRequest: user,
    },
    async (req) => listCertificates(L, tenantContext(req), { mine: true }),
  );
  api.post(
    '/account/certificates/import',
    {
      schema: {
        operationId: 'importMyCertificate',
        tags,
        body: ImportCertificateBody,
        response: { 201: CertificateView },
      },
      bodyLimit: 3 * 1024 * 1024,
      onRequest: user,
    },
    async (req, reply) =>
      reply.status(201).send(await importCertificate(L, tenantContext(req), 'me', req.body)),
  );
  api.get(
    '/pki/trust-anchors',
    {
      schema: { operationId: 'listTrustAnchors', tags, response: { 200: Items(TrustAnchorView) } },
      onRequest: user,
    },
    async (req) => listTrustAnchors(L, tenantContext(req)),
  );
  api.post(
    '/pki/trust-anchors',
    {
      schema: {
        operationId: 'addTrustAnchor',
        tags,
        body: AddTrustAnchorBody,
        response: { 201: Items(TrustAnchorView) },
      },
      onRequest: user,
    },
    async (req, reply) =>
      reply.status(201).send(await addTrustAnchor(L, tenantContext(req), req.body.certificate)),
  );
  api.delete(
    '/pki/trust-anchors/:id',
    {
      schema: { operationId: 'deleteTrustAnchor', tags, params: IdParams, response: { 200: Ok } },
      onRequest: user,
    },
    async (req) => {
      await deleteTrustAnchor(L, tenantContext(req), req.params.id);
      return { ok: true as const };
    },
  );
  api.put(
    '/users/:userId/signature',
    {
      schema: {
        operationId: 'importUserSignature',
        tags,
        params: UserParams,
        body: SignatureBody,
        response: { 200: SignatureStatus },
        description: 'นำเข้าลายเซ็น: the agency admin stores a signature image for a user.',
      },
      bodyLimit: 4 * 1024 * 1024,
      onRequest: user,
    },
    async (req) => setMySignature(L, tenantContext(req), req.body.image, req.params.userId),
  );
  api.get(
    '/users/:userId/signature',
    {
      schema: {
        operationId: 'getUserSignature',
        tags,
        params: UserParams,
        response: { 200: SignatureStatus },
        description: "Whether a user has a stored signature image (the agency admin's view).",
      },
      onRequest: user,
    },
    async (req) => getMySignature(L, tenantContext(req), req.params.userId),
  );
  api.get(
    '/users/:userId/signature.png',
    {
      schema: {
        operationId: 'getUserSignatureImage',
        tags,
        params: UserParams,
        description: "A user's stored signature image, for the agency admin; each read is audited.",
      },
      onRequest: user,
    },
    async (req, reply) =>
      sendFile(
        reply,
        await getMySignatureImage(L, tenantContext(req), req.params.userId),
        'signature.png',
        'image/png',
      ),
  );
  api.delete(
    '/users/:userId/signature',
    {
      schema: {
        operationId: 'deleteUserSignature',
        tags,
        params: UserParams,
        response: { 200: SignatureStatus },
        description: "Removes a user's stored signature image (the agency admin).",
      },
      onRequest: user,
    },
    async (req) => setMySignature(L, tenantContext(req), null, req.params.userId),
  );
  api.post(
    '/verify',
    {
      schema: {
        operationId: 'verifyPdf',
        tags,
        consumes: ['multipart/form-data'],
        response: { 200: VerificationReport },
        description: 'Verifies every signature of an uploaded PDF (multipart field `file`).',
      },
      onRequest: user,
    },
    async (req) => verifyPdf(L, tenantContext(req), await uploadedPdf(req, L.limits.maxFileBytes)),
  );
}

/** Without login: the QR page's data, and the agencies' CA certificates and CRLs. */
export function publicSigningRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = zod(app);
  const L = deps.letters;
  const CodeParams = z.object({ code: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/) });
  api.get(
    '/api/public/verify/:code',
    {
      schema: {
        operationId: 'getPublicVerification',
        tags,
        params: CodeParams,
        response: { 200: PublicVerification },
      },
      config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
    },
    async (req) => verifyByCode(L, req.params.code, undefined, { ip: req.ip, requestId: req.id }),
  );
  api.post(
    '/api/public/verify/:code',
    {
      schema: {
        operationId: 'verifyPublicCopy',
        tags,
        params: CodeParams,
        consumes: ['multipart/form-data'],
        response: { 200: PublicVerification },
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (req) =>
      verifyByCode(L, req.params.code, await uploadedPdf(req, L.limits.maxFileBytes), {
        ip: req.ip,
        requestId: req.id,
      }),
  );
  const Slug = z.object({ slug: z.string().min(1).max(64) });
  api.get('/pki/:slug/crl', { schema: { hide: true, params: Slug } }, async (req, reply) =>
    reply
      .type('application/pkix-crl')
      .header('cache-control', 'public, max-age=300')
      .send(Buffer.from(await publishedPki(L, req.params.slug, 'crl'))),
  );
  api.get('/pki/:slug/ca.crt', { schema: { hide: true, params: Slug } }, async (req, reply) =>
    reply
      .type('application/pkix-cert')
      .header('cache-control', 'public, max-age=3600')
      .send(Buffer.from(await publishedPki(L, req.params.slug, 'ca'))),
  );
}
