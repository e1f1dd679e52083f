import { argon2Hasher } from './adapters/crypto/argon2-hasher.ts';
import { localFileStore } from './adapters/files/local-file-store.ts';
import { sharpSignatureImages } from './adapters/images/signature-images.ts';
import { createPdfEngine } from './adapters/pdf/index.ts';
import { createLetterRenderer } from './adapters/pdf/letter/index.ts';
import type { Config } from './config/config.ts';
import type { Db } from './db/client.ts';
import { createUnitOfWork } from './db/unit-of-work.ts';
import { systemClock, type Clock } from './domain/shared/context.ts';
import type { AppDeps } from './http/app-deps.ts';
import { paperChannel, platformChannel } from './domain/outgoing/channels.ts';
import { electronicSigner } from './domain/outgoing/ports.ts';

/** The one composition root: wires adapters and repositories into the use cases' dependencies. */
export async function createAppDeps(opts: { db: Db; config: Config; clock?: Clock }): Promise<AppDeps> {
  const core = { uow: createUnitOfWork(opts.db), passwords: argon2Hasher, clock: opts.clock ?? systemClock };
  const letters = {
    ...core,
    files: localFileStore(opts.config.filesDir),
    pdf: createPdfEngine(),
    signatures: sharpSignatureImages,
    limits: { maxFileBytes: opts.config.maxUploadBytes, maxFiles: 50, maxPages: 500 },
  };
  return {
    core,
    letters,
    outgoing: {
      ...letters,
      renderer: createLetterRenderer(),
      signer: electronicSigner,
      channels: { platform: platformChannel(letters.files), paper: paperChannel },
    },
    config: opts.config,
    db: opts.db,
  };
}
