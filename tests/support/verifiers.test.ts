/**
 * Tests of the independent-verifier helpers (verifiers.ts) and the local TSA (tsa.ts) themselves,
 * against poppler pdfsig, openssl, qpdf and the NSS tools.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { startLocalTsa } from './tsa.ts';
import {
  cmsAttributes,
  extractSignedRange,
  listNssNicknames,
  makeNssDb,
  makeOpensslIdentity,
  opensslCmsVerify,
  parsePdfsigOutput,
  pdfsig,
  pdfsigAddSignature,
  qpdfCheck,
} from './verifiers.ts';

const TOOLS = ['pdfsig', 'qpdf', 'openssl', 'certutil', 'pk12util'];
const missing = TOOLS.filter(
  (c) => spawnSync('sh', ['-c', `command -v ${c}`], { stdio: 'ignore' }).status !== 0,
);
const skip: string | false =
  missing.length === 0
    ? false
    : `missing ${missing.join(', ')} (apt-get install poppler-utils qpdf openssl libnss3-tools)`;

const THAI_CN = 'นายทดสอบ ลงนาม';

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

async function simplePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595, 842]).drawText('verifier test', { x: 72, y: 770, size: 14, font });
  return doc.save();
}

let scratch: string;
before(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'saraban-verifiers-test-'));
});
after(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

function writeScratch(name: string, data: string | Uint8Array): string {
  const p = path.join(scratch, name);
  fs.writeFileSync(p, data);
  return p;
}

describe('makeOpensslIdentity', { skip }, () => {
  for (const keyType of ['rsa', 'ec'] as const) {
    for (const legacy of [false, true]) {
      test(`${keyType}, ${legacy ? 'legacy 3DES' : 'modern AES-256'} PKCS#12 reads back with openssl`, () => {
        const id = makeOpensslIdentity({ keyType, legacy, commonName: THAI_CN, password: 'pw ทดสอบ' });
        assert.equal(id.password, 'pw ทดสอบ');
        const p12 = writeScratch(`${keyType}-${legacy}.p12`, id.p12);
        const info = run('openssl', [
          'pkcs12',
          '-info',
          '-nokeys',
          '-in',
          p12,
          '-passin',
          `pass:${id.password}`,
        ]);
        assert.equal(info.status, 0, info.out);
        assert.match(info.out, /-----BEGIN CERTIFICATE-----/);
        if (legacy) {
          assert.match(info.out, /pbeWithSHA1And3-KeyTripleDES-CBC/);
          assert.match(info.out, /MAC: sha1/);
        } else {
          assert.match(info.out, /PBES2/);
          assert.match(info.out, /AES-256-CBC/);
        }
        // Wrong password is rejected (so the password really protects it).
        assert.notEqual(
          run('openssl', ['pkcs12', '-info', '-nokeys', '-in', p12, '-passin', 'pass:wrong']).status,
          0,
        );

        const cert = writeScratch(`${keyType}-${legacy}.pem`, id.certPem);
        const ca = writeScratch(`${keyType}-${legacy}-ca.pem`, id.caCertPem);
        const verify = run('openssl', ['verify', '-CAfile', ca, cert]);
        assert.equal(verify.status, 0, verify.out);
        const subject = run('openssl', ['x509', '-in', cert, '-noout', '-subject', '-nameopt', 'utf8']);
        assert.match(subject.out, new RegExp(`CN=${THAI_CN}`));
        const text = run('openssl', ['x509', '-in', cert, '-noout', '-text']).out;
        assert.match(text, keyType === 'ec' ? /id-ecPublicKey[\s\S]*P-256/ : /rsaEncryption[\s\S]*2048 bit/);
        assert.match(id.keyPem, /^-----BEGIN PRIVATE KEY-----/);
        assert.match(id.caKeyPem, /^-----BEGIN PRIVATE KEY-----/);
      });
    }
  }

  test('expired: true gives a certificate that ended in 2021', () => {
    const id = makeOpensslIdentity({ expired: true });
    const cert = writeScratch('expired.pem', id.certPem);
    const ca = writeScratch('expired-ca.pem', id.caCertPem);
    const dates = run('openssl', ['x509', '-in', cert, '-noout', '-dates']).out;
    assert.match(dates, /notBefore=Jan {2}1 00:00:00 2020 GMT/);
    assert.match(dates, /notAfter=Jan {2}1 00:00:00 2021 GMT/);
    const verify = run('openssl', ['verify', '-CAfile', ca, cert]);
    assert.notEqual(verify.status, 0);
    assert.match(verify.out, /certificate has expired/);
    // …but it was fine within its validity period.
    assert.equal(run('openssl', ['verify', '-attime', '1593561600', '-CAfile', ca, cert]).status, 0);
  });
});

describe('pdfsig, NSS and openssl cms on a poppler-signed PDF', { skip }, () => {
  let id: ReturnType<typeof makeOpensslIdentity>;
  let nssDir: string;
  let untrustedNss: string;
  let unsigned: Uint8Array;
  let signed: Uint8Array;

  before(async () => {
    id = makeOpensslIdentity({ commonName: THAI_CN });
    nssDir = makeNssDb({ trust: [id.caCertPem], p12: { bytes: id.p12, password: id.password } });
    untrustedNss = makeNssDb({});
    unsigned = await simplePdf();
    signed = pdfsigAddSignature(unsigned, {
      nssDir,
      nick: THAI_CN,
      password: id.password,
      reason: 'ทดสอบการลงนาม',
    });
  });
  after(() => {
    for (const d of [nssDir, untrustedNss]) if (d) fs.rmSync(d, { recursive: true, force: true });
  });

  test('the p12 friendly name is the NSS nickname', () => {
    assert.deepEqual(listNssNicknames(nssDir), [THAI_CN]);
    assert.deepEqual(listNssNicknames(untrustedNss), []);
  });

  test('an unsigned PDF has no signatures and no ByteRange', () => {
    assert.deepEqual(pdfsig(unsigned), []);
    assert.throws(() => extractSignedRange(unsigned, -1), /no \/ByteRange/);
  });

  test('pdfsig -add-signature appends an incremental update', () => {
    assert.ok(signed.length > unsigned.length);
    assert.deepEqual(signed.subarray(0, unsigned.length), unsigned);
  });

  test('pdfsig reports one valid signature; trusted only with the CA in the NSS db', () => {
    const plain = pdfsig(signed, { nssDir: untrustedNss });
    assert.equal(plain.length, 1);
    const s = plain[0]!;
    assert.equal(s.index, 1);
    assert.equal(s.valid, true);
    assert.equal(s.signatureValidation, 'Signature is Valid.');
    assert.equal(s.signerCommonName, THAI_CN);
    assert.equal(s.hashAlgorithm, 'SHA-256');
    assert.equal(s.signatureType, 'adbe.pkcs7.detached');
    assert.equal(s.totalDocumentSigned, true);
    assert.match(s.signedRanges ?? '', /^\[0 - \d+\], \[\d+ - \d+\]$/);
    assert.ok(s.signingTime);
    assert.notEqual(s.certificateValidation, 'Certificate is Trusted.');

    const trusted = pdfsig(signed, { nssDir });
    assert.equal(trusted.length, 1);
    assert.equal(trusted[0]!.valid, true);
    assert.equal(trusted[0]!.certificateValidation, 'Certificate is Trusted.');
    // Also accepted in the "sql:" form.
    assert.equal(
      pdfsig(signed, { nssDir: `sql:${nssDir}` })[0]!.certificateValidation,
      'Certificate is Trusted.',
    );
  });

  test('extractSignedRange(-1) covers the whole file around /Contents', () => {
    const r = extractSignedRange(signed, -1);
    assert.equal(r.coversWholeFile, true);
    assert.equal(r.cms[0], 0x30); // DER SEQUENCE
    const m = /\[0 - (\d+)\], \[(\d+) - (\d+)\]/.exec(pdfsig(signed)[0]!.signedRanges ?? '');
    assert.ok(m);
    const [b, c, end] = [Number(m[1]), Number(m[2]), Number(m[3])];
    assert.equal(end, signed.length);
    assert.equal(r.signed.length, b + (end - c));
    assert.equal(r.cms.length, (c - b - 2) / 2); // the whole zero-padded placeholder
    assert.deepEqual(extractSignedRange(signed, 0), r);
  });

  test('openssl cms -verify: ok with the CA, ok with -noverify, not ok with another CA', () => {
    const withCa = opensslCmsVerify(signed, -1, id.caCertPem);
    assert.equal(withCa.ok, true, withCa.output);
    assert.match(withCa.output, /Verification successful/);
    assert.equal(opensslCmsVerify(signed, -1, [id.caCertPem]).ok, true);
    assert.equal(opensslCmsVerify(signed, -1).ok, true);
    const other = makeOpensslIdentity({ keyType: 'ec' });
    const wrong = opensslCmsVerify(signed, -1, other.caCertPem);
    assert.equal(wrong.ok, false);
    assert.match(wrong.output, /unable to get local issuer certificate|Verify error/);
  });

  test('cmsAttributes lists the signed attributes', () => {
    const attrs = cmsAttributes(signed, -1);
    assert.ok(attrs.includes('contentType'), attrs.join(', '));
    assert.ok(attrs.includes('messageDigest'), attrs.join(', '));
    assert.ok(!attrs.includes('id-smime-aa-timeStampToken'));
    // Certificate extensions are not signer attributes.
    assert.ok(!attrs.some((a) => a.startsWith('X509v3')), attrs.join(', '));
  });

  test('qpdf --check accepts both the unsigned and the signed file', () => {
    for (const pdf of [unsigned, signed]) {
      const r = qpdfCheck(pdf);
      assert.equal(r.ok, true, r.output);
    }
    const broken = qpdfCheck(new TextEncoder().encode('not a pdf'));
    assert.equal(broken.ok, false);
  });

  test('flipping one signed byte breaks both pdfsig and openssl', () => {
    const tampered = signed.slice();
    // Byte 10 is inside pdf-lib's binary comment line "%\x81\x81\x81\x81" (and inside ByteRange part 1).
    assert.equal(tampered[9], 0x25);
    tampered[10] = (tampered[10] ?? 0) ^ 0x01;
    const [s] = pdfsig(tampered, { nssDir });
    assert.equal(s?.valid, false);
    assert.equal(s?.signatureValidation, 'Digest Mismatch.');
    const v = opensslCmsVerify(tampered, -1, id.caCertPem);
    assert.equal(v.ok, false);
    assert.match(v.output, /digest failure|content verify error/i);
  });

  test('a second signature: both valid, only the last covers the whole file', () => {
    const twice = pdfsigAddSignature(signed, { nssDir, nick: THAI_CN });
    const sigs = pdfsig(twice, { nssDir });
    assert.deepEqual(
      sigs.map((s) => [s.index, s.valid, s.totalDocumentSigned]),
      [
        [1, true, false],
        [2, true, true],
      ],
    );
    assert.equal(extractSignedRange(twice, 0).coversWholeFile, false);
    assert.equal(extractSignedRange(twice, 1).coversWholeFile, true);
    assert.equal(opensslCmsVerify(twice, 0, id.caCertPem).ok, true);
    assert.equal(opensslCmsVerify(twice, -1, id.caCertPem).ok, true);
    assert.throws(() => extractSignedRange(twice, 2), /no \/ByteRange number 2/);
  });

  test('an expired EC signer from a legacy p12 signs, and pdfsig reports the expiry', async () => {
    const cn = 'Expired EC Signer';
    const old = makeOpensslIdentity({ keyType: 'ec', legacy: true, expired: true, commonName: cn });
    const db = makeNssDb({ trust: [old.caCertPem], p12: { bytes: old.p12, password: old.password } });
    try {
      const out = pdfsigAddSignature(await simplePdf(), { nssDir: db, nick: cn, password: old.password });
      const [s] = pdfsig(out, { nssDir: db });
      assert.equal(s?.valid, true);
      assert.equal(s?.signerCommonName, cn);
      assert.match(s?.certificateValidation ?? '', /Expired/);
      assert.equal(opensslCmsVerify(out, -1).ok, true);
    } finally {
      fs.rmSync(db, { recursive: true, force: true });
    }
  });

  test('pdfsigAddSignature throws with the tool message for an unknown nickname', () => {
    assert.throws(
      () => pdfsigAddSignature(unsigned, { nssDir, nick: 'nobody' }),
      /pdfsig -add-signature failed/,
    );
  });
});

test('parsePdfsigOutput reads pdfsig 22.12 text', () => {
  const text = [
    'Digital Signature Info of: in.pdf',
    'Signature #1:',
    '  - Signature Field Name: Sig1',
    '  - Signer Certificate Common Name: A: B',
    '  - Signer full Distinguished Name: CN=A: B',
    '  - Signing Time: Jan 02 2026 10:00:00',
    '  - Signing Hash Algorithm: SHA-256',
    '  - Signature Type: ETSI.CAdES.detached',
    '  - Signed Ranges: [0 - 100], [200 - 300]',
    '  - Not total document signed',
    '  - Signature Validation: Signature is Valid.',
    '  - Certificate Validation: Certificate issuer is unknown.',
    'Signature #2:',
    '  - Signature Field Name: Sig2',
    '  - Signed Ranges: [0 - 100], [300 - 400]',
    '  - Total document signed',
    '  - Signature Validation: Digest Mismatch.',
    '',
  ].join('\n');
  assert.deepEqual(parsePdfsigOutput(text), [
    {
      index: 1,
      signerCommonName: 'A: B',
      signingTime: 'Jan 02 2026 10:00:00',
      hashAlgorithm: 'SHA-256',
      signatureType: 'ETSI.CAdES.detached',
      signedRanges: '[0 - 100], [200 - 300]',
      totalDocumentSigned: false,
      signatureValidation: 'Signature is Valid.',
      certificateValidation: 'Certificate issuer is unknown.',
      valid: true,
    },
    {
      index: 2,
      signerCommonName: null,
      signingTime: null,
      hashAlgorithm: null,
      signatureType: null,
      signedRanges: '[0 - 100], [300 - 400]',
      totalDocumentSigned: true,
      signatureValidation: 'Digest Mismatch.',
      certificateValidation: null,
      valid: false,
    },
  ]);
});

describe('startLocalTsa', { skip: missing.includes('openssl') ? 'openssl is missing' : false }, () => {
  let tsa: Awaited<ReturnType<typeof startLocalTsa>>;
  before(async () => {
    tsa = await startLocalTsa();
  });
  after(async () => {
    await tsa?.close();
  });

  test('answers an openssl ts query with a reply that openssl ts -verify accepts', async () => {
    const data = writeScratch('tsa-data.bin', 'ข้อมูลที่ต้องประทับเวลา\n');
    const query = path.join(scratch, 'req.tsq');
    const q = run('openssl', ['ts', '-query', '-data', data, '-sha256', '-cert', '-out', query]);
    assert.equal(q.status, 0, q.out);

    const before = tsa.requests;
    const res = await fetch(tsa.url, {
      method: 'POST',
      headers: { 'content-type': 'application/timestamp-query' },
      body: fs.readFileSync(query),
    });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/timestamp-reply');
    assert.equal(tsa.requests, before + 1);
    const reply = writeScratch('reply.tsr', new Uint8Array(await res.arrayBuffer()));

    const ca = writeScratch('tsa-ca.pem', tsa.caCertPem);
    const tsaCert = writeScratch('tsa.pem', tsa.tsaCertPem);
    const v = run('openssl', [
      'ts',
      '-verify',
      '-data',
      data,
      '-in',
      reply,
      '-CAfile',
      ca,
      '-untrusted',
      tsaCert,
    ]);
    assert.equal(v.status, 0, v.out);
    assert.match(v.out, /Verification: OK/);

    const text = run('openssl', ['ts', '-reply', '-in', reply, '-text']).out;
    assert.match(text, /Status: Granted/);
    assert.match(text, /Hash Algorithm: sha256/);

    // The token does not verify against other data.
    const other = writeScratch('tsa-other.bin', 'something else\n');
    const bad = run('openssl', [
      'ts',
      '-verify',
      '-data',
      other,
      '-in',
      reply,
      '-CAfile',
      ca,
      '-untrusted',
      tsaCert,
    ]);
    assert.notEqual(bad.status, 0);
  });

  test('concurrent queries all get distinct granted replies', async () => {
    const queries = [0, 1, 2, 3].map((i) => {
      const data = writeScratch(`tsa-c${i}.bin`, `data ${i}`);
      const out = path.join(scratch, `c${i}.tsq`);
      assert.equal(run('openssl', ['ts', '-query', '-data', data, '-sha256', '-out', out]).status, 0);
      return fs.readFileSync(out);
    });
    const replies = await Promise.all(
      queries.map(async (body) => {
        const res = await fetch(tsa.url, {
          method: 'POST',
          headers: { 'content-type': 'application/timestamp-query' },
          body,
        });
        assert.equal(res.status, 200);
        return new Uint8Array(await res.arrayBuffer());
      }),
    );
    const serials = replies.map((r, i) => {
      const text = run('openssl', ['ts', '-reply', '-in', writeScratch(`c${i}.tsr`, r), '-text']).out;
      assert.match(text, /Status: Granted/);
      return /Serial number: (\S+)/.exec(text)?.[1];
    });
    assert.equal(new Set(serials).size, 4, serials.join(', '));
  });

  test('rejects a wrong method or content type', async () => {
    assert.equal((await fetch(tsa.url)).status, 405);
    const res = await fetch(tsa.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'x',
    });
    assert.equal(res.status, 415);
  });
});
