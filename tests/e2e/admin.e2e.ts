/**
 * The agency administrator's day one, on a phone (390×844): log in, add a unit, record a person,
 * open a user account with two roles, and reserve an external number (จองเลขหนังสือภายนอก).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { choose, go, type PhoneApp, signIn, startPhoneApp, step } from '../support/browser.ts';

const UNIT = 'กลุ่มงานทดสอบระบบ';
const PERSON = 'สมใจ ทดสอบระบบ';
// 13 digits with a valid mod-11 check digit (310060123456 → 5); not one of the demo people's.
const NATIONAL_ID = '3100601234565';
const USERNAME = 'somjai.t';
const REASON = 'หนังสือเชิญประชุมที่ลงนามนอกระบบ';

describe('agency administrator on a phone', () => {
  let app: PhoneApp;
  let page: Page;

  before(async () => {
    app = await startPhoneApp();
    page = app.page;
  });
  after(() => app?.close());

  it('logs in with the demo agency and sees the home page', async () => {
    await step(page, 'admin-login', async () => {
      await page.goto('/');
      await page.waitForURL(/\/login/);
      await page.getByText('ทดลองใช้: หน่วยงาน demo ผู้ใช้ admin รหัสผ่าน demo1234').waitFor();
      assert.equal(await page.getByLabel('รหัสหน่วยงาน').inputValue(), 'demo');
      await signIn(page, 'admin');
      // The demo admin also works the central registry: its queues and registering are on the home page.
      const letters = page.getByRole('region', { name: 'หนังสือของฉัน' });
      await letters.getByRole('link', { name: /^รอลงรับ/ }).waitFor();
      await letters.getByRole('link', { name: 'ลงทะเบียนรับหนังสือ' }).waitFor();
    });
  });

  it('adds an org unit under the agency', async () => {
    await step(page, 'admin-org-unit', async () => {
      await go(page, 'โครงสร้างหน่วยงาน');
      await page.getByRole('button', { name: /^จัดการ สำนักงานทดลองระบบสารบรรณ/ }).click();
      await page.getByRole('menuitem', { name: 'เพิ่มหน่วยงานย่อย' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('ชื่อหน่วยงาน (ไทย)').fill(UNIT);
      await dialog.getByLabel('ชื่อย่อ').fill('กทร.');
      await dialog.getByLabel('เลขประจำของเจ้าของเรื่อง').fill('04001.9');
      await dialog.getByRole('button', { name: 'บันทึก' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByRole('button', { name: `จัดการ ${UNIT}` }).waitFor();
    });
  });

  it('records a person with the deck’s form', async () => {
    await step(page, 'admin-person', async () => {
      await go(page, 'บุคลากร');
      await page.getByRole('link', { name: 'เพิ่มบุคลากร' }).click();
      await page.getByRole('heading', { name: 'บันทึกบุคลากร' }).waitFor();
      await choose(page, page, 'หน่วยงานที่สังกัด', UNIT);
      await page.getByRole('textbox', { name: 'คำนำหน้า' }).fill('นางสาว');
      await page.getByLabel('ชื่อ - นามสกุล (ไทย)').fill(PERSON);
      await page.getByLabel('ชื่อ - นามสกุล (อังกฤษ)').fill('Somjai Thotsob');
      await page.getByLabel('รหัสประจำตัวประชาชน').fill(NATIONAL_ID);
      await page.getByLabel('เพศ').selectOption({ label: 'หญิง' });
      await page.getByLabel('ตำแหน่ง', { exact: true }).fill('นักจัดการงานทั่วไป');
      await page.getByLabel('E-mail สำหรับล็อกอินเข้าระบบ').fill('somjai@demo.saraban.invalid');
      await page.getByRole('button', { name: 'บันทึก' }).click();
      await page.waitForURL(/\/admin\/people$/);
      await page.getByRole('link', { name: `นางสาว${PERSON}` }).waitFor();
    });
  });

  it('opens a user account with two roles, within the quota', async () => {
    await step(page, 'admin-user', async () => {
      await go(page, 'ผู้ใช้งาน');
      await page.getByText(/จำนวนสูงสุดที่ขอใช้งาน : 60 คน จำนวนที่ใช้งานในปัจจุบัน : \d+ คน/).waitFor();
      const before = Number(
        /ปัจจุบัน : (\d+) คน/.exec((await page.getByText(/จำนวนที่ใช้งานในปัจจุบัน/).textContent()) ?? '')?.[1],
      );
      await page.getByRole('link', { name: 'เพิ่มผู้ใช้งาน' }).click();
      await page.getByLabel('ชื่อผู้ใช้งาน').fill(`นางสาว${PERSON}`);
      await page.getByRole('textbox', { name: 'รหัสผู้ใช้งาน', exact: true }).fill(USERNAME);
      await page.getByLabel(/^รหัสผ่าน/).fill('Saraban2569');
      await page.getByLabel('ยืนยันรหัสผ่าน').fill('Saraban2569');
      await page.getByRole('textbox', { name: 'บุคลากร' }).fill('สมใจ');
      await page.getByRole('option', { name: new RegExp(PERSON) }).click();

      const roles = page.getByRole('region', { name: 'ข้อมูลการทำงานในระบบสารบรรณ' });
      for (const role of ['สารบรรณกลาง', 'บทบาทบุคคล']) {
        await choose(page, roles, 'หน่วยงานที่รับผิดชอบ', UNIT);
        await roles.getByLabel('บทบาทที่ได้รับ').selectOption({ label: role });
        await roles.getByRole('button', { name: 'เพิ่มบทบาท' }).click();
        await roles
          .getByRole('list', { name: 'ข้อมูลการทำงานในระบบสารบรรณ' })
          .getByText(role, { exact: true })
          .waitFor();
      }
      await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
      await page.waitForURL(/\/admin\/users\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { name: `นางสาว${PERSON}` }).waitFor();
      const saved = page.getByRole('region', { name: 'ข้อมูลการทำงานในระบบสารบรรณ' });
      await saved.getByText('2 รายการ').waitFor();
      const rows = saved.getByRole('list', { name: 'ข้อมูลการทำงานในระบบสารบรรณ' });
      await rows.getByText('สารบรรณกลาง', { exact: true }).waitFor();
      await rows.getByText('บทบาทบุคคล', { exact: true }).waitFor();
      await page.getByText(`จำนวนที่ใช้งานในปัจจุบัน : ${before + 1} คน`).waitFor();
    });
  });

  it('reserves an external number (the demo admin also works the central registry, as in the deck)', async () => {
    await step(page, 'admin-reserve', async () => {
      await go(page, 'จองเลขหนังสือภายนอก');
      await choose(page, page, 'ทะเบียน (หนังสือส่ง/หนังสือเวียน)', /ทะเบียนหนังสือส่ง/);
      await page.getByLabel('เหตุผลการจอง').fill(REASON);
      await page.getByRole('button', { name: 'จองเลข' }).click();
      const done = page.getByRole('alert').or(page.getByText(/^จองเลขแล้ว: /));
      await done.first().waitFor();
      const reserved = (await page.getByText(/^จองเลขแล้ว: /).textContent()) ?? '';
      const number = reserved.replace('จองเลขแล้ว: ', '').trim();
      assert.ok(number.length > 0, 'the reserved number is shown');
      const list = page.getByRole('list', { name: 'รายการเลขที่จอง' });
      await list.getByText(number, { exact: true }).waitFor();
      await list.getByText(REASON).first().waitFor();
    });
  });
});
