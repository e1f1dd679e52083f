import { createPrivateKey, X509Certificate } from 'node:crypto';
import { createPdfEngine } from '../../../src/adapters/pdf/index.ts';
import { cadesSign } from '../../../src/adapters/pki/cades.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type PDFArray, PDFDict, PDFDocument, PDFName, type PDFNumber } from 'pdf-lib';
import { certificateInfo, toPem } from '../../../src/adapters/pki/certificates.ts';
import {
  type LetterAgency,
  type LetterUser,
  as,
  makePdf,
  makeSignaturePng,
  multipart,
} from '../../support/letters.ts';
import { api, loginAdmin } from '../../support/letters-extra.ts';
import { postVerify } from '../../support/signing.ts';
import {
  draftOf,
  newDraft,
  pdfOf,
  pdfText,
  signRequest,
  startOutgoingAgency,
  toSignature,
} from '../../support/outgoing.ts';
import {
  cmsAttributes,
  makeNssDb,
  makeOpensslIdentity,
  opensslCmsVerify,
  pdfsig,
  qpdfCheck,
} from '../../support/verifiers.ts';

/**
 * Certificate signing end to end through the API, checked by independent verifiers (pdfsig, openssl cms,
 * qpdf) and by our own verifyPdf: the agency CA, an internal certificate for the director, a signed
 * outgoing letter (electronic = sealed by the unit, and digital = the director's certificate, from the
 * store and from a PKCS#12 brought along), tampering, revocation and the public QR page.
 */
describe('signatures that anyone can verify', () => {
  let s: LetterAgency;
  let admin: LetterUser;
  let signature: string;
  let caPem: string;
  let certificateId: string;
  let signedPdf: Uint8Array;
  let letterId: string;

  before(async () => {
    const o = await startOutgoingAgency();
    s = o.s;
    admin = await loginAdmin(s);
    signature = await makeSignaturePng();
  });
  after(() => s.close());

  const verify = (user: LetterUser, pdf: Uint8Array) => postVerify(s, user, pdf);

  test('the agency CA is there, and the admin issues the director an internal certificate', async () => {
    const ca = await as(s.app, admin).get('/pki/ca');
    assert.equal(ca.statusCode, 200, ca.body);
    caPem = ca.json().pem;
    assert.match(caPem, /BEGIN CERTIFICATE/);
    const denied = await as(s.app, s.staffA).post(`/users/${s.director.userId}/certificates`, {});
    assert.equal(denied.statusCode, 403);
    const issued = await as(s.app, admin).post(`/users/${s.director.userId}/certificates`, {
      algorithm: 'rsa-2048',
    });
    assert.equal(issued.statusCode, 201, issued.body);
    certificateId = issued.json().id;
    assert.equal(issued.json().status, 'active');
    const mine = (await as(s.app, s.director).get('/account/certificates')).json();
    assert.deepEqual(
      mine.items.map((c: { id: string }) => c.id),
      [certificateId],
    );
  });

  test('the director signs an outgoing letter with the certificate: pdfsig, openssl and verifyPdf say valid', async () => {
    const draft = await newDraft(s, s.staffA, draftOf(s, 'external'));
    letterId = draft.id;
    await toSignature(s, draft.id);
    const other = await signRequest(s, draft.id, signature, { mode: 'certificate' });
    assert.equal(other.statusCode, 400);
    assert.equal(other.json().error.code, 'CERTIFICATE_REQUIRED');
    const res = await signRequest(s, draft.id, signature, { mode: 'certificate', certificateId });
    assert.equal(res.statusCode, 200, res.body);
    signedPdf = await pdfOf(s, s.director, draft.id);
    const sigs = pdfsig(signedPdf, { nssDir: makeNssDb({ trust: [caPem] }) });
    assert.equal(sigs.length, 1);
    assert.equal(sigs[0]!.valid, true, sigs[0]!.signatureValidation ?? '');
    assert.equal(sigs[0]!.signatureType, 'ETSI.CAdES.detached');
    assert.match(sigs[0]!.certificateValidation ?? '', /Trusted/);
    assert.equal(sigs[0]!.totalDocumentSigned, true);
    assert.ok(opensslCmsVerify(signedPdf, -1, caPem).ok);
    assert.ok(cmsAttributes(signedPdf, -1).some((a) => /signingCertificateV2/i.test(a)));
    assert.ok(qpdfCheck(signedPdf).ok);
    const report = (await verify(s.clerk, signedPdf)).json();
    assert.equal(report.valid, true, JSON.stringify(report.problems));
    assert.equal(report.signatures[0].kind, 'digital');
    assert.equal(report.signatures[0].trusted, true);
    assert.equal(report.signatures[0].watermark, 'valid');
  });

  test('one changed byte is caught by pdfsig, openssl and verifyPdf', async () => {
    const tampered = Buffer.from(signedPdf);
    tampered[2000] = tampered[2000]! ^ 0x01;
    assert.equal(pdfsig(tampered)[0]!.valid, false);
    assert.equal(opensslCmsVerify(tampered, -1, caPem).ok, false);
    const report = (await verify(s.clerk, tampered)).json();
    assert.equal(report.valid, false);
    assert.equal(report.signatures[0].intact, false);
    assert.deepEqual(report.issues, [{ code: 'SIGNATURE_BROKEN', signature: 1 }]);
  });

  test('the QR page of the letter says valid; a tampered copy uploaded there says not valid', async () => {
    const codeRow = await s.t.db
      .selectFrom('outgoing_letters')
      .select('verify_code')
      .where('id', '=', letterId)
      .executeTakeFirstOrThrow();
    assert.ok(codeRow.verify_code);
    const page = await s.app.inject({ method: 'GET', url: `/api/public/verify/${codeRow.verify_code}` });
    assert.equal(page.statusCode, 200, page.body);
    assert.equal(page.json().report.valid, true);
    assert.equal(page.json().digits, 'thai', "the page writes dates in the agency's digits");
    const logged = await s.t.db
      .selectFrom('audit_log')
      .select(['actor_kind', 'summary'])
      .where('action', '=', 'outgoing.verified-publicly')
      .where('target_id', '=', letterId)
      .execute();
    assert.equal(logged.length, 1, 'the public read is in the agency audit log');
    assert.equal(logged[0]!.actor_kind, 'system');
    const tampered = Buffer.from(signedPdf);
    tampered[2000] = tampered[2000]! ^ 0x01;
    const { payload, headers } = multipart(undefined, [
      { field: 'file', fileName: 'x.pdf', contentType: 'application/pdf', bytes: tampered },
    ]);
    const up = await s.app.inject({
      method: 'POST',
      url: `/api/public/verify/${codeRow.verify_code}`,
      payload,
      headers,
    });
    assert.equal(up.statusCode, 200, up.body);
    assert.equal(up.json().report.valid, false);
    assert.equal(up.json().sameAsIssued, false);
    const unknown = await s.app.inject({ method: 'GET', url: '/api/public/verify/AAAAAAAAAAAAAAAA' });
    assert.equal(unknown.statusCode, 404);
  });

  test('the deputy signs as รักษาราชการแทน with her certificate: the capacity is in the view, the PDF and the signature', async () => {
    const cert = await as(s.app, admin).post(`/users/${s.deputy.userId}/certificates`, {
      algorithm: 'ecdsa-p256',
    });
    assert.equal(cert.statusCode, 201, cert.body);
    const capacities = (await as(s.app, s.deputy).get('/account/capacities')).json().capacities;
    const acting = capacities.find((c: { kind: string }) => c.kind === 'acting');
    const draft = await newDraft(s, s.staffA, draftOf(s, 'external'));
    await toSignature(s, draft.id, { signer: s.deputy });
    const res = await signRequest(
      s,
      draft.id,
      signature,
      { mode: 'certificate', certificateId: cert.json().id, appointmentId: acting.appointmentId },
      s.deputy,
    );
    assert.equal(res.statusCode, 200, res.body);
    const view = res.json();
    assert.equal(view.signerCapacity, 'รักษาราชการแทนผู้อำนวยการสำนักงานทดสอบ');
    assert.equal(view.signerPosition, 'รองผู้อำนวยการสำนักงาน', 'her own position, the capacity below it');
    assert.ok(view.verifyCode);
    const pdf = await pdfOf(s, s.deputy, draft.id);
    const download = await as(s.app, s.deputy).get(`/outgoing/${draft.id}/pdf`);
    const named = decodeURIComponent(
      String(download.headers['content-disposition']).split("UTF-8''")[1] ?? '',
    );
    assert.equal(
      named,
      `${view.numberFormatted.replaceAll('/', '-')}.pdf`,
      'the download is named by its number',
    );
    // The QR code is also a link to the public page, inside the signed revision.
    assert.match(Buffer.from(pdf).toString('latin1'), new RegExp(`/URI \\([^)]*/v/${view.verifyCode}\\)`));
    assert.match(pdfText(pdf), /รักษาราชการแทน/);
    // The signature's widget lies over the signature block, so a viewer opens the signature from there.
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    const widgets = doc.context
      .enumerateIndirectObjects()
      .map(([, o]) => o)
      .filter((o): o is PDFDict => o instanceof PDFDict && o.get(PDFName.of('FT')) === PDFName.of('Sig'));
    assert.equal(widgets.length, 1);
    const [x1, y1, x2, y2] = (widgets[0]!.lookup(PDFName.of('Rect')) as PDFArray)
      .asArray()
      .map((n) => (n as PDFNumber).asNumber()) as [number, number, number, number];
    assert.ok(x2 - x1 > 100 && y2 - y1 > 40, `a visible area, not a zero box: ${[x1, y1, x2, y2]}`);
    assert.ok(
      x1 > 150 && x2 < 595 && y1 > 0 && y2 < 842,
      `in the signature column of page 1: ${[x1, y1, x2, y2]}`,
    );
    const report = (await verify(s.clerk, pdf)).json();
    assert.equal(report.valid, true, JSON.stringify(report.problems));
    assert.equal(report.signatures[0].capacity, 'รักษาราชการแทนผู้อำนวยการสำนักงานทดสอบ');
    assert.equal(report.signatures[0].certificate.commonName, 'นายวิไล ทำแทนได้');
    const sigs = pdfsig(pdf, { nssDir: makeNssDb({ trust: [caPem] }) });
    assert.equal(sigs[0]!.valid, true);
  });

  test('a PKCS#12 brought along signs once; a wrong password or an expired certificate burns nothing', async () => {
    const id = makeOpensslIdentity({
      keyType: 'ec',
      commonName: 'นายผู้อำนวยการ ทดสอบ',
      password: 'p12-secret',
    });
    const expired = makeOpensslIdentity({ keyType: 'rsa', password: 'p12-secret', expired: true });
    const draft = await newDraft(s, s.staffA, draftOf(s, 'external'));
    await toSignature(s, draft.id);
    const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
    const wrong = await signRequest(s, draft.id, signature, {
      mode: 'certificate',
      p12: b64(id.p12),
      p12Password: 'nope',
    });
    assert.equal(wrong.json().error.code, 'PKCS12_PASSWORD');
    const old = await signRequest(s, draft.id, signature, {
      mode: 'certificate',
      p12: b64(expired.p12),
      p12Password: 'p12-secret',
    });
    assert.equal(old.json().error.code, 'CERTIFICATE_EXPIRED');
    const junk = await signRequest(s, draft.id, signature, {
      mode: 'certificate',
      p12: b64(new Uint8Array([1, 2, 3])),
      p12Password: 'x',
    });
    assert.equal(junk.json().error.code, 'PKCS12_INVALID');
    const view = (await as(s.app, s.director).get(`/outgoing/${draft.id}`)).json();
    assert.equal(view.status, 'awaiting-signature', 'nothing was signed or numbered');
    const ok = await signRequest(s, draft.id, signature, {
      mode: 'certificate',
      p12: b64(id.p12),
      p12Password: 'p12-secret',
    });
    assert.equal(ok.statusCode, 200, ok.body);
    const pdf = await pdfOf(s, s.director, draft.id);
    const sigs = pdfsig(pdf, { nssDir: makeNssDb({ trust: [id.caCertPem] }) });
    assert.equal(sigs[0]!.valid, true);
    assert.equal(sigs[0]!.signerCommonName, 'นายผู้อำนวยการ ทดสอบ');
    // Not stored: the director's store still holds only the internal certificate.
    assert.equal((await as(s.app, s.director).get('/account/certificates')).json().items.length, 1);
    // Trusted once the agency imports that CA as a trust anchor.
    const before = (await verify(s.clerk, pdf)).json();
    assert.equal(before.signatures[0].trusted, false);
    assert.deepEqual(before.issues, [{ code: 'CERTIFICATE_UNTRUSTED', signature: 1 }]);
    const anchor = await as(s.app, admin).post('/pki/trust-anchors', { certificate: id.caCertPem });
    assert.equal(anchor.statusCode, 201, anchor.body);
    const afterAnchor = (await verify(s.clerk, pdf)).json();
    assert.equal(afterAnchor.signatures[0].trusted, true, JSON.stringify(afterAnchor.signatures[0]));
  });

  test('a revoked certificate cannot sign and is listed in the CRL; a signature made before the revocation stays valid', async () => {
    const revoked = await as(s.app, admin).post(`/certificates/${certificateId}/revoke`, {
      reason: 'กุญแจรั่วไหล',
    });
    assert.equal(revoked.statusCode, 200, revoked.body);
    assert.equal(revoked.json().status, 'revoked');
    const draft = await newDraft(s, s.staffA, draftOf(s, 'external'));
    await toSignature(s, draft.id);
    const res = await signRequest(s, draft.id, signature, { mode: 'certificate', certificateId });
    assert.equal(res.json().error.code, 'CERTIFICATE_REVOKED');
    const crl = await s.app.inject({ method: 'GET', url: `/pki/${s.a.tenant.slug}/crl` });
    assert.equal(crl.statusCode, 200);
    assert.equal(crl.headers['content-type'], 'application/pkix-crl');
    const serial = certificateInfo(
      new Uint8Array(
        (await s.deps.letters.uow.read((r) => r.signing.getCertificate(s.a.tenant.id, certificateId)))!
          .certificate,
      ),
    ).serialNumber;
    assert.ok(serial);
    const caCrt = await s.app.inject({ method: 'GET', url: `/pki/${s.a.tenant.slug}/ca.crt` });
    assert.equal(toPem(new Uint8Array(caCrt.rawPayload)), caPem);
    const report = (await verify(s.clerk, signedPdf)).json();
    assert.equal(report.signatures[0].trusted, true, 'signed before the revocation');
  });

  test('electronic signing seals the letter with the unit certificate, and its image watermark verifies', async () => {
    const draft = await newDraft(s, s.staffA, draftOf(s, 'external'));
    await toSignature(s, draft.id);
    const res = await signRequest(s, draft.id, signature);
    assert.equal(res.statusCode, 200, res.body);
    const pdf = await pdfOf(s, s.director, draft.id);
    const sigs = pdfsig(pdf, { nssDir: makeNssDb({ trust: [caPem] }) });
    assert.equal(sigs.length, 1);
    assert.equal(sigs[0]!.valid, true);
    const report = (await verify(s.clerk, pdf)).json();
    assert.equal(report.valid, true, JSON.stringify(report.problems));
    assert.equal(report.signatures[0].kind, 'seal');
    assert.equal(report.signatures[0].watermark, 'valid');
  });

  test("the admin imports, views and removes a user's signature image (นำเข้าลายเซ็น); others may not", async () => {
    const url = `/users/${s.deputy.userId}/signature`;
    const denied = await api(s.app, s.staffA).put(url, { image: signature });
    assert.equal(denied.statusCode, 403);
    const missing = await api(s.app, admin).put('/users/00000000-0000-4000-8000-000000000000/signature', {
      image: signature,
    });
    assert.equal(missing.statusCode, 404);
    const stored = await api(s.app, admin).put(url, { image: signature });
    assert.equal(stored.statusCode, 200, stored.body);
    assert.equal(stored.json().hasImage, true);
    assert.equal((await api(s.app, s.deputy).get('/account/signature')).json().hasImage, true);
    assert.equal((await api(s.app, admin).get(url)).json().hasImage, true);
    const png = await api(s.app, admin).get(`${url}.png`);
    assert.equal(png.statusCode, 200);
    assert.equal(png.headers['content-type'], 'image/png');
    assert.equal((await api(s.app, s.staffA).get(`${url}.png`)).statusCode, 403);
    const viewed = await s.t.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'signature.viewed')
      .where('target_id', '=', s.deputy.userId)
      .execute();
    assert.equal(viewed.length, 1, 'the read is in the audit log');
    const removed = await api(s.app, admin).delete(url);
    assert.equal(removed.json().hasImage, false);
    assert.equal((await api(s.app, admin).get(`${url}.png`)).statusCode, 404);
  });

  test('a signature naming a made-up agency is simply untrusted, never a server error', async () => {
    const id = makeOpensslIdentity({ keyType: 'ec', password: 'pw' });
    const key = createPrivateKey(id.keyPem);
    const certificate = new Uint8Array(new X509Certificate(id.certPem).raw);
    const pdf = await createPdfEngine().signPdf(
      await makePdf(),
      {
        fieldName: 'forged',
        signerName: 'someone',
        reason: 'test',
        signingTime: new Date(),
        properties: { Kind: 'digital', Tenant: "x' OR 1=1 --", Signer: 'nobody' },
      },
      (chunks) => cadesSign(chunks, { key, certificate, chain: [] }),
    );
    const res = await verify(s.clerk, pdf);
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json().issues[0], { code: 'CERTIFICATE_UNTRUSTED', signature: 1 });
  });

  test('verifyPdf refuses what is not a PDF with a clear 4xx', async () => {
    const res = await verify(s.clerk, new Uint8Array(Buffer.from('hello')));
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error.code, 'PDF_INVALID');
  });
});
