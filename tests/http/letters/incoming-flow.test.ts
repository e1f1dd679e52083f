import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  as,
  type LetterAgency,
  letterMetadata,
  makePdf,
  makeScanPng,
  makeSignaturePng,
  pdfPart,
  pdfTool,
  registerLetter,
  startLetterAgency,
} from '../../support/letters.ts';

/**
 * The deck's receiving flow end to end through the HTTP API: register → stamp → propose → signed command to
 * two divisions → each registers with its own number → staff acknowledge and record → route; with the
 * independent checks (pdftotext, qpdf, the original bytes intact inside every revision).
 */
describe('incoming letter flow', () => {
  let s: LetterAgency;
  let original: Uint8Array;
  let letterId: string;
  let signature: string;

  before(async () => {
    s = await startLetterAgency();
    original = await makePdf({ objectStreams: true });
    signature = await makeSignaturePng();
  });
  after(() => s.close());

  test('the central clerk registers an electronic letter; it gets receipt number ๑ and a stamp revision', async () => {
    const res = await registerLetter(s.app, s.clerk.session, letterMetadata({ urgency: 'most-urgent' }), [
      pdfPart(original, 'หนังสือเชิญประชุม.pdf'),
      {
        field: 'attachments',
        fileName: 'กำหนดการ.pdf',
        contentType: 'application/pdf',
        bytes: await makePdf(),
      },
    ]);
    assert.equal(res.statusCode, 201, res.body);
    const letter = res.json();
    letterId = letter.id;
    assert.equal(letter.receipt.formatted, '๑');
    assert.equal(letter.receipt.orgUnitId, s.units.root);
    assert.deepEqual(
      letter.revisions.map((r: { reason: string }) => r.reason),
      ['original', 'receipt-stamp'],
    );
    assert.equal(letter.attachments[0].fileName, 'กำหนดการ.pdf');
    assert.ok(letter.actions.some((x: { action: string }) => x.action === 'propose'));
  });

  test('the stamped PDF keeps the original bytes, passes qpdf and extracts the stamp text exactly', async () => {
    const res = await as(s.app, s.clerk).get(`/letters/${letterId}/pdf`);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/pdf');
    const stamped = new Uint8Array(res.rawPayload);
    assert.ok(stamped.length > original.length);
    assert.equal(Buffer.compare(stamped.subarray(0, original.length), original), 0, 'original bytes intact');
    const check = pdfTool('qpdf', stamped, ['--check']);
    assert.equal(check.status, 0, check.stdout + check.stderr);
    const text = pdfTool('pdftotext', stamped).stdout;
    assert.match(text, /เลขรับ ๑/);
    assert.match(text, /วันที่ /);
    assert.match(text, /เวลา [๐-๙]{2}\.[๐-๙]{2} น\./);

    const first = await as(s.app, s.clerk).get(`/letters/${letterId}/pdf?revision=1`);
    assert.equal(Buffer.compare(new Uint8Array(first.rawPayload), original), 0, 'revision 1 is the upload');
  });

  test('the clerk proposes it to the director, who finds it first in the "to consider" queue', async () => {
    const res = await as(s.app, s.clerk).post(`/letters/${letterId}/propose`, {
      userIds: [s.director.userId],
      content: 'เรียน ผอ. เพื่อโปรดพิจารณา',
    });
    assert.equal(res.statusCode, 200, res.body);
    const queue = (await as(s.app, s.director).get('/letters?queue=to-consider')).json();
    assert.equal(queue.total, 1);
    assert.equal(queue.items[0].letter.id, letterId);
    assert.equal(queue.items[0].unread, true);
    const counts = (await as(s.app, s.director).get('/letters/counts')).json();
    assert.equal(counts.toConsider, 1);
  });

  test('the director signs a command to both divisions; a wrong password or no signature stores nothing', async () => {
    const letter = (await as(s.app, s.director).get(`/letters/${letterId}`)).json();
    const proposal = letter.actions.find((x: { action: string }) => x.action === 'command');
    assert.ok(proposal?.deliveryId, 'the director is offered the command action on the proposal');
    const body = {
      deliveryId: proposal.deliveryId,
      text: 'โปรดดำเนินการต่อไป\nให้ทั้งสองกองเตรียมข้อมูลภายในวันศุกร์',
      orgUnitIds: [s.units.divA, s.units.divB],
      userIds: [],
      password: 'wrong-password-1',
      signatureImage: signature,
    };
    const wrong = await as(s.app, s.director).post(`/letters/${letterId}/commands`, body);
    assert.equal(wrong.statusCode, 400);
    assert.equal(wrong.json().error.code, 'SIGN_PASSWORD_WRONG');
    const noImage = await as(s.app, s.director).post(`/letters/${letterId}/commands`, {
      ...body,
      password: 'secret123',
      signatureImage: undefined,
    });
    assert.equal(noImage.json().error.code, 'SIGNATURE_IMAGE_REQUIRED');
    const tooLong = await as(s.app, s.director).post(`/letters/${letterId}/commands`, {
      ...body,
      password: 'secret123',
      text: 'ก'.repeat(501),
    });
    assert.equal(tooLong.statusCode, 400);
    const unchanged = (await as(s.app, s.director).get(`/letters/${letterId}`)).json();
    assert.equal(unchanged.revisions.length, 2, 'no route page from the failed attempts');

    const ok = await as(s.app, s.director).post(`/letters/${letterId}/commands`, {
      ...body,
      password: 'secret123',
    });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.deepEqual(
      ok.json().revisions.map((r: { reason: string }) => r.reason),
      ['original', 'receipt-stamp', 'route-page'],
    );
    const pdf = new Uint8Array((await as(s.app, s.director).get(`/letters/${letterId}/pdf`)).rawPayload);
    const text = pdfTool('pdftotext', pdf).stdout;
    assert.match(text, /โปรดดำเนินการต่อไป/);
    assert.match(text, /ให้ทั้งสองกองเตรียมข้อมูลภายในวันศุกร์/);
    assert.match(text, /ผู้อำนวยการสำนักงานทดสอบ/);
    assert.equal(pdfTool('qpdf', pdf, ['--check']).status, 0);
    assert.equal(Buffer.compare(pdf.subarray(0, original.length), original), 0);
  });

  test('each division receives it with its own number, stamped into its cell of the route page', async () => {
    for (const clerk of [s.clerkA, s.clerkB]) {
      const queue = (await as(s.app, clerk).get('/letters?queue=to-receive')).json();
      assert.equal(queue.total, 1, `${clerk.username} sees one letter to receive`);
      const res = await as(s.app, clerk).post(`/deliveries/${queue.items[0].delivery.id}/receive`, {});
      assert.equal(res.statusCode, 200, res.body);
      const mine = res
        .json()
        .receipts.find(
          (x: { orgUnitId: string }) => x.orgUnitId === (clerk === s.clerkA ? s.units.divA : s.units.divB),
        );
      assert.equal(mine.formatted, '๑', 'each division starts its own register at ๑');
      const again = await as(s.app, clerk).post(`/deliveries/${queue.items[0].delivery.id}/receive`, {});
      assert.equal(again.statusCode, 409);
      assert.equal(again.json().error.code, 'DELIVERY_NOT_PENDING');
    }
    const pdf = new Uint8Array((await as(s.app, s.clerkA).get(`/letters/${letterId}/pdf`)).rawPayload);
    const text = pdfTool('pdftotext', pdf).stdout;
    assert.match(text, /กองคลัง/);
    assert.match(text, /กองแผนงาน/);
    assert.equal(pdfTool('qpdf', pdf, ['--check']).status, 0);
    assert.equal(Buffer.compare(pdf.subarray(0, original.length), original), 0);
  });

  test('division A forwards to its staff, who acknowledge once and record what they did', async () => {
    const fwd = await as(s.app, s.clerkA).post(`/letters/${letterId}/forward`, {
      userIds: [s.staffA.userId],
      content: 'มอบคุณขยันดำเนินการ',
    });
    assert.equal(fwd.statusCode, 200, fwd.body);
    const queue = (await as(s.app, s.staffA).get('/letters?queue=assigned')).json();
    assert.equal(queue.total, 1);
    const deliveryId = queue.items[0].delivery.id;
    const ack = await as(s.app, s.staffA).post(`/deliveries/${deliveryId}/acknowledge`, {});
    assert.equal(ack.statusCode, 200, ack.body);
    const twice = await as(s.app, s.staffA).post(`/deliveries/${deliveryId}/acknowledge`, {});
    assert.equal(twice.statusCode, 409);
    const note = await as(s.app, s.staffA).post(`/letters/${letterId}/actions`, {
      content: 'จัดเตรียมข้อมูลงบประมาณแล้ว',
    });
    assert.equal(note.statusCode, 200, note.body);
  });

  test('a recall before receipt shows as ดึงกลับ; after receipt it is refused', async () => {
    const fwd = await as(s.app, s.clerkB).post(`/letters/${letterId}/forward`, {
      userIds: [s.personB.userId],
      content: 'เพื่อทราบ',
    });
    assert.equal(fwd.statusCode, 200, fwd.body);
    const recall = fwd.json().actions.find((x: { action: string }) => x.action === 'recall');
    assert.ok(recall, 'the sender is offered the recall');
    const res = await as(s.app, s.clerkB).post(`/deliveries/${recall.deliveryId}/recall`, {});
    assert.equal(res.statusCode, 200, res.body);
    const ack = await as(s.app, s.personB).post(`/deliveries/${recall.deliveryId}/acknowledge`, {});
    assert.equal(ack.statusCode, 409);
    // Recalling a delivery that was received is refused with the reason.
    const route = (await as(s.app, s.clerkA).get(`/letters/${letterId}/route`)).json();
    const received = route.hops
      .flatMap((h: { deliveries: { id: string; status: string }[] }) => h.deliveries)
      .find((d: { status: string }) => d.status === 'received');
    const late = await as(s.app, s.director).post(`/deliveries/${received.id}/recall`, {});
    assert.equal(late.statusCode >= 400 && late.statusCode < 500, true);
  });

  test('the route shows every hop with signer, capacity, receipts and the recall mark', async () => {
    const res = await as(s.app, s.staffA).get(`/letters/${letterId}/route`);
    assert.equal(res.statusCode, 200, res.body);
    const hops = res.json().hops as {
      kind: string;
      signed: boolean;
      signerPosition: string | null;
      signatureUrl: string | null;
      deliveries: {
        toName: string;
        status: string;
        receipt: { formatted: string } | null;
        recalledAt: string | null;
      }[];
    }[];
    assert.deepEqual(
      hops.map((h) => h.kind),
      ['intake', 'propose', 'command', 'forward', 'action', 'forward'],
    );
    const command = hops[2]!;
    assert.equal(command.signed, true);
    assert.equal(command.signerPosition, 'ผู้อำนวยการสำนักงานทดสอบ');
    assert.deepEqual(
      command.deliveries.map((d) => [d.toName, d.receipt?.formatted]),
      [
        ['กองคลัง', '๑'],
        ['กองแผนงาน', '๑'],
      ],
    );
    assert.equal(hops[5]!.deliveries[0]!.status, 'recalled');
    assert.ok(hops[5]!.deliveries[0]!.recalledAt);
    const img = await as(s.app, s.staffA).get(command.signatureUrl!.replace('/api/v1', ''));
    assert.equal(img.statusCode, 200);
    assert.equal(img.headers['content-type'], 'image/png');
  });

  test('a paper letter of two scanned pages becomes one two-page PDF with the stamp', async () => {
    const res = await registerLetter(
      s.app,
      s.clerk.session,
      letterMetadata({ intake: 'paper', subject: 'หนังสือกระดาษ' }),
      [
        {
          field: 'scans',
          fileName: 'page1.png',
          contentType: 'image/png',
          bytes: await makeScanPng('page one'),
        },
        {
          field: 'scans',
          fileName: 'page2.png',
          contentType: 'image/png',
          bytes: await makeScanPng('page two'),
        },
      ],
    );
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().receipt.formatted, '๒');
    const pdf = new Uint8Array((await as(s.app, s.clerk).get(`/letters/${res.json().id}/pdf`)).rawPayload);
    assert.match(pdfTool('pdfinfo', pdf).stdout, /Pages:\s+2/);
    assert.match(pdfTool('pdftotext', pdf).stdout, /เลขรับ ๒/);
  });

  test('two clerks registering at once get distinct, consecutive numbers', async () => {
    const pdf = await makePdf();
    const [r1, r2] = await Promise.all([
      registerLetter(s.app, s.clerk.session, letterMetadata({ subject: 'พร้อมกัน ๑' }), [pdfPart(pdf)]),
      registerLetter(s.app, s.clerk.session, letterMetadata({ subject: 'พร้อมกัน ๒' }), [pdfPart(pdf)]),
    ]);
    assert.equal(r1.statusCode, 201, r1.body);
    assert.equal(r2.statusCode, 201, r2.body);
    const numbers = [r1.json().receipt.number, r2.json().receipt.number].sort();
    assert.deepEqual(numbers, [3, 4]);
  });

  test('the receive register lists the receipts with การปฏิบัติ, on screen and as a PDF', async () => {
    const book = (await as(s.app, s.clerk).get(`/registers/${s.registers.root}/receive-book`)).json();
    assert.deepEqual(
      book.rows.map((r: { number: number }) => r.number),
      [1, 2, 3, 4],
    );
    assert.match(book.rows[0].action, /เสนอ/);
    const pdf = await as(s.app, s.clerk).get(`/registers/${s.registers.root}/receive-book.pdf`);
    assert.equal(pdf.statusCode, 200);
    const text = pdfTool('pdftotext', new Uint8Array(pdf.rawPayload)).stdout;
    assert.match(text, /ทะเบียนหนังสือรับ/);
    assert.match(text, /พัฒนาระบบสารบรรณ/);
  });

  test('closing ends the work: nothing more can be sent on it', async () => {
    const close = await as(s.app, s.clerk).post(`/letters/${letterId}/close`, { note: 'ดำเนินการเสร็จ' });
    assert.equal(close.statusCode, 200, close.body);
    assert.equal(close.json().status, 'closed');
    const fwd = await as(s.app, s.clerk).post(`/letters/${letterId}/forward`, { userIds: [s.staffA.userId] });
    assert.equal(fwd.statusCode, 409);
    assert.equal(fwd.json().error.code, 'LETTER_NOT_ACTIVE');
  });
});
