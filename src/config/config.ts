import path from 'node:path';
import { z } from 'zod';

/** Runtime configuration, parsed once at start-up from the environment. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedDbPort: number;
  demo: boolean;
  logLevel: string;
  secureCookies: boolean;
  operatorPassword: string | undefined;
  webDist: string;
  /** Where letter PDFs and attachments are kept (content-addressed). */
  filesDir: string;
  /** Largest single uploaded file, in bytes. */
  maxUploadBytes: number;
  /** Seals private keys at rest and keys the signature-image watermark; from SARABAN_MASTER_KEY, else a key file in the data directory. */
  masterKey: Uint8Array | undefined;
  /** The address users and verifiers reach the service at (QR codes, CRL and CA URLs). */
  publicUrl: string;
  /** An RFC 3161 time-stamp authority for PAdES B-T; none = B-B signatures. */
  tsaUrl: string | undefined;
}

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  SARABAN_DATA_DIR: z.string().default('data'),
  SARABAN_DB_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  SARABAN_DEMO: z.enum(['0', '1']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SARABAN_SECURE_COOKIES: z.enum(['0', '1']).default('0'),
  SARABAN_OPERATOR_PASSWORD: z.string().min(10).optional(),
  SARABAN_FILES_DIR: z.string().optional(),
  SARABAN_MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(500).default(25),
  SARABAN_MASTER_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/=_-]{43,}$/, 'base64 of at least 32 random bytes (openssl rand -base64 32)')
    .optional(),
  SARABAN_PUBLIC_URL: z.string().url().optional(),
  SARABAN_TSA_URL: z.string().url().optional(),
});

/** Reads the environment and fails fast with a readable message when a value is wrong. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${lines}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.SARABAN_DATA_DIR),
    embeddedDbPort: e.SARABAN_DB_PORT,
    // The demo agency is seeded on the embedded default unless switched off; never by default on an external DB.
    demo: e.SARABAN_DEMO ? e.SARABAN_DEMO === '1' : !e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    secureCookies: e.SARABAN_SECURE_COOKIES === '1',
    operatorPassword: e.SARABAN_OPERATOR_PASSWORD,
    webDist: path.resolve('web/dist'),
    filesDir: path.resolve(e.SARABAN_FILES_DIR ?? path.join(e.SARABAN_DATA_DIR, 'files')),
    maxUploadBytes: e.SARABAN_MAX_UPLOAD_MB * 1024 * 1024,
    masterKey: e.SARABAN_MASTER_KEY ? new Uint8Array(Buffer.from(e.SARABAN_MASTER_KEY, 'base64')) : undefined,
    publicUrl: (e.SARABAN_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    tsaUrl: e.SARABAN_TSA_URL,
  };
}
