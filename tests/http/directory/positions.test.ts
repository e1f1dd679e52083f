import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Permission } from '../../../src/domain/directory/permissions.ts';
import { type DirectoryApp, guardTests, startDirectoryApp } from './directory-app.ts';

let env: DirectoryApp;
before(async () => {
  env = await startDirectoryApp();
});
after(() => env.close());

guardTests(
  () => env,
  [
    {
      operationId: 'listPositions',
      permission: null,
      valid: () => ({ method: 'GET', url: `/api/v1/positions?orgUnitId=${env.a.objects.unitId}` }),
      bad: () => ({ method: 'GET', url: '/api/v1/positions?orgUnitId=nope' }),
    },
    {
      operationId: 'createPosition',
      permission: Permission.StructureManage,
      valid: (o) => ({
        method: 'POST',
        url: '/api/v1/positions',
        payload: {
          orgUnitId: o.unitId,
          titleTh: 'นักจัดการงานทั่วไป',
          signatureTitle: 'นักจัดการงานทั่วไป',
        },
      }),
      foreign: 'ORG_UNIT_NOT_FOUND',
      bad: () => ({
        method: 'POST',
        url: '/api/v1/positions',
        payload: { orgUnitId: env.a.objects.unitId, titleTh: 'x' },
      }),
    },
    {
      operationId: 'updatePosition',
      permission: Permission.StructureManage,
      valid: (o) => ({
        method: 'PATCH',
        url: `/api/v1/positions/${o.positionId}`,
        payload: { titleTh: 'ผู้อำนวยการกองกลาง' },
      }),
      foreign: 'POSITION_NOT_FOUND',
      bad: () => ({
        method: 'PATCH',
        url: `/api/v1/positions/${env.a.objects.positionId}`,
        payload: { isExecutive: 'yes' },
      }),
    },
    {
      operationId: 'deletePosition',
      permission: Permission.StructureManage,
      valid: (o) => ({ method: 'DELETE', url: `/api/v1/positions/${o.positionId}` }),
      foreign: 'POSITION_NOT_FOUND',
      bad: () => ({ method: 'DELETE', url: '/api/v1/positions/1' }),
    },
  ],
);

describe('positions', () => {
  it('creates a position, lists it under its unit, updates it and deletes it', async () => {
    const created = await env.call(env.admin, {
      method: 'POST',
      url: '/api/v1/positions',
      payload: {
        orgUnitId: env.a.objects.unitId,
        titleTh: 'หัวหน้ากลุ่มงาน',
        signatureTitle: 'หัวหน้ากลุ่มงานบริหารทั่วไป',
        isExecutive: true,
      },
    });
    assert.equal(created.statusCode, 200, created.body);
    const p = created.json();
    assert.equal(p.isExecutive, true);

    const list = await env.call(env.nobody, {
      method: 'GET',
      url: `/api/v1/positions?orgUnitId=${env.a.objects.unitId}`,
    });
    assert.ok(list.json().some((x: { id: string }) => x.id === p.id));
    const elsewhere = await env.call(env.admin, {
      method: 'GET',
      url: `/api/v1/positions?orgUnitId=${env.a.rootUnitId}`,
    });
    assert.ok(!elsewhere.json().some((x: { id: string }) => x.id === p.id));

    const updated = await env.call(env.admin, {
      method: 'PATCH',
      url: `/api/v1/positions/${p.id}`,
      payload: { titleTh: 'หัวหน้ากลุ่ม' },
    });
    assert.equal(updated.json().titleTh, 'หัวหน้ากลุ่ม');
    assert.equal(updated.json().isExecutive, true, 'a PATCH does not reset isExecutive to its default');

    const moved = await env.call(env.admin, {
      method: 'PATCH',
      url: `/api/v1/positions/${p.id}`,
      payload: { orgUnitId: env.b.rootUnitId },
    });
    assert.equal(moved.statusCode, 404, "a position cannot move into another agency's unit");

    const deleted = await env.call(env.admin, { method: 'DELETE', url: `/api/v1/positions/${p.id}` });
    assert.deepEqual(deleted.json(), { ok: true });
  });

  it('refuses to delete a position that has appointments', async () => {
    const res = await env.call(env.admin, {
      method: 'DELETE',
      url: `/api/v1/positions/${env.a.objects.positionId}`,
    });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().error.code, 'POSITION_IN_USE');
    assert.equal(res.json().error.details.appointments, 1);
  });
});
