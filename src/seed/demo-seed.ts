import type { CoreDeps } from '../domain/shared/deps.ts';
import { createTenant } from '../domain/tenancy/create-tenant.ts';

/** Demo-only password of every demo user (DESIGN.md §4). */
export const DEMO_PASSWORD = 'demo1234';

/** Seeds the demo agency `demo` once: units, positions, a director and an acting deputy, users of every role, registers. */
export async function seedDemoAgency(deps: CoreDeps): Promise<{ created: boolean; tenantId: string }> {
  const existing = await deps.uow.run((r) => r.tenants.findBySlug('demo'));
  if (existing) return { created: false, tenantId: existing.id };
  const tenant = await createTenant(deps, { kind: 'system', name: 'demo seed' }, {
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
  }, undefined, { adminMustChangePassword: false });
  return { created: true, tenantId: tenant.id };
}
