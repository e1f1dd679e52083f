import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Permission } from '../../../src/domain/directory/permissions.ts';
import { bearerFor, createUserWithPermissions, randomNationalId } from '../../support/factories.ts';
import { type DirectoryApp, guardTests, startDirectoryApp } from './directory-app.ts';

let env: DirectoryApp;
before(async () => {
  env = await startDirectoryApp();
});
after(() => env.close());

const personBody = (over: object = {}) => ({
  orgUnitId: env.a.objects.unitId,
  title: 'นางสาว',
  nameTh: 'สมใจ ใจดี',
  nationalId: randomNationalId(),
  ...over,
});
const create = (payload: object) => env.call(env.admin, { method: 'POST', url: '/api/v1/people', payload });

guardTests(
  () => env,
  [
    {
      operationId: 'listPeople',
      permission: Permission.PersonnelManage,
      valid: () => ({ method: 'GET', url: '/api/v1/people?limit=10' }),
      bad: () => ({ method: 'GET', url: '/api/v1/people?limit=0' }),
    },
    {
      operationId: 'createPerson',
      permission: Permission.PersonnelManage,
      valid: () => ({ method: 'POST', url: '/api/v1/people', payload: personBody() }),
      foreign: () => ({
        method: 'POST',
        url: '/api/v1/people',
        payload: personBody({ orgUnitId: env.b.rootUnitId }),
        code: 'ORG_UNIT_NOT_FOUND',
      }),
      bad: () => ({
        method: 'POST',
        url: '/api/v1/people',
        payload: personBody({ loginEmail: 'not-an-email', title: '' }),
      }),
    },
    {
      operationId: 'getPerson',
      permission: Permission.PersonnelManage,
      valid: (o) => ({ method: 'GET', url: `/api/v1/people/${o.personId}` }),
      foreign: 'PERSON_NOT_FOUND',
      bad: () => ({ method: 'GET', url: '/api/v1/people/abc' }),
    },
    {
      operationId: 'updatePerson',
      permission: Permission.PersonnelManage,
      valid: (o) => ({
        method: 'PATCH',
        url: `/api/v1/people/${o.personId}`,
        payload: { phone: '02 123 4567' },
      }),
      foreign: 'PERSON_NOT_FOUND',
      bad: () => ({
        method: 'PATCH',
        url: `/api/v1/people/${env.a.objects.personId}`,
        payload: { gender: 'other' },
      }),
    },
    {
      operationId: 'deletePerson',
      permission: Permission.PersonnelManage,
      valid: (o) => ({ method: 'DELETE', url: `/api/v1/people/${o.personId}` }),
      foreign: 'PERSON_NOT_FOUND',
      bad: () => ({ method: 'DELETE', url: '/api/v1/people/0' }),
    },
  ],
);

describe('people', () => {
  it('records a person with a formatted national ID, stored as 13 digits, and finds them by name or ID', async () => {
    const id = randomNationalId();
    const formatted = `${id[0]}-${id.slice(1, 5)}-${id.slice(5, 10)}-${id.slice(10, 12)}-${id[12]}`;
    const res = await create(
      personBody({
        nameTh: 'ประยุทธ มั่นคง',
        nationalId: formatted,
        email: 'p@example.go.th',
        loginEmail: 'Prayut@Example.go.th',
      }),
    );
    assert.equal(res.statusCode, 200, res.body);
    const p = res.json();
    assert.equal(p.nationalId, id);
    assert.equal(p.userId, null);
    assert.equal(p.gender, 'unspecified');

    const byName = await env.call(env.admin, {
      method: 'GET',
      url: `/api/v1/people?q=${encodeURIComponent('มั่นคง')}`,
    });
    assert.deepEqual(
      byName.json().items.map((x: { id: string }) => x.id),
      [p.id],
    );
    assert.equal(byName.json().total, 1);
    const byId = await env.call(env.admin, { method: 'GET', url: `/api/v1/people?q=${id.slice(0, 9)}` });
    assert.ok(byId.json().items.some((x: { id: string }) => x.id === p.id));
    const inUnit = await env.call(env.admin, {
      method: 'GET',
      url: `/api/v1/people?orgUnitId=${env.a.rootUnitId}`,
    });
    assert.ok(!inUnit.json().items.some((x: { id: string }) => x.id === p.id));

    const got = await env.call(env.admin, { method: 'GET', url: `/api/v1/people/${p.id}` });
    assert.deepEqual(got.json(), p);
    const updated = await env.call(env.admin, {
      method: 'PATCH',
      url: `/api/v1/people/${p.id}`,
      payload: { positionTitle: 'นักวิชาการ' },
    });
    assert.equal(updated.json().positionTitle, 'นักวิชาการ');
    assert.equal(updated.json().email, 'p@example.go.th', 'a PATCH leaves the other fields alone');
    const deleted = await env.call(env.admin, { method: 'DELETE', url: `/api/v1/people/${p.id}` });
    assert.deepEqual(deleted.json(), { ok: true });
  });

  it('refuses a national ID with a wrong check digit, or one already recorded', async () => {
    const bad = await create(personBody({ nationalId: '1101700230705' }));
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.code, 'PERSON_NATIONAL_ID_INVALID');
    const taken = await env.call(env.admin, {
      method: 'GET',
      url: `/api/v1/people/${env.a.objects.personId}`,
    });
    const dup = await create(personBody({ nationalId: taken.json().nationalId }));
    assert.equal(dup.statusCode, 409);
    assert.equal(dup.json().error.code, 'PERSON_NATIONAL_ID_TAKEN');
  });

  it('asks before moving a login e-mail from another person, then moves it', async () => {
    const first = (
      await create(personBody({ nameTh: 'เจ้าของเดิม', loginEmail: 'saraban1@dga.or.th' }))
    ).json();
    const second = await create(personBody({ nameTh: 'เจ้าของใหม่', loginEmail: 'SARABAN1@dga.or.th' }));
    assert.equal(second.statusCode, 409);
    assert.equal(second.json().error.code, 'PERSON_LOGIN_EMAIL_TAKEN');
    assert.deepEqual(second.json().error.details, { owner: 'เจ้าของเดิม', ownerId: first.id });
    assert.match(second.json().error.message, /เจ้าของเดิม/);

    const moved = await create(
      personBody({ nameTh: 'เจ้าของใหม่', loginEmail: 'SARABAN1@dga.or.th', moveLoginEmail: true }),
    );
    assert.equal(moved.statusCode, 200, moved.body);
    const old = await env.call(env.admin, { method: 'GET', url: `/api/v1/people/${first.id}` });
    assert.equal(old.json().loginEmail, null);
  });

  it('refuses to delete a person with a user account or appointments', async () => {
    const res = await env.call(env.admin, {
      method: 'DELETE',
      url: `/api/v1/people/${env.a.objects.personId}`,
    });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().error.code, 'PERSON_IN_USE');
    assert.deepEqual(res.json().error.details, { id: env.a.objects.personId, users: 1, appointments: 1 });
  });

  it('lets user administrators read people (to link accounts) but not change them', async () => {
    const usersAdmin = await createUserWithPermissions(env.deps, env.a.tenant.id, [Permission.UsersManage]);
    const auth = await bearerFor(env.deps, usersAdmin.ctx);
    const read = await env.call(auth, { method: 'GET', url: `/api/v1/people/${env.a.objects.personId}` });
    assert.equal(read.statusCode, 200);
    const write = await env.call(auth, {
      method: 'PATCH',
      url: `/api/v1/people/${env.a.objects.personId}`,
      payload: { phone: '1' },
    });
    assert.equal(write.statusCode, 403);
  });
});
