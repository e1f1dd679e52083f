import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPasswordPolicy } from './password-policy.ts';

describe('password policy', () => {
  it('accepts eight or more characters mixing letters and digits', () => {
    assert.doesNotThrow(() => checkPasswordPolicy('demo1234', 'admin'));
    assert.doesNotThrow(() => checkPasswordPolicy('รหัสผ่าน2569', 'admin'));
  });

  it('refuses short, letters-only, digits-only and username-equal passwords', () => {
    for (const p of ['abc123', 'abcdefgh', '12345678', 'saraban1.dga']) {
      assert.throws(() => checkPasswordPolicy(p, 'saraban1.dga'), /AUTH_PASSWORD_WEAK/, p);
    }
  });

  it('allows the deck’s "use the username as password" only as an initial password to be changed', () => {
    assert.doesNotThrow(() => checkPasswordPolicy('saraban1.dga', 'saraban1.dga', { initial: true }));
    assert.throws(
      () => checkPasswordPolicy('saraban1.dga', 'saraban1.dga', { initial: false }),
      /AUTH_PASSWORD_WEAK/,
    );
    assert.throws(
      () => checkPasswordPolicy('short', 'saraban1.dga', { initial: true }),
      /AUTH_PASSWORD_WEAK/,
    );
  });
});
