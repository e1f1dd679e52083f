/**
 * `saraban verify <file.pdf>`: the verification report of a signed PDF as JSON on stdout, a one-line
 * verdict on stderr, and the exit code 0 (valid) or 1 (not valid).
 *
 * Trust: the CAs of the agencies the signatures name and what they revoked, read from the service's database, plus
 * the roots given with --ca and the CRLs given with --crl. With --offline the database is not opened and
 * only --ca and --crl count. The watermarks of signature images are checked when the master key is at
 * hand (SARABAN_MASTER_KEY or the data directory's master.key); otherwise they are reported not-checked.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { VerificationReport } from '../../contracts/signing.contract.ts';
import { createKeyVault } from '../adapters/pki/key-vault.ts';
import { pemBlocks } from '../adapters/pki/pem.ts';
import { verifyPdfSignatures } from '../adapters/pki/verify-pdf.ts';
import { PdfInputError } from '../domain/letters/pdf-port.ts';
import { masterKeyOf } from '../composition.ts';
import { loadConfig } from '../config/config.ts';
import { connectDatabase, type Database } from '../db/connect.ts';
import { createUnitOfWork } from '../db/unit-of-work.ts';
import type { TrustSource } from '../domain/signing/ports.ts';
import { trustFor } from '../domain/signing/verify.ts';

export const VERIFY_USAGE = `saraban verify <file.pdf>... [--ca root.pem]... [--crl list.crl]... [--offline]

  Prints the verification report as JSON (an array for several files); exit 0 when every signature of every
  file is valid, 1 when one is not, 2 when a file cannot be read as a PDF. --ca and --crl take PEM or DER
  files and may repeat.`;

async function readAll(files: string[] | undefined, label: string): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for (const f of files ?? []) {
    const bytes = new Uint8Array(await readFile(f));
    const blocks = pemBlocks(bytes, label);
    out.push(...(blocks.length > 0 ? blocks : [bytes]));
  }
  return out;
}

/** The service's trust for the agencies a PDF names, from its database (opened once, on first need). */
function serviceTrust(): { source: TrustSource; close(): Promise<void> } {
  let database: Promise<Database> | undefined;
  return {
    source: async (named) => {
      database ??= connectDatabase(loadConfig());
      const uow = createUnitOfWork((await database).db);
      return uow.read((r) => trustFor(r, null, named));
    },
    close: async () => {
      if (database) await (await database).close();
    },
  };
}

/** Runs `saraban verify`; returns the exit code. */
export async function verifyCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ca: { type: 'string', multiple: true },
      crl: { type: 'string', multiple: true },
      offline: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (positionals.length === 0) {
    console.error(VERIFY_USAGE);
    return 2;
  }
  const anchors = await readAll(values.ca, 'CERTIFICATE');
  const crls = await readAll(values.crl, 'X509 CRL');
  const service = values.offline ? undefined : serviceTrust();
  const trust: TrustSource = async (named) => {
    const base = service ? await service.source(named) : { anchors: [], revoked: [] };
    return { ...base, anchors: [...base.anchors, ...anchors], crls };
  };
  const masterKey = masterKeyOf(loadConfig(), { create: false });
  const vault = masterKey ? createKeyVault(masterKey) : undefined;

  const results: unknown[] = [];
  let exit = 0;
  try {
    for (const file of positionals) {
      const { result, code } = await verifyFile(file, trust, vault && ((t) => vault.watermarkKey(t)));
      results.push(result);
      exit = Math.max(exit, code);
    }
  } finally {
    await service?.close();
  }
  console.log(JSON.stringify(results.length === 1 ? results[0] : results, null, 2));
  return exit;
}

/** One file's report (or why it is not a PDF) and its exit code; the verdict goes to stderr. */
async function verifyFile(
  file: string,
  trust: TrustSource,
  watermarkKey: ((tenantId: string) => Uint8Array) | undefined,
): Promise<{ result: unknown; code: number }> {
  const pdf = new Uint8Array(await readFile(file));
  let report: VerificationReport;
  try {
    report = await verifyPdfSignatures(pdf, trust, { watermarkKey });
  } catch (err) {
    if (!(err instanceof PdfInputError)) throw err;
    console.error(`${file}: ${err.message}`);
    return { result: { file, valid: false, error: err.problem, message: err.message }, code: 2 };
  }
  console.error(
    report.valid
      ? `${file}: ถูกต้อง / valid (${report.signatureCount} signatures)`
      : `${file}: ไม่ถูกต้อง / not valid: ${report.problems.join('; ')}`,
  );
  return { result: { file, ...report }, code: report.valid ? 0 : 1 };
}
