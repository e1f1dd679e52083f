import type { TenantContext } from '../domain/shared/context.ts';
import type { CoreDeps } from '../domain/shared/deps.ts';
import {
  assignRole,
  createAppointment,
  createOrgUnit,
  createPerson,
  createPosition,
  createUser,
  listOrgUnits,
  listRoles,
} from '../domain/directory/index.ts';
import { createRegister } from '../domain/registers/index.ts';
import { bangkokToday } from '../domain/shared/thai/thai-date.ts';
import { createTenant } from '../domain/tenancy/create-tenant.ts';

/** Demo-only password of every demo user (DESIGN.md §4). */
export const DEMO_PASSWORD = 'demo1234';

// Valid 13-digit IDs (check digit computed) reserved for the demo's fictional people.
const DEMO_IDS = [
  '1101700230708',
  '3100100123451',
  '1234567890121',
  '1100400012348',
  '1100500023457',
  '1100600034566',
];

/** Slug of the second demo agency, the one the first sends letters to across the platform. */
export const SECOND_DEMO_SLUG = 'demo2';

/**
 * Seeds the demo agency `demo` once: a bureau with two divisions, a director and a deputy who is
 * acting for him (รักษาราชการแทน), users of every default role, and receive/dispatch/circular/order registers.
 * Then seeds the second demo agency `demo2` once (seedSecondDemoAgency), so letters can go across agencies.
 * `created` and `tenantId` are about `demo`.
 */
export async function seedDemoAgency(deps: CoreDeps): Promise<{ created: boolean; tenantId: string }> {
  const existing = await deps.uow.run((r) => r.tenants.findBySlug('demo'));
  const tenantId = existing?.id ?? (await seedFirstDemoAgency(deps));
  await seedSecondDemoAgency(deps);
  return { created: !existing, tenantId };
}

/**
 * Seeds the second demo agency `demo2` once: a root unit with receive and dispatch registers, its admin and
 * a central-registry clerk `saraban` (password demo1234), who receives what `demo` sends it.
 */
export async function seedSecondDemoAgency(deps: CoreDeps): Promise<{ created: boolean; tenantId: string }> {
  const existing = await deps.uow.run((r) => r.tenants.findBySlug(SECOND_DEMO_SLUG));
  if (existing) return { created: false, tenantId: existing.id };
  const tenant = await createTenant(
    deps,
    { kind: 'system', name: 'demo seed' },
    {
      slug: SECOND_DEMO_SLUG,
      nameTh: 'สำนักงานเขตพื้นที่การศึกษาทดลอง',
      nameEn: 'Demo Educational Service Area Office',
      ministry: 'กระทรวงศึกษาธิการ',
      department: 'สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน',
      letterCode: 'ศธ',
      ownerNumber: '04002',
      userQuota: 20,
      digitStyle: 'thai',
      admin: { username: 'admin', displayName: 'ผู้ดูแลระบบหน่วยงาน', password: DEMO_PASSWORD },
    },
    undefined,
    { adminMustChangePassword: false },
  );
  const ctx: TenantContext = { tenantId: tenant.id, actor: { kind: 'system', name: 'demo seed' } };
  const root = (await listOrgUnits(deps, ctx)).find((u) => u.parentId === null)!.id;
  const roles = new Map((await listRoles(deps, ctx)).map((r) => [r.key, r.id]));
  await addDemoUser(deps, ctx, roles, {
    username: 'saraban',
    title: 'นาง',
    nameTh: 'มาลี รับไว',
    unit: root,
    position: 'เจ้าพนักงานธุรการชำนาญงาน',
    nationalId: '1100700345679',
    emailDomain: 'demo2.saraban.invalid',
    roles: [
      ['central-registry', root],
      ['person', root],
    ],
  });
  for (const [kind, name] of [
    ['receive', 'ทะเบียนหนังสือรับ สำนักงานเขตพื้นที่'],
    ['dispatch', 'ทะเบียนหนังสือส่ง สำนักงานเขตพื้นที่'],
  ] as const) {
    await createRegister(deps, ctx, { orgUnitId: root, kind, name });
  }
  return { created: true, tenantId: tenant.id };
}

/** The first demo agency (`demo`); returns its id. */
async function seedFirstDemoAgency(deps: CoreDeps): Promise<string> {
  const tenant = await createTenant(
    deps,
    { kind: 'system', name: 'demo seed' },
    {
      slug: 'demo',
      nameTh: 'สำนักงานทดลองระบบสารบรรณ',
      nameEn: 'Saraban Demo Office',
      ministry: 'กระทรวงศึกษาธิการ',
      department: 'สำนักงานปลัดกระทรวงศึกษาธิการ',
      letterCode: 'ศธ',
      ownerNumber: '04001',
      userQuota: 60,
      digitStyle: 'thai',
      admin: { username: 'admin', displayName: 'ผู้ดูแลระบบหน่วยงาน', password: DEMO_PASSWORD },
    },
    undefined,
    { adminMustChangePassword: false },
  );
  const ctx: TenantContext = { tenantId: tenant.id, actor: { kind: 'system', name: 'demo seed' } };
  const units = await seedStructure(deps, ctx);
  await seedPeopleAndUsers(deps, ctx, units);
  for (const [unitId, kind, name] of [
    [units.root, 'receive', 'ทะเบียนหนังสือรับ สำนักงาน'],
    [units.root, 'dispatch', 'ทะเบียนหนังสือส่ง สำนักงาน'],
    [units.root, 'circular', 'ทะเบียนหนังสือเวียน'],
    [units.root, 'order', 'ทะเบียนคำสั่ง'],
    [units.admin, 'receive', 'ทะเบียนหนังสือรับ กลุ่มบริหารงานทั่วไป'],
    [units.admin, 'dispatch', 'ทะเบียนหนังสือส่ง กลุ่มบริหารงานทั่วไป'],
    [units.policy, 'receive', 'ทะเบียนหนังสือรับ กลุ่มนโยบายและแผน'],
  ] as const) {
    await createRegister(deps, ctx, { orgUnitId: unitId, kind, name });
  }
  return tenant.id;
}

async function seedStructure(deps: CoreDeps, ctx: TenantContext) {
  const all = await listOrgUnits(deps, ctx);
  const root = all.find((u) => u.parentId === null)!.id;
  const admin = await createOrgUnit(deps, ctx, {
    parentId: root,
    nameTh: 'กลุ่มบริหารงานทั่วไป',
    nameEn: 'General Administration',
    shortName: 'บท.',
    ownerNumber: '04001.1',
  });
  const policy = await createOrgUnit(deps, ctx, {
    parentId: root,
    nameTh: 'กลุ่มนโยบายและแผน',
    nameEn: 'Policy and Planning',
    shortName: 'นผ.',
    ownerNumber: '04001.2',
  });
  return { root, admin: admin.id, policy: policy.id };
}

async function seedPeopleAndUsers(
  deps: CoreDeps,
  ctx: TenantContext,
  units: { root: string; admin: string; policy: string },
) {
  const today = bangkokToday(deps.clock.now());
  const director = await createPosition(deps, ctx, {
    orgUnitId: units.root,
    titleTh: 'ผู้อำนวยการสำนักงาน',
    signatureTitle: 'ผู้อำนวยการสำนักงานทดลองระบบสารบรรณ',
    isExecutive: true,
  });
  const deputy = await createPosition(deps, ctx, {
    orgUnitId: units.root,
    titleTh: 'รองผู้อำนวยการสำนักงาน',
    signatureTitle: 'รองผู้อำนวยการสำนักงานทดลองระบบสารบรรณ',
    isExecutive: true,
  });
  const clerk = await createPosition(deps, ctx, {
    orgUnitId: units.admin,
    titleTh: 'เจ้าพนักงานธุรการ',
    signatureTitle: 'เจ้าพนักงานธุรการ',
    isExecutive: false,
  });

  const roles = new Map((await listRoles(deps, ctx)).map((r) => [r.key, r.id]));
  // As in the deck's user table, the demo admin also works the central registry (e.g. reserves numbers).
  const admin = await deps.uow.run((r) => r.auth.findUserCredentials(ctx.tenantId, 'admin'));
  await assignRole(deps, ctx, admin!.id, {
    roleId: roles.get('central-registry')!,
    orgUnitId: units.root,
    startsOn: null,
    endsOn: null,
  });
  const people = [
    {
      username: 'saraban',
      title: 'นางสาว',
      nameTh: 'สมใจ ใจดี',
      unit: units.root,
      position: 'เจ้าพนักงานธุรการชำนาญงาน',
      roles: [
        ['central-registry', units.root],
        ['person', units.root],
      ],
    },
    {
      username: 'unit',
      title: 'นาย',
      nameTh: 'สมชาย รักงาน',
      unit: units.admin,
      position: 'เจ้าพนักงานธุรการ',
      roles: [
        ['unit-registry', units.admin],
        ['person', units.admin],
      ],
    },
    {
      username: 'director',
      title: 'นาย',
      nameTh: 'ประเสริฐ บริหารดี',
      unit: units.root,
      position: 'ผู้อำนวยการสำนักงาน',
      roles: [
        ['executive', units.root],
        ['person', units.root],
      ],
    },
    {
      username: 'deputy',
      title: 'นาง',
      nameTh: 'วิไล ทำแทนได้',
      unit: units.root,
      position: 'รองผู้อำนวยการสำนักงาน',
      roles: [
        ['executive', units.root],
        ['front-office', units.root],
        ['person', units.root],
      ],
    },
    {
      username: 'unit2',
      title: 'นาง',
      nameTh: 'สุดา ลงรับไว',
      unit: units.policy,
      position: 'เจ้าพนักงานธุรการ',
      roles: [
        ['unit-registry', units.policy],
        ['person', units.policy],
      ],
    },
    {
      username: 'staff',
      title: 'นาย',
      nameTh: 'ขยัน ปฏิบัติงาน',
      unit: units.policy,
      position: 'นักวิเคราะห์นโยบายและแผน',
      roles: [['person', units.policy]],
    },
  ] as const;
  const ids = new Map<string, string>();
  for (const [i, p] of people.entries()) {
    ids.set(
      p.username,
      await addDemoUser(deps, ctx, roles, {
        ...p,
        nationalId: DEMO_IDS[i]!,
        emailDomain: 'demo.saraban.invalid',
      }),
    );
  }
  await createAppointment(deps, ctx, {
    positionId: director.id,
    personId: ids.get('director')!,
    kind: 'regular',
    committeeRole: null,
    authorityRef: '',
    startsOn: '2024-10-01',
    endsOn: null,
  });
  await createAppointment(deps, ctx, {
    positionId: deputy.id,
    personId: ids.get('deputy')!,
    kind: 'regular',
    committeeRole: null,
    authorityRef: '',
    startsOn: '2024-10-01',
    endsOn: null,
  });
  // The deputy acts for the director (รักษาราชการแทน) from today, e.g. while the director is abroad.
  await createAppointment(deps, ctx, {
    positionId: director.id,
    personId: ids.get('deputy')!,
    kind: 'acting',
    committeeRole: null,
    authorityRef: 'คำสั่งสำนักงานทดลองระบบสารบรรณ ที่ ๑/๒๕๖๙',
    startsOn: today,
    endsOn: null,
  });
  await createAppointment(deps, ctx, {
    positionId: clerk.id,
    personId: ids.get('unit')!,
    kind: 'regular',
    committeeRole: null,
    authorityRef: '',
    startsOn: '2024-10-01',
    endsOn: null,
  });
}

/** Records a demo person with a user (password demo1234) and the given roles; returns the person's id. */
async function addDemoUser(
  deps: CoreDeps,
  ctx: TenantContext,
  roles: ReadonlyMap<string | null, string>,
  p: {
    username: string;
    title: string;
    nameTh: string;
    unit: string;
    position: string;
    nationalId: string;
    emailDomain: string;
    roles: readonly (readonly [roleKey: string, unitId: string])[];
  },
): Promise<string> {
  const email = `${p.username}@${p.emailDomain}`;
  const person = await createPerson(deps, ctx, {
    orgUnitId: p.unit,
    employeeCode: null,
    title: p.title,
    nameTh: p.nameTh,
    nameEn: '',
    nationalId: p.nationalId,
    gender: 'unspecified',
    positionTitle: p.position,
    address: '',
    phone: '',
    email,
    loginEmail: email,
    moveLoginEmail: false,
  });
  const user = await createUser(deps, ctx, {
    personId: person.id,
    username: p.username,
    displayName: `${p.title}${p.nameTh}`,
    password: DEMO_PASSWORD,
    startsOn: null,
    endsOn: null,
    disabled: false,
    mustChangePassword: false,
    note: 'บัญชีทดลอง (demo only)',
  });
  for (const [roleKey, unitId] of p.roles) {
    await assignRole(deps, ctx, user.id, {
      roleId: roles.get(roleKey)!,
      orgUnitId: unitId,
      startsOn: null,
      endsOn: null,
    });
  }
  return person.id;
}
