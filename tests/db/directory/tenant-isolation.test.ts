import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  assignRole,
  createAppointment,
  createOrgUnit,
  createPerson,
  createPosition,
  createRole,
  createUser,
} from '../../../src/domain/directory/index.ts';
import { Permission } from '../../../src/domain/directory/permissions.ts';
import type { DirectoryRepository } from '../../../src/domain/directory/ports.ts';
import type { CoreDeps } from '../../../src/domain/shared/deps.ts';
import {
  createTestTenant,
  randomNationalId,
  rejectsWith,
  startTestDeps,
  type TestTenant,
} from '../../support/factories.ts';
import type { TestDatabase } from '../../support/test-db.ts';

let t: TestDatabase;
let deps: CoreDeps;
let a: TestTenant;
let b: TestTenant;
// One of everything in agency A; every call below is made with agency B's tenant id.
const A = {
  unit: '',
  position: '',
  person: '',
  appointment: '',
  user: '',
  role: '',
  assignment: '',
  nationalId: randomNationalId(),
};

before(async () => {
  ({ t, deps } = await startTestDeps());
  [a, b] = await Promise.all([createTestTenant(deps), createTestTenant(deps)]);
  A.unit = (await createOrgUnit(deps, a.adminCtx, { parentId: a.rootUnitId, nameTh: 'กองของเอ' })).id;
  A.position = (
    await createPosition(deps, a.adminCtx, {
      orgUnitId: A.unit,
      titleTh: 'ตำแหน่งของเอ',
      signatureTitle: 'ตำแหน่งของเอ',
    })
  ).id;
  A.person = (
    await createPerson(deps, a.adminCtx, {
      orgUnitId: A.unit,
      title: 'นาย',
      nameTh: 'คนของเอ',
      nationalId: A.nationalId,
      loginEmail: 'only.a@agency.go.th',
    })
  ).id;
  A.appointment = (
    await createAppointment(deps, a.adminCtx, {
      positionId: A.position,
      personId: A.person,
      kind: 'regular',
      startsOn: '2025-01-01',
    })
  ).id;
  A.role = (
    await createRole(deps, a.adminCtx, { nameTh: 'บทบาทเฉพาะเอ', permissions: [Permission.UsersManage] })
  ).id;
  A.user = (
    await createUser(deps, a.adminCtx, {
      username: 'only.in.a',
      displayName: 'ผู้ใช้ของเอ',
      password: 'secret123',
      personId: A.person,
    })
  ).id;
  A.assignment = (await assignRole(deps, a.adminCtx, A.user, { roleId: A.role, orgUnitId: A.unit }))
    .roles[0]!.id;
});
after(() => t.drop());

const asB = <T>(fn: (d: DirectoryRepository, tenantId: string) => Promise<T>) =>
  deps.uow.run((r) => fn(r.directory, b.tenant.id));

describe('every directory repository function stays inside the tenant it is given', () => {
  it('org units', async () => {
    assert.equal(await asB((d, tid) => d.getOrgUnit(tid, A.unit)), null);
    assert.equal(await asB((d, tid) => d.getOrgUnit(tid, A.unit, 'update')), null);
    assert.equal(await asB((d, tid) => d.updateOrgUnit(tid, A.unit, { nameTh: 'ยึด' })), null);
    assert.equal(await asB((d, tid) => d.deleteOrgUnit(tid, A.unit)), false);
    assert.deepEqual(await asB((d, tid) => d.orgUnitUsage(tid, A.unit)), {
      children: 0,
      registers: 0,
      people: 0,
      positions: 0,
      roleAssignments: 0,
    });
    assert.ok(
      !(await asB((d, tid) => d.listOrgUnits(tid))).some((u) => u.id === A.unit || u.id === a.rootUnitId),
    );
  });

  it('positions and appointments', async () => {
    assert.equal(await asB((d, tid) => d.getPosition(tid, A.position, 'update')), null);
    assert.equal(await asB((d, tid) => d.updatePosition(tid, A.position, { titleTh: 'ยึด' })), null);
    assert.equal(await asB((d, tid) => d.countAppointmentsOfPosition(tid, A.position)), 0);
    assert.equal(await asB((d, tid) => d.deletePosition(tid, A.position)), false);
    assert.deepEqual(await asB((d, tid) => d.listPositions(tid, { orgUnitId: A.unit })), []);
    assert.deepEqual(await asB((d, tid) => d.listPositions(tid, {})), []);
    assert.equal(await asB((d, tid) => d.getAppointment(tid, A.appointment)), null);
    assert.equal(await asB((d, tid) => d.setAppointmentEnd(tid, A.appointment, '2025-12-31')), null);
    assert.equal(await asB((d, tid) => d.deleteAppointment(tid, A.appointment)), false);
    assert.deepEqual(await asB((d, tid) => d.listAppointments(tid, { positionId: A.position })), []);
    assert.deepEqual(
      await asB((d, tid) => d.listAppointments(tid, { personId: A.person, activeOn: '2025-06-01' })),
      [],
    );
    assert.deepEqual(await asB((d, tid) => d.listCapacities(tid, A.person, '2025-06-01')), []);
  });

  it('people', async () => {
    assert.equal(await asB((d, tid) => d.getPerson(tid, A.person, 'share')), null);
    assert.equal(await asB((d, tid) => d.findPersonByNationalId(tid, A.nationalId)), null);
    assert.equal(await asB((d, tid) => d.findPersonByLoginEmail(tid, 'only.a@agency.go.th')), null);
    assert.equal(await asB((d, tid) => d.updatePerson(tid, A.person, { nameTh: 'ยึด' })), null);
    await asB((d, tid) => d.clearLoginEmail(tid, A.person));
    assert.deepEqual(await asB((d, tid) => d.personUsage(tid, A.person)), { users: 0, appointments: 0 });
    assert.equal(await asB((d, tid) => d.deletePerson(tid, A.person)), false);
    assert.deepEqual(await asB((d, tid) => d.listPeople(tid, { limit: 50, offset: 0, q: 'คนของเอ' })), {
      items: [],
      total: 0,
    });
  });

  it('users and role assignments', async () => {
    assert.equal(await asB((d, tid) => d.getUser(tid, A.user)), null);
    assert.equal(await asB((d, tid) => d.findUserIdByUsername(tid, 'ONLY.IN.A')), null);
    assert.equal(await asB((d, tid) => d.findUserIdByPerson(tid, A.person)), null);
    assert.equal(await asB((d, tid) => d.updateUser(tid, A.user, { disabled: true })), false);
    assert.equal(await asB((d, tid) => d.unlockUser(tid, A.user)), false);
    assert.equal(await asB((d, tid) => d.getRoleAssignment(tid, A.user, A.assignment)), null);
    assert.equal(await asB((d, tid) => d.deleteRoleAssignment(tid, A.user, A.assignment)), false);
    assert.deepEqual(await asB((d, tid) => d.listActiveGrants(tid, A.user, '2026-01-01')), []);
    assert.equal(await asB((d, tid) => d.deleteUser(tid, A.user)), false);
    assert.deepEqual(await asB((d, tid) => d.listUsers(tid, { limit: 50, offset: 0, q: 'only.in.a' })), {
      items: [],
      total: 0,
    });
    assert.equal(await asB((d, tid) => d.countUsersInUse(tid)), 1, "only B's own admin");
    assert.equal(await asB((d, tid) => d.countActiveHolders(tid, Permission.UsersManage, '2026-01-01')), 1);
  });

  it('roles', async () => {
    assert.equal(await asB((d, tid) => d.getRole(tid, A.role, 'update')), null);
    assert.equal(await asB((d, tid) => d.findRoleByName(tid, 'บทบาทเฉพาะเอ')), null);
    assert.equal(await asB((d, tid) => d.updateRole(tid, A.role, { permissions: [] })), null);
    assert.equal(await asB((d, tid) => d.deleteRole(tid, A.role)), false);
    assert.ok(!(await asB((d, tid) => d.listRoles(tid))).some((r) => r.id === A.role));
  });

  it("cannot write a row of B that points at A's rows (the foreign keys lead with tenant_id)", async () => {
    await assert.rejects(
      asB((d, tid) =>
        d.insertPosition(tid, { orgUnitId: A.unit, titleTh: 'x', signatureTitle: 'x', isExecutive: false }),
      ),
    );
    await assert.rejects(
      asB((d, tid) =>
        d.insertRoleAssignment(tid, {
          userId: A.user,
          roleId: A.role,
          orgUnitId: A.unit,
          startsOn: null,
          endsOn: null,
        }),
      ),
    );
  });

  it("left A's records exactly as they were", async () => {
    const person = await deps.uow.run((r) => r.directory.getPerson(a.tenant.id, A.person));
    assert.equal(person?.nameTh, 'คนของเอ');
    assert.equal(person?.loginEmail, 'only.a@agency.go.th');
    assert.equal(person?.userId, A.user);
    const user = await deps.uow.run((r) => r.directory.getUser(a.tenant.id, A.user));
    assert.equal(user?.disabled, false);
    assert.equal(user?.roles.length, 1);
    assert.equal(
      (await deps.uow.run((r) => r.directory.getOrgUnit(a.tenant.id, A.unit)))?.nameTh,
      'กองของเอ',
    );
    assert.equal(
      (await deps.uow.run((r) => r.directory.getAppointment(a.tenant.id, A.appointment)))?.endsOn,
      null,
    );
  });
});

describe('unique indexes as the last line against races', () => {
  it('turn a duplicate insert into the matching 409 code instead of a 500', async () => {
    const user = {
      personId: null,
      displayName: 'x',
      passwordHash: 'x',
      startsOn: null,
      endsOn: null,
      disabled: false,
      mustChangePassword: false,
      note: '',
    };
    await rejectsWith(
      deps.uow.run((r) => r.directory.insertUser(a.tenant.id, { ...user, username: 'ONLY.in.a' })),
      'USER_USERNAME_TAKEN',
    );
    await rejectsWith(
      deps.uow.run((r) =>
        r.directory.insertUser(a.tenant.id, { ...user, username: 'second.link', personId: A.person }),
      ),
      'USER_PERSON_LINKED',
    );
    await rejectsWith(
      deps.uow.run((r) =>
        r.directory.insertRole(a.tenant.id, {
          key: null,
          nameTh: 'บทบาทเฉพาะเอ',
          nameEn: '',
          permissions: [],
        }),
      ),
      'ROLE_NAME_TAKEN',
    );
    const person = {
      orgUnitId: a.rootUnitId,
      employeeCode: null,
      title: 'นาย',
      nameTh: 'ซ้ำ',
      nameEn: '',
      gender: 'unspecified' as const,
      positionTitle: '',
      address: '',
      phone: '',
      email: '',
    };
    await rejectsWith(
      deps.uow.run((r) =>
        r.directory.insertPerson(a.tenant.id, { ...person, nationalId: A.nationalId, loginEmail: null }),
      ),
      'PERSON_NATIONAL_ID_TAKEN',
    );
    await rejectsWith(
      deps.uow.run((r) =>
        r.directory.insertPerson(a.tenant.id, {
          ...person,
          nationalId: randomNationalId(),
          loginEmail: 'ONLY.A@agency.go.th',
        }),
      ),
      'PERSON_LOGIN_EMAIL_TAKEN',
    );
  });
});
