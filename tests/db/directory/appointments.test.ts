import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  createAppointment,
  createPerson,
  createPosition,
  endAppointment,
  listAppointments,
  listCapacitiesOn,
} from '../../../src/domain/directory/index.ts';
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

const newPosition = (titleTh = 'ผู้อำนวยการสำนัก') =>
  createPosition(deps, a.adminCtx, { orgUnitId: a.rootUnitId, titleTh, signatureTitle: `${titleTh}ทดสอบ` });
const newPerson = (nameTh = 'บุคคล ทดสอบ') =>
  createPerson(deps, a.adminCtx, {
    orgUnitId: a.rootUnitId,
    title: 'นาย',
    nameTh,
    nationalId: randomNationalId(),
  });

describe('appointment overlaps', () => {
  it('refuses an overlapping regular appointment and allows the successor from the next day', async () => {
    const pos = await newPosition();
    const [p1, p2] = [await newPerson(), await newPerson()];
    await createAppointment(deps, a.adminCtx, {
      positionId: pos.id,
      personId: p1.id,
      kind: 'regular',
      startsOn: '2024-10-01',
      endsOn: '2025-09-30',
    });
    const err = await rejectsWith(
      createAppointment(deps, a.adminCtx, {
        positionId: pos.id,
        personId: p2.id,
        kind: 'regular',
        startsOn: '2025-09-30',
      }),
      'APPOINTMENT_OVERLAP',
    );
    assert.equal(err.details?.startsOn, '2024-10-01');
    const next = await createAppointment(deps, a.adminCtx, {
      positionId: pos.id,
      personId: p2.id,
      kind: 'regular',
      startsOn: '2025-10-01',
    });
    assert.equal(next.startsOn, '2025-10-01');
  });

  it('refuses an end before the start', async () => {
    const pos = await newPosition();
    const p = await newPerson();
    await rejectsWith(
      createAppointment(deps, a.adminCtx, {
        positionId: pos.id,
        personId: p.id,
        kind: 'regular',
        startsOn: '2026-01-02',
        endsOn: '2026-01-01',
      }),
      'DATE_RANGE_INVALID',
    );
    const ok = await createAppointment(deps, a.adminCtx, {
      positionId: pos.id,
      personId: p.id,
      kind: 'regular',
      startsOn: '2026-01-02',
      endsOn: '2026-01-02',
    });
    assert.equal(ok.endsOn, '2026-01-02', 'a one-day appointment is fine');
  });

  it('checks an extended end date against the next holder', async () => {
    const pos = await newPosition();
    const [p1, p2] = [await newPerson(), await newPerson()];
    const first = await createAppointment(deps, a.adminCtx, {
      positionId: pos.id,
      personId: p1.id,
      kind: 'acting',
      startsOn: '2026-01-01',
      endsOn: '2026-01-31',
    });
    await createAppointment(deps, a.adminCtx, {
      positionId: pos.id,
      personId: p2.id,
      kind: 'acting',
      startsOn: '2026-02-01',
    });
    await rejectsWith(
      endAppointment(deps, a.adminCtx, first.id, { endsOn: '2026-02-15' }),
      'APPOINTMENT_OVERLAP',
    );
    assert.equal(
      (await endAppointment(deps, a.adminCtx, first.id, { endsOn: '2026-01-20' })).endsOn,
      '2026-01-20',
    );
  });

  it('allows many committee members but one chair, and one delegation per person', async () => {
    const committee = await newPosition('คณะกรรมการตรวจรับ');
    const people = await Promise.all([newPerson('ก'), newPerson('ข'), newPerson('ค')]);
    const base = {
      positionId: committee.id,
      kind: 'committee' as const,
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
    };
    await createAppointment(deps, a.adminCtx, { ...base, personId: people[0]!.id, committeeRole: 'chair' });
    await createAppointment(deps, a.adminCtx, { ...base, personId: people[1]!.id, committeeRole: 'member' });
    await createAppointment(deps, a.adminCtx, { ...base, personId: people[2]!.id, committeeRole: 'member' });
    await rejectsWith(
      createAppointment(deps, a.adminCtx, { ...base, personId: people[1]!.id, committeeRole: 'chair' }),
      'APPOINTMENT_OVERLAP',
    );

    const delegated = {
      positionId: committee.id,
      kind: 'delegated' as const,
      authorityRef: 'คำสั่ง ที่ ๒/๒๕๖๙',
      startsOn: '2026-01-01',
    };
    await createAppointment(deps, a.adminCtx, { ...delegated, personId: people[0]!.id });
    await createAppointment(deps, a.adminCtx, { ...delegated, personId: people[1]!.id });
    await rejectsWith(
      createAppointment(deps, a.adminCtx, { ...delegated, personId: people[0]!.id, startsOn: '2026-06-01' }),
      'APPOINTMENT_OVERLAP',
    );
  });

  it('lets only one of several simultaneous regular appointments through (the position row is locked)', async () => {
    const pos = await newPosition();
    const people = await Promise.all([newPerson(), newPerson(), newPerson(), newPerson()]);
    const results = await Promise.allSettled(
      people.map((p) =>
        createAppointment(deps, a.adminCtx, {
          positionId: pos.id,
          personId: p.id,
          kind: 'regular',
          startsOn: '2026-03-01',
        }),
      ),
    );
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
    for (const r of results) if (r.status === 'rejected') assert.equal(r.reason.code, 'APPOINTMENT_OVERLAP');
    assert.equal((await listAppointments(deps, a.adminCtx, { positionId: pos.id })).length, 1);
  });
});

describe('listCapacitiesOn', () => {
  it('gives the capacities a person holds on the day, regular first, with signature title and authority', async () => {
    const director = await newPosition('ผู้อำนวยการ');
    const deputy = await newPosition('รองผู้อำนวยการ');
    const [boss, dep] = [await newPerson('หัวหน้า'), await newPerson('รอง')];
    await createAppointment(deps, a.adminCtx, {
      positionId: director.id,
      personId: boss.id,
      kind: 'regular',
      startsOn: '2024-10-01',
    });
    await createAppointment(deps, a.adminCtx, {
      positionId: deputy.id,
      personId: dep.id,
      kind: 'regular',
      startsOn: '2024-10-01',
    });
    await createAppointment(deps, a.adminCtx, {
      positionId: director.id,
      personId: dep.id,
      kind: 'acting',
      authorityRef: 'คำสั่ง ที่ ๑/๒๕๖๙',
      startsOn: '2026-03-01',
      endsOn: '2026-03-10',
    });

    const during = await listCapacitiesOn(deps, a.adminCtx, dep.id, '2026-03-05');
    assert.deepEqual(
      during.map((c) => [c.kind, c.positionTitle]),
      [
        ['regular', 'รองผู้อำนวยการ'],
        ['acting', 'ผู้อำนวยการ'],
      ],
    );
    assert.equal(during[1]!.signatureTitle, 'ผู้อำนวยการทดสอบ');
    assert.equal(during[1]!.authorityRef, 'คำสั่ง ที่ ๑/๒๕๖๙');
    assert.equal(during[1]!.orgUnitId, a.rootUnitId);

    const after = await listCapacitiesOn(deps, a.adminCtx, dep.id, '2026-03-11');
    assert.deepEqual(
      after.map((c) => c.kind),
      ['regular'],
    );
    assert.deepEqual(await listCapacitiesOn(deps, a.adminCtx, dep.id, '2024-09-30'), []);
  });

  it("finds nothing for another agency's person", async () => {
    const b = await createTestTenant(deps);
    const p = await newPerson();
    assert.deepEqual(await listCapacitiesOn(deps, b.adminCtx, p.id, '2026-01-01'), []);
  });
});
