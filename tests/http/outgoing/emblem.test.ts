import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { loginAs, TEST_PASSWORD } from '../../support/factories.ts';
import { as, type LetterAgency, type LetterUser, startLetterAgency } from '../../support/letters.ts';

/** Image XObjects in a PDF, as `pdfimages -list` counts them. */
function imageCount(pdf: Uint8Array): number {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'saraban-img-'));
  try {
    writeFileSync(path.join(dir, 'in.pdf'), pdf);
    const out = spawnSync('pdfimages', ['-list', path.join(dir, 'in.pdf')], { encoding: 'utf8' }).stdout;
    return out
      .split('\n')
      .slice(2)
      .filter((l) => l.trim()).length;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('agency emblem on letters', () => {
  let s: LetterAgency;
  let admin: LetterUser;
  const draft = () => ({
    form: 'memo',
    ownerUnitId: s.units.divA,
    subject: 'ทดสอบตราหน่วยงาน',
    addressee: 'ผู้อำนวยการสำนักงาน',
    paragraphs: ['ข้อความทดสอบ'],
  });

  before(async () => {
    s = await startLetterAgency();
    admin = {
      userId: s.a.admin.userId,
      username: 'admin',
      session: await loginAs(s.app, s.a.tenant.slug, 'admin', TEST_PASSWORD),
    };
  });
  after(() => s.close());

  test('the admin uploads the emblem; previews then draw it; garbage and the wrong role are refused', async () => {
    const before = new Uint8Array((await as(s.app, s.staffA).post('/outgoing/render', draft())).rawPayload);
    const png = (
      await sharp({
        create: { width: 300, height: 300, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 1 } },
      })
        .png()
        .toBuffer()
    ).toString('base64');
    const wrongRole = await s.app.inject({
      method: 'PUT',
      url: '/api/v1/agency/emblem',
      headers: s.clerkA.session.headers,
      payload: { image: png },
    });
    assert.equal(wrongRole.statusCode, 403);
    const garbage = await s.app.inject({
      method: 'PUT',
      url: '/api/v1/agency/emblem',
      headers: admin.session.headers,
      payload: { image: Buffer.from('not an image').toString('base64') },
    });
    assert.equal(garbage.json().error.code, 'EMBLEM_INVALID');
    const ok = await s.app.inject({
      method: 'PUT',
      url: '/api/v1/agency/emblem',
      headers: admin.session.headers,
      payload: { image: png },
    });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().hasEmblem, true);
    const img = await as(s.app, s.staffA).get('/agency/emblem.png');
    assert.equal(img.headers['content-type'], 'image/png');
    const afterUpload = new Uint8Array(
      (await as(s.app, s.staffA).post('/outgoing/render', draft())).rawPayload,
    );
    assert.ok(imageCount(afterUpload) > imageCount(before), 'the emblem is an image in the preview');
    const removed = await as(s.app, admin).delete('/agency/emblem');
    assert.equal(removed.json().hasEmblem, false);
  });
});
