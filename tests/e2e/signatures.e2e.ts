/**
 * Signatures on a phone (390×844), as issue 5 asks: the agency admin issues the deputy an internal
 * certificate (สร้าง Internal Certificate) and imports her signature image (นำเข้าลายเซ็น); the director
 * signs a command on a proposed letter with a drawn signature and his password (ลายมือชื่ออิเล็กทรอนิกส์);
 * the deputy, acting director from today, signs an outgoing letter as รักษาราชการแทน with that certificate
 * from the system store and the imported image, and the letter screen shows her capacity under her name
 * with a ตรวจสอบลายมือชื่อ link to the public page; the QR code of the signed PDF opens that page, which
 * says the letter is valid without logging in, and says in Thai why a copy with one byte changed is not —
 * while the untouched copy is.
 *
 * E2E_SHOTS=<dir> also saves a screenshot of each step there, for looking at the screens.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import {
  choose,
  drawSignature,
  fillIncomingLetter,
  go,
  newPhoneContext,
  openLetter,
  type PhoneApp,
  pick,
  signIn,
  startPhoneApp,
  step,
} from '../support/browser.ts';
import { makePdf, makeSignaturePng } from '../support/letters.ts';

const DIRECTOR = 'นายประเสริฐ บริหารดี — ผู้อำนวยการสำนักงาน';
const DEPUTY = 'นางวิไล ทำแทนได้ — รองผู้อำนวยการสำนักงาน';
const DEPUTY_NAME = 'นางวิไล ทำแทนได้';
const INCOMING = 'ขอความร่วมมือรายงานผลการใช้ลายมือชื่ออิเล็กทรอนิกส์';
const SUBJECT = 'แจ้งผลการตรวจสอบลายมือชื่อดิจิทัลของหนังสือราชการ';
/** The capacity as the signing dialog offers it, and as the letter prints it (with the signature title). */
const ACTING = 'รักษาราชการแทน ผู้อำนวยการสำนักงาน';
const ACTING_PRINTED = 'รักษาราชการแทนผู้อำนวยการสำนักงานทดลองระบบสารบรรณ';
/** The report's sentence for SIGNATURE_BROKEN about the first signature. */
const BROKEN = 'ลายมือชื่อที่ 1: เนื้อหาที่ลงนามไว้ถูกแก้ไข หรือข้อมูลลายมือชื่อเสียหาย ลายมือชื่อนี้จึงใช้ไม่ได้';

/**
 * The verification code of a signed letter, read from the QR annotation of its first page: a /Stamp whose
 * /Contents (a UTF-16BE hex string) is the caption and the address `<publicUrl>/v/<code>` the QR encodes.
 */
function verificationCode(pdf: Buffer): string {
  const texts = [...pdf.toString('latin1').matchAll(/\/Contents\s*<FEFF([0-9A-Fa-f]+)>/g)].map((m) =>
    Buffer.from(m[1] ?? '', 'hex')
      .swap16()
      .toString('utf16le'),
  );
  const code = texts.map((text) => /\/v\/([A-Za-z0-9_-]{8,64})$/.exec(text)?.[1]).find(Boolean);
  assert.ok(code, `a QR annotation with /v/<code> (annotation texts: ${JSON.stringify(texts)})`);
  return code;
}

/** A copy of a signed PDF with one byte of its first stream changed, inside every signature's byte range. */
function tampered(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const range = /\/ByteRange\s*\[\s*0\s+(\d+)/.exec(text);
  assert.ok(range, 'the PDF is signed');
  const at = text.indexOf('stream\n', text.indexOf('/Length')) + 'stream\n'.length + 10;
  assert.ok(at > 20 && at < Number(range[1]), 'the changed byte lies inside the signed byte range');
  const copy = Buffer.from(pdf);
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
}

describe('signatures on a phone', () => {
  // One server and one phone for the whole journey; each step goes on from where the last one left off.
  let app: PhoneApp | undefined;
  let page: Page;
  let visitor: BrowserContext | undefined;
  let signedPdf: Buffer;
  let code = '';
  before(async () => {
    app = await startPhoneApp({ timeout: 20_000 });
    ({ page } = app);
  });
  after(async () => {
    await visitor?.close().catch(() => {});
    await app?.close();
  });

  it('the agency admin issues the deputy an internal certificate', async () => {
    await step(page, 'signatures-issue', async () => {
      await signIn(page, 'admin');
      await go(page, 'ใบรับรองอิเล็กทรอนิกส์');
      await page.getByRole('region', { name: 'ใบรับรองของผู้ใช้งาน' }).getByText('ยังไม่มีใบรับรอง').waitFor();
      await page.getByRole('button', { name: 'ออกใบรับรองภายใน' }).click();
      const dialog = page.getByRole('dialog', { name: 'ออกใบรับรองภายใน' });
      await dialog.getByRole('textbox', { name: 'ผู้ใช้งาน', exact: true }).fill('deputy');
      await page.getByRole('option', { name: `${DEPUTY_NAME} (deputy)` }).click();
      assert.equal(await dialog.getByRole('radio', { name: /^RSA 2048/ }).isChecked(), true);
      await dialog.getByText(/^ใช้ได้ถึง /).waitFor();
      await dialog.getByRole('button', { name: 'ออกใบรับรองภายใน' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText(`ออกใบรับรองให้ ${DEPUTY_NAME} แล้ว`).waitFor();
      const issued = page
        .getByRole('list', { name: 'ใบรับรองของผู้ใช้งาน' })
        .getByRole('listitem')
        .filter({ hasText: DEPUTY_NAME });
      await issued.getByText('ออกโดยหน่วยงาน', { exact: false }).waitFor();
      await issued.getByText('ใช้งานได้', { exact: true }).waitFor();
    });
  });

  it('the admin imports the deputy’s signature image (นำเข้าลายเซ็น) on her user page', async () => {
    await step(page, 'signatures-import', async () => {
      await go(page, 'ผู้ใช้งาน');
      await page.getByRole('link', { name: DEPUTY_NAME }).click();
      const section = page.getByRole('region', { name: 'ลายเซ็น' });
      await section.getByText('ยังไม่มีลายเซ็นที่บันทึกไว้').waitFor();
      await section.locator('input[type=file]').setInputFiles({
        name: 'ลายเซ็น.png',
        mimeType: 'image/png',
        buffer: Buffer.from(await makeSignaturePng(), 'base64'),
      });
      await page.getByText(`นำเข้าลายเซ็นของ ${DEPUTY_NAME} แล้ว`).waitFor();
      await section.getByText(/^บันทึกเมื่อ /).waitFor();
      // Later visits show it only when asked: the server audits every read of someone's signature.
      await page.reload();
      await section.getByRole('button', { name: 'ดูลายเซ็นที่บันทึกไว้' }).click();
      const stored = section.getByRole('img', { name: `ลายเซ็นที่บันทึกไว้ของ ${DEPUTY_NAME}` });
      await stored.waitFor();
      const width = await stored.evaluate(async (img) => {
        await (img as HTMLImageElement).decode();
        return (img as HTMLImageElement).naturalWidth;
      });
      assert.ok(width > 0, 'the stored image loads');
    });
  });

  it('the central clerk registers a PDF letter and proposes it to the director', async () => {
    await step(page, 'signatures-propose', async () => {
      await signIn(page, 'saraban');
      await go(page, 'ลงทะเบียนรับหนังสือ');
      await fillIncomingLetter(page, {
        pdf: await makePdf({ text: 'Request for a report on electronic signatures' }),
        fileName: 'หนังสือขอความร่วมมือ.pdf',
        number: 'ศธ 04010/456',
        from: 'สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน',
        to: 'ผู้อำนวยการสำนักงาน',
        subject: INCOMING,
      });
      await page.getByRole('button', { name: 'ลงทะเบียนรับ', exact: true }).click();
      await page.getByText(/^ลงทะเบียนรับแล้ว เลขรับ /).waitFor();
      await page.getByRole('button', { name: 'เสนอ', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'เสนอหนังสือ' });
      await pick(page, dialog, 'เสนอถึง (ผู้บริหาร)', [DIRECTOR]);
      await dialog.getByRole('button', { name: 'เสนอ', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText('เสนอหนังสือแล้ว').waitFor();
    });
  });

  it('the director signs a command with a drawn signature and his password', async () => {
    await step(page, 'signatures-command', async () => {
      await signIn(page, 'director');
      await go(page, 'รอพิจารณา');
      await openLetter(page, INCOMING);
      await page.getByRole('button', { name: 'บันทึกคำสั่งการ' }).click();
      const dialog = page.getByRole('dialog', { name: 'บันทึกคำสั่งการ / คำเสนอ' });
      await dialog.getByRole('button', { name: 'ทราบ', exact: true }).click();
      assert.match(await dialog.getByLabel('ตำแหน่งการลงนาม').inputValue(), /.+/);
      // ลายมือชื่ออิเล็กทรอนิกส์ (image + password) is the default way to sign.
      assert.equal(await dialog.getByRole('radio', { name: /^ลายมือชื่ออิเล็กทรอนิกส์/ }).isChecked(), true);
      await drawSignature(page, dialog);
      await dialog.getByLabel(/^รหัสผ่าน/).fill('demo1234');
      await dialog.getByRole('button', { name: 'ตกลง' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText('บันทึกคำสั่งการแล้ว').waitFor();
      await page.getByRole('link', { name: 'เส้นทางหนังสือ' }).click();
      const command = page.getByRole('listitem').filter({ hasText: '(คำสั่ง)' });
      await command.getByRole('img', { name: 'ลายมือชื่อของ นายประเสริฐ บริหารดี' }).waitFor();
    });
  });

  it('staff draft an outgoing letter and submit it with the deputy as signer', async () => {
    await step(page, 'signatures-draft', async () => {
      await signIn(page, 'staff');
      await go(page, 'ร่างหนังสือ');
      await page.getByLabel(/^เรื่อง/).fill(SUBJECT);
      await page.getByLabel('เรียน', { exact: true }).fill('ผู้อำนวยการสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน');
      await page
        .getByLabel('ย่อหน้าที่ 1', { exact: true })
        .fill('ตามที่ได้ขอความร่วมมือ สำนักงานได้ใช้ลายมือชื่อดิจิทัลที่ตรวจสอบได้ด้วยรหัสคิวอาร์แล้ว');
      await page.getByRole('button', { name: 'บันทึกร่าง' }).click();
      await page.getByText('บันทึกร่างแล้ว').waitFor();
      await page.getByRole('button', { name: 'เสนอร่างลงนาม' }).click();
      const dialog = page.getByRole('dialog', { name: 'เสนอร่างลงนาม' });
      await choose(page, dialog, 'ผู้ลงนาม', DEPUTY);
      await dialog.getByRole('button', { name: 'เสนอร่างลงนาม' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText('เสนอร่างลงนามแล้ว').waitFor();
    });
  });

  it('the deputy signs it as รักษาราชการแทน with the internal certificate', async () => {
    await step(page, 'signatures-sign', async () => {
      await signIn(page, 'deputy');
      await go(page, 'รอลงนาม');
      await openLetter(page, SUBJECT);
      await page.getByRole('button', { name: 'ลงนาม', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'ลงนามหนังสือ' });
      const capacity = dialog.getByLabel('ตำแหน่งการลงนาม');
      await capacity.locator('option', { hasText: ACTING }).waitFor({ state: 'attached' });
      await capacity.selectOption({ label: ACTING });
      await dialog.getByRole('radio', { name: 'ลายมือชื่อดิจิทัล (ใบรับรอง)' }).check();
      await dialog.getByRole('radio', { name: 'เลือก Certificate จากที่เก็บในระบบ' }).waitFor();
      assert.equal(
        await dialog.getByRole('radio', { name: 'เลือก Certificate จากที่เก็บในระบบ' }).isChecked(),
        true,
      );
      const certificate = dialog.getByRole('combobox', { name: 'Certificate' });
      await certificate.locator('option', { hasText: DEPUTY_NAME }).waitFor({ state: 'attached' });
      assert.match(await certificate.inputValue(), /.+/);
      await dialog.getByText(/^ออกโดย .+ · ใช้ได้ถึง /).waitFor();
      // The signature the admin imported for her is offered first.
      await dialog.getByRole('img', { name: 'ลายเซ็นที่บันทึกไว้' }).waitFor();
      assert.equal(await dialog.getByRole('radio', { name: 'ใช้ลายเซ็นที่บันทึกไว้' }).isChecked(), true);
      await dialog.getByLabel(/^รหัสผ่าน/).fill('demo1234');
      await dialog.getByRole('button', { name: 'ลงนาม', exact: true }).click();
      const done = dialog.getByRole('status');
      await done.getByText('ลงนามแล้ว').waitFor();
      const number = (await done.getByText(/^ที่ /).textContent())?.trim() ?? '';
      await dialog.getByRole('button', { name: 'ปิด', exact: true }).click();
      // ผู้ลงนาม as the signature block prints it: her name, then the capacity line under it.
      const summary = page.getByRole('region', { name: 'สถานะหนังสือ' });
      const name = summary.getByText(DEPUTY_NAME, { exact: true });
      const acting = summary.getByText(ACTING_PRINTED, { exact: true });
      await acting.waitFor();
      await summary.getByText(/^ลงนามเมื่อ /).waitFor();
      const [nameBox, actingBox] = [await name.boundingBox(), await acting.boundingBox()];
      assert.ok(nameBox && actingBox && actingBox.y > nameBox.y, 'the capacity line is under her name');
      // The signed letter as the signer downloads it from the letter screen, named by its number.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'ดาวน์โหลด PDF' }).click(),
      ]);
      assert.equal(download.suggestedFilename(), `${number.replace(/[/\\:*?"<>|]/g, '-')}.pdf`);
      signedPdf = await readFile(await download.path());
      code = verificationCode(signedPdf);
    });
  });

  it('ตรวจสอบลายมือชื่อ on the letter screen opens the public page of its QR code', async () => {
    await step(page, 'signatures-verify-link', async () => {
      const link = page
        .getByRole('region', { name: 'สถานะหนังสือ' })
        .getByRole('link', { name: 'ตรวจสอบลายมือชื่อ' });
      assert.equal(await link.getAttribute('href'), `/v/${code}`);
      const [tab] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
      try {
        await tab.getByRole('heading', { name: 'ตรวจสอบหนังสือราชการ' }).waitFor();
        await tab.getByText(`รหัสตรวจสอบ ${code}`).waitFor();
        await tab
          .getByRole('region', { name: 'ผลการตรวจสอบฉบับที่หน่วยงานเก็บไว้' })
          .getByRole('status')
          .getByText('ลายมือชื่อถูกต้องทั้งหมด เอกสารไม่ได้ถูกแก้ไข')
          .waitFor();
      } finally {
        await tab.close();
      }
    });
  });

  it('the QR code’s page says the letter is valid, with the signer and capacity, without logging in', async () => {
    assert.ok(app, 'the app is running');
    // A visitor who scanned the printout: a phone of their own, not logged in.
    visitor = await newPhoneContext(app.browser, { baseURL: app.server.baseUrl, serviceWorkers: 'block' });
    const guest = await visitor.newPage();
    await step(guest, 'signatures-public', async () => {
      await guest.goto(`/v/${code}`);
      await guest.getByRole('heading', { name: 'ตรวจสอบหนังสือราชการ' }).waitFor();
      await guest.getByText(`รหัสตรวจสอบ ${code}`).waitFor();
      const facts = guest.getByRole('region', { name: 'สำนักงานทดลองระบบสารบรรณ' });
      await facts.getByText(SUBJECT, { exact: true }).waitFor();
      await facts.getByText(DEPUTY_NAME, { exact: true }).waitFor();
      await facts.getByText(ACTING_PRINTED, { exact: true }).waitFor();
      const issued = guest.getByRole('region', { name: 'ผลการตรวจสอบฉบับที่หน่วยงานเก็บไว้' });
      await issued.getByRole('status').getByText('ลายมือชื่อถูกต้องทั้งหมด เอกสารไม่ได้ถูกแก้ไข').waitFor();
      // One signature (the deputy's, with the certificate), counted from 1.
      await issued.getByText('ลายมือชื่อ 1 รายการ').waitFor();
      const signature = issued.getByRole('article', { name: 'ลายมือชื่อที่ 1' });
      await signature.getByText(DEPUTY_NAME, { exact: true }).first().waitFor();
      await signature.getByText(ACTING_PRINTED, { exact: true }).waitFor();
      await signature.getByText('ลายมือชื่อดิจิทัล', { exact: true }).first().waitFor();
      await signature.getByText('ใบรับรองเชื่อถือได้').waitFor();
      await signature.getByText('เอกสารไม่ได้ถูกแก้ไขหลังลงนาม').waitFor();
      // The imported image kept its invisible watermark through the PDF.
      await signature.getByText('ลายน้ำดิจิทัลของภาพลายเซ็น: ภาพลายเซ็นไม่ได้ถูกแก้ไข').waitFor();
      assert.equal(await guest.getByRole('button', { name: 'เมนู' }).count(), 0, 'no signed-in menu');
    });
  });

  it('a copy with one byte changed is not valid there; the untouched copy is', async () => {
    const guest = visitor?.pages()[0];
    assert.ok(guest, 'the visitor’s page is open');
    await step(guest, 'signatures-tampered', async () => {
      const yours = guest.getByRole('region', { name: 'ตรวจสอบไฟล์ที่ท่านมี' });
      const file = yours.locator('input[type=file]');
      await file.setInputFiles({
        name: 'letter.pdf',
        mimeType: 'application/pdf',
        buffer: tampered(signedPdf),
      });
      await yours.getByRole('button', { name: 'ตรวจสอบ', exact: true }).click();
      await yours.getByText('ไม่ตรงกับฉบับที่หน่วยงานออก').waitFor();
      const result = yours.getByRole('status').filter({ hasText: 'ตรวจพบปัญหา' });
      await result.waitFor();
      // A byte flipped inside a signed stream breaks the signature (SIGNATURE_BROKEN), said in Thai and
      // naming it; the server's English sentence waits under รายละเอียดทางเทคนิค.
      await result.getByText(BROKEN, { exact: true }).waitFor();
      const technical = result.getByText(/^signature 1: /).first();
      assert.equal(await technical.isVisible(), false);
      await result.getByText('รายละเอียดทางเทคนิค').click();
      await technical.waitFor();
      await yours.getByText('เอกสารถูกแก้ไขหลังลงนาม').first().waitFor();

      await file.setInputFiles({ name: 'letter.pdf', mimeType: 'application/pdf', buffer: signedPdf });
      await yours.getByRole('button', { name: 'ตรวจสอบ', exact: true }).click();
      await yours.getByText('ตรงกับฉบับที่หน่วยงานออก', { exact: true }).waitFor();
      await yours.getByRole('status').getByText('ลายมือชื่อถูกต้องทั้งหมด เอกสารไม่ได้ถูกแก้ไข').waitFor();
    });
  });
});
