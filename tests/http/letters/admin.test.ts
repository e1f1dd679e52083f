import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { loginAs, TEST_PASSWORD } from '../../support/factories.ts';
import { api, bombPng, expectError, loginAdmin, ok, startOtherAgency } from '../../support/letters-extra.ts';
import {
  type LetterAgency,
  type LetterUser,
  letterMetadata,
  makePdf,
  makeSignaturePng,
  pdfPart,
  pdfTool,
  registerLetter,
  startLetterAgency,
} from '../../support/letters.ts';

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The agency-level settings of the letters area through the HTTP API: command presets (รูปแบบคำสั่งการ) kept by
 * the agency admin, each user's stored signature image, and the capacities (ตำแหน่งการลงนาม) a command is
 * signed in — including รักษาราชการแทน on the route.
 */
describe('letters administration', () => {
  let s: LetterAgency;
  let admin: LetterUser;
  let otherAdmin: LetterUser;

  before(async () => {
    s = await startLetterAgency();
    admin = await loginAdmin(s);
    const other = await startOtherAgency(s);
    otherAdmin = {
      userId: other.b.admin.userId,
      username: 'admin',
      session: await loginAs(s.app, other.b.tenant.slug, 'admin', TEST_PASSWORD),
    };
  });
  after(() => s.close());

  /** A numbered letter the director and deputy are on the route of (registered at the root). */
  const newLetter = async (subject: string) => {
    const res = await registerLetter(s.app, s.clerk.session, letterMetadata({ subject }), [
      pdfPart(await makePdf()),
    ]);
    assert.equal(res.statusCode, 201, res.body);
    return res.json().id as string;
  };

  describe('command presets (รูปแบบคำสั่งการ)', () => {
    let created: { id: string; text: string; position: number };

    test('a new agency starts with the deck’s list, in order; anyone signed in may read it', async () => {
      const list = ok(await api(s.app, s.staffA).get('/command-presets'));
      assert.deepEqual(
        list.map((p: { text: string }) => p.text),
        [
          'โปรดอนุมัติ',
          'โปรดลงนาม',
          'โปรดพิจารณาสั่งการ',
          'โปรดพิจารณาอนุมัติ',
          'โปรดดำเนินการต่อไป',
          'โปรดแก้ไข',
          'อนุมัติหลักการ',
          'ทราบ',
          'ทราบ และแจ้งผู้เกี่ยวข้องดำเนินการ',
        ],
      );
      const positions = list.map((p: { position: number }) => p.position);
      assert.deepEqual(
        positions,
        [...positions].sort((a, b) => a - b),
      );
    });

    test('the admin adds a preset: 201, placed last; the clerk may not (403)', async () => {
      const before = ok(await api(s.app, s.director).get('/command-presets'));
      const res = await api(s.app, admin).post('/command-presets', { text: 'โปรดประสานงานกับกองคลัง' });
      created = ok(res, 201);
      assert.equal(created.text, 'โปรดประสานงานกับกองคลัง');
      assert.equal(created.position, Math.max(...before.map((p: { position: number }) => p.position)) + 1);
      const list = ok(await api(s.app, s.director).get('/command-presets'));
      assert.equal(list.length, before.length + 1);
      assert.equal(list.at(-1).id, created.id);
      expectError(
        await api(s.app, s.clerk).post('/command-presets', { text: 'ของเสมียน' }),
        403,
        'PERMISSION_DENIED',
      );
      expectError(
        await api(s.app, s.director).post('/command-presets', { text: 'ของผู้บริหาร' }),
        403,
        'PERMISSION_DENIED',
      );
      for (const body of [
        { text: '' },
        { text: '   ' },
        { text: 'ก'.repeat(501) },
        {},
        { text: 'x', position: -1 },
      ]) {
        expectError(await api(s.app, admin).post('/command-presets', body), 400, 'VALIDATION_FAILED');
      }
      assert.equal(ok(await api(s.app, s.director).get('/command-presets')).length, before.length + 1);
    });

    test('the admin edits its text and moves it first; the clerk may not', async () => {
      const res = await api(s.app, admin).patch(`/command-presets/${created.id}`, {
        text: 'โปรดประสานงานกับกองคลังโดยด่วน',
        position: 0,
      });
      const edited = ok(res);
      assert.deepEqual(edited, { id: created.id, text: 'โปรดประสานงานกับกองคลังโดยด่วน', position: 0 });
      const list = ok(await api(s.app, s.director).get('/command-presets'));
      assert.equal(list[0].id, created.id, 'position 0 comes first');
      expectError(
        await api(s.app, s.clerk).patch(`/command-presets/${created.id}`, { text: 'แก้โดยเสมียน' }),
        403,
        'PERMISSION_DENIED',
      );
      expectError(
        await api(s.app, admin).patch(`/command-presets/${created.id}`, { text: '' }),
        400,
        'VALIDATION_FAILED',
      );
      assert.equal(
        ok(await api(s.app, s.director).get('/command-presets'))[0].text,
        'โปรดประสานงานกับกองคลังโดยด่วน',
      );
    });

    test("another agency's preset ids are 404 here, and stay untouched", async () => {
      const theirs = ok(await api(s.app, otherAdmin).get('/command-presets'));
      const target = theirs[0];
      expectError(
        await api(s.app, admin).patch(`/command-presets/${target.id}`, { text: 'ยึดของหน่วยงานอื่น' }),
        404,
        'COMMAND_PRESET_NOT_FOUND',
      );
      expectError(
        await api(s.app, admin).delete(`/command-presets/${target.id}`),
        404,
        'COMMAND_PRESET_NOT_FOUND',
      );
      assert.deepEqual(ok(await api(s.app, otherAdmin).get('/command-presets')), theirs);
      const ours = ok(await api(s.app, admin).get('/command-presets'));
      assert.ok(!ours.some((p: { id: string }) => p.id === target.id), 'their presets are not listed here');
      expectError(
        await api(s.app, admin).patch(`/command-presets/${randomUUID()}`, { text: 'ไม่มี' }),
        404,
        'COMMAND_PRESET_NOT_FOUND',
      );
    });

    test('the admin deletes it: 200, gone; deleting again or editing it is 404; the clerk may not delete', async () => {
      const someone = ok(await api(s.app, s.director).get('/command-presets')).find(
        (p: { text: string }) => p.text === 'ทราบ',
      );
      expectError(
        await api(s.app, s.clerk).delete(`/command-presets/${someone.id}`),
        403,
        'PERMISSION_DENIED',
      );
      assert.deepEqual(ok(await api(s.app, admin).delete(`/command-presets/${created.id}`)), { ok: true });
      const list = ok(await api(s.app, s.director).get('/command-presets'));
      assert.ok(!list.some((p: { id: string }) => p.id === created.id));
      assert.equal(list.length, 9);
      expectError(
        await api(s.app, admin).delete(`/command-presets/${created.id}`),
        404,
        'COMMAND_PRESET_NOT_FOUND',
      );
      expectError(
        await api(s.app, admin).patch(`/command-presets/${created.id}`, { text: 'กลับมา' }),
        404,
        'COMMAND_PRESET_NOT_FOUND',
      );
      const audit = ok(await api(s.app, admin).get(`/audit?targetId=${created.id}`));
      assert.deepEqual(audit.items.map((e: { action: string }) => e.action).sort(), [
        'command-preset.created',
        'command-preset.deleted',
        'command-preset.updated',
      ]);
    });
  });

  describe('signature image (ลายเซ็น)', () => {
    let png: string;
    let stored: Buffer;

    before(async () => {
      png = await makeSignaturePng();
    });

    test('none at first: hasImage false, signature.png 404', async () => {
      assert.deepEqual(ok(await api(s.app, s.director).get('/account/signature')), {
        hasImage: false,
        updatedAt: null,
      });
      expectError(await api(s.app, s.director).get('/account/signature.png'), 404, 'NOT_FOUND');
    });

    test('PUT a PNG (base64): hasImage true; signature.png returns a PNG with alpha, at most 600 × 240', async () => {
      const status = ok(await api(s.app, s.director).put('/account/signature', { image: png }));
      assert.equal(status.hasImage, true);
      assert.ok(status.updatedAt);
      const res = await api(s.app, s.director).get('/account/signature.png');
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'image/png');
      stored = res.rawPayload;
      assert.equal(Buffer.compare(stored.subarray(0, 8), PNG_MAGIC), 0);
      const meta = await sharp(stored).metadata();
      assert.equal(meta.format, 'png');
      assert.equal(meta.hasAlpha, true);
      assert.ok(meta.width! <= 600 && meta.height! <= 240, `${meta.width} × ${meta.height}`);
      assert.deepEqual(ok(await api(s.app, s.clerk).get('/account/signature')).hasImage, false, 'per user');
    });

    test('a JPEG is converted to PNG; a data: URL prefix is accepted', async () => {
      const jpeg = await sharp({
        create: { width: 900, height: 300, channels: 3, background: { r: 255, g: 255, b: 255 } },
      })
        .jpeg()
        .toBuffer();
      ok(await api(s.app, s.deputy).put('/account/signature', { image: jpeg.toString('base64') }));
      const res = await api(s.app, s.deputy).get('/account/signature.png');
      assert.equal(res.statusCode, 200);
      assert.equal(Buffer.compare(res.rawPayload.subarray(0, 8), PNG_MAGIC), 0, 'stored as PNG');
      const meta = await sharp(res.rawPayload).metadata();
      assert.equal(meta.format, 'png');
      // 592 × 197 to fit, then padded to whole 16-pixel watermark blocks.
      assert.deepEqual([meta.width, meta.height], [592, 208], 'scaled down to fit 600 × 240');
      const dataUrl = ok(
        await api(s.app, s.deputy).put('/account/signature', { image: `data:image/png;base64,${png}` }),
      );
      assert.equal(dataUrl.hasImage, true);
    });

    test('garbage, a GIF, an empty image, a bomb or an oversized file: 400 SIGNATURE_IMAGE_INVALID, the stored one kept', async () => {
      const gif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
      const huge = Buffer.concat([PNG_MAGIC, Buffer.alloc(1024 * 1024 + 10)]);
      const cases: [string, unknown, number, string][] = [
        [
          'garbage',
          { image: Buffer.from('this is not an image at all').toString('base64') },
          400,
          'SIGNATURE_IMAGE_INVALID',
        ],
        [
          'broken PNG',
          { image: Buffer.concat([PNG_MAGIC, Buffer.alloc(40)]).toString('base64') },
          400,
          'SIGNATURE_IMAGE_INVALID',
        ],
        ['GIF', { image: gif.toString('base64') }, 400, 'SIGNATURE_IMAGE_INVALID'],
        [
          'PNG bomb',
          { image: Buffer.from(bombPng(8000, 8000)).toString('base64') },
          400,
          'SIGNATURE_IMAGE_INVALID',
        ],
        ['over 1 MB', { image: huge.toString('base64') }, 400, 'SIGNATURE_IMAGE_INVALID'],
        ['empty', { image: '' }, 400, 'VALIDATION_FAILED'],
        ['no image', {}, 400, 'VALIDATION_FAILED'],
      ];
      for (const [label, body, status, code] of cases) {
        const res = await api(s.app, s.director).put('/account/signature', body);
        assert.equal(res.statusCode, status, `${label}: ${res.body}`);
        assert.equal(res.json().error.code, code, `${label}: ${res.body}`);
      }
      const still = await api(s.app, s.director).get('/account/signature.png');
      assert.equal(Buffer.compare(still.rawPayload, stored), 0, 'the stored image is unchanged');
    });

    test('DELETE removes it: hasImage false; signing without drawing is then 400 SIGNATURE_IMAGE_REQUIRED', async () => {
      assert.deepEqual(ok(await api(s.app, s.director).delete('/account/signature')), {
        hasImage: false,
        updatedAt: null,
      });
      expectError(await api(s.app, s.director).get('/account/signature.png'), 404, 'NOT_FOUND');
      const letterId = await newLetter('ลงนามไม่มีลายเซ็น');
      const res = await api(s.app, s.director).post(`/letters/${letterId}/commands`, {
        text: 'ทราบ',
        userIds: [s.staffA.userId],
        password: TEST_PASSWORD,
      });
      expectError(res, 400, 'SIGNATURE_IMAGE_REQUIRED');
      assert.equal(ok(await api(s.app, s.clerk).get(`/letters/${letterId}/route`)).hops.length, 1);
    });

    test('a command signed without signatureImage uses the stored image (200), drawn on the route page', async () => {
      ok(await api(s.app, s.director).put('/account/signature', { image: png }));
      const storedNow = (await api(s.app, s.director).get('/account/signature.png')).rawPayload;
      const letterId = await newLetter('ลงนามด้วยลายเซ็นที่บันทึกไว้');
      const res = await api(s.app, s.director).post(`/letters/${letterId}/commands`, {
        text: 'โปรดดำเนินการต่อไป',
        orgUnitIds: [s.units.divA],
        password: TEST_PASSWORD,
      });
      const letter = ok(res);
      assert.deepEqual(
        letter.revisions.map((r: { reason: string }) => r.reason),
        ['original', 'receipt-stamp', 'route-page'],
      );
      const route = ok(await api(s.app, s.director).get(`/letters/${letterId}/route`));
      const command = route.hops.find((h: { kind: string }) => h.kind === 'command');
      assert.equal(command.signed, true);
      const img = await api(s.app, s.director).get(command.signatureUrl.replace('/api/v1', ''));
      assert.equal(img.statusCode, 200);
      assert.equal(Buffer.compare(img.rawPayload, storedNow), 0, 'the stored image signed it');
      const bad = await api(s.app, s.director).post(`/letters/${letterId}/commands`, {
        text: 'ทราบ',
        userIds: [s.staffA.userId],
        password: TEST_PASSWORD,
        signatureImage: Buffer.from('not a png').toString('base64'),
      });
      expectError(bad, 400, 'SIGNATURE_IMAGE_INVALID');
    });

    test('no session: 401', async () => {
      expectError(
        await s.app.inject({ method: 'GET', url: '/api/v1/account/signature.png' }),
        401,
        'AUTH_REQUIRED',
      );
      expectError(
        await s.app.inject({ method: 'PUT', url: '/api/v1/account/signature', payload: { image: png } }),
        401,
        'AUTH_REQUIRED',
      );
    });
  });

  describe('capacities (ตำแหน่งการลงนาม)', () => {
    let regular: { appointmentId: string };
    let acting: { appointmentId: string };
    let signature: string;

    before(async () => {
      signature = await makeSignaturePng();
    });

    test("the deputy's capacities list the regular position and the acting one (รักษาราชการแทน)", async () => {
      const res = ok(await api(s.app, s.deputy).get('/account/capacities'));
      assert.match(res.date, /^\d{4}-\d{2}-\d{2}$/);
      const byKind = Object.fromEntries(res.capacities.map((c: { kind: string }) => [c.kind, c])) as Record<
        string,
        { appointmentId: string; positionTitle: string; signatureTitle: string; authorityRef: string }
      >;
      assert.deepEqual(Object.keys(byKind).sort(), ['acting', 'regular']);
      assert.equal(byKind.regular!.positionTitle, 'รองผู้อำนวยการสำนักงาน');
      assert.equal(byKind.acting!.positionTitle, 'ผู้อำนวยการสำนักงาน');
      assert.equal(byKind.acting!.signatureTitle, 'ผู้อำนวยการสำนักงานทดสอบ');
      assert.equal(byKind.acting!.authorityRef, 'คำสั่ง ที่ ๑/๒๕๖๙');
      regular = byKind.regular!;
      acting = byKind.acting!;
      const director = ok(await api(s.app, s.director).get('/account/capacities'));
      assert.deepEqual(
        director.capacities.map((c: { kind: string }) => c.kind),
        ['regular'],
      );
      assert.deepEqual(ok(await api(s.app, s.staffA).get('/account/capacities')).capacities, []);
    });

    test('a command signed in the acting capacity shows "รักษาราชการแทน…" on the route and on the route page', async () => {
      const letterId = await newLetter('ลงนามรักษาราชการแทน');
      const res = await api(s.app, s.deputy).post(`/letters/${letterId}/commands`, {
        text: 'โปรดพิจารณาดำเนินการ',
        orgUnitIds: [s.units.divB],
        appointmentId: acting.appointmentId,
        password: TEST_PASSWORD,
        signatureImage: signature,
      });
      assert.equal(res.statusCode, 200, res.body);
      const route = ok(await api(s.app, s.clerk).get(`/letters/${letterId}/route`));
      const command = route.hops.find((h: { kind: string }) => h.kind === 'command');
      assert.equal(command.capacity, 'รักษาราชการแทนผู้อำนวยการสำนักงานทดสอบ');
      assert.equal(command.signerName, 'นายวิไล ทำแทนได้');
      const pdf = new Uint8Array((await api(s.app, s.clerk).get(`/letters/${letterId}/pdf`)).rawPayload);
      assert.match(pdfTool('pdftotext', pdf).stdout, /รักษาราชการแทน/);
    });

    test('a command signed in the regular capacity prints that position’s signature title and no capacity line', async () => {
      const letterId = await newLetter('ลงนามในตำแหน่งของตน');
      ok(
        await api(s.app, s.deputy).post(`/letters/${letterId}/commands`, {
          text: 'ทราบ',
          userIds: [s.staffA.userId],
          appointmentId: regular.appointmentId,
          password: TEST_PASSWORD,
          signatureImage: signature,
        }),
      );
      const route = ok(await api(s.app, s.clerk).get(`/letters/${letterId}/route`));
      const command = route.hops.find((h: { kind: string }) => h.kind === 'command');
      assert.equal(command.signerPosition, 'รองผู้อำนวยการสำนักงานทดสอบ');
      assert.equal(command.capacity, '');
    });

    test('an appointment the signer does not hold: 400 CAPACITY_NOT_HELD, nothing written', async () => {
      const letterId = await newLetter('ตำแหน่งที่ไม่ได้ดำรง');
      const directorsOwn = ok(await api(s.app, s.director).get('/account/capacities')).capacities[0]
        .appointmentId;
      for (const appointmentId of [directorsOwn, randomUUID()]) {
        const res = await api(s.app, s.deputy).post(`/letters/${letterId}/commands`, {
          text: 'ทราบ',
          userIds: [s.staffA.userId],
          appointmentId,
          password: TEST_PASSWORD,
          signatureImage: signature,
        });
        expectError(res, 400, 'CAPACITY_NOT_HELD');
      }
      // The director does not hold the deputy's acting appointment either.
      expectError(
        await api(s.app, s.director).post(`/letters/${letterId}/commands`, {
          text: 'ทราบ',
          userIds: [s.staffA.userId],
          appointmentId: acting.appointmentId,
          password: TEST_PASSWORD,
          signatureImage: signature,
        }),
        400,
        'CAPACITY_NOT_HELD',
      );
      const letter = ok(await api(s.app, s.clerk).get(`/letters/${letterId}`));
      assert.equal(letter.revisions.length, 2, 'no route page');
      assert.equal(ok(await api(s.app, s.clerk).get(`/letters/${letterId}/route`)).hops.length, 1);
      assert.equal(ok(await api(s.app, s.staffA).get('/letters?queue=assigned')).items.length, 1);
    });
  });
});
