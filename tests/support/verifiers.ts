/**
 * Independent verifiers for signed PDFs, built on the Debian command-line tools (see
 * docs: shared reference interop-signature.md §5):
 *
 * - poppler `pdfsig` (22.12): signature integrity, certificate trust through an NSS database, and
 *   `-add-signature` as an independent second signer;
 * - `openssl cms`: re-verifies the CMS of any /ByteRange and lists its signed/unsigned attributes;
 * - `qpdf --check`: structural check;
 * - `certutil` / `pk12util` (libnss3-tools): throw-away NSS databases;
 * - `openssl req|ca|pkcs12`: throw-away CAs and signer identities (PEM + PKCS#12).
 *
 * Every tool runs through `spawnSync` with explicit arguments (no shell). A tool that cannot run, or that
 * fails at a step that is not itself a verification, throws an Error carrying its stderr; a verification
 * that merely fails is reported in the result.
 */
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// ---------------------------------------------------------------------------------------------------
// Plumbing
// ---------------------------------------------------------------------------------------------------

interface ToolResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Fixed C.UTF-8 locale so tool output does not depend on the caller's environment. */
const TOOL_ENV = { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' };

/** Runs a tool; throws only when it could not be started at all (missing binary, timeout, …). */
function run(cmd: string, args: string[]): ToolResult {
  const r: SpawnSyncReturns<string> = spawnSync(cmd, args, {
    encoding: 'utf8',
    env: TOOL_ENV,
    input: '', // never wait for an interactive prompt
    maxBuffer: 256 * 1024 * 1024,
    timeout: 120_000,
  });
  if (r.error) throw new Error(`${cmd} could not be run: ${r.error.message}`);
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** Runs a tool that must succeed; throws with its stderr (and stdout) otherwise. */
function runOk(cmd: string, args: string[]): ToolResult {
  const r = run(cmd, args);
  if (r.status !== 0) {
    throw new Error(
      `${cmd} ${args[0] ?? ''} failed (exit ${r.status}): ${r.stderr.trim() || r.stdout.trim() || '(no output)'}`,
    );
  }
  return r;
}

function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `saraban-${prefix}-`));
}

function withTempDir<T>(prefix: string, fn: (dir: string) => T): T {
  const dir = tempDir(prefix);
  try {
    return fn(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Directories removed when the process exits (the caller may remove them earlier). */
const removeAtExit = new Set<string>();
let exitHookInstalled = false;
function registerForRemoval(dir: string): void {
  removeAtExit.add(dir);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const d of removeAtExit) {
      try {
        fs.rmSync(d, { recursive: true, force: true });
      } catch {
        // best effort at exit
      }
    }
  });
}

/** A file's bytes as a plain Uint8Array (not a Buffer), so deepStrictEqual against other bytes works. */
function readBytes(file: string): Uint8Array {
  const b = fs.readFileSync(file);
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

function nssArg(dir: string): string {
  return dir.startsWith('sql:') ? dir : `sql:${dir}`;
}

/** Splits a PEM bundle into its individual certificates (each with BEGIN/END lines). */
function splitPemCertificates(pem: string): string[] {
  const certs = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  return certs.map((c) => `${c}\n`);
}

// ---------------------------------------------------------------------------------------------------
// pdfsig
// ---------------------------------------------------------------------------------------------------

export interface PdfsigSignature {
  index: number; // 1-based as pdfsig prints "Signature #1"
  signerCommonName: string | null;
  signingTime: string | null;
  hashAlgorithm: string | null;
  signatureType: string | null; // e.g. "ETSI.CAdES.detached"
  signedRanges: string | null;
  totalDocumentSigned: boolean; // "Total document signed" vs "Not total document signed"
  signatureValidation: string | null; // the text after "Signature Validation: "
  certificateValidation: string | null;
  valid: boolean; // signatureValidation === 'Signature is Valid.'
}

/**
 * Parses pdfsig 22.12 output, e.g.
 *
 *     Digital Signature Info of: in.pdf
 *     Signature #1:
 *       - Signature Field Name: 27EFC1CBDD683B7F94EAF5634D172356
 *       - Signer Certificate Common Name: นายทดสอบ ลงนาม
 *       - Signer full Distinguished Name: O=Test,CN=นายทดสอบ ลงนาม
 *       - Signing Time: Nov 25 2026 21:47:30
 *       - Signing Hash Algorithm: SHA-256
 *       - Signature Type: adbe.pkcs7.detached
 *       - Signed Ranges: [0 - 535394], [539958 - 540296]
 *       - Total document signed
 *       - Signature Validation: Signature is Valid.
 *       - Certificate Validation: Certificate is Trusted.
 */
export function parsePdfsigOutput(text: string): PdfsigSignature[] {
  const parts = text.split(/^Signature #(\d+):[ \t]*$/m);
  const out: PdfsigSignature[] = [];
  for (let i = 1; i + 1 < parts.length; i += 2) {
    const fields = new Map<string, string>();
    let total = false;
    for (const raw of (parts[i + 1] ?? '').split('\n')) {
      const m = /^\s*-\s+(.*?)\s*$/.exec(raw);
      if (!m?.[1]) continue;
      const line = m[1];
      if (line === 'Total document signed') {
        total = true;
        continue;
      }
      if (line === 'Not total document signed') continue;
      const sep = line.indexOf(': ');
      if (sep > 0) fields.set(line.slice(0, sep), line.slice(sep + 2));
      else if (line.endsWith(':')) fields.set(line.slice(0, -1), '');
    }
    const get = (k: string) => fields.get(k) ?? null;
    const signatureValidation = get('Signature Validation');
    out.push({
      index: Number(parts[i]),
      signerCommonName: get('Signer Certificate Common Name'),
      signingTime: get('Signing Time'),
      hashAlgorithm: get('Signing Hash Algorithm'),
      signatureType: get('Signature Type'),
      signedRanges: get('Signed Ranges'),
      totalDocumentSigned: total,
      signatureValidation,
      certificateValidation: get('Certificate Validation'),
      valid: signatureValidation === 'Signature is Valid.',
    });
  }
  return out;
}

/** Runs pdfsig on the bytes (writes a temp file), parses every signature block. pdfsig exits 0 even for invalid signatures, so parse the text. With nssDir, runs `pdfsig -nssdir sql:<dir>` so the chain can be trusted. Returns [] for "File 'x' does not contain any signatures". */
export function pdfsig(pdf: Uint8Array, opts: { nssDir?: string } = {}): PdfsigSignature[] {
  return withTempDir('pdfsig', (dir) => {
    const file = path.join(dir, 'in.pdf');
    fs.writeFileSync(file, pdf);
    const args = opts.nssDir ? ['-nssdir', nssArg(opts.nssDir), file] : [file];
    const r = run('pdfsig', args);
    // pdfsig exits 2 for an unsigned file.
    if (/^File '.*' does not contain any signatures\s*$/m.test(r.stdout)) return [];
    if (r.status !== 0) {
      throw new Error(`pdfsig failed (exit ${r.status}): ${r.stderr.trim() || r.stdout.trim()}`);
    }
    const sigs = parsePdfsigOutput(r.stdout);
    if (sigs.length === 0) throw new Error(`pdfsig printed no signature blocks:\n${r.stdout}\n${r.stderr}`);
    return sigs;
  });
}

/** Nicknames of the certificates with a private key in an NSS database (`pdfsig -list-nicks`). */
export function listNssNicknames(nssDir: string): string[] {
  const r = runOk('pdfsig', ['-nssdir', nssArg(nssDir), '-list-nicks']);
  return r.stdout
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/^Certificate nicknames available:?$/.test(l) && !/^There are no /.test(l));
}

/** Signs with poppler: `pdfsig -add-signature -nssdir sql:<dir> -nick <nick> [-kpw pw] -digest SHA256 [-reason …] in.pdf out.pdf` (an incremental update, SubFilter adbe.pkcs7.detached) and returns the output bytes. Retries poppler 22.12's intermittent EC-key failure. */
export function pdfsigAddSignature(
  pdf: Uint8Array,
  opts: { nssDir: string; nick: string; password?: string; reason?: string },
): Uint8Array {
  return withTempDir('pdfsig-add', (dir) => {
    const input = path.join(dir, 'in.pdf');
    const output = path.join(dir, 'out.pdf');
    fs.writeFileSync(input, pdf);
    const args = ['-add-signature', '-nssdir', nssArg(opts.nssDir), '-nick', opts.nick];
    if (opts.password !== undefined) args.push('-kpw', opts.password);
    args.push('-digest', 'SHA256');
    if (opts.reason !== undefined) args.push('-reason', opts.reason);
    args.push(input, output);
    // With an EC key, poppler 22.12 fails about half the time with "signDocument: unable update
    // signature" (the ECDSA value's DER length varies by a byte or two, and the reserved /Contents
    // apparently comes from a trial signature). A fresh attempt signs again, so retry that case only.
    let r = run('pdfsig', args);
    for (
      let attempt = 1;
      attempt < 20 && r.status !== 0 && /unable update signature/.test(r.stderr);
      attempt++
    ) {
      fs.rmSync(output, { force: true });
      r = run('pdfsig', args);
    }
    if (r.status !== 0 || !fs.existsSync(output)) {
      // pdfsig 22.12 prints nothing for an unknown nickname (exit 3): name the ones that exist.
      let nicks: string;
      try {
        nicks = listNssNicknames(opts.nssDir).join(', ') || '(none)';
      } catch {
        nicks = '(could not list)';
      }
      throw new Error(
        `pdfsig -add-signature failed (exit ${r.status}): ${r.stderr.trim() || r.stdout.trim() || '(no output)'}; ` +
          `nick ${JSON.stringify(opts.nick)}, signing nicknames in the NSS database: ${nicks}`,
      );
    }
    return readBytes(output);
  });
}

// ---------------------------------------------------------------------------------------------------
// ByteRange / CMS
// ---------------------------------------------------------------------------------------------------

/** The n-th (0-based; -1 = last) /ByteRange of the file: the signed bytes and the raw DER CMS (keep the zero padding; openssl parses the first structure). coversWholeFile = c + d === length. */
export function extractSignedRange(
  pdf: Uint8Array,
  n: number,
): { signed: Uint8Array; cms: Uint8Array; coversWholeFile: boolean } {
  const buf = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  // latin1 maps every byte to one UTF-16 unit, so string indexes are byte offsets.
  const text = buf.toString('latin1');
  const ranges = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)].map((m) =>
    [m[1], m[2], m[3], m[4]].map(Number),
  );
  const range = ranges.at(n);
  if (!range || !Number.isInteger(n)) {
    throw new Error(`no /ByteRange number ${n} in the file (it has ${ranges.length})`);
  }
  const [a = 0, b = 0, c = 0, d = 0] = range;
  if (a + b > c || c + d > buf.length) {
    throw new Error(`/ByteRange [${a} ${b} ${c} ${d}] does not fit a file of ${buf.length} bytes`);
  }
  const gap = text.slice(a + b, c);
  const m = /^<([0-9A-Fa-f\s]*)>$/.exec(gap);
  if (!m) throw new Error(`the gap of /ByteRange [${a} ${b} ${c} ${d}] is not a <hex> /Contents string`);
  let hex = (m[1] ?? '').replace(/\s+/g, '');
  if (hex.length % 2 === 1) hex += '0'; // ISO 32000-1 §7.3.4.3: a missing last digit is 0
  const signed = new Uint8Array(b + d);
  signed.set(buf.subarray(a, a + b), 0);
  signed.set(buf.subarray(c, c + d), b);
  const cmsBuf = Buffer.from(hex, 'hex');
  return {
    signed,
    cms: new Uint8Array(cmsBuf.buffer, cmsBuf.byteOffset, cmsBuf.byteLength),
    coversWholeFile: c + d === buf.length,
  };
}

/** `openssl cms -verify -binary -inform DER -in sig.der -content signed.bin -CAfile ca.pem -purpose any -out /dev/null` (or -noverify when no CA is given). Only the given CAs are trusted (no system store). Returns { ok, output } (stdout + stderr). */
export function opensslCmsVerify(
  pdf: Uint8Array,
  n: number,
  caPem?: string | string[],
): { ok: boolean; output: string } {
  const { signed, cms } = extractSignedRange(pdf, n);
  return withTempDir('cms-verify', (dir) => {
    const sig = path.join(dir, 'sig.der');
    const content = path.join(dir, 'signed.bin');
    fs.writeFileSync(sig, cms);
    fs.writeFileSync(content, signed);
    const args = ['cms', '-verify', '-binary', '-inform', 'DER', '-in', sig, '-content', content];
    if (caPem === undefined) {
      args.push('-noverify');
    } else {
      const pems = Array.isArray(caPem) ? caPem : [caPem];
      if (pems.length === 0) throw new Error('opensslCmsVerify: caPem is an empty list');
      const caFile = path.join(dir, 'ca.pem');
      fs.writeFileSync(caFile, pems.map((p) => (p.endsWith('\n') ? p : `${p}\n`)).join(''));
      args.push('-CAfile', caFile, '-no-CApath', '-no-CAstore', '-purpose', 'any');
    }
    args.push('-out', os.devNull);
    const r = run('openssl', args);
    return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
  });
}

/** `openssl cms -cmsout -print` of the n-th signature's CMS: the list of attribute object names found in the SignerInfos' signed and unsigned attributes (e.g. 'id-smime-aa-signingCertificateV2', 'id-smime-aa-timeStampToken', 'messageDigest', 'contentType'), in order; an OID openssl has no name for appears as the dotted OID. */
export function cmsAttributes(pdf: Uint8Array, n: number): string[] {
  const { cms } = extractSignedRange(pdf, n);
  return withTempDir('cms-print', (dir) => {
    const sig = path.join(dir, 'sig.der');
    fs.writeFileSync(sig, cms);
    const r = runOk('openssl', ['cms', '-cmsout', '-print', '-inform', 'DER', '-in', sig]);
    const at = r.stdout.search(/^\s*signerInfos:\s*$/m);
    if (at < 0) throw new Error('openssl cms -print shows no signerInfos');
    const names: string[] = [];
    // Certificates' extensions also print "object:" lines; they all come before signerInfos.
    for (const m of r.stdout.slice(at).matchAll(/^\s*object: (.+?) \(([0-9.]+)\)\s*$/gm)) {
      const name = m[1] ?? '';
      names.push(name === '' || name === 'undefined' ? (m[2] ?? name) : name);
    }
    return names;
  });
}

/** `qpdf --check`: { ok, output } (ok when exit 0 and no "WARNING" lines). */
export function qpdfCheck(pdf: Uint8Array): { ok: boolean; output: string } {
  return withTempDir('qpdf', (dir) => {
    const file = path.join(dir, 'in.pdf');
    fs.writeFileSync(file, pdf);
    const r = run('qpdf', ['--check', file]);
    const output = `${r.stdout}${r.stderr}`;
    return { ok: r.status === 0 && !/WARNING/.test(output), output };
  });
}

// ---------------------------------------------------------------------------------------------------
// NSS databases
// ---------------------------------------------------------------------------------------------------

/** Makes a throw-away NSS database (certutil -N --empty-password) with the given PEM CA certificates trusted ("CT,C,C"), returns its directory; optionally imports a PKCS#12 (pk12util -i with password) so it can sign. The directory is removed at process exit; the caller may remove it earlier. The signing nickname is the p12's friendly name (see listNssNicknames). */
export function makeNssDb(opts: { trust?: string[]; p12?: { bytes: Uint8Array; password: string } }): string {
  const dir = tempDir('nss');
  registerForRemoval(dir);
  const db = nssArg(dir);
  runOk('certutil', ['-N', '-d', db, '--empty-password']);
  const seen = new Set<string>();
  let i = 0;
  for (const bundle of opts.trust ?? []) {
    const certs = splitPemCertificates(bundle);
    if (certs.length === 0) throw new Error('makeNssDb: a trust entry holds no PEM certificate');
    for (const cert of certs) {
      const key = cert.replace(/\s+/g, '');
      if (seen.has(key)) continue;
      seen.add(key);
      const file = path.join(dir, `trust-${i}.pem`);
      fs.writeFileSync(file, cert);
      runOk('certutil', ['-A', '-d', db, '-n', `trusted-ca-${i}`, '-t', 'CT,C,C', '-a', '-i', file]);
      fs.rmSync(file);
      i++;
    }
  }
  if (opts.p12) {
    const file = path.join(dir, 'import.p12');
    fs.writeFileSync(file, opts.p12.bytes);
    try {
      runOk('pk12util', ['-i', file, '-d', db, '-W', opts.p12.password, '-K', '']);
    } finally {
      fs.rmSync(file, { force: true });
    }
  }
  return dir;
}

// ---------------------------------------------------------------------------------------------------
// Throw-away identities
// ---------------------------------------------------------------------------------------------------

/** openssl `-subj` value for one RDN value: escape the separators. */
function subjValue(v: string): string {
  return v.replace(/[\\/+=]/g, (c) => `\\${c}`);
}

/** YYYYMMDDHHMMSSZ as `openssl ca -startdate/-enddate` accepts. */
function caDate(d: Date): string {
  return `${d.toISOString().slice(0, 19).replace(/[-:T]/g, '')}Z`;
}

function genKey(file: string, keyType: 'rsa' | 'ec'): void {
  const args =
    keyType === 'ec'
      ? ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-pkeyopt', 'ec_param_enc:named_curve']
      : ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048'];
  runOk('openssl', ['genpkey', ...args, '-out', file]);
}

/** Makes a throw-away CA and a signer certificate + key with the openssl CLI and packs the signer (with the CA certificate, friendly name = commonName, which becomes its NSS nickname) into a PKCS#12: modern default PBES2 AES-256, or with legacy=true `-certpbe PBE-SHA1-3DES -keypbe PBE-SHA1-3DES -macalg sha1`. keyType 'rsa' (2048) | 'ec' (P-256) for both CA and signer; commonName may be Thai UTF-8; expired=true gives a signer certificate valid 2020-01-01…2021-01-01 (the CA is valid 2019…+10 years). Keys are unencrypted PKCS#8 PEM. */
export function makeOpensslIdentity(
  opts: {
    keyType?: 'rsa' | 'ec';
    commonName?: string;
    password?: string;
    legacy?: boolean;
    expired?: boolean;
  } = {},
): {
  caCertPem: string;
  caKeyPem: string;
  certPem: string;
  keyPem: string;
  p12: Uint8Array;
  password: string;
} {
  const keyType = opts.keyType ?? 'rsa';
  const commonName = opts.commonName ?? 'Saraban Test Signer';
  const password = opts.password ?? 'test-p12-password';
  return withTempDir('identity', (dir) => {
    const f = (name: string) => path.join(dir, name);
    fs.mkdirSync(f('issued'));
    fs.writeFileSync(f('index.txt'), '');
    fs.writeFileSync(
      f('ca.cnf'),
      [
        '[ ca ]',
        'default_ca = test_ca',
        '[ test_ca ]',
        `database = ${f('index.txt')}`,
        `new_certs_dir = ${f('issued')}`,
        `serial = ${f('serial')}`,
        'default_md = sha256',
        'policy = policy_any',
        'unique_subject = no',
        'copy_extensions = none',
        'email_in_dn = no',
        'string_mask = utf8only',
        '[ policy_any ]',
        'commonName = supplied',
        'organizationName = optional',
        '',
      ].join('\n'),
    );
    fs.writeFileSync(
      f('ca-ext.cnf'),
      'basicConstraints = critical, CA:TRUE\nkeyUsage = critical, keyCertSign, cRLSign\nsubjectKeyIdentifier = hash\n',
    );
    fs.writeFileSync(
      f('signer-ext.cnf'),
      [
        'basicConstraints = critical, CA:FALSE',
        'keyUsage = critical, digitalSignature, nonRepudiation',
        'subjectKeyIdentifier = hash',
        'authorityKeyIdentifier = keyid',
        '',
      ].join('\n'),
    );
    const ca = (args: string[]) =>
      runOk('openssl', ['ca', '-batch', '-config', f('ca.cnf'), '-rand_serial', '-notext', '-utf8', ...args]);

    // A unique CA name, so several throw-away CAs can sit in one NSS database.
    const caName = `Saraban Test CA ${randomBytes(4).toString('hex')}`;
    const now = Date.now();
    const day = 86_400_000;
    genKey(f('ca.key'), keyType);
    runOk('openssl', [
      'req',
      '-new',
      '-key',
      f('ca.key'),
      '-subj',
      `/CN=${caName}/O=Saraban Tests`,
      '-out',
      f('ca.csr'),
    ]);
    ca([
      '-selfsign',
      '-keyfile',
      f('ca.key'),
      '-in',
      f('ca.csr'),
      '-startdate',
      '20190101000000Z',
      '-enddate',
      caDate(new Date(now + 3650 * day)),
      '-extfile',
      f('ca-ext.cnf'),
      '-out',
      f('ca.pem'),
    ]);

    genKey(f('signer.key'), keyType);
    runOk('openssl', [
      'req',
      '-new',
      '-utf8',
      '-key',
      f('signer.key'),
      '-subj',
      `/CN=${subjValue(commonName)}/O=Saraban Tests`,
      '-out',
      f('signer.csr'),
    ]);
    const [start, end] = opts.expired
      ? ['20200101000000Z', '20210101000000Z']
      : [caDate(new Date(now - day)), caDate(new Date(now + 730 * day))];
    ca([
      '-preserveDN',
      '-cert',
      f('ca.pem'),
      '-keyfile',
      f('ca.key'),
      '-in',
      f('signer.csr'),
      '-startdate',
      start,
      '-enddate',
      end,
      '-extfile',
      f('signer-ext.cnf'),
      '-out',
      f('signer.pem'),
    ]);

    const pbe = opts.legacy
      ? ['-certpbe', 'PBE-SHA1-3DES', '-keypbe', 'PBE-SHA1-3DES', '-macalg', 'sha1']
      : [];
    runOk('openssl', [
      'pkcs12',
      '-export',
      '-inkey',
      f('signer.key'),
      '-in',
      f('signer.pem'),
      '-certfile',
      f('ca.pem'),
      '-name',
      commonName,
      '-passout',
      `pass:${password}`,
      ...pbe,
      '-out',
      f('signer.p12'),
    ]);

    return {
      caCertPem: fs.readFileSync(f('ca.pem'), 'utf8'),
      caKeyPem: fs.readFileSync(f('ca.key'), 'utf8'),
      certPem: fs.readFileSync(f('signer.pem'), 'utf8'),
      keyPem: fs.readFileSync(f('signer.key'), 'utf8'),
      p12: readBytes(f('signer.p12')),
      password,
    };
  });
}
