/**
 * Outgoing letters on a phone (390×844): staff draft an external letter and submit it with the deputy as
 * reviewer and the director as signer; the deputy approves, the director sends it back ("โปรดแก้ไข …");
 * staff correct it (a second version) and submit again; after the deputy approves, the director signs
 * with a drawn signature and gets the number and date, then sends it to กลุ่มนโยบายและแผน and to the second
 * demo agency on the platform (demo2); each one's clerk receives it from รอลงรับ with their own receipt
 * number, and the sender's letter then shows both deliveries ลงรับแล้ว with those numbers.
 *
 * E2E_SHOTS=<dir> also saves a screenshot of each step there, for looking at the screens.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  choose,
  drawSignature,
  go,
  openLetter,
  type PhoneApp,
  signIn,
  startPhoneApp,
  step,
} from '../support/browser.ts';

const SUBJECT = 'ขอเชิญประชุมคณะทำงานจัดทำแผนปฏิบัติราชการ';
const ADDRESSEE = 'ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต ๑';
const FIRST = 'ด้วยสำนักงานจะจัดประชุมคณะทำงานจัดทำแผนปฏิบัติราชการประจำปี ในวันที่ ๑๐ กรกฎาคม ๒๕๖๙';
const CLOSING_LINE = 'จึงเรียนมาเพื่อโปรดพิจารณา';
const FIX = 'โปรดแก้ไข ระบุเวลาและสถานที่ประชุมให้ชัดเจน';
const CORRECTED = `${FIRST} เวลา ๐๙.๐๐ น. ณ ห้องประชุมชั้น ๒`;
const DEPUTY = 'นางวิไล ทำแทนได้ — รองผู้อำนวยการสำนักงาน';
const DIRECTOR = 'นายประเสริฐ บริหารดี — ผู้อำนวยการสำนักงาน';
const UNIT = 'กลุ่มนโยบายและแผน';
/** The second demo agency (slug demo2) and its name, as the dispatch dialog lists it. */
const AGENCY_SLUG = 'demo2';
const AGENCY = 'สำนักงานเขตพื้นที่การศึกษาทดลอง';

/** A recipient of the letter's "การส่งหนังสือ" card. */
const delivery = (page: Page, name: string) =>
  page.getByRole('region', { name: 'การส่งหนังสือ' }).getByRole('listitem').filter({ hasText: name });

/** The review chain card of the letter screen. */
const chain = (page: Page) => page.getByRole('region', { name: 'การตรวจและลงนาม', exact: true });

/** The reviewer (the deputy) approves the draft waiting in รอตรวจ. */
async function deputyApproves(page: Page) {
  await signIn(page, 'deputy');
  await go(page, 'รอตรวจ');
  await openLetter(page, SUBJECT);
  await page.getByRole('button', { name: 'เห็นชอบ', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'เห็นชอบร่างหนังสือ' });
  await dialog.getByRole('button', { name: 'เห็นชอบ', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByText('เห็นชอบแล้ว', { exact: true }).first().waitFor();
}

describe('outgoing letters on a phone', () => {
  // One server and one phone for the whole journey; each step goes on from where the last one left off.
  let app: PhoneApp | undefined;
  let page: Page;
  let letterPath = '';
  let number = '';
  before(async () => {
    app = await startPhoneApp({ timeout: 20_000 });
    ({ page } = app);
  });
  after(() => app?.close());

  it('staff draft an external letter: the form, paragraphs, and a preview tab', async () => {
    await step(page, 'outgoing-draft', async () => {
      await signIn(page, 'staff');
      await go(page, 'ร่างของฉัน');
      await page.getByText('ยังไม่มีร่างหนังสือ').waitFor();
      await page.getByRole('main').getByRole('link', { name: 'ร่างหนังสือ' }).first().click();
      await page.getByRole('heading', { name: 'ร่างหนังสือ' }).waitFor();
      assert.equal(await page.getByLabel('รูปแบบหนังสือ').inputValue(), 'external');
      await page.getByLabel(/^เรื่อง/).fill(SUBJECT);
      await page.getByLabel('เรียน', { exact: true }).fill(ADDRESSEE);
      await page.getByLabel('ย่อหน้าที่ 1', { exact: true }).fill(CLOSING_LINE);
      await page.getByRole('button', { name: 'เพิ่มย่อหน้า' }).click();
      await page.getByLabel('ย่อหน้าที่ 2', { exact: true }).fill(FIRST);
      // Typed in the wrong order: move the second paragraph up.
      await page.getByRole('button', { name: 'เลื่อน ย่อหน้าที่ 2 ขึ้น' }).click();
      assert.equal(await page.getByLabel('ย่อหน้าที่ 1', { exact: true }).inputValue(), FIRST);
      // กราบเรียน brings its own closing (ภาคผนวก ๒); back to เรียน for this letter.
      await page.getByLabel('คำขึ้นต้น').selectOption('กราบเรียน');
      assert.equal(await page.getByLabel('คำลงท้าย').inputValue(), 'ขอแสดงความนับถืออย่างยิ่ง');
      await page.getByLabel('คำขึ้นต้น').selectOption('เรียน');
      assert.equal(await page.getByLabel('คำลงท้าย').inputValue(), 'ขอแสดงความนับถือ');
      await page.getByLabel('โทร', { exact: true }).fill('๐ ๒๒๘๘ ๕๕๕๕');
      await page.getByRole('tab', { name: 'ตัวอย่าง' }).click();
      await page.getByRole('link', { name: 'เปิดตัวอย่าง' }).waitFor();
      await page.getByRole('tab', { name: 'แก้ไข' }).click();
      await page.getByRole('button', { name: 'บันทึกร่าง' }).click();
      await page.waitForURL(/\/outgoing\/[0-9a-f-]{36}$/);
      letterPath = new URL(page.url()).pathname;
      await page.getByText('บันทึกร่างแล้ว').waitFor();
      await page.getByRole('heading', { name: SUBJECT }).waitFor();
      await page.getByRole('link', { name: 'เปิด PDF' }).waitFor();
    });
  });

  it('submits it with the deputy as reviewer and the director as signer', async () => {
    await step(page, 'outgoing-submit', async () => {
      await page.getByRole('button', { name: 'เสนอร่างลงนาม' }).click();
      const dialog = page.getByRole('dialog', { name: 'เสนอร่างลงนาม' });
      await choose(page, dialog, 'เพิ่มผู้ตรวจ', DEPUTY);
      await dialog.getByText(`1. ${DEPUTY}`).waitFor();
      await choose(page, dialog, 'ผู้ลงนาม', DIRECTOR);
      await dialog.getByRole('button', { name: 'เสนอร่างลงนาม' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText('เสนอร่างลงนามแล้ว').waitFor();
      await chain(page).getByText('กำลังพิจารณา').waitFor();
    });
  });

  it('the deputy approves it from รอตรวจ', async () => {
    await step(page, 'outgoing-review-1', () => deputyApproves(page));
  });

  it('the director sends it back: โปรดแก้ไข …', async () => {
    await step(page, 'outgoing-return', async () => {
      await signIn(page, 'director');
      await go(page, 'รอลงนาม');
      await openLetter(page, SUBJECT);
      await page.getByRole('button', { name: 'ส่งกลับแก้ไข' }).click();
      const dialog = page.getByRole('dialog', { name: 'ส่งกลับให้แก้ไข' });
      const reason = dialog.getByRole('textbox', { name: /สิ่งที่ต้องแก้ไข/ });
      assert.equal(await reason.inputValue(), 'โปรดแก้ไข ');
      // "โปรดแก้ไข" alone says nothing: the dialog asks what to correct.
      await dialog.getByRole('button', { name: 'ส่งกลับแก้ไข' }).click();
      await dialog.getByText('กรุณาระบุสิ่งที่ต้องแก้ไข').waitFor();
      await reason.fill(FIX);
      await dialog.getByRole('button', { name: 'ส่งกลับแก้ไข' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText('ส่งกลับให้แก้ไขแล้ว').waitFor();
    });
  });

  it('staff see the reason, correct the draft (version ๒) and submit it again', async () => {
    await step(page, 'outgoing-correct', async () => {
      await signIn(page, 'staff');
      await go(page, 'ร่างของฉัน');
      await openLetter(page, SUBJECT);
      await chain(page).getByText(`“${FIX}”`).waitFor();
      await page.getByRole('link', { name: 'แก้ไข', exact: true }).click();
      await page.getByRole('heading', { name: 'แก้ไขร่างหนังสือ' }).waitFor();
      await page.getByLabel('ย่อหน้าที่ 1', { exact: true }).fill(CORRECTED);
      await page.getByLabel('สิ่งที่แก้ไข').fill('ระบุเวลาและสถานที่ประชุม');
      await page.getByRole('button', { name: 'บันทึกฉบับแก้ไข' }).click();
      await page.waitForURL((url) => url.pathname === letterPath);
      await page.getByText('บันทึกฉบับที่ ๒ แล้ว').waitFor();
      const versions = page.getByRole('region', { name: 'ฉบับของร่าง' });
      await versions.getByText('ระบุเวลาและสถานที่ประชุม').waitFor();
      await page.getByRole('button', { name: 'เสนอร่างลงนาม' }).click();
      const dialog = page.getByRole('dialog', { name: 'เสนอร่างลงนาม' });
      // The same reviewer and signer as before.
      await dialog.getByText(`1. ${DEPUTY}`).waitFor();
      assert.equal(await dialog.getByRole('textbox', { name: 'ผู้ลงนาม', exact: true }).inputValue(), DIRECTOR);
      await dialog.getByRole('button', { name: 'เสนอร่างลงนาม' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText('เสนอร่างลงนามแล้ว').waitFor();
    });
  });

  it('the deputy approves the corrected draft', async () => {
    await step(page, 'outgoing-review-2', () => deputyApproves(page));
  });

  it('the director signs with a drawn signature and sees the number and date', async () => {
    await step(page, 'outgoing-sign', async () => {
      await signIn(page, 'director');
      await go(page, 'รอลงนาม');
      await openLetter(page, SUBJECT);
      await page.getByRole('button', { name: 'ลงนาม', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'ลงนามหนังสือ' });
      const capacity = dialog.getByLabel('ตำแหน่งการลงนาม');
      // The director's own position is offered (and chosen) once his capacities have loaded.
      await capacity
        .locator('option', { hasText: 'ผู้อำนวยการสำนักงาน' })
        .first()
        .waitFor({ state: 'attached' });
      assert.match(await capacity.inputValue(), /.+/);
      await drawSignature(page, dialog);
      await dialog.getByLabel(/^รหัสผ่าน/).fill('demo1234');
      await dialog.getByRole('button', { name: 'ลงนาม', exact: true }).click();
      const done = dialog.getByRole('status');
      await done.getByText('ลงนามแล้ว').waitFor();
      number = (await done.getByText(/^ที่ /).textContent()) ?? '';
      assert.match(number, /^ที่ ศธ [๐-๙.]+\/[๐-๙]+$/);
      await done.getByText(/^ลงวันที่ [๐-๙]{2} .+ [๐-๙]{4}$/).waitFor();
      await dialog.getByRole('button', { name: 'ปิด', exact: true }).click();
      await page.getByRole('region', { name: 'สถานะหนังสือ' }).getByText(number, { exact: true }).waitFor();
      await chain(page).getByText('ลงนามแล้ว').waitFor();
    });
  });

  it(`the director sends it to ${UNIT} and to the agency ${AGENCY_SLUG}`, async () => {
    await step(page, 'outgoing-dispatch', async () => {
      await page.getByRole('button', { name: 'ส่งหนังสือ' }).click();
      const dialog = page.getByRole('dialog', { name: 'ส่งหนังสือ' });
      await dialog.getByRole('textbox', { name: 'ส่งถึงหน่วยงานภายใน' }).click();
      await page.getByRole('option', { name: UNIT }).click();
      await dialog.getByRole('heading').first().click();
      // Other agencies on the platform (GET /api/v1/outgoing/agencies): the second demo agency.
      await dialog.getByRole('textbox', { name: 'ส่งถึงหน่วยงานอื่นในระบบ', exact: true }).click();
      await page.getByRole('option', { name: AGENCY }).click();
      await dialog.getByRole('heading').first().click();
      await dialog.getByRole('button', { name: 'ส่งหนังสือ' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText('ส่งหนังสือแล้ว').waitFor();
      for (const to of [UNIT, AGENCY]) await delivery(page, to).getByText('ส่งแล้ว', { exact: true }).waitFor();
      await delivery(page, AGENCY).getByText('หน่วยงานภายนอก').waitFor();
    });
  });

  it(`the clerk of ${UNIT} receives it from รอลงรับ`, async () => {
    await step(page, 'outgoing-receive', async () => {
      await signIn(page, 'unit2');
      await go(page, 'รอลงรับ');
      await openLetter(page, SUBJECT);
      await page.getByRole('button', { name: `ลงรับ (${UNIT})` }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'ลงรับ' }).click();
      await page.getByText('ลงรับแล้ว เลขรับ ๑').waitFor();
    });
  });

  it(`the central registry of ${AGENCY_SLUG} receives it from รอลงรับ with its own receipt number`, async () => {
    await step(page, 'outgoing-receive-agency', async () => {
      await signIn(page, 'saraban', { tenant: AGENCY_SLUG });
      await go(page, 'รอลงรับ');
      await openLetter(page, SUBJECT);
      await page.getByRole('button', { name: `ลงรับ (${AGENCY})` }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'ลงรับ' }).click();
      await page.getByText('ลงรับแล้ว เลขรับ ๑').waitFor();
    });
  });

  it('the sender sees both deliveries ลงรับแล้ว with their receipt numbers', async () => {
    await step(page, 'outgoing-received', async () => {
      await signIn(page, 'staff');
      await go(page, 'ส่งแล้ว');
      await openLetter(page, SUBJECT);
      assert.equal(new URL(page.url()).pathname, letterPath);
      for (const to of [UNIT, AGENCY]) await delivery(page, to).getByText('ลงรับแล้ว เลขรับ ๑').waitFor();
      await page.getByRole('region', { name: 'สถานะหนังสือ' }).getByText(number, { exact: true }).waitFor();
    });
  });
});
