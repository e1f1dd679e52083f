/**
 * Incoming letters on a phone (390×844), as in the deck: the central clerk registers a PDF letter and a
 * two-page paper scan, proposes the PDF letter to the director; the director signs a command to both
 * divisions in the command dialog; each division clerk receives it with the division's own number; staff
 * acknowledge and record what they did; the route shows every hop, and a recall before receipt as ดึงกลับ.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import {
  drawSignature,
  fillIncomingLetter,
  go,
  openLetter,
  type PhoneApp,
  pick,
  signIn,
  startPhoneApp,
  step,
} from '../support/browser.ts';
import { makePdf } from '../support/letters.ts';

const SUBJECT = 'ขอเชิญประชุมเรื่องการออกกำลังกายเพื่อสุขภาพที่ดี';
const SCAN_SUBJECT = 'ขอความอนุเคราะห์ข้อมูลบุคลากร';
const SENDER = 'สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน';
const DIVISIONS = ['กลุ่มบริหารงานทั่วไป', 'กลุ่มนโยบายและแผน'] as const;
const EXTRA_LINE = 'ให้ทั้งสองกลุ่มเตรียมข้อมูลภายในวันศุกร์';
const ACTION_NOTE = 'จัดเตรียมข้อมูลงบประมาณแล้ว';

async function makeScan(background: string): Promise<Buffer> {
  return sharp({ create: { width: 620, height: 877, channels: 3, background } })
    .png()
    .toBuffer();
}

describe('incoming letters on a phone', () => {
  let app: PhoneApp;
  let page: Page;
  let letterPath: string;

  before(async () => {
    app = await startPhoneApp({ timeout: 20_000 });
    page = app.page;
  });
  after(() => app?.close());

  it('the central clerk registers a PDF letter and gets receipt number ๑', async () => {
    await step(page, 'letters-register-pdf', async () => {
      await signIn(page, 'saraban');
      await go(page, 'ลงทะเบียนรับหนังสือ');
      await fillIncomingLetter(page, {
        pdf: await makePdf({ text: 'Invitation to a meeting on healthy exercise' }),
        fileName: 'หนังสือเชิญประชุม.pdf',
        number: 'ศธ 04010/123',
        from: SENDER,
        to: 'ผู้อำนวยการสำนักงาน',
        subject: SUBJECT,
      });
      await page.getByLabel('ความเร่งด่วน').selectOption({ label: 'ด่วนที่สุด' });
      await page.getByRole('button', { name: 'ลงทะเบียนรับ', exact: true }).click();
      await page.waitForURL(/\/letters\/[0-9a-f-]{36}$/);
      letterPath = new URL(page.url()).pathname;
      await page.getByText('ลงทะเบียนรับแล้ว เลขรับ ๑').waitFor();
      await page.getByRole('heading', { name: SUBJECT }).waitFor();
      await page.getByText('ด่วนที่สุด').first().waitFor();
      await page.getByRole('link', { name: 'เปิด PDF' }).waitFor();
    });
  });

  it('registers a two-page paper scan, in page order, as the next number', async () => {
    await step(page, 'letters-register-scan', async () => {
      await go(page, 'ลงทะเบียนรับหนังสือ');
      await page.getByText('สแกนหนังสือ', { exact: true }).click();
      await page.getByText('เขียนเลขรับ วันที่ และเวลาที่ระบบออกให้ลงบนหนังสือต้นฉบับ', { exact: false }).waitFor();
      const pages = page.locator('input[type=file]').first();
      await pages.setInputFiles({
        name: 'หน้า-2.png',
        mimeType: 'image/png',
        buffer: await makeScan('#e0e8ff'),
      });
      await pages.setInputFiles({
        name: 'หน้า-1.png',
        mimeType: 'image/png',
        buffer: await makeScan('#f4f4f4'),
      });
      // Picked in the wrong order: move page 1 up.
      await page.getByRole('button', { name: 'เลื่อน หน้า-1.png ขึ้น' }).click();
      const scans = page.getByRole('list', { name: /หน้าที่สแกน/ }).getByRole('listitem');
      await scans.first().getByText('หน้า 1 · หน้า-1.png').waitFor();
      await page.getByLabel(/^จาก/).fill('สำนักงานเขตพื้นที่การศึกษาประถมศึกษา');
      await page.getByLabel(/^เรื่อง/).fill(SCAN_SUBJECT);
      await page.getByRole('button', { name: 'ลงทะเบียนรับ', exact: true }).click();
      await page.waitForURL(/\/letters\/[0-9a-f-]{36}$/);
      await page.getByText('ลงทะเบียนรับแล้ว เลขรับ ๒').waitFor();
      await page.getByText('สแกนหนังสือ').first().waitFor();
    });
  });

  it('proposes the PDF letter to the director', async () => {
    await step(page, 'letters-propose', async () => {
      await page.goto(letterPath);
      await page.getByRole('button', { name: 'เสนอ', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'เสนอหนังสือ' });
      await pick(page, dialog, 'เสนอถึง (ผู้บริหาร)', ['นายประเสริฐ บริหารดี — ผู้อำนวยการสำนักงาน']);
      assert.equal(await dialog.getByLabel('คำเสนอ').inputValue(), 'เพื่อโปรดพิจารณา');
      await dialog.getByRole('button', { name: 'เสนอ', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText('เสนอหนังสือแล้ว').waitFor();
    });
  });

  it('the director signs a command to both divisions from "รอพิจารณา" on the phone', async () => {
    await step(page, 'letters-command', async () => {
      await signIn(page, 'director');
      // The home page counts the proposal (still unread) and links to its queue.
      const letters = page.getByRole('region', { name: 'หนังสือของฉัน' });
      await letters.getByText('ยังไม่ได้อ่าน 1 ฉบับ').waitFor();
      await letters.getByRole('link', { name: /^รอพิจารณา\s*1$/ }).click();
      await page.getByRole('heading', { name: 'รอพิจารณา', exact: true }).waitFor();
      await openLetter(page, SUBJECT);
      await page.getByRole('button', { name: 'บันทึกคำสั่งการ' }).click();
      const dialog = page.getByRole('dialog', { name: 'บันทึกคำสั่งการ / คำเสนอ' });
      await dialog.getByText('ศธ 04010/123').waitFor();
      await dialog.getByRole('button', { name: 'โปรดดำเนินการต่อไป' }).click();
      const text = dialog.getByRole('textbox', { name: /รายละเอียด/ });
      await text.press('End');
      await text.pressSequentially(`\n${EXTRA_LINE}`);
      assert.equal(await text.inputValue(), `โปรดดำเนินการต่อไป\n${EXTRA_LINE}`);
      await dialog.getByText(`${'โปรดดำเนินการต่อไป'.length + 1 + EXTRA_LINE.length}/500 ตัวอักษร`).waitFor();
      await pick(page, dialog, 'มอบหมายหน่วยงาน', DIVISIONS);
      assert.match(await dialog.getByLabel('ตำแหน่งการลงนาม').inputValue(), /.+/);
      await drawSignature(page, dialog);
      await dialog.getByLabel(/^รหัสผ่าน/).fill('demo1234');
      await dialog.getByRole('button', { name: 'ตกลง' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText('บันทึกคำสั่งการแล้ว').waitFor();
    });
  });

  for (const [username, division] of [
    ['unit', DIVISIONS[0]],
    ['unit2', DIVISIONS[1]],
  ] as const) {
    it(`the clerk of ${division} receives it with the division's own number ๑`, async () => {
      await step(page, `letters-receive-${username}`, async () => {
        await signIn(page, username);
        await go(page, 'รอลงรับ');
        await openLetter(page, SUBJECT);
        await page.getByRole('button', { name: `ลงรับ (${division})` }).click();
        await page.getByRole('dialog').getByText(`ลงรับหนังสือนี้สำหรับ ${division}?`, { exact: false }).waitFor();
        await page.getByRole('dialog').getByRole('button', { name: 'ลงรับ' }).click();
        await page.getByText('ลงรับแล้ว เลขรับ ๑').waitFor();
        const receipts = page.getByRole('region', { name: 'การลงรับ' });
        await receipts.getByText(division, { exact: true }).waitFor();
        assert.equal(
          await receipts.getByText('เลขรับ ๑', { exact: true }).count(),
          DIVISIONS.indexOf(division) + 2,
        );
      });
    });
  }

  it('the policy clerk forwards it to staff, who acknowledge and record what they did', async () => {
    await step(page, 'letters-staff', async () => {
      await page.getByRole('button', { name: 'ส่งต่อ', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'ส่งต่อหนังสือ' });
      await pick(page, dialog, 'ส่งถึงบุคคล', ['นายขยัน ปฏิบัติงาน — นักวิเคราะห์นโยบายและแผน']);
      await dialog.getByLabel(/^ข้อความ/).fill('มอบคุณขยันดำเนินการ');
      await dialog.getByRole('button', { name: 'ส่งต่อ', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });

      await signIn(page, 'staff');
      await go(page, 'ได้รับมอบหมาย');
      await page.getByText('นางสุดา ลงรับไว → นายขยัน ปฏิบัติงาน', { exact: false }).waitFor();
      await openLetter(page, SUBJECT);
      await page.getByRole('button', { name: /^รับทราบ/ }).click();
      await page.getByText('รับทราบแล้ว').first().waitFor();
      await page.getByRole('button', { name: 'บันทึกการปฏิบัติ' }).click();
      const note = page.getByRole('dialog', { name: 'บันทึกการปฏิบัติ' });
      await note.getByRole('textbox').fill(ACTION_NOTE);
      await note.getByRole('button', { name: 'บันทึก' }).click();
      await note.waitFor({ state: 'hidden' });
      await page.getByText('บันทึกการปฏิบัติแล้ว').waitFor();
    });
  });

  it('a letter recalled before it is received shows as ดึงกลับ', async () => {
    await step(page, 'letters-recall', async () => {
      await signIn(page, 'unit');
      await page.goto(letterPath);
      await page.getByRole('button', { name: 'ส่งต่อ', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'ส่งต่อหนังสือ' });
      await pick(page, dialog, 'ส่งถึงบุคคล', ['นางวิไล ทำแทนได้ — รองผู้อำนวยการสำนักงาน']);
      await dialog.getByRole('button', { name: 'ส่งต่อ', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByRole('button', { name: 'การดำเนินการอื่น' }).click();
      await page.getByRole('menuitem', { name: /^ดึงกลับ \(นางวิไล ทำแทนได้/ }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'ดึงกลับ' }).click();
      await page.getByText('ดึงกลับแล้ว').waitFor();
    });
  });

  it('the route shows every hop: intake, proposal, signed command, receipts, forward, action, recall', async () => {
    await step(page, 'letters-route', async () => {
      await page.getByRole('link', { name: 'เส้นทางหนังสือ' }).click();
      const route = page.locator('.route-cards');
      await route.getByRole('listitem').first().waitFor();
      const hops = route.getByRole('listitem');
      assert.equal(await hops.count(), 6);
      await hops.nth(0).getByText(`ผู้ส่ง: ${SENDER}`).waitFor();
      await hops.nth(1).getByText('เพื่อโปรดพิจารณา').waitFor();
      const command = hops.nth(2);
      await command.getByText('(คำสั่ง)').waitFor();
      await command.getByText(EXTRA_LINE, { exact: false }).waitFor();
      await command.getByRole('img', { name: 'ลายมือชื่อของ นายประเสริฐ บริหารดี' }).waitFor();
      await command.getByText('(นายประเสริฐ บริหารดี)').waitFor();
      await command.getByText(/^[๐-๙]{2} .+ [๐-๙]{4} เวลา [๐-๙]{2}:[๐-๙]{2}$/).waitFor();
      for (const division of DIVISIONS) await command.getByText(division, { exact: true }).waitFor();
      assert.equal(await command.getByText('เลขรับ ๑', { exact: true }).count(), 2);
      await hops.nth(3).getByText('มอบคุณขยันดำเนินการ').waitFor();
      await hops.nth(3).getByText('รับทราบแล้ว').waitFor();
      await hops.nth(4).getByText(ACTION_NOTE).waitFor();
      await hops.nth(4).getByText('(บันทึกการปฏิบัติ)').waitFor();
      await hops.nth(5).getByText('เลขรับ (ดึงกลับ)').waitFor();
      await hops
        .nth(5)
        .getByText(/^\(ดึงกลับ วันที่ [๐-๙]{2} .+ [๐-๙]{4} [๐-๙]{2}:[๐-๙]{2}\)$/)
        .waitFor();
      await page.getByRole('button', { name: 'พิมพ์' }).waitFor();
    });
  });
});
