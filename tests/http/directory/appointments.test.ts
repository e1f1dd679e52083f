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

const appoint = (payload: object) =>
  env.call(env.admin, { method: 'POST', url: '/api/v1/appointments', payload });

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
        payload: {
          positionId: env.a.objects.positionId,
          personId: env.a.objects.personId,
          kind: 'acting',
          startsOn: '2025-02-01',
        },
      }),
      foreign: () => ({
        method: 'POST',
        url: '/api/v1/appointments',
        code: 'POSITION_NOT_FOUND',
        payload: {
          positionId: env.b.objects.positionId,
          personId: env.a.objects.personId,
          kind: 'acting',
          startsOn: '2025-02-01',
        },
      }),
      bad: () => ({
        method: 'POST',
        url: '/api/v1/appointments',
        payload: {
          positionId: env.a.objects.positionId,
          personId: env.a.objects.personId,
          kind: 'boss',
          startsOn: '2025',
        },
      }),
    },
    {
      operationId: 'endAppointment',
      permission: Permission.StructureManage,
      valid: () => ({
        method: 'POST',
        url: `/api/v1/appointments/${env.a.objects.appointmentId}/end`,
        payload: { endsOn: '2030-12-31' },
      }),
      foreign: () => ({
        method: 'POST',
        url: `/api/v1/appointments/${env.b.objects.appointmentId}/end`,
        payload: { endsOn: '2030-12-31' },
        code: 'APPOINTMENT_NOT_FOUND',
      }),
      bad: () => ({
        method: 'POST',
        url: `/api/v1/appointments/${env.a.objects.appointmentId}/end`,
        payload: {},
      }),
    },
    {
      operationId: 'deleteAppointment',
      permission: Permission.StructureManage,
      valid: () => ({ method: 'DELETE', url: `/api/v1/appointments/${env.a.objects.appointmentId}` }),
      foreign: () => ({
        method: 'DELETE',
        url: `/api/v1/appointments/${env.b.objects.appointmentId}`,
        code: 'APPOINTMENT_NOT_FOUND',
      }),
      bad: () => ({ method: 'DELETE', url: '/api/v1/appointments/x' }),
    },
  ],
);

describe('appointments', () => {
  it('appoints an acting holder beside the regular one, lists both on a day, ends and deletes the acting one', async () => {
    const acting = await appoint({
      positionId: env.a.objects.positionId,
      personId: env.a.objects.personId,
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

    const onDay = await env.call(env.nobody, {
      method: 'GET',
      url: `/api/v1/appointments?positionId=${env.a.objects.positionId}&activeOn=2026-01-15`,
    });
    assert.deepEqual(
      onDay
        .json()
        .map((x: { kind: string }) => x.kind)
        .sort(),
      ['acting', 'regular'],
    );
    const before = await env.call(env.nobody, {
      method: 'GET',
      url: `/api/v1/appointments?positionId=${env.a.objects.positionId}&activeOn=2025-12-31`,
    });
    assert.deepEqual(
      before.json().map((x: { kind: string }) => x.kind),
      ['regular'],
    );

    const ended = await env.call(env.admin, {
      method: 'POST',
      url: `/api/v1/appointments/${a.id}/end`,
      payload: { endsOn: '2026-01-31' },
    });
    assert.equal(ended.statusCode, 200, ended.body);
    assert.equal(ended.json().endsOn, '2026-01-31');

    const deleted = await env.call(env.admin, { method: 'DELETE', url: `/api/v1/appointments/${a.id}` });
    assert.deepEqual(deleted.json(), { ok: true });
  });

  it('refuses an end before the start, when appointing and when ending', async () => {
    const res = await appoint({
      positionId: env.a.objects.positionId,
      personId: env.a.objects.personId,
      kind: 'acting',
      startsOn: '2026-05-01',
      endsOn: '2026-04-30',
    });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error.code, 'DATE_RANGE_INVALID');
    const end = await env.call(env.admin, {
      method: 'POST',
      url: `/api/v1/appointments/${env.a.objects.appointmentId}/end`,
      payload: { endsOn: '2024-12-31' },
    });
    assert.equal(end.statusCode, 400);
    assert.equal(end.json().error.code, 'DATE_RANGE_INVALID');
  });

  it('refuses a second regular holder while the first is appointed, naming the holder', async () => {
    const res = await appoint({
      positionId: env.a.objects.positionId,
      personId: env.a.objects.personId,
      kind: 'regular',
      startsOn: '2027-01-01',
    });
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
      personId: env.a.objects.personId,
      kind: 'committee',
      startsOn: '2026-01-01',
    });
    assert.equal(missing.statusCode, 400);
    assert.deepEqual(missing.json().error.details.issues[0].path, ['body', 'committeeRole']);
    const chair = await appoint({
      positionId: committee.id,
      personId: env.a.objects.personId,
      kind: 'committee',
      committeeRole: 'chair',
      startsOn: '2026-01-01',
    });
    assert.equal(chair.statusCode, 200, chair.body);
    assert.equal(chair.json().committeeRole, 'chair');
  });

  it("does not appoint another agency's person", async () => {
    const res = await appoint({
      positionId: env.a.objects.positionId,
      personId: env.b.objects.personId,
      kind: 'acting',
      startsOn: '2026-01-01',
    });
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().error.code, 'PERSON_NOT_FOUND');
  });
});
