import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import type { AppDeps } from './app-deps.ts';
import { handleError, sendError } from './errors.ts';
import { registerRoutes } from './routes/index.ts';
import { publicSigningRoutes } from './routes/signing/signing.routes.ts';

/** Builds the Fastify app: security headers, request ids, the error shape, OpenAPI, the API and the web app. */
export async function buildServer(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      deps.config.logLevel === 'silent'
        ? false
        : { level: deps.config.logLevel, redact: ['req.headers.cookie', 'req.headers.authorization'] },
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: 1_048_576,
    trustProxy: true,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        // The draft editor shows its live PDF preview from a blob: URL in a frame.
        frameSrc: ["'self'", 'blob:'],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
    hsts: deps.config.secureCookies,
  });
  await app.register(cookie);
  // Uploads (letters, scans, attachments): parts are read as streams with per-file and per-request limits.
  await app.register(multipart, {
    // Keep the name as sent, so a name that is a path (../x.pdf) reaches the domain's check and is refused.
    preservePath: true,
    limits: { fileSize: deps.config.maxUploadBytes, files: 50, fields: 10, fieldSize: 256 * 1024, parts: 70 },
  });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Saraban API', description: 'ระบบสารบรรณอิเล็กทรอนิกส์ — JSON API', version: '0.1.0' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'saraban_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  app.get('/api/health', { schema: { hide: true } }, async (_req, reply) => {
    await sql`select 1`.execute(deps.db);
    return reply.send({ status: 'ok' });
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(async (api) => registerRoutes(api, deps), { prefix: '/api/v1' });
  await app.register(async (pub) => publicSigningRoutes(pub, deps));

  const webDist = deps.config.webDist;
  if (existsSync(webDist)) {
    // Hashed build assets never change: cache them for a year. Other files (index.html, sw.js) are revalidated.
    await app.register(fastifyStatic, {
      root: webDist,
      index: false,
      setHeaders: (reply, filePath) => {
        reply.header(
          'cache-control',
          filePath.includes(`${path.sep}assets${path.sep}`)
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        );
      },
    });
  }
  const sendIndex = (reply: FastifyReply) =>
    reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
  if (existsSync(webDist)) app.get('/', { schema: { hide: true } }, (_req, reply) => sendIndex(reply));
  app.setNotFoundHandler((req, reply) => {
    // A missing API route or build asset is a real 404: a page still open on an old build must not get HTML
    // for the script it asks for.
    const isFile = req.url.startsWith('/assets/') || /\.[a-z0-9]{2,5}(\?|$)/i.test(req.url);
    if (req.url.startsWith('/api/') || isFile || !existsSync(webDist) || req.method !== 'GET') {
      return sendError(req, reply, 'NOT_FOUND');
    }
    // Single-page app: every other GET gets index.html and the client router takes over.
    return sendIndex(reply);
  });
  return app;
}
