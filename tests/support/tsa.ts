/**
 * A local RFC 3161 time-stamp authority for tests (no network): an HTTP server on 127.0.0.1 that answers
 * `application/timestamp-query` POSTs with `openssl ts -reply`, signed by a throw-away TSA certificate
 * (EKU critical timeStamping) issued by a throw-away CA. See shared reference interop-signature.md §4.4.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface LocalTsa {
  /** POST time-stamp queries here. */
  url: string;
  /** The CA that issued the TSA certificate (trust anchor for verification). */
  caCertPem: string;
  /** The TSA signing certificate (EKU critical timeStamping). */
  tsaCertPem: string;
  /** Stops the server and removes its temporary directory. Safe to call twice. */
  close(): Promise<void>;
  /** Number of time-stamp queries received (POSTs with Content-Type application/timestamp-query). */
  requests: number;
}

const TOOL_ENV = { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' };

function opensslOk(args: string[]): void {
  const r = spawnSync('openssl', args, { encoding: 'utf8', env: TOOL_ENV, input: '', timeout: 60_000 });
  if (r.error) throw new Error(`openssl could not be run: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`openssl ${args[0]} failed (exit ${r.status}): ${r.stderr.trim()}`);
}

function opensslAsync(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('openssl', args, { env: TOOL_ENV, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (s: string) => {
      stderr += s;
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Creates the CA, the TSA certificate and the `openssl ts` configuration in `dir`. */
function setUpAuthority(dir: string): { config: string; caCertPem: string; tsaCertPem: string } {
  const f = (name: string) => path.join(dir, name);
  const tag = randomBytes(4).toString('hex');
  opensslOk([
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    f('ca.key'),
    '-out',
    f('ca.pem'),
    '-days',
    '3650',
    '-sha256',
    '-subj',
    `/CN=Saraban Test TSA Root ${tag}/O=Saraban Tests`,
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  opensslOk(['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', f('tsa.key')]);
  opensslOk([
    'req',
    '-new',
    '-key',
    f('tsa.key'),
    '-subj',
    `/CN=Saraban Test TSA ${tag}/O=Saraban Tests`,
    '-out',
    f('tsa.csr'),
  ]);
  fs.writeFileSync(
    f('tsa-ext.cnf'),
    [
      'basicConstraints = critical, CA:FALSE',
      'keyUsage = critical, digitalSignature, nonRepudiation',
      'extendedKeyUsage = critical, timeStamping',
      'subjectKeyIdentifier = hash',
      'authorityKeyIdentifier = keyid',
      '',
    ].join('\n'),
  );
  opensslOk([
    'x509',
    '-req',
    '-in',
    f('tsa.csr'),
    '-CA',
    f('ca.pem'),
    '-CAkey',
    f('ca.key'),
    '-set_serial',
    `0x${randomBytes(12).toString('hex')}`,
    '-days',
    '3650',
    '-sha256',
    '-extfile',
    f('tsa-ext.cnf'),
    '-out',
    f('tsa.pem'),
  ]);
  fs.writeFileSync(f('serial'), '01\n');
  fs.writeFileSync(
    f('ts.cnf'),
    [
      '[ tsa ]',
      'default_tsa = local_tsa',
      '[ local_tsa ]',
      `serial = ${f('serial')}`,
      `signer_cert = ${f('tsa.pem')}`,
      // Included in the reply (after the signer) when the query sets certReq.
      `certs = ${f('ca.pem')}`,
      `signer_key = ${f('tsa.key')}`,
      'signer_digest = sha256',
      'default_policy = 1.3.6.1.4.1.55555.1.1',
      'other_policies = 1.3.6.1.4.1.55555.1.2',
      'digests = sha256, sha384, sha512, sha1',
      'accuracy = secs:1',
      'clock_precision_digits = 0',
      'ordering = no',
      'tsa_name = yes',
      'ess_cert_id_chain = no',
      'ess_cert_id_alg = sha256',
      '',
    ].join('\n'),
  );
  return {
    config: f('ts.cnf'),
    caCertPem: fs.readFileSync(f('ca.pem'), 'utf8'),
    tsaCertPem: fs.readFileSync(f('tsa.pem'), 'utf8'),
  };
}

/** Starts an HTTP server on 127.0.0.1:<random port> that answers RFC 3161 POSTs (Content-Type application/timestamp-query) with `openssl ts -reply` using a throw-away TSA certificate, replying application/timestamp-reply. Queries are answered one at a time (the serial file is shared). */
export async function startLocalTsa(): Promise<LocalTsa> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saraban-tsa-'));
  const removeDir = () => fs.rmSync(dir, { recursive: true, force: true });
  process.on('exit', removeDir);
  let authority: ReturnType<typeof setUpAuthority>;
  try {
    authority = setUpAuthority(dir);
  } catch (e) {
    removeDir();
    process.off('exit', removeDir);
    throw e;
  }

  let requests = 0;
  let seq = 0;
  let queue: Promise<unknown> = Promise.resolve();

  /** Runs `openssl ts -reply` for one query; serialised through `queue`. */
  const answer = (query: Buffer): Promise<{ ok: true; reply: Buffer } | { ok: false; error: string }> => {
    const n = ++seq;
    const queryFile = path.join(dir, `q-${n}.tsq`);
    const replyFile = path.join(dir, `r-${n}.tsr`);
    const job = queue.then(async () => {
      try {
        fs.writeFileSync(queryFile, query);
        const r = await opensslAsync([
          'ts',
          '-reply',
          '-config',
          authority.config,
          '-queryfile',
          queryFile,
          '-out',
          replyFile,
        ]);
        if (r.status !== 0 || !fs.existsSync(replyFile)) {
          return { ok: false as const, error: `openssl ts -reply failed (exit ${r.status}): ${r.stderr}` };
        }
        return { ok: true as const, reply: fs.readFileSync(replyFile) };
      } finally {
        fs.rmSync(queryFile, { force: true });
        fs.rmSync(replyFile, { force: true });
      }
    });
    queue = job.catch(() => {});
    return job;
  };

  const server = http.createServer((req, res) => {
    const fail = (status: number, text: string) => {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`${text}\n`);
    };
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      fail(405, 'POST an RFC 3161 TimeStampReq');
      return;
    }
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/timestamp-query') {
      fail(415, 'Content-Type must be application/timestamp-query');
      return;
    }
    requests++;
    readBody(req)
      .then(async (body) => {
        if (body.length === 0) {
          fail(400, 'empty TimeStampReq');
          return;
        }
        const r = await answer(body);
        if (!r.ok) {
          fail(500, r.error);
          return;
        }
        res.writeHead(200, {
          'content-type': 'application/timestamp-reply',
          'content-length': r.reply.length,
        });
        res.end(r.reply);
      })
      .catch((e: unknown) => fail(500, String(e)));
  });
  // Don't keep a test process alive just because a test forgot close().
  server.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}/`,
    caCertPem: authority.caCertPem,
    tsaCertPem: authority.tsaCertPem,
    get requests() {
      return requests;
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }).then(async () => {
        await queue;
        removeDir();
        process.off('exit', removeDir);
      });
      return closing;
    },
  };
}
