import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isValidNationalId, normalizeNationalId } from './national-id.ts';

describe('isValidNationalId', () => {
  it('accepts 13 digits with a correct check digit', () => {
    // 1·13+1·12+0·11+1·10+7·9+0·8+0·7+2·6+3·5+0·4+7·3+0·2 = 146; (11 − 146 mod 11) mod 10 = 8.
    assert.equal(isValidNationalId('1101700230708'), true);
    assert.equal(isValidNationalId('3100100123451'), true);
    assert.equal(isValidNationalId('1234567890121'), true);
  });

  it('accepts an ID whose check value 10 wraps to check digit 0', () => {
    // 1·13 + 5·2 = 23; 23 mod 11 = 1; (11 − 1) mod 10 = 0.
    assert.equal(isValidNationalId('1000000000050'), true);
    assert.equal(isValidNationalId('1000000000051'), false);
  });

  it('rejects a wrong check digit', () => {
    assert.equal(isValidNationalId('1101700230705'), false);
    assert.equal(isValidNationalId('1234567890123'), false);
  });

  it('rejects 12 or 14 digits', () => {
    assert.equal(isValidNationalId('110170023070'), false);
    assert.equal(isValidNationalId('11017002307080'), false);
  });

  it('rejects letters, separators and Thai digits that have not been normalised', () => {
    assert.equal(isValidNationalId('110170023070A'), false);
    assert.equal(isValidNationalId('1-1017-00230-70-8'), false);
    assert.equal(isValidNationalId('๑๑๐๑๗๐๐๒๓๐๗๐๘'), false);
    assert.equal(isValidNationalId(''), false);
  });
});

describe('normalizeNationalId', () => {
  it('removes dashes and spaces so a formatted ID validates', () => {
    assert.equal(normalizeNationalId('1-1017-00230-70-8'), '1101700230708');
    assert.equal(normalizeNationalId(' 1 1017 00230 70 8 '), '1101700230708');
    assert.equal(isValidNationalId(normalizeNationalId('1-1017-00230-70-8')), true);
  });

  it('converts Thai digits to ASCII', () => {
    assert.equal(normalizeNationalId('๑-๑๐๑๗-๐๐๒๓๐-๗๐-๘'), '1101700230708');
  });

  it('keeps other characters so the result still fails validation', () => {
    assert.equal(isValidNationalId(normalizeNationalId('1-1017-0023O-70-8')), false);
  });
});
