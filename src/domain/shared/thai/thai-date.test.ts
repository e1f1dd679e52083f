import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  bangkokDateToUtcRange,
  bangkokMonthStart,
  bangkokParts,
  bangkokToday,
  bangkokYearBE,
  formatThaiDate,
  formatThaiDateTime,
  formatThaiTime,
  THAI_MONTHS_ABBR,
  THAI_MONTHS_FULL,
} from './thai-date.ts';

// 2020-11-10 17:29 Bangkok = 10:29 UTC.
const deckInstant = new Date('2020-11-10T10:29:00Z');
// 2026-01-01 00:30 Bangkok = 2025-12-31 17:30 UTC.
const newYearInBangkok = new Date('2025-12-31T17:30:00Z');

describe('month tables', () => {
  it('has twelve full names starting with มกราคม and ending with ธันวาคม', () => {
    assert.equal(THAI_MONTHS_FULL.length, 12);
    assert.equal(THAI_MONTHS_FULL[0], 'มกราคม');
    assert.equal(THAI_MONTHS_FULL[4], 'พฤษภาคม');
    assert.equal(THAI_MONTHS_FULL[11], 'ธันวาคม');
  });

  it('has twelve abbreviations with พ.ย. for November', () => {
    assert.equal(THAI_MONTHS_ABBR.length, 12);
    assert.equal(THAI_MONTHS_ABBR[0], 'ม.ค.');
    assert.equal(THAI_MONTHS_ABBR[10], 'พ.ย.');
    assert.equal(THAI_MONTHS_ABBR[11], 'ธ.ค.');
  });
});

describe('bangkokParts', () => {
  it('gives the Bangkok wall-clock date and time of an instant', () => {
    assert.deepEqual(bangkokParts(deckInstant), {
      year: 2020,
      month: 11,
      day: 10,
      hour: 17,
      minute: 29,
      second: 0,
    });
  });

  it('gives 1 January at 00:30 for 17:30 UTC on 31 December', () => {
    assert.deepEqual(bangkokParts(newYearInBangkok), {
      year: 2026,
      month: 1,
      day: 1,
      hour: 0,
      minute: 30,
      second: 0,
    });
  });

  it('agrees with the Asia/Bangkok time-zone database across a spread of instants', () => {
    const fmt = new Intl.DateTimeFormat('en-US', {
      timeZone: 'Asia/Bangkok',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    for (let t = Date.UTC(1990, 0, 1); t < Date.UTC(2040, 0, 1); t += 37 * 24 * 3600 * 1000 + 3_601_000) {
      const d = new Date(t);
      const ref = Object.fromEntries(fmt.formatToParts(d).map((p) => [p.type, p.value]));
      assert.deepEqual(bangkokParts(d), {
        year: Number(ref.year),
        month: Number(ref.month),
        day: Number(ref.day),
        hour: Number(ref.hour),
        minute: Number(ref.minute),
        second: Number(ref.second),
      });
    }
  });

  it('rejects an invalid Date', () => {
    assert.throws(() => bangkokParts(new Date('nope')), RangeError);
  });
});

describe('bangkokYearBE', () => {
  it('gives the new year at 00:30 on 1 January Bangkok time even when the server runs in UTC', () => {
    assert.equal(bangkokYearBE(newYearInBangkok), 2569);
  });

  it('still gives the old year one second before Bangkok midnight on 31 December', () => {
    assert.equal(bangkokYearBE(new Date('2025-12-31T16:59:59Z')), 2568);
  });

  it('adds 543 to the Gregorian year', () => {
    assert.equal(bangkokYearBE(deckInstant), 2563);
  });
});

describe('bangkokToday', () => {
  it('gives the Bangkok calendar date, which is already tomorrow after 17:00 UTC', () => {
    assert.equal(bangkokToday(newYearInBangkok), '2026-01-01');
  });

  it('zero-pads month and day', () => {
    assert.equal(bangkokToday(new Date('2024-03-04T12:00:00Z')), '2024-03-04');
  });
});

describe('formatThaiDate', () => {
  it('formats the deck example 28 May 2020 as ๒๘ พฤษภาคม ๒๕๖๓', () => {
    assert.equal(formatThaiDate('2020-05-28'), '๒๘ พฤษภาคม ๒๕๖๓');
  });

  it('formats a Date using its Bangkok calendar date', () => {
    assert.equal(formatThaiDate(new Date('2020-05-27T20:00:00Z')), '๒๘ พฤษภาคม ๒๕๖๓');
  });

  it('treats a YYYY-MM-DD string as a plain calendar date without shifting it', () => {
    assert.equal(formatThaiDate('2026-01-01'), '๑ มกราคม ๒๕๖๙');
    assert.equal(formatThaiDate('2025-12-31'), '๓๑ ธันวาคม ๒๕๖๘');
  });

  it('does not zero-pad the day', () => {
    assert.equal(formatThaiDate('2026-06-01'), '๑ มิถุนายน ๒๕๖๙');
  });

  it('writes พ.ศ. before the year when era is requested, as in orders', () => {
    assert.equal(formatThaiDate('2020-05-28', { era: true }), '๒๘ พฤษภาคม พ.ศ. ๒๕๖๓');
  });

  it('uses the abbreviated month and ASCII digits on request', () => {
    assert.equal(formatThaiDate('2026-06-14', { month: 'abbr', digits: 'arabic' }), '14 มิ.ย. 2569');
  });

  it('rejects strings that are not a real YYYY-MM-DD date', () => {
    assert.throws(() => formatThaiDate('2026-02-30'), RangeError);
    assert.throws(() => formatThaiDate('28/05/2020'), RangeError);
  });
});

describe('formatThaiDateTime', () => {
  it('formats the deck example as ๑๐ พ.ย. ๒๕๖๓ เวลา ๑๗:๒๙', () => {
    assert.equal(formatThaiDateTime(deckInstant), '๑๐ พ.ย. ๒๕๖๓ เวลา ๑๗:๒๙');
  });

  it('uses ASCII digits on request', () => {
    assert.equal(formatThaiDateTime(deckInstant, { digits: 'arabic' }), '10 พ.ย. 2563 เวลา 17:29');
  });

  it('zero-pads hours and minutes just after Bangkok midnight', () => {
    assert.equal(formatThaiDateTime(new Date('2025-12-31T17:05:00Z')), '๑ ม.ค. ๒๕๖๙ เวลา ๐๐:๐๕');
  });
});

describe('formatThaiTime', () => {
  it('formats 09:00 Bangkok as ๐๙.๐๐ น.', () => {
    assert.equal(formatThaiTime(new Date('2026-06-14T02:00:00Z')), '๐๙.๐๐ น.');
  });

  it('uses ASCII digits on request', () => {
    assert.equal(formatThaiTime(deckInstant, { digits: 'arabic' }), '17.29 น.');
  });
});

describe('bangkokDateToUtcRange', () => {
  it('starts at 17:00 UTC the previous day and lasts exactly 24 hours', () => {
    const { start, end } = bangkokDateToUtcRange('2026-01-01');
    assert.equal(start.toISOString(), '2025-12-31T17:00:00.000Z');
    assert.equal(end.toISOString(), '2026-01-01T17:00:00.000Z');
  });

  it('contains exactly the instants whose Bangkok date is that day', () => {
    const { start, end } = bangkokDateToUtcRange('2020-11-10');
    assert.ok(start <= deckInstant && deckInstant < end);
    assert.equal(bangkokToday(start), '2020-11-10');
    assert.equal(bangkokToday(new Date(end.getTime() - 1)), '2020-11-10');
    assert.equal(bangkokToday(end), '2020-11-11');
  });

  it('rejects malformed dates', () => {
    assert.throws(() => bangkokDateToUtcRange('2026-13-01'), RangeError);
  });
});

describe('bangkokMonthStart', () => {
  it('gives 00:00 Bangkok on the 1st of the Bangkok month', () => {
    assert.equal(bangkokMonthStart(deckInstant).toISOString(), '2020-10-31T17:00:00.000Z');
  });

  it('uses the Bangkok month, which has already rolled over late on the last UTC day', () => {
    assert.equal(bangkokMonthStart(newYearInBangkok).toISOString(), '2025-12-31T17:00:00.000Z');
  });

  it('returns its own start when given exactly the start of a month', () => {
    const start = new Date('2026-02-28T17:00:00Z');
    assert.equal(bangkokMonthStart(start).toISOString(), start.toISOString());
  });
});
