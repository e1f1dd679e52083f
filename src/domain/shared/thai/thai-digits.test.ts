import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDigits, toArabicDigits, toThaiDigits } from './thai-digits.ts';

describe('toThaiDigits', () => {
  it('turns every ASCII digit into its Thai digit', () => {
    assert.equal(toThaiDigits('0123456789'), '๐๑๒๓๔๕๖๗๘๙');
  });

  it('leaves letters, punctuation and existing Thai digits unchanged', () => {
    assert.equal(toThaiDigits('ที่ ศธ 04001/ว 12 (๕)'), 'ที่ ศธ ๐๔๐๐๑/ว ๑๒ (๕)');
  });

  it('returns an empty string for an empty string', () => {
    assert.equal(toThaiDigits(''), '');
  });
});

describe('toArabicDigits', () => {
  it('turns every Thai digit into its ASCII digit', () => {
    assert.equal(toArabicDigits('๐๑๒๓๔๕๖๗๘๙'), '0123456789');
  });

  it('leaves Thai letters and ASCII digits unchanged', () => {
    assert.equal(toArabicDigits('มท ๐๒๐๑.๒/ว 1590'), 'มท 0201.2/ว 1590');
  });

  it('round-trips with toThaiDigits', () => {
    const s = 'เลขที่ 12/2569 เวลา 09.00 น.';
    assert.equal(toArabicDigits(toThaiDigits(s)), s);
  });
});

describe('formatDigits', () => {
  it('renders mixed digits all in Thai when asked for thai', () => {
    assert.equal(formatDigits('12/๒๕๖๙', 'thai'), '๑๒/๒๕๖๙');
  });

  it('renders mixed digits all in ASCII when asked for arabic', () => {
    assert.equal(formatDigits('12/๒๕๖๙', 'arabic'), '12/2569');
  });
});
