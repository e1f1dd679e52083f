/**
 * The service operator on a phone: log in, add an agency with its first administrator, change its
 * quota, and see the usage statistics count one more agency.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { go, launchPhone, type Phone, startTestServer, step, type TestServer } from '../support/browser.ts';

const OPERATOR_PASSWORD = 'operator-e2e-password';
const AGENCY = 'สำนักงานทดสอบการให้บริการ';

/** The "หน่วยงานที่ใช้ N หน่วยงาน" figure on the statistics page. */
async function agencyCount(page: Page): Promise<number> {
  const text =
    (await page
      .getByText(/^\d[\d,]* หน่วยงาน$/)
      .first()
      .textContent()) ?? '';
  return Number(text.replace(/[^\d]/g, ''));
}

describe('service operator on a phone', () => {
  let server: TestServer;
  let phone: Phone;
  let page: Page;

  before(async () => {
    server = await startTestServer({ SARABAN_OPERATOR_PASSWORD: OPERATOR_PASSWORD });
    phone = await launchPhone({ baseURL: server.baseUrl, serviceWorkers: 'block' });
    page = phone.page;
    page.setDefaultTimeout(15_000);
  });
  after(async () => {
    await phone?.close();
    await server?.close();
  });

  let countBefore = 0;

  it('logs in and reads the usage statistics', async () => {
    await step(page, 'operator-login', async () => {
      await page.goto('/operator');
      await page.waitForURL(/\/operator\/login$/);
      await page.getByLabel('ชื่อผู้ใช้').fill('operator');
      await page.getByLabel('รหัสผ่าน').fill(OPERATOR_PASSWORD);
      await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
      await page.getByRole('heading', { name: 'หน่วยงานผู้ใช้บริการ' }).waitFor();
      await go(page, 'สถิติการใช้งาน');
      await page.getByText('10 อันดับ หน่วยงานที่มีผู้ใช้งานมากที่สุด').waitFor();
      countBefore = await agencyCount(page);
      assert.ok(countBefore >= 1, 'the demo agency is counted');
    });
  });

  it('adds an agency with its first administrator', async () => {
    await step(page, 'operator-create', async () => {
      await go(page, 'หน่วยงานผู้ใช้บริการ');
      await page.getByRole('link', { name: 'เพิ่มหน่วยงาน' }).click();
      await page.getByLabel('รหัสหน่วยงาน (ใช้เข้าสู่ระบบ)').fill('e2e-office');
      await page.getByLabel('ชื่อหน่วยงาน (ไทย)').fill(AGENCY);
      await page.getByLabel('ชื่อหน่วยงาน (อังกฤษ)').fill('E2E Service Office');
      await page.getByLabel('กระทรวง').fill('สำนักนายกรัฐมนตรี');
      await page.getByLabel('รหัสตัวพยัญชนะ').fill('นร');
      await page.getByLabel('เลขประจำของเจ้าของเรื่อง').fill('0105');
      await page.getByLabel('จำนวนผู้ใช้สูงสุด').fill('25');
      await page.getByLabel('รหัสผู้ใช้งาน').fill('admin');
      await page.getByLabel('ชื่อผู้ใช้งาน').fill('ผู้ดูแลระบบทดสอบ');
      await page.getByLabel('รหัสผ่านเริ่มต้น').fill('Start2569pass');
      await page.getByRole('button', { name: 'เพิ่มหน่วยงาน' }).click();
      await page.waitForURL(/\/operator\/agencies\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { name: AGENCY }).waitFor();
      await page.getByText('0 / 25 คน').or(page.getByText('1 / 25 คน')).first().waitFor();
    });
  });

  it('changes the agency’s quota', async () => {
    await step(page, 'operator-quota', async () => {
      const quota = page.getByLabel('จำนวนผู้ใช้สูงสุด');
      await quota.fill('120');
      await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
      await page.getByText(/\d+ \/ 120 คน/).waitFor();
      await go(page, 'หน่วยงานผู้ใช้บริการ');
      const card = page.getByRole('listitem').filter({ hasText: AGENCY });
      await card.getByText(/\/ 120 คน/).waitFor();
    });
  });

  it('counts one more agency in the statistics', async () => {
    await step(page, 'operator-stats', async () => {
      await go(page, 'สถิติการใช้งาน');
      await page.getByText('10 อันดับ หน่วยงานที่มีผู้ใช้งานมากที่สุด').waitFor();
      await page.getByText(`${(countBefore + 1).toLocaleString('th-TH')} หน่วยงาน`, { exact: true }).waitFor();
      assert.equal(await agencyCount(page), countBefore + 1);
    });
  });
});
