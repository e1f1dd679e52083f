import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createPerson, updatePerson } from '../../../src/domain/directory/index.ts';
import type { CoreDeps } from '../../../src/domain/shared/deps.ts';
import {
  createTestTenant,
  randomNationalId,
  rejectsWith,
  startTestAgency,
  type TestTenant,
} from '../../support/factories.ts';
import type { TestDatabase } from '../../support/test-db.ts';

let t: TestDatabase;
let deps: CoreDeps;
let a: TestTenant;
before(async () => {
  ({ t, deps, a } = await startTestAgency());
});
after(() => t.drop());

const person = (over: object = {}) => ({
  orgUnitId: a.rootUnitId,
  title: 'นาย',
  nameTh: 'ทดสอบ ระบบ',
  nationalId: randomNationalId(),
  ...over,
});
const auditOf = (action: string) =>
  t.db
    .selectFrom('audit_log')
    .select(['target_id', 'summary'])
    .where('tenant_id', '=', a.tenant.id)
    .where('action', '=', action)
    .execute();

describe('national IDs', () => {
  it('refuses a wrong check digit, letters or the wrong length', async () => {
    for (const nationalId of ['1101700230705', '110170023070', '11017002307O8']) {
      await rejectsWith(createPerson(deps, a.adminCtx, person({ nationalId })), 'PERSON_NATIONAL_ID_INVALID');
    }
  });

  it('stores Thai digits and dashes as 13 ASCII digits, and refuses the same ID twice however written', async () => {
    const p = await createPerson(deps, a.adminCtx, person({ nationalId: '๑-๑๐๑๗-๐๐๒๓๐-๗๐-๘' }));
    assert.equal(p.nationalId, '1101700230708');
    await rejectsWith(
      createPerson(deps, a.adminCtx, person({ nationalId: '1101700230708' })),
      'PERSON_NATIONAL_ID_TAKEN',
    );
    const other = await createPerson(deps, a.adminCtx, person());
    await rejectsWith(
      updatePerson(deps, a.adminCtx, other.id, { nationalId: '1 1017 00230 70 8' }),
      'PERSON_NATIONAL_ID_TAKEN',
    );
  });

  it('keeps national IDs and addresses out of the append-only audit log', async () => {
    const nationalId = randomNationalId();
    const p = await createPerson(deps, a.adminCtx, person({ nationalId, address: '99 ถนนราชดำเนิน' }));
    await updatePerson(deps, a.adminCtx, p.id, {
      nationalId: randomNationalId(),
      address: '1 ถนนพหลโยธิน',
      nameTh: 'ชื่อใหม่ นามสกุลใหม่',
    });
    const entries = (await auditOf('person.updated')).filter((e) => e.target_id === p.id);
    const text = JSON.stringify([...entries, ...(await auditOf('person.created'))]);
    assert.ok(!text.includes(nationalId) && !text.includes('ราชดำเนิน') && !text.includes('พหลโยธิน'));
    assert.deepEqual(entries[0]!.summary.nationalId, 'changed');
    assert.deepEqual(entries[0]!.summary.nameTh, { from: 'ทดสอบ ระบบ', to: 'ชื่อใหม่ นามสกุลใหม่' });
  });
});

describe('login e-mails', () => {
  it('moves a login e-mail from its owner in the same transaction and audits the move', async () => {
    const owner = await createPerson(
      deps,
      a.adminCtx,
      person({ nameTh: 'คนเดิม', loginEmail: 'move.me@agency.go.th' }),
    );
    const next = await createPerson(deps, a.adminCtx, person({ nameTh: 'คนใหม่' }));
    const err = await rejectsWith(
      updatePerson(deps, a.adminCtx, next.id, { loginEmail: 'Move.Me@agency.go.th' }),
      'PERSON_LOGIN_EMAIL_TAKEN',
    );
    assert.deepEqual(err.details, { owner: 'คนเดิม', ownerId: owner.id });

    const moved = await updatePerson(deps, a.adminCtx, next.id, {
      loginEmail: 'Move.Me@agency.go.th',
      moveLoginEmail: true,
    });
    assert.equal(moved.loginEmail, 'Move.Me@agency.go.th');
    const [row] = await t.db
      .selectFrom('people')
      .select('login_email')
      .where('tenant_id', '=', a.tenant.id)
      .where('id', '=', owner.id)
      .execute();
    assert.equal(row!.login_email, null);
    const audit = await auditOf('person.login-email-moved');
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.target_id, next.id);
    assert.equal(audit[0]!.summary.fromPersonId, owner.id);
  });

  it('keeps a person their own login e-mail when they save it again', async () => {
    const p = await createPerson(deps, a.adminCtx, person({ loginEmail: 'self@agency.go.th' }));
    const again = await updatePerson(deps, a.adminCtx, p.id, { loginEmail: 'SELF@agency.go.th' });
    assert.equal(again.loginEmail, 'SELF@agency.go.th');
  });

  it('lets another agency use the same login e-mail', async () => {
    const b = await createTestTenant(deps);
    await createPerson(deps, a.adminCtx, person({ loginEmail: 'shared@gov.th' }));
    const inB = await createPerson(deps, b.adminCtx, {
      ...person({ loginEmail: 'shared@gov.th' }),
      orgUnitId: b.rootUnitId,
    });
    assert.equal(inB.loginEmail, 'shared@gov.th');
  });

  it('answers 409 naming the owner when two people race for one e-mail', async () => {
    const results = await Promise.allSettled([
      createPerson(deps, a.adminCtx, person({ nameTh: 'คนแรก', loginEmail: 'race@agency.go.th' })),
      createPerson(deps, a.adminCtx, person({ nameTh: 'คนที่สอง', loginEmail: 'race@agency.go.th' })),
    ]);
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    assert.equal(lost.reason.code, 'PERSON_LOGIN_EMAIL_TAKEN');
    assert.ok(lost.reason.details.ownerId);
  });
});
