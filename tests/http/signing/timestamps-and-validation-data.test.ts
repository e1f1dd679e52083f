import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import * as asn1js from 'asn1js';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, type PDFRawStream } from 'pdf-lib';
import * as pkijs from 'pkijs';
import { toPem } from '../../../src/adapters/pki/certificates.ts';
import { type LetterAgency, type LetterUser, as } from '../../support/letters.ts';
import { api, loginAdmin, ok, type OtherAgency } from '../../support/letters-extra.ts';
import {
  draftOf,
  newDraft,
  pdfOf,
  queueIds,
  signRequest,
  startOutgoingAgency,
  toSignature,
} from '../../support/outgoing.ts';
import { postVerify } from '../../support/signing.ts';
import { startLocalTsa, type LocalTsa } from '../../support/tsa.ts';
import { cmsAttributes, extractSignedRange, makeNssDb, pdfsig, qpdfCheck } from '../../support/verifiers.ts';

const TIME_STAMP_TOKEN = '1.2.840.113549.1.9.16.2.14';

/** The signature value and the RFC 3161 token of the n-th signature's CMS. */
function timeStampOf(pdf: Uint8Array, n: number): { signatureValue: Buffer; token: Buffer } {
  const { cms } = extractSignedRange(pdf, n);
  const parsed = asn1js.fromBER(new Uint8Array(cms).buffer);
  const signed = new pkijs.SignedData({ schema: new pkijs.ContentInfo({ schema: parsed.result }).content });
  const si = signed.signerInfos[0]!;
  const attr = si.unsignedAttrs?.attributes.find((a) => a.type === TIME_STAMP_TOKEN);
  assert.ok(attr, 'the signature carries a time-stamp token');
  return {
    signatureValue: Buffer.from(si.signature.valueBlock.valueHexView),
    token: Buffer.from(attr.values[0]!.toBER()),
  };
}

/** `openssl ts -verify` of a token over the signature value, trusting `caPem` only. */
function opensslTsVerify(t: { signatureValue: Buffer; token: Buffer }, caPem: string, tsaPem: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saraban-ts-'));
  try {
    const f = (name: string, data: Buffer | string) => {
      fs.writeFileSync(path.join(dir, name), data);
      return path.join(dir, name);
    };
    const r = spawnSync(
      'openssl',
      [
        'ts',
        '-verify',
        '-digest',
        createHash('sha256').update(t.signatureValue).digest('hex'),
        '-in',
        f('token.der', t.token),
        '-token_in',
        '-CAfile',
        f('ca.pem', caPem),
        '-untrusted',
        f('tsa.pem', tsaPem),
      ],
      { encoding: 'utf8' },
    );
    return { ok: r.status === 0 && /Verification: OK/.test(r.stdout), output: r.stdout + r.stderr };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** `openssl crl -verify` of a DER CRL against the issuer's certificate. */
function opensslCrlVerify(crl: Buffer, caPem: string): boolean {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saraban-crl-'));
  try {
    fs.writeFileSync(path.join(dir, 'crl.der'), crl);
    fs.writeFileSync(path.join(dir, 'ca.pem'), caPem);
    const r = spawnSync(
      'openssl',
      [
        'crl',
        '-inform',
        'DER',
        '-in',
        path.join(dir, 'crl.der'),
        '-CAfile',
        path.join(dir, 'ca.pem'),
        '-noout',
      ],
      { encoding: 'utf8' },
    );
    return r.status === 0 && /verify OK/.test(r.stdout + r.stderr);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The /DSS of a PDF: its certificates and CRLs (DER). */
async function dssOf(pdf: Uint8Array): Promise<{ certs: Buffer[]; crls: Buffer[] } | null> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const dss = doc.catalog.lookup(PDFName.of('DSS'));
  if (!(dss instanceof PDFDict)) return null;
  const read = (key: string) => {
    const arr = dss.lookup(PDFName.of(key));
    if (!(arr instanceof PDFArray)) return [];
    return arr
      .asArray()
      .map((ref) => Buffer.from(decodePDFRawStream(doc.context.lookup(ref) as PDFRawStream).decode()));
  };
  return { certs: read('Certs'), crls: read('CRLs') };
}

/**
 * PAdES B-T and B-LT through the API: with a TSA configured every signature carries an RFC 3161 token
 * (checked with `openssl ts -verify`, and its authority's chain by verifyPdf); the first dispatch adds the
 * certificates and CRLs in a /DSS revision, which pdfsig, qpdf and verifyPdf accept; the receiving agency
 * stamps it and every signature stays valid.
 */
describe('time-stamps (B-T) and validation data at dispatch (B-LT)', () => {
  let tsa: LocalTsa;
  let s: LetterAgency;
  let other: OtherAgency;
  let signature: string;
  let admin: LetterUser;
  let caPem: string;
  let letterId: string;
  let signedPdf: Uint8Array;

  before(async () => {
    tsa = await startLocalTsa();
    const o = await startOutgoingAgency({ config: { SARABAN_TSA_URL: tsa.url } });
    s = o.s;
    other = o.other;
    signature = o.signature;
    admin = await loginAdmin(s);
    caPem = (await as(s.app, admin).get('/pki/ca')).json().pem;
  });
  after(async () => {
    await s?.close();
    await tsa?.close();
  });

  const verify = async (user: LetterUser, pdf: Uint8Array) => ok(await postVerify(s, user, pdf));

  test('a certificate signature carries a time-stamp token that openssl ts accepts: level B-T', async () => {
    const issued = ok(
      await as(s.app, admin).post(`/users/${s.director.userId}/certificates`, { algorithm: 'ecdsa-p256' }),
      201,
    );
    const draft = await newDraft(s, s.staffA, draftOf(s, 'external'));
    letterId = draft.id;
    await toSignature(s, draft.id);
    const before = tsa.requests;
    ok(await signRequest(s, draft.id, signature, { mode: 'certificate', certificateId: issued.id }));
    assert.equal(tsa.requests, before + 1, 'one query to the TSA');
    signedPdf = await pdfOf(s, s.director, draft.id);
    assert.ok(cmsAttributes(signedPdf, -1).includes('id-smime-aa-timeStampToken'));
    const ts = opensslTsVerify(timeStampOf(signedPdf, -1), tsa.caCertPem, tsa.tsaCertPem);
    assert.ok(ts.ok, ts.output);
    const sigs = pdfsig(signedPdf, { nssDir: makeNssDb({ trust: [caPem] }) });
    assert.equal(sigs[0]!.valid, true);

    const report = await verify(s.clerk, signedPdf);
    assert.equal(report.valid, true, JSON.stringify(report.problems));
    const sig = report.signatures[0];
    assert.equal(sig.level, 'B-T');
    assert.ok(sig.timeStampTime);
    assert.match(sig.timeStampAuthority, /Saraban Test TSA/);
    assert.equal(sig.timeStampTrusted, false, 'the TSA root is not a trust anchor yet');
    ok(await as(s.app, admin).post('/pki/trust-anchors', { certificate: tsa.caCertPem }), 201);
    assert.equal((await verify(s.clerk, signedPdf)).signatures[0].timeStampTrusted, true);

    // A token over other bytes does not pass openssl either.
    const wrong = timeStampOf(signedPdf, -1);
    wrong.signatureValue[0] = wrong.signatureValue[0]! ^ 1;
    assert.equal(opensslTsVerify(wrong, tsa.caCertPem, tsa.tsaCertPem).ok, false);
  });

  test('the TSA unreachable: a clear 503, nothing signed, no number burnt', async () => {
    const { s: lone, signature: sig } = await startOutgoingAgency({
      config: { SARABAN_TSA_URL: 'http://127.0.0.1:9/tsa' },
    });
    try {
      const draft = await newDraft(lone, lone.staffA, draftOf(lone, 'external'));
      await toSignature(lone, draft.id);
      const res = await signRequest(lone, draft.id, sig);
      assert.equal(res.statusCode, 503, res.body);
      assert.equal(res.json().error.code, 'TSA_UNAVAILABLE');
      const view = ok(await api(lone.app, lone.director).get(`/outgoing/${draft.id}`));
      assert.equal(view.status, 'awaiting-signature');
      assert.equal(view.numberFormatted ?? null, null);
    } finally {
      await lone.close();
    }
  });

  test('the first dispatch adds a /DSS revision (B-LT): certificates and the CRL; every verifier accepts it', async () => {
    ok(
      await api(s.app, s.clerk).post(`/outgoing/${letterId}/dispatch`, {
        agencySlugs: [other.b.tenant.slug],
        orgUnitIds: [],
        paperRecipients: [],
      }),
    );
    const dispatched = await pdfOf(s, s.clerk, letterId);
    assert.ok(dispatched.length > signedPdf.length);
    assert.equal(Buffer.compare(dispatched.subarray(0, signedPdf.length), signedPdf), 0);
    const dss = await dssOf(dispatched);
    assert.ok(dss, 'the letter has a /DSS');
    const subjects = dss.certs.map((c) => new X509Certificate(c).subject);
    assert.ok(
      subjects.some((x) => /Saraban Test TSA/.test(x)),
      'the TSA certificate',
    );
    assert.ok(
      subjects.some((x) => x.includes(s.a.tenant.nameTh)),
      'the agency CA',
    );
    assert.equal(dss.crls.length, 1, "the agency CA's CRL");
    assert.ok(opensslCrlVerify(dss.crls[0]!, caPem), 'the CRL is signed by the agency CA');

    assert.ok(qpdfCheck(dispatched).ok);
    const sigs = pdfsig(dispatched, { nssDir: makeNssDb({ trust: [caPem] }) });
    assert.equal(sigs[0]!.valid, true);
    const report = await verify(s.clerk, dispatched);
    assert.equal(report.valid, true, JSON.stringify(report.problems));
    assert.equal(report.signatures[0].laterChanges, 'validation-data');
    assert.equal(report.modifiedAfterLastSignature, false);

    // Dispatching again (to a division) reuses that revision.
    ok(
      await api(s.app, s.clerk).post(`/outgoing/${letterId}/dispatch`, {
        orgUnitIds: [s.units.divB],
        agencySlugs: [],
        paperRecipients: [],
      }),
    );
    assert.equal(Buffer.compare(await pdfOf(s, s.clerk, letterId), dispatched), 0);

    // The QR page checks the copy with the validation data.
    const code = (
      await s.t.db
        .selectFrom('outgoing_letters')
        .select('verify_code')
        .where('id', '=', letterId)
        .executeTakeFirstOrThrow()
    ).verify_code;
    const page = ok(await s.app.inject({ method: 'GET', url: `/api/public/verify/${code}` }));
    assert.equal(page.report.valid, true, JSON.stringify(page.report.problems));
  });

  test("the receiving agency's sealed stamp keeps the sender's signature valid", async () => {
    const [incoming] = await queueIds(s, other.clerk, 'to-receive');
    assert.ok(incoming);
    const letter = ok(await api(s.app, other.clerk).get(`/letters/${incoming}`));
    const receive = letter.actions.find((a: { action: string }) => a.action === 'receive');
    ok(await api(s.app, other.clerk).post(`/deliveries/${receive.deliveryId}/receive`, {}));
    const theirs = new Uint8Array((await api(s.app, other.clerk).get(`/letters/${incoming}/pdf`)).rawPayload);
    const otherCa = toPem(
      new Uint8Array(
        (await s.app.inject({ method: 'GET', url: `/pki/${other.b.tenant.slug}/ca.crt` })).rawPayload,
      ),
    );
    const sigs = pdfsig(theirs, { nssDir: makeNssDb({ trust: [caPem, otherCa] }) });
    assert.deepEqual(
      sigs.map((x) => [x.valid, x.totalDocumentSigned]),
      [
        [true, false],
        [true, true],
      ],
    );
    const report = await verify(other.clerk, theirs);
    assert.equal(report.valid, true, JSON.stringify(report.problems));
    assert.deepEqual(
      report.signatures.map((x: { kind: string; level: string }) => [x.kind, x.level]),
      [
        ['digital', 'B-T'],
        ['seal', 'B-T'],
      ],
    );
  });
});
