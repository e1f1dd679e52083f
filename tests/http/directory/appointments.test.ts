import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createPosition } from '../../../src/domain/directory/index.ts';
import { Permission } from '../../../src/domain/directory/permissions.ts';
import { type DirectoryApp, guardTests, startDirectoryApp } from './directory-app.ts';

let env: DirectoryApp;
before(async () => {
  env = await startDirectoryApp();
});
after(() => env.close());

/** A body appointing A's person to A's position, with `rest` (kind, dates…) on top. */
const appointment = (rest: object) => ({
  positionId: env.a.objects.positionId,
  personId: env.a.objects.personId,
  ...rest,
});
const appoint = (rest: object) =>
  env.call(env.admin, { method: 'POST', url: '/api/v1/appointments', payload: appointment(rest) });
const end = (appointmentId: string, endsOn: string) =>
  env.call(env.admin, {
    method: 'POST',
    url: `/api/v1/appointments/${appointmentId}/end`,
    payload: { endsOn },
  });
/** The kinds of the appointments to A's position active on `activeOn`, sorted. */
const kindsOn = async (activeOn: string) =>
  (
    await env.call(env.nobody, {
      method: 'GET',
      url: `/api/v1/appointments?positionId=${env.a.objects.positionId}&activeOn=${activeOn}`,
    })
  )
    .json()
    .map((x: { kind: string }) => x.kind)
    .sort();

guardTests(
  () => env,
  [
    {
      operationId: 'listAppointments',
      permission: null,
      valid: () => ({
        method: 'GET',
        url: `/api/v1/appointments?positionId=${env.a.objects.positionId}&activeOn=2025-06-01`,
      }),
      bad: () => ({ method: 'GET', url: '/api/v1/appointments?activeOn=2025-13-45' }),
    },
    {
      operationId: 'createAppointment',
      permission: Permission.StructureManage,
      valid: () => ({
        method: 'POST',
        url: '/api/v1/appointments',
        payload: appointment({ kind: 'acting', startsOn: '2025-02-01' }),
      }),
      foreign: () => ({
        method: 'POST',
        url: '/api/v1/appointments',
        code: 'POSITION_NOT_FOUND',
        payload: appointment({
          positionId: env.b.objects.positionId,
          kind: 'acting',
          startsOn: '2025-02-01',
        }),
      }),
      bad: () => ({
        method: 'POST',
        url: '/api/v1/appointments',
        payload: appointment({ kind: 'boss', startsOn: '2025' }),
      }),
    },
    {
      operationId: 'endAppointment',
      permission: Permission.StructureManage,
      valid: (o) => ({
        method: 'POST',
        url: `/api/v1/appointments/${o.appointmentId}/end`,
        payload: { endsOn: '2030-12-31' },
      }),
      foreign: 'APPOINTMENT_NOT_FOUND',
      bad: () => ({
        method: 'POST',
        url: `/api/v1/appointments/${env.a.objects.appointmentId}/end`,
        payload: {},
      }),
    },
    {
      operationId: 'deleteAppointment',
      permission: Permission.StructureManage,
      valid: (o) => ({ method: 'DELETE', url: `/api/v1/appointments/${o.appointmentId}` }),
      foreign: 'APPOINTMENT_NOT_FOUND',
      bad: () => ({ method: 'DELETE', url: '/api/v1/appointments/x' }),
    },
  ],
);

describe('appointments', () => {
  it('appoints an acting holder beside the regular one, lists both on a day, ends and deletes the acting one', async () => {
    const acting = await appoint({
      kind: 'acting',
      authorityRef: 'คำสั่ง ที่ ๑/๒๕๖๙',
      startsOn: '2026-01-01',
    });
    assert.equal(acting.statusCode, 200, acting.body);
    const a = acting.json();
    assert.equal(a.kind, 'acting');
    assert.equal(a.endsOn, null);
    assert.ok(a.personName.startsWith('สมชาย'));
    assert.equal(a.positionTitle, 'ผู้อำนวยการกอง');

    assert.deepEqual(await kindsOn('2026-01-15'), ['acting', 'regular']);
    assert.deepEqual(await kindsOn('2025-12-31'), ['regular']);

    const ended = await end(a.id, '2026-01-31');
    assert.equal(ended.statusCode, 200, ended.body);
    assert.equal(ended.json().endsOn, '2026-01-31');

    const deleted = await env.call(env.admin, { method: 'DELETE', url: `/api/v1/appointments/${a.id}` });
    assert.deepEqual(deleted.json(), { ok: true });
  });

  it('refuses an end before the start, when appointing and when ending', async () => {
    const res = await appoint({ kind: 'acting', startsOn: '2026-05-01', endsOn: '2026-04-30' });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error.code, 'DATE_RANGE_INVALID');
    const ended = await end(env.a.objects.appointmentId, '2024-12-31');
    assert.equal(ended.statusCode, 400);
    assert.equal(ended.json().error.code, 'DATE_RANGE_INVALID');
  });

  it('refuses a second regular holder while the first is appointed, naming the holder', async () => {
    const res = await appoint({ kind: 'regular', startsOn: '2027-01-01' });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().error.code, 'APPOINTMENT_OVERLAP');
    assert.equal(res.json().error.details.conflictId, env.a.objects.appointmentId);
  });

  it('needs a committee role for committee appointments only', async () => {
    const committee = await createPosition(env.deps.core, env.a.systemCtx, {
      orgUnitId: env.a.rootUnitId,
      titleTh: 'คณะกรรมการ',
      signatureTitle: 'คณะกรรมการ',
    });
    const missing = await appoint({
      positionId: committee.id,
      kind: 'committee',
      startsOn: '2026-01-01',
    });
    assert.equal(missing.statusCode, 400);
    assert.deepEqual(missing.json().error.details.issues[0].path, ['body', 'committeeRole']);
    const chair = await appoint({
      positionId: committee.id,
      kind: 'committee',
      committeeRole: 'chair',
      startsOn: '2026-01-01',
    });
    assert.equal(chair.statusCode, 200, chair.body);
    assert.equal(chair.json().committeeRole, 'chair');
  });

  it("does not appoint another agency's person", async () => {
    const res = await appoint({ personId: env.b.objects.personId, kind: 'acting', startsOn: '2026-01-01' });
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().error.code, 'PERSON_NOT_FOUND');
  });
});
