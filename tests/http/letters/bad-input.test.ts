import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { createAppDeps } from '../../../src/composition.ts';
import { buildServer } from '../../../src/http/app.ts';
import { testConfig } from '../../support/factories.ts';
import {
  api,
  assertNothingStored,
  bombPng,
  encryptPdf,
  expectError,
  ok,
  type OtherAgency,
  rawMultipart,
  routeDeliveries,
  snapshot,
  startOtherAgency,
} from '../../support/letters-extra.ts';
import {
  type FilePart,
  type LetterAgency,
  letterMetadata,
  makePdf,
  makeScanPng,
  makeSignaturePng,
  multipart,
  pdfPart,
  registerLetter,
  startLetterAgency,
} from '../../support/letters.ts';

/**
 * The issue's "Bad input" list through the HTTP API: every refused registration is a clear 4xx with the
 * catalogue's code, stores no letter, writes nothing into the register book and burns no receipt number;
 * refused routing steps (foreign recipients, people off the route, other agencies' ids, wrong roles) change
 * nothing on the letter.
 */
describe('bad input', () => {
  let s: LetterAgency;
  let pdf: Uint8Array;
  let signature: string;
  let other: OtherAgency;

  before(async () => {
    s = await startLetterAgency();
    pdf = await makePdf();
    signature = await makeSignaturePng();
    other = await startOtherAgency(s);
  });
  after(() => s.close());

  const scan = (bytes: Uint8Array, fileName = 'scan.png', contentType = 'image/png'): FilePart => ({
    field: 'scans',
    fileName,
    contentType,
    bytes,
  });
  const attachment = (
    bytes: Uint8Array,
    fileName = 'att.pdf',
    contentType = 'application/pdf',
  ): FilePart => ({
    field: 'attachments',
    fileName,
    contentType,
    bytes,
  });

  /** Sends a registration that must be refused with `status`/`code`, then checks nothing was stored. */
  async function refused(
    label: string,
    metadata: unknown,
    files: FilePart[],
    status: number,
    code: string,
    session = s.clerk.session,
  ) {
    const before = await snapshot(s);
    const res = await registerLetter(s.app, session, metadata, files);
    expectError(res, status, code);
    await assertNothingStored(s, before, label);
  }

  /** Posts a raw body to the registration endpoint as the clerk. */
  const postRaw = (body: { payload: Buffer | string; headers: Record<string, string> }) =>
    s.app.inject({
      method: 'POST',
      url: '/api/v1/letters/incoming',
      headers: { ...s.clerk.session.headers, ...body.headers },
      payload: body.payload,
    });

  describe('registration', () => {
    test('without a session: 401 on every letter endpoint; a missing CSRF token: 403; nothing stored', async () => {
      const before = await snapshot(s);
      assert.equal(before.total, 0);
      assert.equal(before.next, 1, 'nothing was numbered yet');
      const body = multipart(letterMetadata(), [pdfPart(pdf)]);
      const anon = await s.app.inject({
        method: 'POST',
        url: '/api/v1/letters/incoming',
        headers: body.headers,
        payload: body.payload,
      });
      expectError(anon, 401, 'AUTH_REQUIRED');
      const id = randomUUID();
      for (const [method, url] of [
        ['GET', '/api/v1/letters'],
        ['GET', '/api/v1/letters/counts'],
        ['GET', `/api/v1/letters/${id}`],
        ['GET', `/api/v1/letters/${id}/pdf`],
        ['GET', `/api/v1/letters/${id}/route`],
        ['POST', `/api/v1/letters/${id}/forward`],
        ['POST', `/api/v1/deliveries/${id}/receive`],
        ['GET', '/api/v1/letter-views'],
        ['GET', '/api/v1/command-presets'],
        ['GET', '/api/v1/account/signature'],
      ] as const) {
        const res = await s.app.inject({ method, url, ...(method === 'POST' && { payload: {} }) });
        expectError(res, 401, 'AUTH_REQUIRED');
      }
      const noCsrf = await s.app.inject({
        method: 'POST',
        url: '/api/v1/letters/incoming',
        headers: { cookie: s.clerk.session.cookie, ...body.headers },
        payload: body.payload,
      });
      expectError(noCsrf, 403, 'AUTH_CSRF');
      await assertNothingStored(s, before, 'no session');
    });

    test('a person without the intake permission gets 403 PERMISSION_DENIED for every kind of intake', async () => {
      await refused(
        'staff registers',
        letterMetadata(),
        [pdfPart(pdf)],
        403,
        'PERMISSION_DENIED',
        s.staffA.session,
      );
      await refused(
        'person scans',
        letterMetadata({ intake: 'paper' }),
        [scan(await makeScanPng('x'))],
        403,
        'PERMISSION_DENIED',
        s.personB.session,
      );
      await refused(
        'staff backfills',
        letterMetadata({
          intake: 'old',
          receiptNumber: 1,
          receivedAt: new Date(Date.now() - 60_000).toISOString(),
        }),
        [],
        403,
        'PERMISSION_DENIED',
        s.staffA.session,
      );
    });

    test("a division clerk cannot register into the root unit or the root's register (403)", async () => {
      await refused(
        'division clerk into root unit',
        letterMetadata({ orgUnitId: s.units.root }),
        [pdfPart(pdf)],
        403,
        'PERMISSION_DENIED',
        s.clerkA.session,
      );
      await refused(
        'division clerk into root register',
        letterMetadata({ registerId: s.registers.root }),
        [pdfPart(pdf)],
        403,
        'PERMISSION_DENIED',
        s.clerkA.session,
      );
    });

    test("another agency's unit or register in the metadata is 404, like a missing one", async () => {
      await refused(
        'foreign unit',
        letterMetadata({ orgUnitId: other.b.rootUnitId }),
        [pdfPart(pdf)],
        404,
        'ORG_UNIT_NOT_FOUND',
      );
      await refused(
        'foreign register',
        letterMetadata({ registerId: other.registerId }),
        [pdfPart(pdf)],
        404,
        'REGISTER_NOT_FOUND',
      );
    });

    test('bytes that are not a PDF as "document": 400 PDF_INVALID (text, a PNG, a bare header)', async () => {
      await refused(
        'text as PDF',
        letterMetadata(),
        [pdfPart(new TextEncoder().encode('hello, this is not a PDF\n'))],
        400,
        'PDF_INVALID',
      );
      await refused('PNG as PDF', letterMetadata(), [pdfPart(await makeScanPng('png'))], 400, 'PDF_INVALID');
      await refused(
        'bare header',
        letterMetadata(),
        [pdfPart(new TextEncoder().encode('%PDF-1.7\n'))],
        400,
        'PDF_INVALID',
      );
    });

    test('a truncated or corrupted PDF: 400 PDF_INVALID, with the file name in the details', async () => {
      const truncated = pdf.subarray(0, Math.floor(pdf.length / 2));
      const before = await snapshot(s);
      const res = await registerLetter(s.app, s.clerk.session, letterMetadata(), [
        pdfPart(truncated, 'ครึ่งเดียว.pdf'),
      ]);
      expectError(res, 400, 'PDF_INVALID');
      assert.equal(res.json().error.details.fileName, 'ครึ่งเดียว.pdf');
      await assertNothingStored(s, before, 'truncated PDF');

      const corrupted = new Uint8Array(pdf);
      for (let i = 200; i < corrupted.length - 200; i++) corrupted[i] = (i * 7) & 0xff;
      await refused('corrupted PDF', letterMetadata(), [pdfPart(corrupted)], 400, 'PDF_INVALID');
    });

    test('an encrypted PDF (qpdf AES-256, with and without object streams): 400 PDF_ENCRYPTED', async () => {
      await refused('encrypted PDF', letterMetadata(), [pdfPart(encryptPdf(pdf))], 400, 'PDF_ENCRYPTED');
      await refused(
        'encrypted PDF with object streams',
        letterMetadata(),
        [pdfPart(encryptPdf(await makePdf({ objectStreams: true })))],
        400,
        'PDF_ENCRYPTED',
      );
    });

    test('an empty document, scan or attachment: 400 FILE_EMPTY', async () => {
      const empty = new Uint8Array(0);
      await refused('empty document', letterMetadata(), [pdfPart(empty)], 400, 'FILE_EMPTY');
      await refused(
        'empty scan',
        letterMetadata({ intake: 'paper' }),
        [scan(await makeScanPng('p1')), scan(empty, 'p2.png')],
        400,
        'FILE_EMPTY',
      );
      await refused(
        'empty attachment',
        letterMetadata(),
        [pdfPart(pdf), attachment(empty)],
        400,
        'FILE_EMPTY',
      );
    });

    test('a file over the configured size is 413 FILE_TOO_LARGE; one under it is accepted', async () => {
      // The same database, a server configured for 1 MB uploads; the clerk's session is valid on it too.
      const deps = await createAppDeps({ db: s.t.db, config: testConfig({ SARABAN_MAX_UPLOAD_MB: '1' }) });
      const small: FastifyInstance = await buildServer(deps);
      try {
        const send = (files: FilePart[]) => {
          const body = multipart(letterMetadata(), files);
          return small.inject({
            method: 'POST',
            url: '/api/v1/letters/incoming',
            headers: { ...s.clerk.session.headers, ...body.headers },
            payload: body.payload,
          });
        };
        const big = new Uint8Array(randomBytes(1024 * 1024 + 100_000));
        let before = await snapshot(s);
        const tooBig = await send([pdfPart(pdf), attachment(big, 'ใหญ่.bin', 'application/octet-stream')]);
        expectError(tooBig, 413, 'FILE_TOO_LARGE');
        assert.equal(tooBig.json().error.details.maxMb, 1);
        assert.equal(tooBig.json().error.details.fileName, 'ใหญ่.bin');
        await assertNothingStored(s, before, 'attachment over 1 MB');

        // A "document" over the limit: a PDF header followed by 1.1 MB.
        const bigPdf = new Uint8Array(big.length);
        bigPdf.set(new TextEncoder().encode('%PDF-1.7\n'));
        before = await snapshot(s);
        expectError(await send([pdfPart(bigPdf)]), 413, 'FILE_TOO_LARGE');
        await assertNothingStored(s, before, 'document over 1 MB');

        before = await snapshot(s);
        const fine = await send([pdfPart(pdf), attachment(big.subarray(0, 900_000), 'เล็กกว่า.bin')]);
        assert.equal(fine.statusCode, 201, fine.body);
        assert.equal(fine.json().receipt.number, before.next);
        assert.equal(fine.json().attachments[0].size, 900_000);
      } finally {
        await small.close();
      }
    });

    test('the default server takes a 2 MB attachment (the upload limit, not the JSON body limit, applies)', async () => {
      const before = await snapshot(s);
      const bytes = new Uint8Array(randomBytes(2 * 1024 * 1024));
      const res = await registerLetter(s.app, s.clerk.session, letterMetadata(), [
        pdfPart(pdf),
        attachment(bytes, 'ข้อมูล.bin', 'application/octet-stream'),
      ]);
      assert.equal(res.statusCode, 201, res.body);
      assert.equal(res.json().receipt.number, before.next);
      const download = await api(s.app, s.clerk).get(
        `/letters/${res.json().id}/attachments/${res.json().attachments[0].id}`,
      );
      assert.equal(download.statusCode, 200);
      assert.equal(
        Buffer.compare(download.rawPayload, Buffer.from(bytes)),
        0,
        'the attachment comes back intact',
      );
    });

    test('scans that are not images: a text file 400 FILE_TYPE_UNSUPPORTED, a broken PNG or JPEG 400 IMAGE_INVALID', async () => {
      const good = await makeScanPng('page one');
      await refused(
        'text file as scan',
        letterMetadata({ intake: 'paper' }),
        [scan(new TextEncoder().encode('just some text'), 'notes.png')],
        400,
        'FILE_TYPE_UNSUPPORTED',
      );
      const brokenPng = new Uint8Array(good.subarray(0, 60));
      const before = await snapshot(s);
      const res = await registerLetter(s.app, s.clerk.session, letterMetadata({ intake: 'paper' }), [
        scan(good, 'หน้า๑.png'),
        scan(brokenPng, 'หน้า๒.png'),
      ]);
      expectError(res, 400, 'IMAGE_INVALID');
      assert.equal(res.json().error.details.fileName, 'หน้า๒.png', 'the error names the broken page');
      await assertNothingStored(s, before, 'broken PNG');
      const brokenJpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...randomBytes(500)]);
      await refused(
        'broken JPEG',
        letterMetadata({ intake: 'paper' }),
        [scan(brokenJpeg, 'x.jpg', 'image/jpeg')],
        400,
        'IMAGE_INVALID',
      );
    });

    test('a decompression bomb (a 12000 × 12000 PNG of a few KB) is 400 IMAGE_TOO_LARGE without decoding it', async () => {
      const bomb = bombPng(12_000, 12_000);
      assert.ok(bomb.length < 100_000, `the bomb is small on the wire (${bomb.length} bytes)`);
      const meta = await sharp(bomb).metadata();
      assert.equal(meta.width, 12_000, 'the bomb is a valid PNG');
      await refused(
        'PNG bomb',
        letterMetadata({ intake: 'paper' }),
        [scan(bomb, 'bomb.png')],
        400,
        'IMAGE_TOO_LARGE',
      );
    });

    test('control characters and over-long file names: 400 FILE_NAME_INVALID', async () => {
      await refused(
        'control character',
        letterMetadata(),
        [pdfPart(pdf, 'a\u0001b.pdf')],
        400,
        'FILE_NAME_INVALID',
      );
      await refused(
        'name of 256 characters',
        letterMetadata(),
        [pdfPart(pdf), attachment(pdf, `${'ก'.repeat(252)}.pdf`)],
        400,
        'FILE_NAME_INVALID',
      );
    });

    test('path-traversal file names (../../etc/passwd.pdf, a/b.pdf, ..\\x.pdf) are refused with 400 FILE_NAME_INVALID', async () => {
      await refused(
        'traversal document',
        letterMetadata(),
        [pdfPart(pdf, '../../etc/passwd.pdf')],
        400,
        'FILE_NAME_INVALID',
      );
      await refused('slash in name', letterMetadata(), [pdfPart(pdf, 'a/b.pdf')], 400, 'FILE_NAME_INVALID');
      await refused(
        'traversal attachment',
        letterMetadata(),
        [pdfPart(pdf), attachment(pdf, '..\\..\\x.pdf')],
        400,
        'FILE_NAME_INVALID',
      );
    });

    test('Thai and emoji file names are accepted and preserved, in the letter and in the download header', async () => {
      const name = 'สิ่งที่ส่งมาด้วย ๑ (แผนงาน) 😀.pdf';
      const attBytes = await makePdf({ text: 'attachment' });
      const res = await registerLetter(s.app, s.clerk.session, letterMetadata(), [
        pdfPart(pdf, 'หนังสือ 😀.pdf'),
        attachment(attBytes, name),
      ]);
      assert.equal(res.statusCode, 201, res.body);
      const letter = res.json();
      assert.equal(letter.attachments.length, 1);
      assert.equal(letter.attachments[0].fileName, name);
      assert.equal(letter.attachments[0].size, attBytes.length);
      const got = await api(s.app, s.clerk).get(
        `/letters/${letter.id}/attachments/${letter.attachments[0].id}`,
      );
      assert.equal(got.statusCode, 200);
      assert.equal(got.headers['content-type'], 'application/pdf');
      const disposition = String(got.headers['content-disposition']);
      assert.ok(
        disposition.includes(`filename*=UTF-8''${encodeURIComponent(name)}`),
        `the UTF-8 name is in the header: ${disposition}`,
      );
      assert.match(
        disposition,
        /^attachment; filename="[\x20-\x7e]+"/,
        'an ASCII fallback name is given too',
      );
      assert.equal(Buffer.compare(got.rawPayload, Buffer.from(attBytes)), 0);
    });

    test('a missing "metadata" field: 400 VALIDATION_FAILED naming it; metadata that is not JSON: 400 REQUEST_MALFORMED', async () => {
      let before = await snapshot(s);
      const missing = await postRaw(rawMultipart([], [pdfPart(pdf)]));
      expectError(missing, 400, 'VALIDATION_FAILED');
      assert.deepEqual(missing.json().error.details.issues[0].path, ['metadata']);
      await assertNothingStored(s, before, 'missing metadata');

      before = await snapshot(s);
      const notJson = await postRaw(
        rawMultipart([['metadata', '{intake: electronic, subject: ']], [pdfPart(pdf)]),
      );
      expectError(notJson, 400, 'REQUEST_MALFORMED');
      await assertNothingStored(s, before, 'metadata not JSON');

      before = await snapshot(s);
      expectError(
        await postRaw(rawMultipart([['metadata', '[1,2,3]']], [pdfPart(pdf)])),
        400,
        'VALIDATION_FAILED',
      );
      await assertNothingStored(s, before, 'metadata an array');
    });

    test('a request that is not multipart (JSON, plain text): 400 REQUEST_MALFORMED', async () => {
      const before = await snapshot(s);
      const json = await api(s.app, s.clerk).post('/letters/incoming', letterMetadata());
      expectError(json, 400, 'REQUEST_MALFORMED');
      const plain = await postRaw({ payload: 'metadata=1', headers: { 'content-type': 'text/plain' } });
      expectError(plain, 400, 'REQUEST_MALFORMED');
      await assertNothingStored(s, before, 'not multipart');
    });

    test('metadata that fails the contract: 400 VALIDATION_FAILED with the path of the field', async () => {
      const cases: [string, Record<string, unknown>, string[]][] = [
        ['missing subject', { subject: undefined }, ['metadata', 'subject']],
        ['blank subject', { subject: '   ' }, ['metadata', 'subject']],
        ['subject of 501 characters', { subject: 'ก'.repeat(501) }, ['metadata', 'subject']],
        ['missing sender', { senderAgency: undefined }, ['metadata', 'senderAgency']],
        ['unknown intake', { intake: 'fax' }, ['metadata', 'intake']],
        ['unknown urgency', { urgency: 'asap' }, ['metadata', 'urgency']],
        ['unknown secrecy', { secrecy: 'hush' }, ['metadata', 'secrecy']],
        ['impossible date', { docDate: '2026-13-45' }, ['metadata', 'docDate']],
        [
          'stamp on page 0',
          { stampPosition: { page: 0, left: 10, top: 10 } },
          ['metadata', 'stampPosition', 'page'],
        ],
        ['receipt number 0', { intake: 'old', receiptNumber: 0 }, ['metadata', 'receiptNumber']],
      ];
      for (const [label, patch, path] of cases) {
        const before = await snapshot(s);
        const res = await registerLetter(s.app, s.clerk.session, letterMetadata(patch), [pdfPart(pdf)]);
        expectError(res, 400, 'VALIDATION_FAILED');
        assert.ok(
          res
            .json()
            .error.details.issues.some((i: { path: string[] }) => i.path.join('.') === path.join('.')),
          `${label}: an issue at ${path.join('.')} in ${res.body}`,
        );
        await assertNothingStored(s, before, label);
      }
    });

    test('the wrong files for the intake: FILE_REQUIRED, TOO_MANY_FILES, an unknown file part', async () => {
      await refused('electronic without a PDF', letterMetadata(), [], 400, 'FILE_REQUIRED');
      await refused(
        'electronic with only an attachment',
        letterMetadata(),
        [attachment(pdf)],
        400,
        'FILE_REQUIRED',
      );
      await refused(
        'paper without scans',
        letterMetadata({ intake: 'paper' }),
        [pdfPart(pdf)],
        400,
        'FILE_REQUIRED',
      );
      await refused(
        'two documents',
        letterMetadata(),
        [pdfPart(pdf), pdfPart(pdf, 'b.pdf')],
        400,
        'TOO_MANY_FILES',
      );
      const many = Array.from({ length: 51 }, (_, i) => attachment(pdf, `a${i}.pdf`));
      await refused('51 files', letterMetadata(), [pdfPart(pdf), ...many], 400, 'TOO_MANY_FILES');
      await refused(
        'unknown file part',
        letterMetadata(),
        [pdfPart(pdf), { field: 'virus', fileName: 'x.pdf', contentType: 'application/pdf', bytes: pdf }],
        400,
        'VALIDATION_FAILED',
      );
    });

    test('a stamp position beyond the scanned pages: 400 STAMP_PAGE_OUT_OF_RANGE with the page count', async () => {
      const before = await snapshot(s);
      const res = await registerLetter(
        s.app,
        s.clerk.session,
        letterMetadata({ intake: 'paper', stampPosition: { page: 3, left: 50, top: 50 } }),
        [scan(await makeScanPng('one'), 'p1.png'), scan(await makeScanPng('two'), 'p2.png')],
      );
      expectError(res, 400, 'STAMP_PAGE_OUT_OF_RANGE');
      assert.deepEqual(res.json().error.details, { page: 3, pageCount: 2 });
      await assertNothingStored(s, before, 'stamp on page 3 of 2 scans');
    });

    test('a stamp position beyond the pages of the PDF: 400 STAMP_PAGE_OUT_OF_RANGE with the page count', async () => {
      const before = await snapshot(s);
      const res = await registerLetter(
        s.app,
        s.clerk.session,
        letterMetadata({ stampPosition: { page: 3, left: 50, top: 50 } }),
        [pdfPart(pdf)],
      );
      expectError(res, 400, 'STAMP_PAGE_OUT_OF_RANGE');
      assert.deepEqual(res.json().error.details, { page: 3, pageCount: 1 });
      await assertNothingStored(s, before, 'stamp on page 3 of 1');
    });
  });

  describe('routing', () => {
    let plain: string; // sent to division A only
    let shared: string; // sent to divisions A and B and to personB
    let forCommand: string;
    let foreignLetter: { id: string; attachmentId: string; deliveryId: string };

    const register = async (subject: string) => {
      const res = await registerLetter(s.app, s.clerk.session, letterMetadata({ subject }), [
        pdfPart(await makePdf()),
        attachment(await makePdf({ text: 'att' }), 'att.pdf'),
      ]);
      assert.equal(res.statusCode, 201, res.body);
      return res.json();
    };

    before(async () => {
      plain = (await register('ส่งกองคลังเท่านั้น')).id;
      ok(await api(s.app, s.clerk).post(`/letters/${plain}/forward`, { orgUnitIds: [s.units.divA] }));
      shared = (await register('ส่งสองกองและบุคคล')).id;
      ok(
        await api(s.app, s.clerk).post(`/letters/${shared}/forward`, {
          orgUnitIds: [s.units.divA, s.units.divB],
          userIds: [s.personB.userId],
        }),
      );
      forCommand = (await register('สำหรับคำสั่งการ')).id;
      const theirs = await registerLetter(
        s.app,
        other.clerk.session,
        letterMetadata({ subject: 'หนังสือของหน่วยงานอื่น' }),
        [pdfPart(await makePdf()), attachment(await makePdf(), 'theirs.pdf')],
      );
      assert.equal(theirs.statusCode, 201, theirs.body);
      const route = ok(await api(s.app, other.clerk).get(`/letters/${theirs.json().id}/route`));
      foreignLetter = {
        id: theirs.json().id,
        attachmentId: theirs.json().attachments[0].id,
        deliveryId: routeDeliveries(route)[0]!.id,
      };
    });

    const hopsOf = async (letterId: string) =>
      ok(await api(s.app, s.clerk).get(`/letters/${letterId}/route`)).hops;
    const revisionsOf = async (letterId: string) =>
      ok(await api(s.app, s.clerk).get(`/letters/${letterId}`)).revisions.length;

    test('a command over 500 characters: 400 VALIDATION_FAILED, no route page; exactly 500 is accepted', async () => {
      const revisions = await revisionsOf(forCommand);
      const body = {
        text: 'ก'.repeat(501),
        orgUnitIds: [s.units.divA],
        password: 'secret123',
        signatureImage: signature,
      };
      const tooLong = await api(s.app, s.director).post(`/letters/${forCommand}/commands`, body);
      expectError(tooLong, 400, 'VALIDATION_FAILED');
      assert.deepEqual(tooLong.json().error.details.issues[0].path, ['body', 'text']);
      assert.equal(await revisionsOf(forCommand), revisions, 'no route page');
      assert.equal((await hopsOf(forCommand)).length, 1, 'only the intake hop');
      const head = 'โปรดดำเนินการ ';
      const exactly500 = head + 'ก'.repeat(500 - head.length);
      assert.equal(exactly500.length, 500);
      const exact = await api(s.app, s.director).post(`/letters/${forCommand}/commands`, {
        ...body,
        text: exactly500,
      });
      assert.equal(exact.statusCode, 200, exact.body);
      assert.equal(exact.json().revisions.length, revisions + 1);
    });

    test('assigning to a unit or user of another agency: 400 RECIPIENT_NOT_FOUND, nothing delivered', async () => {
      const hops = (await hopsOf(plain)).length;
      const toReceiveA = ok(await api(s.app, s.clerkA).get('/letters?queue=to-receive')).total;
      const cases: [string, unknown][] = [
        ['foreign unit', { orgUnitIds: [other.b.rootUnitId] }],
        ['foreign user', { userIds: [other.b.admin.userId] }],
        ['unknown id', { userIds: [randomUUID()] }],
        ['a good unit with a foreign one', { orgUnitIds: [s.units.divA, other.b.rootUnitId] }],
        ['a good person with a foreign one', { userIds: [s.staffA.userId, other.clerk.userId] }],
      ];
      for (const [label, body] of cases) {
        const res = await api(s.app, s.clerk).post(`/letters/${plain}/forward`, body);
        expectError(res, 400, 'RECIPIENT_NOT_FOUND');
        assert.ok(res.json().error.details.ids.length >= 1, label);
      }
      const propose = await api(s.app, s.clerk).post(`/letters/${plain}/propose`, {
        userIds: [other.b.admin.userId],
      });
      expectError(propose, 400, 'RECIPIENT_NOT_FOUND');
      const revisions = await revisionsOf(plain);
      const command = await api(s.app, s.director).post(`/letters/${plain}/commands`, {
        text: 'โปรดดำเนินการต่อไป',
        orgUnitIds: [other.b.rootUnitId],
        password: 'secret123',
        signatureImage: signature,
      });
      expectError(command, 400, 'RECIPIENT_NOT_FOUND');
      assert.equal(await revisionsOf(plain), revisions, 'no route page for a refused command');
      assert.equal((await hopsOf(plain)).length, hops, 'no step was written');
      assert.equal(ok(await api(s.app, s.clerkA).get('/letters?queue=to-receive')).total, toReceiveA);
      assert.equal(ok(await api(s.app, s.staffA).get('/letters?queue=assigned')).total, 0);
      const bQueue = ok(await api(s.app, other.clerk).get('/letters?queue=all'));
      assert.deepEqual(
        bQueue.items.map((i: { letter: { id: string } }) => i.letter.id),
        [foreignLetter.id],
        'nothing reached the other agency',
      );
    });

    test('forwarding to nobody: 400 RECIPIENTS_REQUIRED; proposing to nobody: 400 VALIDATION_FAILED', async () => {
      expectError(
        await api(s.app, s.clerk).post(`/letters/${plain}/forward`, {}),
        400,
        'RECIPIENTS_REQUIRED',
      );
      expectError(
        await api(s.app, s.clerk).post(`/letters/${plain}/forward`, { orgUnitIds: [], userIds: [] }),
        400,
        'RECIPIENTS_REQUIRED',
      );
      expectError(
        await api(s.app, s.clerk).post(`/letters/${plain}/propose`, { userIds: [] }),
        400,
        'VALIDATION_FAILED',
      );
    });

    test('a letter only division A has is invisible to division B: 404 LETTER_NOT_FOUND for reading and acting', async () => {
      for (const u of [s.personB, s.clerkB]) {
        const c = api(s.app, u);
        expectError(await c.get(`/letters/${plain}`), 404, 'LETTER_NOT_FOUND');
        expectError(await c.get(`/letters/${plain}/pdf`), 404, 'LETTER_NOT_FOUND');
        expectError(await c.get(`/letters/${plain}/route`), 404, 'LETTER_NOT_FOUND');
        expectError(
          await c.post(`/letters/${plain}/forward`, { userIds: [s.staffA.userId] }),
          404,
          'LETTER_NOT_FOUND',
        );
        expectError(await c.post(`/letters/${plain}/actions`, { content: 'ทำแล้ว' }), 404, 'LETTER_NOT_FOUND');
      }
      const divA = routeDeliveries({ hops: await hopsOf(plain) }).find((d) => d.toId === s.units.divA)!;
      expectError(
        await api(s.app, s.clerkB).post(`/deliveries/${divA.id}/receive`, {}),
        404,
        'LETTER_NOT_FOUND',
      );
      const listed = ok(await api(s.app, s.personB).get('/letters?queue=all'));
      assert.ok(
        !listed.items.some((i: { letter: { id: string } }) => i.letter.id === plain),
        'not listed for personB',
      );
    });

    test('seen but not on the route: forwarding or recording is 403 NOT_ON_ROUTE until the unit receives it', async () => {
      const hops = (await hopsOf(shared)).length;
      // Division B has the letter pending: B's people see it (plain letter) but have not received it.
      ok(await api(s.app, s.personB).get(`/letters/${shared}`));
      expectError(
        await api(s.app, s.clerkB).post(`/letters/${shared}/forward`, { userIds: [s.personB.userId] }),
        403,
        'NOT_ON_ROUTE',
      );
      expectError(
        await api(s.app, s.clerkB).post(`/letters/${shared}/actions`, { content: 'บันทึก' }),
        403,
        'NOT_ON_ROUTE',
      );
      expectError(
        await api(s.app, s.staffA).post(`/letters/${shared}/forward`, { userIds: [s.personB.userId] }),
        403,
        'NOT_ON_ROUTE',
      );
      assert.equal((await hopsOf(shared)).length, hops, 'nothing was written');
      // personB, to whom it was sent in person, is on the route.
      const note = await api(s.app, s.personB).post(`/letters/${shared}/actions`, {
        content: 'รับทราบและศึกษาแล้ว',
      });
      assert.equal(note.statusCode, 200, note.body);
    });

    test("another unit's or person's delivery: 403 (PERMISSION_DENIED, DELIVERY_NOT_YOURS, RECALL_NOT_SENDER)", async () => {
      const deliveries = routeDeliveries({ hops: await hopsOf(shared) });
      const toA = deliveries.find((d) => d.toId === s.units.divA)!;
      const toB = deliveries.find((d) => d.toId === s.units.divB)!;
      const toPersonB = deliveries.find((d) => d.toId === s.personB.userId)!;
      expectError(
        await api(s.app, s.clerkB).post(`/deliveries/${toA.id}/receive`, {}),
        403,
        'PERMISSION_DENIED',
      );
      expectError(
        await api(s.app, s.staffA).post(`/deliveries/${toPersonB.id}/acknowledge`, {}),
        403,
        'DELIVERY_NOT_YOURS',
      );
      expectError(
        await api(s.app, s.clerkA).post(`/deliveries/${toPersonB.id}/acknowledge`, {}),
        403,
        'DELIVERY_NOT_YOURS',
      );
      expectError(
        await api(s.app, s.clerkA).post(`/deliveries/${toA.id}/acknowledge`, {}),
        403,
        'DELIVERY_NOT_YOURS',
      );
      expectError(
        await api(s.app, s.personB).post(`/deliveries/${toB.id}/recall`, {}),
        403,
        'PERMISSION_DENIED',
      );
      expectError(
        await api(s.app, s.clerkB).post(`/deliveries/${toB.id}/recall`, {}),
        403,
        'RECALL_NOT_SENDER',
      );
      expectError(
        await api(s.app, s.clerkA).post(`/deliveries/${toB.id}/return`, { reason: 'ไม่ใช่ของเรา' }),
        403,
        'DELIVERY_NOT_YOURS',
      );
      expectError(
        await api(s.app, s.clerk).post(`/deliveries/${randomUUID()}/receive`, {}),
        404,
        'DELIVERY_NOT_FOUND',
      );
      expectError(
        await api(s.app, s.clerkA).post(`/deliveries/${toA.id}/receive`, { registerId: s.registers.divB }),
        404,
        'REGISTER_NOT_FOUND',
      );
      expectError(
        await api(s.app, s.clerkA).post(`/deliveries/${toA.id}/receive`, { registerId: other.registerId }),
        404,
        'REGISTER_NOT_FOUND',
      );
      // None of this touched division A's register: its first receipt is still ๑.
      const received = await api(s.app, s.clerkA).post(`/deliveries/${toA.id}/receive`, {});
      assert.equal(received.statusCode, 200, received.body);
      const mine = received.json().receipts.find((x: { orgUnitId: string }) => x.orgUnitId === s.units.divA);
      assert.equal(mine.number, 1);
      assert.equal(mine.formatted, '๑');
    });

    test("another agency's letter, attachment and delivery ids answer 404 to everyone here, for every endpoint", async () => {
      const id = foreignLetter.id;
      const c = api(s.app, s.clerk);
      const calls: [string, () => ReturnType<typeof c.get>][] = [
        ['get', () => c.get(`/letters/${id}`)],
        ['pdf', () => c.get(`/letters/${id}/pdf`)],
        ['route', () => c.get(`/letters/${id}/route`)],
        ['history', () => c.get(`/letters/${id}/history`)],
        ['attachment', () => c.get(`/letters/${id}/attachments/${foreignLetter.attachmentId}`)],
        ['patch', () => c.patch(`/letters/${id}`, { subject: 'เปลี่ยน' })],
        ['delete', () => c.delete(`/letters/${id}`)],
        ['cancel', () => c.post(`/letters/${id}/cancel`, { reason: 'ยกเลิก' })],
        ['close', () => c.post(`/letters/${id}/close`, {})],
        ['forward', () => c.post(`/letters/${id}/forward`, { userIds: [s.staffA.userId] })],
        ['propose', () => c.post(`/letters/${id}/propose`, { userIds: [s.director.userId] })],
        ['action', () => c.post(`/letters/${id}/actions`, { content: 'x' })],
      ];
      for (const [label, call] of calls) {
        const res = await call();
        assert.equal(res.statusCode, 404, `${label}: ${res.body}`);
        assert.equal(res.json().error.code, 'LETTER_NOT_FOUND', `${label}: ${res.body}`);
      }
      const command = await api(s.app, s.director).post(`/letters/${id}/commands`, {
        text: 'ทราบ',
        userIds: [s.staffA.userId],
        password: 'secret123',
        signatureImage: signature,
      });
      expectError(command, 404, 'LETTER_NOT_FOUND');
      for (const step of ['receive', 'acknowledge', 'recall'] as const) {
        expectError(
          await c.post(`/deliveries/${foreignLetter.deliveryId}/${step}`, {}),
          404,
          'DELIVERY_NOT_FOUND',
        );
      }
      expectError(
        await c.post(`/deliveries/${foreignLetter.deliveryId}/return`, { reason: 'x' }),
        404,
        'DELIVERY_NOT_FOUND',
      );
      // Their attachment id under one of our letters is no attachment of ours.
      expectError(
        await c.get(`/letters/${plain}/attachments/${foreignLetter.attachmentId}`),
        404,
        'ATTACHMENT_NOT_FOUND',
      );
      const search = ok(await c.get(`/letters?queue=all&q=${encodeURIComponent('หน่วยงานอื่น')}`));
      assert.equal(search.total, 0);
      // And the other way round.
      expectError(await api(s.app, other.clerk).get(`/letters/${plain}`), 404, 'LETTER_NOT_FOUND');
      // Their letter is untouched.
      const theirs = ok(await api(s.app, other.clerk).get(`/letters/${id}`));
      assert.equal(theirs.status, 'active');
      assert.equal(theirs.subject, 'หนังสือของหน่วยงานอื่น');
    });

    test('a revision or a signature that the letter does not have: 404', async () => {
      const c = api(s.app, s.clerk);
      expectError(await c.get(`/letters/${plain}/pdf?revision=99`), 404, 'REVISION_NOT_FOUND');
      expectError(await c.get(`/letters/${plain}/pdf?revision=0`), 400, 'VALIDATION_FAILED');
      const command = (await hopsOf(forCommand)).find((h: { kind: string }) => h.kind === 'command');
      assert.ok(command.signatureUrl);
      const own = await c.get(`/letters/${forCommand}/steps/${command.stepId}/signature`);
      assert.equal(own.statusCode, 200);
      assert.equal(own.headers['content-type'], 'image/png');
      // The step is not a step of this other letter.
      expectError(await c.get(`/letters/${plain}/steps/${command.stepId}/signature`), 404, 'NOT_FOUND');
      // The intake step has no signature.
      const intake = (await hopsOf(plain))[0];
      expectError(await c.get(`/letters/${plain}/steps/${intake.stepId}/signature`), 404, 'NOT_FOUND');
      // Someone who cannot see the letter cannot see its signature either.
      expectError(
        await api(s.app, s.personB).get(`/letters/${forCommand}/steps/${command.stepId}/signature`),
        404,
        'LETTER_NOT_FOUND',
      );
    });

    test('ids that are not UUIDs: 400 VALIDATION_FAILED', async () => {
      expectError(await api(s.app, s.clerk).get('/letters/not-a-uuid'), 400, 'VALIDATION_FAILED');
      expectError(await api(s.app, s.clerk).post('/deliveries/123/receive', {}), 400, 'VALIDATION_FAILED');
      expectError(
        await api(s.app, s.clerk).post(`/letters/${plain}/forward`, { userIds: ['nobody'] }),
        400,
        'VALIDATION_FAILED',
      );
    });

    test("wrong role: a division's staff member (person role) cannot register (ลงรับ) a delivery for the division", async () => {
      const toA = routeDeliveries({ hops: await hopsOf(plain) }).find((d) => d.toId === s.units.divA)!;
      assert.equal(toA.status, 'pending');
      const before = ok(await api(s.app, s.clerk).get(`/registers/${s.registers.divA}`)).year.lastNumber;
      const res = await api(s.app, s.staffA).post(`/deliveries/${toA.id}/receive`, {});
      expectError(res, 403, 'PERMISSION_DENIED');
      assert.equal(
        ok(await api(s.app, s.clerk).get(`/registers/${s.registers.divA}`)).year.lastNumber,
        before,
      );
      assert.equal(ok(await api(s.app, s.staffA).get('/letters?queue=to-receive')).total, 0);
    });

    test('wrong role: staff and division clerks cannot propose, command, edit, cancel, delete or close a root letter (403)', async () => {
      const staff = api(s.app, s.staffA);
      // staffA sees `shared` (sent to division A, plain) but holds only the person role.
      ok(await staff.get(`/letters/${shared}`));
      expectError(
        await staff.post(`/letters/${shared}/propose`, { userIds: [s.director.userId] }),
        403,
        'PERMISSION_DENIED',
      );
      expectError(
        await staff.post(`/letters/${shared}/commands`, {
          text: 'ทราบ',
          userIds: [s.personB.userId],
          password: 'secret123',
          signatureImage: signature,
        }),
        403,
        'PERMISSION_DENIED',
      );
      expectError(await staff.patch(`/letters/${shared}`, { subject: 'แก้' }), 403, 'PERMISSION_DENIED');
      expectError(
        await staff.post(`/letters/${shared}/cancel`, { reason: 'ยกเลิก' }),
        403,
        'PERMISSION_DENIED',
      );
      expectError(await staff.delete(`/letters/${shared}`), 403, 'PERMISSION_DENIED');
      expectError(await staff.post(`/letters/${shared}/close`, {}), 403, 'PERMISSION_DENIED');
      // Division A's clerk holds these functions, but in division A only; the letter is the root's.
      const clerkA = api(s.app, s.clerkA);
      expectError(await clerkA.patch(`/letters/${shared}`, { subject: 'แก้' }), 403, 'PERMISSION_DENIED');
      expectError(
        await clerkA.post(`/letters/${shared}/cancel`, { reason: 'ยกเลิก' }),
        403,
        'PERMISSION_DENIED',
      );
      expectError(await clerkA.delete(`/letters/${shared}`), 403, 'PERMISSION_DENIED');
      const letter = ok(await api(s.app, s.clerk).get(`/letters/${shared}`));
      assert.equal(letter.subject, 'ส่งสองกองและบุคคล');
      assert.equal(letter.status, 'active');
    });
  });
});
