import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type PDFArray, PDFDict, PDFDocument, PDFName, type PDFNumber, PDFRawStream, PDFRef } from 'pdf-lib';
import { IncrementalUpdate } from '../../../src/adapters/pdf/incremental.ts';
import {
  as,
  type LetterAgency,
  type LetterUser,
  letterMetadata,
  makePdf,
  makeSignaturePng,
  multipart,
  pdfPart,
  pdfTool,
  registerLetter,
  startLetterAgency,
} from '../../support/letters.ts';
import { loginAdmin, ok } from '../../support/letters-extra.ts';
import { postVerify } from '../../support/signing.ts';
import {
  makeNssDb,
  makeOpensslIdentity,
  opensslCmsVerify,
  type PdfsigSignature,
  pdfsig,
  pdfsigAddSignature,
  qpdfCheck,
} from '../../support/verifiers.ts';
import { TEST_MASTER_KEY, TEST_PASSWORD } from '../../support/factories.ts';
import { addRegister, draftOf, signedLetter } from '../../support/outgoing.ts';

/**
 * A letter through its whole life keeps every signature valid, and any later change is caught: a PDF that
 * another agency signed with another tool (pdfsig) is registered (receipt stamp sealed by the unit), gets
 * three signed commands and a division's sealed receipt; pdfsig, openssl and our verifier (API and CLI)
 * agree on each signature; an image swap, an edited command and a changed byte are caught by all of them.
 */
describe('every revision of a letter stays valid, and every change is caught', () => {
  const FOREIGN_CN = 'สำนักงานต้นทาง ผู้ลงนาม';
  let s: LetterAgency;
  let signature: string;
  let caPem: string;
  let foreign: ReturnType<typeof makeOpensslIdentity>;
  let nssDir: string;
  let signedByTool: Uint8Array;
  let letterId: string;
  let finalPdf: Uint8Array;
  /** Every tampered copy made below; the CLI and the public page must refuse each one. */
  const tampered: { what: string; pdf: Uint8Array }[] = [];

  before(async () => {
    s = await startLetterAgency();
    signature = await makeSignaturePng();
    const admin = await loginAdmin(s);
    caPem = (await as(s.app, admin).get('/pki/ca')).json().pem;
    foreign = makeOpensslIdentity({ keyType: 'rsa', commonName: FOREIGN_CN, password: 'foreign-p12' });
    nssDir = makeNssDb({
      trust: [foreign.caCertPem, caPem],
      p12: { bytes: foreign.p12, password: foreign.password },
    });
    signedByTool = pdfsigAddSignature(await makePdf({ text: 'Signed elsewhere' }), {
      nssDir,
      nick: FOREIGN_CN,
      password: foreign.password,
      reason: 'ลงนามโดยหน่วยงานต้นทาง',
    });
    // The receiving agency trusts the sender's CA (an imported trust anchor).
    const anchor = await as(s.app, admin).post('/pki/trust-anchors', { certificate: foreign.caCertPem });
    assert.equal(anchor.statusCode, 201, anchor.body);
  });
  after(() => s.close());

  const verify = async (user: LetterUser, pdf: Uint8Array) => ok(await postVerify(s, user, pdf));

  const pdfOf = async (id: string) =>
    new Uint8Array((await as(s.app, s.clerk).get(`/letters/${id}/pdf`)).rawPayload);

  async function command(user: LetterUser, body: Record<string, unknown>) {
    const res = await as(s.app, user).post(`/letters/${letterId}/commands`, {
      userIds: [],
      orgUnitIds: [],
      password: TEST_PASSWORD,
      signatureImage: signature,
      ...body,
    });
    assert.equal(res.statusCode, 200, res.body);
  }

  function assertAllValid(sigs: PdfsigSignature[], count: number) {
    assert.equal(sigs.length, count);
    for (const sig of sigs) assert.equal(sig.valid, true, `#${sig.index}: ${sig.signatureValidation}`);
    assert.deepEqual(
      sigs.map((x) => x.totalDocumentSigned),
      sigs.map((_, i) => i === count - 1),
      'only the last signature covers the whole file',
    );
  }

  test('our verifier agrees with pdfsig on a PDF signed by another tool', async () => {
    const theirs = pdfsig(signedByTool, { nssDir });
    assert.equal(theirs[0]!.valid, true);
    const ours = await verify(s.clerk, signedByTool);
    assert.equal(ours.valid, true, JSON.stringify(ours.problems));
    assert.equal(ours.signatures[0].certificate.commonName, FOREIGN_CN);
    assert.equal(ours.signatures[0].trusted, true);
    assert.equal(ours.signatures[0].subFilter, 'adbe.pkcs7.detached');
    const tampered = Buffer.from(signedByTool);
    tampered[300] = tampered[300]! ^ 0x20;
    assert.equal(pdfsig(tampered, { nssDir })[0]!.valid, false);
    assert.equal((await verify(s.clerk, tampered)).valid, false);
  });

  test('receipt stamp, three commands and a division receipt: six signatures, all valid everywhere', async () => {
    const res = await registerLetter(s.app, s.clerk.session, letterMetadata(), [pdfPart(signedByTool)]);
    assert.equal(res.statusCode, 201, res.body);
    letterId = res.json().id;
    const propose = await as(s.app, s.clerk).post(`/letters/${letterId}/propose`, {
      userIds: [s.deputy.userId],
      content: 'เรียน รอง ผอ. เพื่อโปรดพิจารณา',
    });
    assert.equal(propose.statusCode, 200, propose.body);
    const view = (await as(s.app, s.deputy).get(`/letters/${letterId}`)).json();
    const proposal = view.actions.find((x: { action: string }) => x.action === 'command');
    await command(s.deputy, {
      deliveryId: proposal.deliveryId,
      text: 'เห็นควรมอบกองคลังดำเนินการ เสนอ ผอ. เพื่อโปรดพิจารณา',
      userIds: [s.director.userId],
    });
    await command(s.director, { text: 'อนุมัติ มอบกองคลังดำเนินการ', orgUnitIds: [s.units.divA] });
    await command(s.deputy, { text: 'แจ้งกองแผนงานทราบ', orgUnitIds: [s.units.divB] });
    const queue = (await as(s.app, s.clerkA).get('/letters?queue=to-receive')).json();
    const received = await as(s.app, s.clerkA).post(`/deliveries/${queue.items[0].delivery.id}/receive`, {});
    assert.equal(received.statusCode, 200, received.body);

    finalPdf = await pdfOf(letterId);
    assert.equal(Buffer.compare(finalPdf.subarray(0, signedByTool.length), signedByTool), 0);
    assert.ok(qpdfCheck(finalPdf).ok, qpdfCheck(finalPdf).output);
    const sigs = pdfsig(finalPdf, { nssDir });
    assertAllValid(sigs, 6);
    for (let i = 0; i < 6; i++) {
      assert.ok(opensslCmsVerify(finalPdf, i, [caPem, foreign.caCertPem]).ok, `openssl, signature ${i + 1}`);
    }
    const ours = await verify(s.clerk, finalPdf);
    assert.equal(ours.valid, true, JSON.stringify(ours.problems));
    assert.deepEqual(
      ours.signatures.map((x: { kind: string; trusted: boolean; intact: boolean }) => [
        x.kind,
        x.intact,
        x.trusted,
      ]),
      [
        ['unknown', true, true],
        ['seal', true, true],
        ['seal', true, true],
        ['seal', true, true],
        ['seal', true, true],
        ['seal', true, true],
      ],
    );
    // Each of our signatures can be opened from what it signed: the stamps and the route-page rows.
    const doc = await PDFDocument.load(finalPdf, { updateMetadata: false });
    const areas = doc.context
      .enumerateIndirectObjects()
      .map(([, o]) => o)
      .filter((o): o is PDFDict => o instanceof PDFDict && o.get(PDFName.of('FT')) === PDFName.of('Sig'))
      .map((w) => {
        const [x1, y1, x2, y2] = (w.lookup(PDFName.of('Rect')) as PDFArray)
          .asArray()
          .map((n) => (n as PDFNumber).asNumber()) as [number, number, number, number];
        return (x2 - x1) * (y2 - y1);
      });
    assert.equal(areas.length, 6);
    assert.equal(areas.filter((a) => a > 1000).length, 5, "all but the other tool's invisible signature");
    const images = ours.signatures.filter((x: { watermark: string }) => x.watermark !== 'not-checked');
    assert.ok(images.length >= 3, 'each command carries a signer image');
    for (const x of images) assert.equal(x.watermark, 'valid');
    // Every revision in between still passes qpdf.
    for (const rev of [2, 3, 4, 5]) {
      const r = await as(s.app, s.clerk).get(`/letters/${letterId}/pdf?revision=${rev}`);
      assert.equal(r.statusCode, 200);
      assert.ok(qpdfCheck(new Uint8Array(r.rawPayload)).ok, `revision ${rev}`);
    }
  });

  /** A later revision that replaces one object, as someone editing the file with a PDF tool would. */
  async function replaceObject(pdf: Uint8Array, pick: (u: IncrementalUpdate) => [PDFRef, PDFRawStream]) {
    const update = await IncrementalUpdate.open(pdf);
    const [ref, replacement] = pick(update);
    update.doc.context.assign(ref, replacement);
    return update.save();
  }

  test('swapping a signature image in a later revision is caught by pdfsig and by verifyPdf', async () => {
    const other = Buffer.from(await makeSignaturePng(), 'base64');
    const swapped = await replaceObject(finalPdf, (u) => {
      const ctx = u.doc.context;
      const target = ctx
        .enumerateIndirectObjects()
        .find(
          ([, o]) =>
            o instanceof PDFRawStream &&
            o.dict.get(PDFName.of('Subtype')) === PDFName.of('Image') &&
            o.dict.has(PDFName.of('SMask')),
        );
      assert.ok(target, 'a signature image is in the letter');
      return [target[0], ctx.flateStream(other, { Type: 'XObject', Subtype: 'Image' })];
    });
    tampered.push({ what: 'image swapped', pdf: swapped });
    const sigs = pdfsig(swapped, { nssDir });
    assert.equal(sigs.at(-1)!.totalDocumentSigned, false, 'pdfsig: the last signature no longer covers it');
    const ours = await verify(s.clerk, swapped);
    assert.equal(ours.valid, false);
    assert.equal(ours.modifiedAfterLastSignature, true);
    assert.equal(ours.signatures.at(-1).laterChanges, 'unsigned');
    assert.deepEqual(ours.issues[0], { code: 'MODIFIED_AFTER_SIGNING', signature: null });
  });

  test('editing the command text, in place or in a later revision, is caught', async () => {
    // In place: one glyph of the last route page's content stream changes inside the signed bytes.
    const doc = await IncrementalUpdate.open(finalPdf);
    const pages = doc.doc.getPages();
    const contentsRef = pages.at(-1)!.node.get(PDFName.of('Contents'));
    const contentRefs = contentsRef instanceof PDFRef ? [contentsRef] : [];
    assert.ok(contentRefs.length > 0, 'the route page has a content stream');
    const stream = doc.doc.context.lookup(contentRefs[0]!) as PDFRawStream;
    const needle = Buffer.from(stream.contents.subarray(0, 40));
    const at = Buffer.from(finalPdf).lastIndexOf(needle);
    assert.ok(at > 0, 'the content stream bytes are found in the file');
    const inPlace = Buffer.from(finalPdf);
    inPlace[at + 20] = inPlace[at + 20]! ^ 0x01;
    tampered.push({ what: 'command edited in place', pdf: inPlace });
    const ownerOf = pdfsig(inPlace, { nssDir });
    assert.ok(
      ownerOf.some((x) => !x.valid),
      'pdfsig: a signature covering the route page is broken',
    );
    const oursInPlace = await verify(s.clerk, inPlace);
    assert.equal(oursInPlace.valid, false);
    assert.ok(oursInPlace.signatures.some((x: { intact: boolean }) => !x.intact));

    // In a later revision: the page gets a new content stream with different text.
    const edited = await replaceObject(finalPdf, (u) => {
      const ctx = u.doc.context;
      const text = 'BT /F1 12 Tf 72 700 Td (Approved: pay the contractor in full) Tj ET';
      return [contentRefs[0]!, ctx.flateStream(Buffer.from(text))];
    });
    tampered.push({ what: 'command edited in a later revision', pdf: edited });
    assert.equal(pdfsig(edited, { nssDir }).at(-1)!.totalDocumentSigned, false);
    const oursEdited = await verify(s.clerk, edited);
    assert.equal(oursEdited.valid, false);
    assert.equal(oursEdited.modifiedAfterLastSignature, true);
  });

  test('one changed byte in any of the six revisions breaks that signature and every later one', async () => {
    const ranges = [
      ...Buffer.from(finalPdf)
        .toString('latin1')
        .matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)/g),
    ]
      .map((m) => m.slice(1, 5).map(Number) as [number, number, number, number])
      .sort((x, y) => x[2] + x[3] - (y[2] + y[3]));
    assert.equal(ranges.length, 6);
    let revisionStart = 0;
    for (const [i, [, b, c, d]] of ranges.entries()) {
      // A byte of this revision's own objects, before its /Contents.
      const at = revisionStart + Math.floor((b - revisionStart) / 2);
      const copy = Buffer.from(finalPdf);
      copy[at] = copy[at]! ^ 0x01;
      if (i === 0 || i === 5) tampered.push({ what: `a byte of revision ${i + 1}`, pdf: copy });
      const theirs = pdfsig(copy, { nssDir });
      const ours = await verify(s.clerk, copy);
      assert.equal(ours.valid, false, `revision ${i + 1}`);
      for (let j = 0; j < 6; j++) {
        const broken = j >= i;
        assert.equal(theirs[j]!.valid, !broken, `pdfsig, revision ${i + 1}, signature ${j + 1}`);
        assert.equal(ours.signatures[j].intact, !broken, `verifyPdf, revision ${i + 1}, signature ${j + 1}`);
      }
      revisionStart = c + d;
    }
  });

  test('the public QR page refuses every tampered copy uploaded there', async () => {
    await addRegister(s, 'dispatch');
    const letter = await signedLetter(s, signature, draftOf(s, 'external'));
    const { verify_code: code } = await s.t.db
      .selectFrom('outgoing_letters')
      .select('verify_code')
      .where('id', '=', letter.id)
      .executeTakeFirstOrThrow();
    assert.ok(tampered.length >= 5);
    for (const t of tampered) {
      const { payload, headers } = multipart(undefined, [
        { field: 'file', fileName: 'copy.pdf', contentType: 'application/pdf', bytes: t.pdf },
      ]);
      const res = ok(
        await s.app.inject({ method: 'POST', url: `/api/public/verify/${code}`, payload, headers }),
      );
      assert.equal(res.report.valid, false, t.what);
      assert.equal(res.sameAsIssued, false);
    }
  });

  describe('the CLI: saraban verify <file.pdf>', () => {
    let dir: string;
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saraban-cli-verify-'));
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    function cli(args: string[], env: Record<string, string | undefined>) {
      const r = spawnSync(process.execPath, ['bin/saraban.mjs', 'verify', ...args], {
        encoding: 'utf8',
        env: { ...process.env, LOG_LEVEL: 'silent', ...env },
        timeout: 120_000,
      });
      return { status: r.status, out: r.stdout, err: r.stderr, json: () => JSON.parse(r.stdout) };
    }
    const write = (name: string, bytes: Uint8Array | string) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, bytes);
      return file;
    };
    // The service's database and master key: its agency CAs and watermarks count.
    const service = () => ({
      DATABASE_URL: s.t.url,
      SARABAN_MASTER_KEY: TEST_MASTER_KEY,
    });

    test('with the service database: valid, exit 0, watermarks checked', () => {
      const r = cli(
        [write('final.pdf', finalPdf), '--ca', write('foreign.pem', foreign.caCertPem)],
        service(),
      );
      assert.equal(r.status, 0, r.err);
      const report = r.json();
      assert.equal(report.valid, true);
      assert.equal(report.signatureCount, 6);
      assert.ok(report.signatures.some((x: { watermark: string }) => x.watermark === 'valid'));
      assert.match(r.err, /valid/);
    });

    test('offline with --ca: valid, watermarks not checked without the master key', () => {
      const r = cli(
        [
          write('final2.pdf', finalPdf),
          '--offline',
          '--ca',
          write('both.pem', `${caPem}\n${foreign.caCertPem}`),
        ],
        { SARABAN_MASTER_KEY: undefined, SARABAN_DATA_DIR: dir },
      );
      assert.equal(r.status, 0, r.err);
      const report = r.json();
      assert.equal(report.valid, true, JSON.stringify(report.problems));
      assert.ok(report.signatures.every((x: { watermark: string }) => x.watermark === 'not-checked'));
      // Without the sender's root the first signature is not trusted: exit 1.
      const partial = cli([write('final3.pdf', finalPdf), '--offline', '--ca', write('ca.pem', caPem)], {
        SARABAN_MASTER_KEY: undefined,
        SARABAN_DATA_DIR: dir,
      });
      assert.equal(partial.status, 1);
      assert.equal(partial.json().signatures[0].trustProblem, 'untrusted');
    });

    test('every tampered copy gives exit 1; a file that is not a PDF gives exit 2', () => {
      const files = tampered.map((t, i) => write(`tampered-${i}.pdf`, t.pdf));
      const r = cli(files, service());
      assert.equal(r.status, 1, r.err);
      const reports = r.json();
      assert.equal(reports.length, tampered.length);
      for (const [i, report] of reports.entries()) assert.equal(report.valid, false, tampered[i]!.what);
      assert.equal(r.err.match(/not valid/g)?.length, tampered.length);
      const junk = cli([write('junk.pdf', 'hello'), '--offline'], { SARABAN_DATA_DIR: dir });
      assert.equal(junk.status, 2);
      assert.equal(junk.json().error, 'PDF_INVALID');
    });
  });

  test('pdftotext still reads the commands in the final letter', () => {
    const text = pdfTool('pdftotext', finalPdf).stdout;
    assert.match(text, /อนุมัติ มอบกองคลังดำเนินการ/);
    assert.match(text, /แจ้งกองแผนงานทราบ/);
  });
});
