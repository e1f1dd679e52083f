import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { manualClock } from '../../support/factories.ts';
import { api, bangkokDates, bangkokYear, expectError, ok } from '../../support/letters-extra.ts';
import { type LetterAgency, makeSignaturePng, startLetterAgency } from '../../support/letters.ts';
import {
  addRegister,
  bookOf,
  draftOf,
  embeddedFiles,
  type Form,
  lastNumber,
  type NumberingKind,
  newDraft,
  pdfOf,
  pdfText,
  qpdfCheck,
  signRequest,
  th,
  thaiDate,
  toSignature,
  xmpOf,
} from '../../support/outgoing.ts';

/** What a PDF must be for every form: PDF/A-3 (XMP pdfaid), qpdf-clean, with letter.xml describing the letter. */
function assertPdfA(pdf: Uint8Array, label: string) {
  assert.equal(Buffer.from(pdf.subarray(0, 5)).toString('latin1'), '%PDF-', `${label}: starts with %PDF-`);
  const check = qpdfCheck(pdf);
  assert.equal(check.status, 0, `${label}: qpdf --check\n${check.out}`);
  const xmp = xmpOf(pdf);
  assert.match(xmp, /<pdfaid:part>3<\/pdfaid:part>/, `${label}: pdfaid:part`);
  assert.match(xmp, /<pdfaid:conformance>B<\/pdfaid:conformance>/, `${label}: pdfaid:conformance`);
}

/**
 * Every form of the regulation through the API: drafted, previewed, submitted through a reviewer, signed —
 * and the signed PDF carries the number from the right register in the printed form the register book gives
 * it, and the date in Thai digits with the full month name; the PDF is PDF/A-3b with its letter.xml. Then
 * numbers at signing under concurrency, and reserved numbers (จองเลข) bound at signing.
 */
describe('outgoing letters: forms and numbers', () => {
  let s: LetterAgency;
  let signature: string;
  const reg = {} as Record<NumberingKind, string>;

  before(async () => {
    s = await startLetterAgency();
    signature = await makeSignaturePng();
    for (const kind of ['dispatch', 'circular', 'order', 'announcement'] as const) {
      reg[kind] = await addRegister(s, kind);
    }
  });
  after(() => s.close());

  const yearBE = () => bangkokYear() + 543;

  const cases: {
    label: string;
    form: Form;
    extra?: Record<string, unknown>;
    kind: NumberingKind;
    number: (n: number) => string;
    dateLine: (iso: string) => string;
    mustShow: (c: Record<string, unknown>) => string[];
  }[] = [
    {
      label: 'หนังสือภายนอก (external)',
      form: 'external',
      kind: 'dispatch',
      number: (n) => `ที่ ศธ ๐๔๐๐๑/${th(n)}`,
      dateLine: (iso) => thaiDate(iso),
      mustShow: (c) => [`เรียน ${c.addressee}`, 'ขอแสดงความนับถือ', '(นายประเสริฐ บริหารดี)', 'กองคลัง'],
    },
    {
      label: 'บันทึกข้อความ (memo)',
      form: 'memo',
      kind: 'dispatch',
      number: (n) => `ที่ ศธ ๐๔๐๐๑/${th(n)}`,
      dateLine: (iso) => `วันที่ ${thaiDate(iso)}`,
      mustShow: (c) => ['บันทึกข้อความ', 'ส่วนราชการ', `เรียน ${c.addressee}`, '(นายประเสริฐ บริหารดี)'],
    },
    {
      label: 'หนังสือเวียน (a circular external letter)',
      form: 'external',
      extra: { circular: true },
      kind: 'circular',
      number: (n) => `ที่ ศธ ๐๔๐๐๑/ว ${th(n)}`,
      dateLine: (iso) => thaiDate(iso),
      mustShow: (c) => [`เรียน ${c.addressee}`, '(นายประเสริฐ บริหารดี)'],
    },
    {
      label: 'หนังสือประทับตรา (stamped)',
      form: 'stamped',
      kind: 'dispatch',
      number: (n) => `ที่ ศธ ๐๔๐๐๑/${th(n)}`,
      dateLine: (iso) => thaiDate(iso),
      mustShow: (c) => [`ถึง ${c.addressee}`, 'กองคลัง'],
    },
    {
      label: 'คำสั่ง (order)',
      form: 'order',
      kind: 'order',
      number: (n) => `ที่ ${th(n)}/${th(yearBE())}`,
      dateLine: (iso) => `สั่ง ณ วันที่ ${thaiDate(iso, true)}`,
      mustShow: () => ['คำสั่ง', '(นายประเสริฐ บริหารดี)'],
    },
    {
      label: 'ประกาศ (announcement)',
      form: 'announcement',
      kind: 'announcement',
      number: (n) => `ที่ ${th(n)}/${th(yearBE())}`,
      dateLine: (iso) => `ประกาศ ณ วันที่ ${thaiDate(iso, true)}`,
      mustShow: () => ['ประกาศ', '(นายประเสริฐ บริหารดี)'],
    },
  ];

  for (const c of cases) {
    test(`${c.label}: drafted, previewed, reviewed, signed; the PDF has its ${c.kind} number and date`, async () => {
      const content = draftOf(s, c.form, c.extra);
      // Live preview: a PDF marked as a draft, with the subject, no number and no date yet.
      const preview = await api(s.app, s.staffA).post('/outgoing/render', content);
      assert.equal(preview.statusCode, 200, preview.body);
      assert.equal(preview.headers['content-type'], 'application/pdf');
      const previewPdf = new Uint8Array(preview.rawPayload);
      assertPdfA(previewPdf, `${c.label} preview`);
      const previewText = pdfText(previewPdf);
      assert.ok(previewText.includes(content.subject), `preview shows the subject:\n${previewText}`);
      assert.ok(!previewText.includes(c.number(1)), 'no running number in the preview');

      const draft = await newDraft(s, s.staffA, content);
      assert.equal(draft.status, 'draft');
      assert.equal(draft.content.form, c.form);
      assert.equal(draft.numberFormatted, null);
      assert.equal(draft.letterDate, null);
      await toSignature(s, draft.id, { reviewers: [s.deputy] });

      const last = await lastNumber(s, reg[c.kind]);
      const day = bangkokDates().today;
      const res = await signRequest(s, draft.id, signature);
      const signed = ok(res);
      const dayAfter = bangkokDates().today;
      assert.equal(signed.status, 'signed');
      assert.equal(signed.numberFormatted, c.number(last + 1));
      assert.ok(
        [day, dayAfter].includes(signed.letterDate),
        `letterDate ${signed.letterDate} is today in Bangkok`,
      );
      assert.equal(signed.signerName, 'นายประเสริฐ บริหารดี');
      assert.deepEqual(
        signed.reviews.map((r: { role: string; status: string }) => [r.role, r.status]),
        [
          ['reviewer', 'approved'],
          ['signer', 'signed'],
        ],
      );
      assert.equal(await lastNumber(s, reg[c.kind]), last + 1, `numbered from the ${c.kind} register`);
      const entry = (await bookOf(s, reg[c.kind])).items.find((n) => n.number === last + 1);
      assert.equal(entry?.status, 'issued');
      assert.equal(entry?.letterId, draft.id);
      assert.equal(
        entry?.formatted,
        signed.numberFormatted,
        'the letter carries the number the book printed',
      );

      const pdf = await pdfOf(s, s.staffA, draft.id);
      assertPdfA(pdf, c.label);
      const text = pdfText(pdf);
      assert.ok(text.includes(content.subject), `the subject in:\n${text}`);
      assert.ok(text.includes(signed.numberFormatted), `the number ${signed.numberFormatted} in:\n${text}`);
      const dateLine = c.dateLine(signed.letterDate);
      assert.match(dateLine, /^[^0-9]+$/u, 'the expected date has no Arabic digits');
      assert.ok(text.includes(dateLine), `the date line "${dateLine}" in:\n${text}`);
      for (const shown of c.mustShow(content)) assert.ok(text.includes(shown), `"${shown}" in:\n${text}`);
      assert.ok(!text.includes('ร่าง '), 'the signed letter carries no draft mark');

      const { list, first } = embeddedFiles(pdf);
      assert.match(list, /^1 embedded files?\n1: letter\.xml$/m);
      assert.ok(first.includes(`<Subject>${content.subject}</Subject>`), first);
      assert.ok(first.includes(`<ID>${signed.numberFormatted}</ID>`), first);
      assert.ok(first.includes(`<CorrespondenceDate>${signed.letterDate}</CorrespondenceDate>`), first);
    });
  }

  test('orders and announcements need no addressee, and print none when one is given', async () => {
    for (const form of ['order', 'announcement'] as const) {
      const bare = await newDraft(
        s,
        s.staffA,
        draftOf(s, form, { addressee: '', salutation: '', closing: '' }),
      );
      assert.equal(bare.status, 'draft');
      const given = await newDraft(s, s.staffA, draftOf(s, form, { addressee: 'หัวหน้าส่วนราชการทุกแห่ง' }));
      const text = pdfText(await pdfOf(s, s.staffA, given.id));
      assert.ok(text.includes(given.content.subject), text);
      assert.ok(!text.includes('หัวหน้าส่วนราชการทุกแห่ง'), `${form}: no addressee line in:\n${text}`);
    }
  });

  test('numbers at signing under concurrency: two letters signed at once get distinct consecutive numbers', async () => {
    const a = await newDraft(s, s.staffA, draftOf(s, 'external'));
    const b = await newDraft(s, s.staffA, draftOf(s, 'memo'));
    await toSignature(s, a.id);
    await toSignature(s, b.id);
    const last = await lastNumber(s, reg.dispatch);
    const [ra, rb] = await Promise.all([signRequest(s, a.id, signature), signRequest(s, b.id, signature)]);
    const sa = ok(ra);
    const sb = ok(rb);
    assert.deepEqual(
      [sa.numberFormatted, sb.numberFormatted].sort(),
      [`ที่ ศธ ๐๔๐๐๑/${th(last + 1)}`, `ที่ ศธ ๐๔๐๐๑/${th(last + 2)}`].sort(),
    );
    assert.equal(await lastNumber(s, reg.dispatch), last + 2);
    const book = (await bookOf(s, reg.dispatch)).items.filter((n) => n.number > last);
    assert.deepEqual(
      book.map((n) => [n.number, n.status]),
      [
        [last + 1, 'issued'],
        [last + 2, 'issued'],
      ],
    );
    assert.deepEqual(new Set(book.map((n) => n.letterId)), new Set([a.id, b.id]));
    for (const [id, view] of [
      [a.id, sa],
      [b.id, sb],
    ] as const) {
      assert.equal(book.find((n) => n.letterId === id)?.formatted, view.numberFormatted);
      assert.ok(pdfText(await pdfOf(s, s.staffA, id)).includes(view.numberFormatted), `${id} PDF`);
    }
  });

  test('five letters of three registers signed at once: each register counts on without gaps', async () => {
    const drafts = [
      { form: 'external', extra: {}, kind: 'dispatch' },
      { form: 'memo', extra: {}, kind: 'dispatch' },
      { form: 'external', extra: { circular: true }, kind: 'circular' },
      { form: 'order', extra: {}, kind: 'order' },
      { form: 'order', extra: {}, kind: 'order' },
    ] as const;
    const before = {
      dispatch: await lastNumber(s, reg.dispatch),
      circular: await lastNumber(s, reg.circular),
      order: await lastNumber(s, reg.order),
    };
    const ids: string[] = [];
    for (const d of drafts) {
      const draft = await newDraft(s, s.staffA, draftOf(s, d.form, d.extra));
      await toSignature(s, draft.id);
      ids.push(draft.id);
    }
    const results = await Promise.all(ids.map((id) => signRequest(s, id, signature)));
    for (const r of results) assert.equal(r.statusCode, 200, r.body);
    assert.equal(await lastNumber(s, reg.dispatch), before.dispatch + 2);
    assert.equal(await lastNumber(s, reg.circular), before.circular + 1);
    assert.equal(await lastNumber(s, reg.order), before.order + 2);
    const orders = results.slice(3).map((r) => r.json().numberFormatted);
    assert.deepEqual(
      orders.sort(),
      [`ที่ ${th(before.order + 1)}/${th(yearBE())}`, `ที่ ${th(before.order + 2)}/${th(yearBE())}`].sort(),
    );
  });

  describe('reserved numbers (จองเลข)', () => {
    test('a number reserved by the clerk is bound at signing: the letter carries it and no new number is taken', async () => {
      const reserved = ok(
        await api(s.app, s.clerk).post('/number-reservations', {
          registerId: reg.dispatch,
          reason: 'จองไว้สำหรับหนังสือเชิญประชุมผู้บริหาร',
        }),
      );
      assert.equal(reserved.status, 'reserved');
      const r = reserved.number as number;
      assert.equal(reserved.formatted, `ที่ ศธ ๐๔๐๐๑/${th(r)}`);
      // An ordinary signing meanwhile goes past the reserved number.
      const plain = await newDraft(s, s.staffA, draftOf(s, 'external'));
      await toSignature(s, plain.id);
      assert.equal(ok(await signRequest(s, plain.id, signature)).numberFormatted, `ที่ ศธ ๐๔๐๐๑/${th(r + 1)}`);

      const draft = await newDraft(s, s.staffA, draftOf(s, 'external'));
      await toSignature(s, draft.id, { reviewers: [s.deputy] });
      const signed = ok(await signRequest(s, draft.id, signature, { reservedNumber: r }));
      assert.equal(signed.numberFormatted, `ที่ ศธ ๐๔๐๐๑/${th(r)}`);
      assert.equal(await lastNumber(s, reg.dispatch), r + 1, 'no new number was taken');
      const entry = (await bookOf(s, reg.dispatch)).items.find((n) => n.number === r);
      assert.equal(entry?.status, 'bound');
      assert.equal(entry?.letterId, draft.id);
      const pdf = await pdfOf(s, s.staffA, draft.id);
      assert.ok(pdfText(pdf).includes(`ที่ ศธ ๐๔๐๐๑/${th(r)}`));
      assert.ok(embeddedFiles(pdf).first.includes(`<ID>ที่ ศธ ๐๔๐๐๑/${th(r)}</ID>`));

      // The same number again, or a number that was issued, is not reserved: 409, and nothing changes.
      const again = await newDraft(s, s.staffA, draftOf(s, 'external'));
      await toSignature(s, again.id);
      const twice = await signRequest(s, again.id, signature, { reservedNumber: r });
      expectError(twice, 409, 'NUMBER_NOT_RESERVED');
      assert.equal(twice.json().error.details.status, 'bound');
      expectError(
        await signRequest(s, again.id, signature, { reservedNumber: r + 1 }),
        409,
        'NUMBER_NOT_RESERVED',
      );
      const still = ok(await api(s.app, s.staffA).get(`/outgoing/${again.id}`));
      assert.equal(still.status, 'awaiting-signature');
      assert.equal(still.numberFormatted, null);
      assert.equal(await lastNumber(s, reg.dispatch), r + 1);
      assert.equal(ok(await signRequest(s, again.id, signature)).numberFormatted, `ที่ ศธ ๐๔๐๐๑/${th(r + 2)}`);
    });

    test('a circular number reserved in the circular register is bound to a circular letter', async () => {
      const reserved = ok(
        await api(s.app, s.clerk).post('/number-reservations', {
          registerId: reg.circular,
          reason: 'จองเลขหนังสือเวียน',
        }),
      );
      const draft = await newDraft(s, s.staffA, draftOf(s, 'external', { circular: true }));
      await toSignature(s, draft.id);
      const signed = ok(await signRequest(s, draft.id, signature, { reservedNumber: reserved.number }));
      assert.equal(signed.numberFormatted, `ที่ ศธ ๐๔๐๐๑/ว ${th(reserved.number)}`);
      const entry = (await bookOf(s, reg.circular)).items.find((n) => n.number === reserved.number);
      assert.deepEqual([entry?.status, entry?.letterId], ['bound', draft.id]);
    });

    test('staff without number.reserve cannot reserve: 403 PERMISSION_DENIED, nothing taken', async () => {
      const last = await lastNumber(s, reg.dispatch);
      expectError(
        await api(s.app, s.staffA).post('/number-reservations', {
          registerId: reg.dispatch,
          reason: 'ขอจอง',
        }),
        403,
        'PERMISSION_DENIED',
      );
      assert.equal(await lastNumber(s, reg.dispatch), last);
    });
  });
});

/**
 * The same at a fixed moment: 00:30 on 1 January 2030 in Bangkok (still 31 December 2029 in UTC), so the
 * number's year and the date line are known exactly and the Bangkok (not the server's) calendar decides.
 */
describe('outgoing letters: numbers and dates at a fixed moment', () => {
  let s: LetterAgency;
  let signature: string;
  let orderReg: string;

  before(async () => {
    s = await startLetterAgency({ clock: manualClock('2029-12-31T17:30:00Z') });
    signature = await makeSignaturePng();
    orderReg = await addRegister(s, 'order');
    await addRegister(s, 'dispatch');
  });
  after(() => s.close());

  test('an order signed at 00:30 on 1 January in Bangkok: "ที่ ๑/๒๕๗๓" and "สั่ง ณ วันที่ ๑ มกราคม พ.ศ. ๒๕๗๓"', async () => {
    const content = draftOf(s, 'order');
    const draft = await newDraft(s, s.staffA, content);
    await toSignature(s, draft.id);
    const signed = ok(await signRequest(s, draft.id, signature));
    assert.equal(signed.numberFormatted, 'ที่ ๑/๒๕๗๓');
    assert.equal(signed.letterDate, '2030-01-01');
    const entry = (await bookOf(s, orderReg)).items[0];
    assert.deepEqual([entry?.number, entry?.status, entry?.formatted], [1, 'issued', 'ที่ ๑/๒๕๗๓']);
    const text = pdfText(await pdfOf(s, s.staffA, draft.id));
    assert.ok(text.includes('ที่ ๑/๒๕๗๓'), text);
    assert.ok(text.includes('สั่ง ณ วันที่ ๑ มกราคม พ.ศ. ๒๕๗๓'), text);
  });

  test('an external letter signed then: "๑ มกราคม ๒๕๗๓" in the PDF', async () => {
    const draft = await newDraft(s, s.staffA, draftOf(s, 'external'));
    await toSignature(s, draft.id);
    const signed = ok(await signRequest(s, draft.id, signature));
    assert.equal(signed.numberFormatted, 'ที่ ศธ ๐๔๐๐๑/๑');
    const text = pdfText(await pdfOf(s, s.staffA, draft.id));
    assert.ok(text.includes('๑ มกราคม ๒๕๗๓'), text);
  });

  test('the preview of an order shows the number frame of the current Bangkok year', async () => {
    const preview = await api(s.app, s.staffA).post('/outgoing/render', draftOf(s, 'order'));
    assert.equal(preview.statusCode, 200, preview.body);
    const text = pdfText(new Uint8Array(preview.rawPayload));
    assert.ok(text.includes('/๒๕๗๓'), `the frame "ที่ …/๒๕๗๓" in:\n${text}`);
  });
});
