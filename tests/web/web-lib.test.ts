/** Pure helpers of the web app: Thai dates, the national-ID check digit, and the two message catalogues. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { en } from '../../web/src/lib/i18n/en.ts';
import { th } from '../../web/src/lib/i18n/th.ts';
import { isValidNationalId } from '../../web/src/lib/national-id.ts';
import {
  currentYearBE,
  endOfBangkokDay,
  formatThaiDate,
  formatThaiDateTime,
  startOfBangkokDay,
  todayInBangkok,
} from '../../web/src/lib/thai-date.ts';

describe('web Thai dates', () => {
  it('shows a calendar date in Buddhist Era with Thai month names', () => {
    assert.equal(formatThaiDate('2026-01-05'), '5 ม.ค. 2569');
    assert.equal(formatThaiDate('2026-01-05', 'th', 'long'), '5 มกราคม 2569');
  });

  it('keeps a bare calendar date on the same day whatever the time zone', () => {
    assert.equal(formatThaiDate('2025-12-31'), '31 ธ.ค. 2568');
  });

  it('shows instants in Bangkok time', () => {
    // 17:30 UTC on 31 Dec is 00:30 on 1 Jan in Bangkok.
    assert.equal(formatThaiDateTime('2025-12-31T17:30:00Z'), '1 ม.ค. 2569 00:30');
  });

  it('takes today and the year from the Bangkok calendar', () => {
    const newYearInBangkok = new Date('2025-12-31T17:30:00Z');
    assert.equal(todayInBangkok(newYearInBangkok), '2026-01-01');
    assert.equal(currentYearBE(newYearInBangkok), 2569);
  });

  it('turns a day into a Bangkok range for filters', () => {
    assert.equal(startOfBangkokDay('2026-01-05'), '2026-01-05T00:00:00+07:00');
    assert.equal(endOfBangkokDay('2026-01-05'), '2026-01-05T23:59:59.999+07:00');
  });

  it('answers empty for a missing date', () => {
    assert.equal(formatThaiDate(null), '');
    assert.equal(formatThaiDateTime(undefined), '');
  });
});

describe('web national ID check', () => {
  it('accepts 13 digits with the right check digit', () => {
    assert.equal(isValidNationalId('1101700230708'), true);
    assert.equal(isValidNationalId('3100601234565'), true);
    assert.equal(isValidNationalId('1-1017-00230-70-8'), true);
  });

  it('rejects a wrong check digit or length', () => {
    assert.equal(isValidNationalId('1101700230705'), false);
    assert.equal(isValidNationalId('110170023070'), false);
  });
});

describe('web message catalogues', () => {
  it('has an English message for every Thai one, with the same placeholders', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(th) as (keyof typeof th)[]) {
      assert.ok(en[key], `en is missing ${key}`);
      assert.deepEqual(placeholders(en[key]), placeholders(th[key]), `placeholders differ for ${key}`);
    }
  });

  it('uses the deck’s wording for the quota line and the login e-mail confirmation', () => {
    assert.equal(th['users.quota'], 'จำนวนสูงสุดที่ขอใช้งาน : {quota} คน จำนวนที่ใช้งานในปัจจุบัน : {used} คน');
    assert.match(th['people.moveLoginEmail'], /^ยืนยันการบันทึก E-mail เข้าระบบ จะบันทึก E-mail กับบุคลากรนี้/);
  });
});
