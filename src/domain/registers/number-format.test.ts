import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  formatLetterNumber,
  isValidLetterCode,
  isValidOwnerNumber,
  type LetterNumberInput,
  letterNumberFrame,
  normalizeOwnerNumber,
} from './number-format.ts';

const base: LetterNumberInput = {
  kind: 'dispatch',
  letterCode: 'ศธ',
  ownerNumber: '04001',
  number: 123,
  yearBE: 2569,
  digits: 'thai',
};

describe('formatLetterNumber', () => {
  describe('dispatch', () => {
    it('prints ที่, the letter code, owner number and running number in Thai digits', () => {
      assert.equal(formatLetterNumber({ ...base }), 'ที่ ศธ ๐๔๐๐๑/๑๒๓');
    });

    it('prints ASCII digits on request', () => {
      assert.equal(formatLetterNumber({ ...base, digits: 'arabic' }), 'ที่ ศธ 04001/123');
    });

    it('drops ที่ when withPrefix is false', () => {
      assert.equal(formatLetterNumber({ ...base, withPrefix: false }), 'ศธ ๐๔๐๐๑/๑๒๓');
      assert.equal(formatLetterNumber({ ...base, withPrefix: false, digits: 'arabic' }), 'ศธ 04001/123');
    });

    it('renders .n sub-unit suffixes of the owner number', () => {
      assert.equal(
        formatLetterNumber({ ...base, letterCode: 'มท', ownerNumber: '0201.2', number: 7 }),
        'ที่ มท ๐๒๐๑.๒/๗',
      );
    });

    it('accepts an owner number stored with Thai digits', () => {
      assert.equal(
        formatLetterNumber({ ...base, ownerNumber: '๐๕๒๗.๑๐', digits: 'arabic' }),
        'ที่ ศธ 0527.10/123',
      );
    });

    it('never zero-pads the running number', () => {
      assert.equal(formatLetterNumber({ ...base, number: 5 }), 'ที่ ศธ ๐๔๐๐๑/๕');
    });
  });

  describe('circular', () => {
    it('puts ว and a space before the running number', () => {
      assert.equal(formatLetterNumber({ ...base, kind: 'circular' }), 'ที่ ศธ ๐๔๐๐๑/ว ๑๒๓');
    });

    it('matches the real letter มท 0201.2/ว 1590 in both digit styles', () => {
      const input: LetterNumberInput = {
        ...base,
        kind: 'circular',
        letterCode: 'มท',
        ownerNumber: '0201.2',
        number: 1590,
      };
      assert.equal(formatLetterNumber(input), 'ที่ มท ๐๒๐๑.๒/ว ๑๕๙๐');
      assert.equal(formatLetterNumber({ ...input, digits: 'arabic' }), 'ที่ มท 0201.2/ว 1590');
      assert.equal(formatLetterNumber({ ...input, withPrefix: false }), 'มท ๐๒๐๑.๒/ว ๑๕๙๐');
    });
  });

  describe('order and announcement', () => {
    for (const kind of ['order', 'announcement'] as const) {
      it(`prints ${kind} numbers as ที่ number/BE year`, () => {
        const input: LetterNumberInput = { ...base, kind, number: 12 };
        assert.equal(formatLetterNumber(input), 'ที่ ๑๒/๒๕๖๙');
        assert.equal(formatLetterNumber({ ...input, digits: 'arabic' }), 'ที่ 12/2569');
        assert.equal(formatLetterNumber({ ...input, withPrefix: false }), '๑๒/๒๕๖๙');
        assert.equal(formatLetterNumber({ ...input, withPrefix: false, digits: 'arabic' }), '12/2569');
      });
    }
  });

  describe('certificate', () => {
    it('prints เลขที่ number/BE year', () => {
      const input: LetterNumberInput = { ...base, kind: 'certificate', number: 12 };
      assert.equal(formatLetterNumber(input), 'เลขที่ ๑๒/๒๕๖๙');
      assert.equal(formatLetterNumber({ ...input, digits: 'arabic' }), 'เลขที่ 12/2569');
      assert.equal(formatLetterNumber({ ...input, withPrefix: false }), '๑๒/๒๕๖๙');
    });
  });

  describe('receive', () => {
    it('prints just the number with no prefix', () => {
      const input: LetterNumberInput = { ...base, kind: 'receive' };
      assert.equal(formatLetterNumber(input), '๑๒๓');
      assert.equal(formatLetterNumber({ ...input, digits: 'arabic' }), '123');
      assert.equal(formatLetterNumber({ ...input, withPrefix: false }), '๑๒๓');
    });
  });

  describe('invalid input', () => {
    it('rejects zero, negative and fractional running numbers', () => {
      assert.throws(() => formatLetterNumber({ ...base, number: 0 }), RangeError);
      assert.throws(() => formatLetterNumber({ ...base, number: -1 }), RangeError);
      assert.throws(() => formatLetterNumber({ ...base, number: 1.5 }), RangeError);
    });

    it('refuses a dispatch or circular number without a letter code or owner number', () => {
      assert.throws(() => formatLetterNumber({ ...base, letterCode: '' }), RangeError);
      assert.throws(() => formatLetterNumber({ ...base, kind: 'circular', ownerNumber: ' ' }), RangeError);
    });

    it('does not need a letter code for orders', () => {
      assert.equal(
        formatLetterNumber({ ...base, kind: 'order', letterCode: '', ownerNumber: '', number: 1 }),
        'ที่ ๑/๒๕๖๙',
      );
    });
  });
});

describe('letterNumberFrame', () => {
  it('splits the printed number around the running number for every kind and digit style', () => {
    const kinds = ['receive', 'dispatch', 'circular', 'order', 'announcement', 'certificate'] as const;
    for (const kind of kinds) {
      for (const digits of ['thai', 'arabic'] as const) {
        for (const withPrefix of [true, false]) {
          const input: LetterNumberInput = {
            ...base,
            kind,
            digits,
            withPrefix,
            ownerNumber: '0201.2',
            number: 1590,
          };
          const { before, after } = letterNumberFrame(input);
          const n = digits === 'thai' ? '๑๕๙๐' : '1590';
          assert.equal(before + n + after, formatLetterNumber(input), `${kind} ${digits} ${withPrefix}`);
        }
      }
    }
  });

  it('gives the halves a database fills in, e.g. for a circular and an order', () => {
    assert.deepEqual(letterNumberFrame({ ...base, kind: 'circular' }), {
      before: 'ที่ ศธ ๐๔๐๐๑/ว ',
      after: '',
    });
    assert.deepEqual(letterNumberFrame({ ...base, kind: 'order', digits: 'arabic' }), {
      before: 'ที่ ',
      after: '/2569',
    });
  });
});

describe('isValidLetterCode', () => {
  it('accepts two Thai consonants', () => {
    for (const code of ['ศธ', 'นร', 'มท', 'อว', 'รย']) assert.equal(isValidLetterCode(code), true, code);
  });

  it('rejects dotted codes, vowels, wrong lengths and Latin letters', () => {
    for (const code of ['น.ร.', 'นร.', 'ศ', 'ศธก', 'มิ', 'SD', '', ' ศธ']) {
      assert.equal(isValidLetterCode(code), false, code);
    }
  });
});

describe('isValidOwnerNumber', () => {
  it('accepts four digits with optional .n suffixes', () => {
    for (const s of ['0400', '0201.2', '0527.10', '0201.2.3']) assert.equal(isValidOwnerNumber(s), true, s);
  });

  it('accepts Thai digits by normalising them first', () => {
    assert.equal(isValidOwnerNumber('๐๒๐๑.๒'), true);
    assert.equal(normalizeOwnerNumber('๐๒๐๑.๒'), '0201.2');
  });

  it('rejects other lengths, empty suffixes and stray characters', () => {
    for (const s of ['040', '0201.', '0201..2', '.0201', '02a1', '0201/2', '']) {
      assert.equal(isValidOwnerNumber(s), false, s);
    }
  });
});
