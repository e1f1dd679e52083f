import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { keyMatchesCertificate } from '../../src/adapters/pki/certificates.ts';
import { Pkcs12Error, readPkcs12 } from '../../src/adapters/pki/pkcs12.ts';
import { makeOpensslIdentity } from '../support/verifiers.ts';

/** Runs openssl in a temporary directory holding `files`; returns the bytes of `out` or null on failure. */
function openssl(args: string[], files: Record<string, string | Uint8Array>, out: string): Uint8Array | null {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saraban-p12-'));
  try {
    for (const [name, data] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), data);
    const r = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
    return r.status === 0 ? new Uint8Array(fs.readFileSync(path.join(dir, out))) : null;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const problemOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof Pkcs12Error) return e.problem;
    throw e;
  }
  return null;
};

/**
 * Our PKCS#12 reader against files the openssl CLI writes: the modern default (PBES2/AES), the legacy
 * 3DES scheme, RC2 certificate bags (refused with their own error), a file without a key, a wrong
 * password, and bytes that are no PKCS#12.
 */
describe('PKCS#12 files as tools write them', () => {
  const rsa = makeOpensslIdentity({ keyType: 'rsa', password: 'pw-1' });
  const ec = makeOpensslIdentity({ keyType: 'ec', password: 'pw-1', legacy: true });

  test('PBES2/AES (RSA) and PKCS#12 3DES (P-256): key, its certificate and the chain', () => {
    for (const id of [rsa, ec]) {
      const r = readPkcs12(id.p12, 'pw-1');
      assert.ok(keyMatchesCertificate(r.keyPkcs8, r.certificate));
      assert.equal(r.others.length, 1, 'the CA certificate');
    }
  });

  test('a wrong password is PKCS12_PASSWORD; junk is PKCS12_INVALID', () => {
    assert.equal(
      problemOf(() => readPkcs12(rsa.p12, 'wrong')),
      'PKCS12_PASSWORD',
    );
    assert.equal(
      problemOf(() => readPkcs12(new Uint8Array(Buffer.from('not a p12 at all')), 'x')),
      'PKCS12_INVALID',
    );
  });

  test('certificates without a key are PKCS12_NO_KEY', () => {
    const p12 = openssl(
      ['pkcs12', '-export', '-nokeys', '-in', 'cert.pem', '-passout', 'pass:pw-1', '-out', 'out.p12'],
      { 'cert.pem': rsa.certPem },
      'out.p12',
    );
    assert.ok(p12, 'openssl wrote a certificates-only file');
    assert.equal(
      problemOf(() => readPkcs12(p12, 'pw-1')),
      'PKCS12_NO_KEY',
    );
  });

  test('RC2-protected certificate bags (old Windows exports) are PKCS12_UNSUPPORTED', (t) => {
    const p12 = openssl(
      [
        'pkcs12',
        '-export',
        '-legacy',
        '-inkey',
        'key.pem',
        '-in',
        'cert.pem',
        '-passout',
        'pass:pw-1',
        '-out',
        'out.p12',
      ],
      { 'key.pem': rsa.keyPem, 'cert.pem': rsa.certPem },
      'out.p12',
    );
    if (!p12) {
      t.skip('this openssl has no legacy provider to write RC2');
      return;
    }
    assert.equal(
      problemOf(() => readPkcs12(p12, 'pw-1')),
      'PKCS12_UNSUPPORTED',
    );
  });

  test("a key does not match another identity's certificate", () => {
    const r = readPkcs12(rsa.p12, 'pw-1');
    const other = readPkcs12(makeOpensslIdentity({ keyType: 'rsa', password: 'pw-2' }).p12, 'pw-2');
    assert.equal(keyMatchesCertificate(r.keyPkcs8, other.certificate), false);
    assert.equal(keyMatchesCertificate(r.keyPkcs8, r.certificate), true);
  });
});
