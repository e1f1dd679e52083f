import { argon2Hasher } from './adapters/crypto/argon2-hasher.ts';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { localFileStore } from './adapters/files/local-file-store.ts';
import { sharpSignatureImages } from './adapters/images/signature-images.ts';
import { createPdfEngine } from './adapters/pdf/index.ts';
import { createLetterRenderer } from './adapters/pdf/letter/index.ts';
import { createPki } from './adapters/pki/index.ts';
import type { Config } from './config/config.ts';
import type { Db } from './db/client.ts';
import { createUnitOfWork } from './db/unit-of-work.ts';
import { systemClock, type Clock } from './domain/shared/context.ts';
import type { AppDeps } from './http/app-deps.ts';
import { paperChannel, platformChannel } from './domain/outgoing/channels.ts';

/** The one composition root: wires adapters and repositories into the use cases' dependencies. */
export async function createAppDeps(opts: { db: Db; config: Config; clock?: Clock }): Promise<AppDeps> {
  const core = { uow: createUnitOfWork(opts.db), passwords: argon2Hasher, clock: opts.clock ?? systemClock };
  const letters = {
    ...core,
    files: localFileStore(opts.config.filesDir),
    pdf: createPdfEngine(),
    signatures: sharpSignatureImages,
    limits: { maxFileBytes: opts.config.maxUploadBytes, maxFiles: 50, maxPages: 500 },
    pki: createPki({ masterKey: masterKeyOf(opts.config), tsaUrl: opts.config.tsaUrl }),
    publicUrl: opts.config.publicUrl,
  };
  return {
    core,
    letters,
    outgoing: {
      ...letters,
      renderer: createLetterRenderer(),
      channels: { platform: platformChannel(letters.files), paper: paperChannel },
    },
    config: opts.config,
    db: opts.db,
  };
}

/**
 * The master key: SARABAN_MASTER_KEY when set (production: from the secret store), otherwise a random key
 * made once and kept in the data directory (mode 0600) so the embedded default works out of the box.
 * Losing it makes every stored private key unusable; docs/operations.md says how to back it up.
 */
export function masterKeyOf(config: Config): Uint8Array;
export function masterKeyOf(config: Config, opts: { create: false }): Uint8Array | undefined;
export function masterKeyOf(config: Config, opts = { create: true }): Uint8Array | undefined {
  if (config.masterKey) {
    if (config.masterKey.length < 32) throw new Error('SARABAN_MASTER_KEY must hold at least 32 bytes');
    return config.masterKey;
  }
  const file = path.join(config.dataDir, 'master.key');
  if (!existsSync(file)) {
    if (!opts.create) return undefined;
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600);
  }
  return new Uint8Array(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64'));
}
