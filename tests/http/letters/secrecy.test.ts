import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loginAs, TEST_PASSWORD } from '../../support/factories.ts';
import {
  api,
  assertNothingStored,
  bangkokDates,
  bangkokYear,
  expectError,
  loginAdmin,
  ok,
  routeDeliveries,
  snapshot,
  startOtherAgency,
} from '../../support/letters-extra.ts';
import {
  type FilePart,
  type LetterAgency,
  type LetterUser,
  letterMetadata,
  makePdf,
  makeScanPng,
  makeSignaturePng,
  pdfPart,
  registerLetter,
  startLetterAgency,
} from '../../support/letters.ts';

/**
 * Secrecy (ชั้นความลับ) from each role: a ลับ letter is seen by its registering clerk, the executives (secret
 * register on the root), the people and units it is sent to (a division's secret register only once it is
 * delivered there) and nobody else — neither by id nor in any list; ลับที่สุด never travels electronically;
 * every read of a letter is logged for the agency admin's ค้นหาประวัติการเข้าดูหนังสือ.
 */
describe('secrecy', () => {
  let s: LetterAgency;
  let admin: LetterUser;
  let signature: string;
  let conf: { id: string; attachmentId: string; subject: string };

  const attachment = (bytes: Uint8Array, fileName: string): FilePart => ({
    field: 'attachments',
    fileName,
    contentType: 'application/pdf',
    bytes,
  });
  const listedIn = async (u: LetterUser, id: string, query = 'queue=all') => {
    const page = ok(await api(s.app, u).get(`/letters?${query}&limit=200`));
    return page.items.some((i: { letter: { id: string } }) => i.letter.id === id);
  };
  /** Asserts `u` cannot see the letter by any read endpoint nor find it in a list. */
  const assertHidden = async (u: LetterUser, id: string, label: string) => {
    const c = api(s.app, u);
    for (const url of [
      `/letters/${id}`,
      `/letters/${id}/pdf`,
      `/letters/${id}/route`,
      `/letters/${id}/history`,
    ]) {
      const res = await c.get(url);
      assert.equal(res.statusCode, 404, `${label} ${url}: ${res.body}`);
      assert.equal(res.json().error.code, 'LETTER_NOT_FOUND', `${label} ${url}`);
    }
    assert.equal(await listedIn(u, id), false, `${label}: not listed in queue=all`);
    const search = ok(await c.get(`/letters?queue=all&q=${encodeURIComponent(conf.subject)}`));
    assert.equal(search.total, 0, `${label}: not found by its subject`);
  };
  const assertVisible = async (u: LetterUser, id: string, label: string) => {
    const res = await api(s.app, u).get(`/letters/${id}`);
    assert.equal(res.statusCode, 200, `${label}: ${res.body}`);
    assert.equal(await listedIn(u, id), true, `${label}: listed in queue=all`);
  };

  before(async () => {
    s = await startLetterAgency();
    admin = await loginAdmin(s);
    signature = await makeSignaturePng();
    const subject = 'เรื่องลับ แผนการตรวจสอบภายใน';
    const res = await registerLetter(
      s.app,
      s.clerk.session,
      letterMetadata({ subject, secrecy: 'confidential' }),
      [pdfPart(await makePdf()), attachment(await makePdf({ text: 'secret annex' }), 'ภาคผนวกลับ.pdf')],
    );
    assert.equal(res.statusCode, 201, res.body);
    conf = { id: res.json().id, attachmentId: res.json().attachments[0].id, subject };
  });
  after(() => s.close());

  test('a ลับ letter is visible to its registering clerk and to the executives (secret register on the root)', async () => {
    await assertVisible(s.clerk, conf.id, 'clerk');
    await assertVisible(s.director, conf.id, 'director');
    await assertVisible(s.deputy, conf.id, 'deputy');
    const filtered = ok(await api(s.app, s.director).get('/letters?queue=all&secrecy=confidential'));
    assert.deepEqual(
      filtered.items.map((i: { letter: { id: string } }) => i.letter.id),
      [conf.id],
    );
  });

  test('staff, people and division clerks not on its route get 404 everywhere and find it in no list', async () => {
    await assertHidden(s.staffA, conf.id, 'staffA');
    await assertHidden(s.personB, conf.id, 'personB');
    await assertHidden(s.clerkA, conf.id, 'clerkA');
    await assertHidden(s.clerkB, conf.id, 'clerkB');
    const att = await api(s.app, s.staffA).get(`/letters/${conf.id}/attachments/${conf.attachmentId}`);
    expectError(att, 404, 'LETTER_NOT_FOUND');
    const secretFilter = ok(await api(s.app, s.staffA).get('/letters?queue=all&secrecy=confidential'));
    assert.equal(secretFilter.total, 0);
    // A refused read is no view.
    const views = ok(
      await api(s.app, admin).get(`/letter-views?letterId=${conf.id}&userId=${s.staffA.userId}`),
    );
    assert.equal(views.total, 0);
  });

  test("sent to division A: A's clerk sees it once it is delivered; A's staff and division B still do not", async () => {
    const fwd = await api(s.app, s.clerk).post(`/letters/${conf.id}/forward`, {
      orgUnitIds: [s.units.divA],
      content: 'เพื่อดำเนินการ',
    });
    assert.equal(fwd.statusCode, 200, fwd.body);
    await assertVisible(s.clerkA, conf.id, 'clerkA after delivery');
    assert.equal(
      await listedIn(s.clerkA, conf.id, 'queue=to-receive'),
      true,
      'in division A to-receive queue',
    );
    await assertHidden(s.staffA, conf.id, 'staffA, delivered to the division');
    await assertHidden(s.clerkB, conf.id, 'clerkB');
    const route = ok(await api(s.app, s.clerkA).get(`/letters/${conf.id}/route`));
    const toA = routeDeliveries(route).find((d) => d.toId === s.units.divA)!;
    const received = await api(s.app, s.clerkA).post(`/deliveries/${toA.id}/receive`, {});
    assert.equal(received.statusCode, 200, received.body);
    await assertHidden(s.staffA, conf.id, 'staffA, received by the division');
    await assertHidden(s.personB, conf.id, 'personB');
  });

  test('sent in person: the staff member it is forwarded to sees it; others still do not', async () => {
    const fwd = await api(s.app, s.clerkA).post(`/letters/${conf.id}/forward`, {
      userIds: [s.staffA.userId],
      content: 'มอบดำเนินการ',
    });
    assert.equal(fwd.statusCode, 200, fwd.body);
    await assertVisible(s.staffA, conf.id, 'staffA');
    assert.equal(await listedIn(s.staffA, conf.id, 'queue=assigned'), true);
    const pdf = await api(s.app, s.staffA).get(`/letters/${conf.id}/pdf`);
    assert.equal(pdf.statusCode, 200);
    const att = await api(s.app, s.staffA).get(`/letters/${conf.id}/attachments/${conf.attachmentId}`);
    assert.equal(att.statusCode, 200);
    await assertHidden(s.personB, conf.id, 'personB');
    await assertHidden(s.clerkB, conf.id, 'clerkB');
  });

  test('personB sees it once the central clerk forwards it to them', async () => {
    const fwd = await api(s.app, s.clerk).post(`/letters/${conf.id}/forward`, {
      userIds: [s.personB.userId],
    });
    assert.equal(fwd.statusCode, 200, fwd.body);
    await assertVisible(s.personB, conf.id, 'personB');
    await assertHidden(s.clerkB, conf.id, 'clerkB (sent to personB, not to division B)');
  });

  test('a recall (ดึงกลับ) takes a ลับ letter away again from the person it was recalled from', async () => {
    const subject = 'ลับ ส่งผิดคน';
    const res = await registerLetter(
      s.app,
      s.clerk.session,
      letterMetadata({ subject, secrecy: 'confidential' }),
      [pdfPart(await makePdf())],
    );
    assert.equal(res.statusCode, 201, res.body);
    const id = res.json().id;
    const fwd = ok(await api(s.app, s.clerk).post(`/letters/${id}/forward`, { userIds: [s.staffA.userId] }));
    const recall = fwd.actions.find((a: { action: string }) => a.action === 'recall');
    ok(await api(s.app, s.staffA).get(`/letters/${id}`));
    ok(await api(s.app, s.clerk).post(`/deliveries/${recall.deliveryId}/recall`, {}));
    expectError(await api(s.app, s.staffA).get(`/letters/${id}`), 404, 'LETTER_NOT_FOUND');
    assert.equal(await listedIn(s.staffA, id), false);
  });

  test("a ลับ letter registered by division B: B's clerk, the central clerk and the executives see it; B's staff and A do not", async () => {
    const subject = 'ลับ ของกองแผนงาน';
    const res = await registerLetter(
      s.app,
      s.clerkB.session,
      letterMetadata({ subject, secrecy: 'secret' }),
      [pdfPart(await makePdf())],
    );
    assert.equal(res.statusCode, 201, res.body);
    const id = res.json().id;
    assert.equal(res.json().registeringUnitId, s.units.divB);
    assert.equal(res.json().receipt.formatted, '๑', "division B's first receipt");
    for (const [u, label] of [
      [s.clerkB, 'clerkB'],
      [s.clerk, 'central clerk'],
      [s.director, 'director'],
    ] as const) {
      await assertVisible(u, id, label);
    }
    for (const [u, label] of [
      [s.personB, 'personB'],
      [s.clerkA, 'clerkA'],
      [s.staffA, 'staffA'],
    ] as const) {
      expectError(await api(s.app, u).get(`/letters/${id}`), 404, 'LETTER_NOT_FOUND');
      assert.equal(await listedIn(u, id), false, `${label}: not listed`);
    }
  });

  describe('ลับที่สุด (top-secret)', () => {
    let topSecret: string;

    test('with a document, a scan or an attachment: 409 TOP_SECRET_NOT_ELECTRONIC, nothing stored', async () => {
      const cases: [string, Record<string, unknown>, FilePart[]][] = [
        ['document', {}, [pdfPart(await makePdf())]],
        ['attachment only', { intake: 'old' }, [attachment(await makePdf(), 'a.pdf')]],
        [
          'scan',
          { intake: 'paper' },
          [{ field: 'scans', fileName: 's.png', contentType: 'image/png', bytes: await makeScanPng('x') }],
        ],
      ];
      for (const [label, extra, files] of cases) {
        const before = await snapshot(s);
        const res = await registerLetter(
          s.app,
          s.clerk.session,
          letterMetadata({
            secrecy: 'top-secret',
            receiptNumber: 1,
            receivedAt: new Date(Date.now() - 60_000).toISOString(),
            ...extra,
          }),
          files,
        );
        expectError(res, 409, 'TOP_SECRET_NOT_ELECTRONIC');
        await assertNothingStored(s, before, `top-secret with ${label}`);
      }
    });

    test('a ลับที่สุด paper letter without scans: 201, a register entry with the next number', async () => {
      const before = await snapshot(s);
      const res = await registerLetter(
        s.app,
        s.clerk.session,
        letterMetadata({ intake: 'paper', secrecy: 'top-secret', subject: 'ลับที่สุด ฉบับกระดาษ' }),
        [],
      );
      assert.equal(res.statusCode, 201, res.body);
      assert.equal(res.json().receipt.number, before.next);
      assert.equal(res.json().hasDocument, false);
    });

    test('an old ลับที่สุด letter without files: 201, a register entry only (a number, no PDF, nothing to send)', async () => {
      const lastYear = bangkokYear() - 1;
      const res = await registerLetter(
        s.app,
        s.clerk.session,
        letterMetadata({
          intake: 'old',
          secrecy: 'top-secret',
          subject: 'ลับที่สุด ทะเบียนเท่านั้น',
          receiptNumber: 5,
          receivedAt: `${lastYear}-06-15T10:00:00+07:00`,
        }),
        [],
      );
      assert.equal(res.statusCode, 201, res.body);
      const letter = res.json();
      topSecret = letter.id;
      assert.equal(letter.secrecy, 'top-secret');
      assert.equal(letter.hasDocument, false);
      assert.deepEqual(letter.revisions, []);
      assert.equal(letter.receipt.number, 5);
      assert.equal(letter.receipt.yearBE, lastYear + 543);
      const offered = letter.actions.map((a: { action: string }) => a.action);
      for (const a of ['propose', 'forward', 'command'])
        assert.ok(!offered.includes(a), `${a} is not offered`);
      expectError(await api(s.app, s.clerk).get(`/letters/${topSecret}/pdf`), 404, 'REVISION_NOT_FOUND');
      const book = ok(
        await api(s.app, s.clerk).get(`/registers/${s.registers.root}/receive-book?yearBE=${lastYear + 543}`),
      );
      const row = book.rows.find((r: { letterId: string }) => r.letterId === topSecret);
      assert.equal(row.number, 5);
      assert.equal(row.subject, 'ลับที่สุด ทะเบียนเท่านั้น', 'the clerk (secret register) reads the row');
    });

    test('proposing, forwarding or commanding it: 409 TOP_SECRET_NOT_ELECTRONIC; nothing is written', async () => {
      const c = api(s.app, s.clerk);
      expectError(
        await c.post(`/letters/${topSecret}/propose`, { userIds: [s.director.userId] }),
        409,
        'TOP_SECRET_NOT_ELECTRONIC',
      );
      expectError(
        await c.post(`/letters/${topSecret}/forward`, { orgUnitIds: [s.units.divA] }),
        409,
        'TOP_SECRET_NOT_ELECTRONIC',
      );
      expectError(
        await api(s.app, s.director).post(`/letters/${topSecret}/commands`, {
          text: 'ทราบ',
          userIds: [s.staffA.userId],
          password: TEST_PASSWORD,
          signatureImage: signature,
        }),
        409,
        'TOP_SECRET_NOT_ELECTRONIC',
      );
      const route = ok(await c.get(`/letters/${topSecret}/route`));
      assert.deepEqual(
        route.hops.map((h: { kind: string }) => h.kind),
        ['intake'],
      );
      expectError(await api(s.app, s.staffA).get(`/letters/${topSecret}`), 404, 'LETTER_NOT_FOUND');
      expectError(await api(s.app, s.clerkA).get(`/letters/${topSecret}`), 404, 'LETTER_NOT_FOUND');
    });

    test('a letter with a PDF cannot be re-marked ลับที่สุด: 409, unchanged', async () => {
      const res = await api(s.app, s.clerk).patch(`/letters/${conf.id}`, { secrecy: 'top-secret' });
      expectError(res, 409, 'TOP_SECRET_NOT_ELECTRONIC');
      const letter = ok(await api(s.app, s.clerk).get(`/letters/${conf.id}`));
      assert.equal(letter.secrecy, 'confidential');
      assert.deepEqual(ok(await api(s.app, s.clerk).get(`/letters/${conf.id}/history`)), []);
    });
  });

  describe('who viewed what (ค้นหาประวัติการเข้าดูหนังสือ)', () => {
    test("every read of the letter, its PDF, route and attachment is logged with the right 'what'", async () => {
      const d = api(s.app, s.director);
      const first = ok(
        await api(s.app, admin).get(`/letter-views?letterId=${conf.id}&userId=${s.director.userId}`),
      );
      ok(await d.get(`/letters/${conf.id}`));
      const pdf = await d.get(`/letters/${conf.id}/pdf`);
      assert.equal(pdf.statusCode, 200);
      const current = Number(pdf.headers['x-revision']);
      assert.equal((await d.get(`/letters/${conf.id}/pdf?revision=1`)).statusCode, 200);
      ok(await d.get(`/letters/${conf.id}/route`));
      assert.equal((await d.get(`/letters/${conf.id}/attachments/${conf.attachmentId}`)).statusCode, 200);

      const views = ok(
        await api(s.app, admin).get(`/letter-views?letterId=${conf.id}&userId=${s.director.userId}`),
      );
      assert.equal(views.total, first.total + 5);
      const newest = views.items.slice(0, 5).reverse();
      assert.deepEqual(
        newest.map((v: { what: string; detail: string }) => [v.what, v.detail]),
        [
          ['metadata', ''],
          ['pdf', `revision ${current}`],
          ['pdf', 'revision 1'],
          ['route', ''],
          ['attachment', 'ภาคผนวกลับ.pdf'],
        ],
      );
      for (const v of newest) {
        assert.equal(v.letterId, conf.id);
        assert.equal(v.userId, s.director.userId);
        assert.equal(v.userName, 'นายประเสริฐ บริหารดี');
        assert.equal(v.subject, conf.subject);
      }
    });

    test('the views of other people are there too, and the filters work (user, subject text, dates)', async () => {
      const all = ok(await api(s.app, admin).get(`/letter-views?letterId=${conf.id}&limit=200`));
      const viewers = new Set(all.items.map((v: { userId: string }) => v.userId));
      for (const u of [s.clerk, s.director, s.clerkA, s.staffA, s.personB]) {
        assert.ok(viewers.has(u.userId), `${u.username} viewed it`);
      }
      assert.ok(!viewers.has(s.clerkB.userId), 'clerkB never could');
      const bySubject = ok(
        await api(s.app, admin).get(`/letter-views?q=${encodeURIComponent('แผนการตรวจสอบ')}&limit=200`),
      );
      assert.equal(bySubject.total, all.total);
      const { yesterday, tomorrow, today } = bangkokDates();
      assert.equal(
        ok(await api(s.app, admin).get(`/letter-views?letterId=${conf.id}&to=${yesterday}`)).total,
        0,
      );
      assert.equal(
        ok(await api(s.app, admin).get(`/letter-views?letterId=${conf.id}&from=${tomorrow}`)).total,
        0,
      );
      assert.equal(
        ok(await api(s.app, admin).get(`/letter-views?letterId=${conf.id}&from=${today}&to=${today}`)).total,
        all.total,
      );
      const paged = ok(await api(s.app, admin).get(`/letter-views?letterId=${conf.id}&limit=2&offset=1`));
      assert.equal(paged.items.length, 2);
      assert.equal(paged.total, all.total);
      assert.deepEqual(paged.items, all.items.slice(1, 3));
    });

    test('only the agency admin may search them: 403 for the clerk, the director and staff', async () => {
      for (const u of [s.clerk, s.director, s.staffA]) {
        expectError(await api(s.app, u).get(`/letter-views?letterId=${conf.id}`), 403, 'PERMISSION_DENIED');
      }
    });

    test("the admin searches views but does not read letters; another agency's admin sees none of ours", async () => {
      expectError(await api(s.app, admin).get(`/letters/${conf.id}`), 404, 'LETTER_NOT_FOUND');
      const other = await startOtherAgency(s);
      const otherAdmin: LetterUser = {
        userId: other.b.admin.userId,
        username: 'admin',
        session: await loginAs(s.app, other.b.tenant.slug, 'admin', TEST_PASSWORD),
      };
      const theirs = ok(await api(s.app, otherAdmin).get(`/letter-views?letterId=${conf.id}`));
      assert.equal(theirs.total, 0);
      assert.equal(ok(await api(s.app, otherAdmin).get('/letter-views')).total, 0);
    });
  });
});
