import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import {
  createOrgUnit,
  deleteOrgUnit,
  listOrgUnits,
  updateOrgUnit,
} from '../../../src/domain/directory/index.ts';
import type { CoreDeps } from '../../../src/domain/shared/deps.ts';
import { rejectsWith, startTestAgency, type TestTenant } from '../../support/factories.ts';
import type { TestDatabase } from '../../support/test-db.ts';

let t: TestDatabase;
let deps: CoreDeps;
let a: TestTenant;
before(async () => {
  ({ t, deps, a } = await startTestAgency());
});
after(() => t.drop());

const unitCount = async () =>
  (
    await t.db
      .selectFrom('org_units')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('tenant_id', '=', a.tenant.id)
      .executeTakeFirstOrThrow()
  ).n;

describe('deleting org units', () => {
  it('refuses a unit that keeps a register, deleting nothing', async () => {
    const unit = await createOrgUnit(deps, a.adminCtx, { parentId: a.rootUnitId, nameTh: 'กองทะเบียน' });
    await t.db
      .insertInto('registers')
      .values({
        tenant_id: a.tenant.id,
        org_unit_id: unit.id,
        kind: 'receive',
        name: 'ทะเบียนรับ',
        letter_code: 'ศธ',
        owner_number: '04001',
      })
      .execute();
    const before = await unitCount();
    const err = await rejectsWith(deleteOrgUnit(deps, a.adminCtx, unit.id), 'ORG_UNIT_IN_USE');
    assert.deepEqual(err.details, {
      id: unit.id,
      children: 0,
      registers: 1,
      people: 0,
      positions: 0,
      roleAssignments: 0,
    });
    assert.equal(await unitCount(), before);
  });

  it('refuses a unit with sub-units, then deletes it once they are gone', async () => {
    const parent = await createOrgUnit(deps, a.adminCtx, { parentId: a.rootUnitId, nameTh: 'สำนัก' });
    const child = await createOrgUnit(deps, a.adminCtx, { parentId: parent.id, nameTh: 'กลุ่มงาน' });
    const err = await rejectsWith(deleteOrgUnit(deps, a.adminCtx, parent.id), 'ORG_UNIT_IN_USE');
    assert.equal(err.details?.children, 1);
    await deleteOrgUnit(deps, a.adminCtx, child.id);
    await deleteOrgUnit(deps, a.adminCtx, parent.id);
    assert.ok(!(await listOrgUnits(deps, a.adminCtx)).some((u) => u.id === parent.id));
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('tenant_id', '=', a.tenant.id)
      .where('target_id', '=', parent.id)
      .execute();
    assert.deepEqual(
      audit.map((e) => e.action),
      ['org-unit.created', 'org-unit.deleted'],
    );
  });
});

describe('moving org units', () => {
  it('moves a unit under a sibling but never under its own descendant', async () => {
    const x = await createOrgUnit(deps, a.adminCtx, { parentId: a.rootUnitId, nameTh: 'X' });
    const y = await createOrgUnit(deps, a.adminCtx, { parentId: a.rootUnitId, nameTh: 'Y' });
    const x1 = await createOrgUnit(deps, a.adminCtx, { parentId: x.id, nameTh: 'X1' });
    await rejectsWith(updateOrgUnit(deps, a.adminCtx, x.id, { parentId: x1.id }), 'ORG_UNIT_CYCLE');
    assert.equal((await updateOrgUnit(deps, a.adminCtx, x.id, { parentId: y.id })).parentId, y.id);
    await rejectsWith(updateOrgUnit(deps, a.adminCtx, y.id, { parentId: x1.id }), 'ORG_UNIT_CYCLE');
  });

  it('cannot form a cycle from two moves made at the same time', async () => {
    const p = await createOrgUnit(deps, a.adminCtx, { parentId: a.rootUnitId, nameTh: 'P' });
    const q = await createOrgUnit(deps, a.adminCtx, { parentId: a.rootUnitId, nameTh: 'Q' });
    const results = await Promise.allSettled([
      updateOrgUnit(deps, a.adminCtx, p.id, { parentId: q.id }),
      updateOrgUnit(deps, a.adminCtx, q.id, { parentId: p.id }),
    ]);
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
  });
});
