import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Permission } from '../../../src/domain/directory/permissions.ts';
import { type DirectoryApp, guardTests, startDirectoryApp } from './directory-app.ts';

const NIL = '00000000-0000-4000-8000-000000000000';

let env: DirectoryApp;
before(async () => {
  env = await startDirectoryApp();
});
after(() => env.close());

guardTests(
  () => env,
  [
    {
      operationId: 'listOrgUnits',
      permission: null,
      valid: () => ({ method: 'GET', url: '/api/v1/org-units' }),
    },
    {
      operationId: 'createOrgUnit',
      permission: Permission.StructureManage,
      valid: () => ({
        method: 'POST',
        url: '/api/v1/org-units',
        payload: { parentId: env.a.rootUnitId, nameTh: 'กองใหม่' },
      }),
      foreign: () => ({
        method: 'POST',
        url: '/api/v1/org-units',
        payload: { parentId: env.b.rootUnitId, nameTh: 'กองใหม่' },
        code: 'ORG_UNIT_NOT_FOUND',
      }),
      bad: () => ({
        method: 'POST',
        url: '/api/v1/org-units',
        payload: { parentId: env.a.rootUnitId, nameTh: '', ownerNumber: 'x' },
      }),
    },
    {
      operationId: 'updateOrgUnit',
      permission: Permission.StructureManage,
      valid: (o) => ({
        method: 'PATCH',
        url: `/api/v1/org-units/${o.unitId}`,
        payload: { nameTh: 'กองเปลี่ยนชื่อ' },
      }),
      foreign: 'ORG_UNIT_NOT_FOUND',
      bad: () => ({ method: 'PATCH', url: '/api/v1/org-units/not-a-uuid', payload: { nameTh: 'x' } }),
    },
    {
      operationId: 'deleteOrgUnit',
      permission: Permission.StructureManage,
      valid: (o) => ({ method: 'DELETE', url: `/api/v1/org-units/${o.unitId}` }),
      foreign: 'ORG_UNIT_NOT_FOUND',
      bad: () => ({ method: 'DELETE', url: '/api/v1/org-units/123' }),
    },
  ],
);

describe('org units', () => {
  it('lists the units depth-first from the root, to any signed-in user', async () => {
    const res = await env.call(env.nobody, { method: 'GET', url: '/api/v1/org-units' });
    const units = res.json() as { id: string; parentId: string | null }[];
    assert.equal(units[0]!.id, env.a.rootUnitId);
    assert.equal(units[0]!.parentId, null);
    assert.ok(units.some((u) => u.id === env.a.objects.unitId));
    assert.ok(!units.some((u) => u.id === env.b.objects.unitId), "another agency's units never show");
  });

  it('creates, renames, moves and deletes a unit', async () => {
    const created = await env.call(env.admin, {
      method: 'POST',
      url: '/api/v1/org-units',
      payload: {
        parentId: env.a.rootUnitId,
        nameTh: 'กลุ่มงานสารบรรณ',
        shortName: 'สบ.',
        ownerNumber: '04001.3',
      },
    });
    assert.equal(created.statusCode, 200, created.body);
    const unit = created.json();
    assert.deepEqual(
      { ...unit, id: undefined },
      {
        id: undefined,
        parentId: env.a.rootUnitId,
        nameTh: 'กลุ่มงานสารบรรณ',
        nameEn: '',
        shortName: 'สบ.',
        ownerNumber: '04001.3',
      },
    );

    const renamed = await env.call(env.admin, {
      method: 'PATCH',
      url: `/api/v1/org-units/${unit.id}`,
      payload: { nameTh: 'กลุ่มงานสารบรรณกลาง' },
    });
    assert.equal(renamed.statusCode, 200, renamed.body);
    assert.equal(renamed.json().nameTh, 'กลุ่มงานสารบรรณกลาง');
    assert.equal(renamed.json().shortName, 'สบ.', 'a PATCH leaves the fields it does not name alone');
    assert.equal(renamed.json().ownerNumber, '04001.3');

    const moved = await env.call(env.admin, {
      method: 'PATCH',
      url: `/api/v1/org-units/${unit.id}`,
      payload: { parentId: env.a.objects.unitId },
    });
    assert.equal(moved.json().parentId, env.a.objects.unitId);

    const deleted = await env.call(env.admin, { method: 'DELETE', url: `/api/v1/org-units/${unit.id}` });
    assert.equal(deleted.statusCode, 200, deleted.body);
    assert.deepEqual(deleted.json(), { ok: true });
    const again = await env.call(env.admin, { method: 'DELETE', url: `/api/v1/org-units/${unit.id}` });
    assert.equal(again.statusCode, 404);
  });

  it('refuses to move a unit under its own sub-unit', async () => {
    const child = await env.call(env.admin, {
      method: 'POST',
      url: '/api/v1/org-units',
      payload: { parentId: env.a.objects.unitId, nameTh: 'งานย่อย' },
    });
    const res = await env.call(env.admin, {
      method: 'PATCH',
      url: `/api/v1/org-units/${env.a.objects.unitId}`,
      payload: { parentId: child.json().id },
    });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().error.code, 'ORG_UNIT_CYCLE');
    const self = await env.call(env.admin, {
      method: 'PATCH',
      url: `/api/v1/org-units/${env.a.objects.unitId}`,
      payload: { parentId: env.a.objects.unitId },
    });
    assert.equal(self.json().error.code, 'ORG_UNIT_CYCLE');
  });

  it('refuses to delete or move the root unit, and a new unit without a parent', async () => {
    const del = await env.call(env.admin, { method: 'DELETE', url: `/api/v1/org-units/${env.a.rootUnitId}` });
    assert.equal(del.statusCode, 409);
    assert.equal(del.json().error.code, 'ORG_UNIT_ROOT');
    const move = await env.call(env.admin, {
      method: 'PATCH',
      url: `/api/v1/org-units/${env.a.rootUnitId}`,
      payload: { parentId: env.a.objects.unitId },
    });
    assert.equal(move.json().error.code, 'ORG_UNIT_ROOT');
    const orphan = await env.call(env.admin, {
      method: 'POST',
      url: '/api/v1/org-units',
      payload: { parentId: null, nameTh: 'ราก 2' },
    });
    assert.equal(orphan.statusCode, 400);
    assert.deepEqual(orphan.json().error.details.issues[0].path, ['body', 'parentId']);
  });

  it('refuses to delete a unit still in use, listing what holds it, in Thai and English', async () => {
    const res = await env.call(env.admin, {
      method: 'DELETE',
      url: `/api/v1/org-units/${env.a.objects.unitId}`,
    });
    assert.equal(res.statusCode, 409);
    const { code, details, message } = res.json().error;
    assert.equal(code, 'ORG_UNIT_IN_USE');
    assert.ok(details.positions >= 1 && details.people >= 1 && details.roleAssignments >= 1);
    assert.match(message, /ตำแหน่ง 1/);
    const en = await env.call(env.admin, {
      method: 'DELETE',
      url: `/api/v1/org-units/${env.a.objects.unitId}`,
      headers: { 'accept-language': 'en' },
    });
    assert.match(en.json().error.message, /positions 1/);
  });

  it('answers 404 for a parent that does not exist', async () => {
    const res = await env.call(env.admin, {
      method: 'POST',
      url: '/api/v1/org-units',
      payload: { parentId: NIL, nameTh: 'x' },
    });
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().error.code, 'ORG_UNIT_NOT_FOUND');
  });
});
