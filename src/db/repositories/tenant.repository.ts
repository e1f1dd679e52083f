import { type ExpressionBuilder, sql } from 'kysely';
import type { Database } from '../schema.ts';
import type { Tenant, UsageStatistics } from '../../../contracts/tenancy.contract.ts';
import type { NewTenant, TenantRepository } from '../../domain/tenancy/ports.ts';
import type { Tx } from '../client.ts';
import { containsPattern } from './like.ts';

const usersInUse = sql<number>`(SELECT count(*)::int FROM users u WHERE u.tenant_id = tenants.id AND NOT u.disabled)`;

function toTenant(r: {
  id: string;
  slug: string;
  name_th: string;
  name_en: string;
  ministry: string;
  department: string;
  letter_code: string;
  owner_number: string;
  user_quota: number;
  users_in_use: number;
  status: 'active' | 'suspended';
  digit_style: 'thai' | 'arabic';
  created_at: Date;
}): Tenant {
  return {
    id: r.id,
    slug: r.slug,
    nameTh: r.name_th,
    nameEn: r.name_en,
    ministry: r.ministry,
    department: r.department,
    letterCode: r.letter_code,
    ownerNumber: r.owner_number,
    userQuota: r.user_quota,
    usersInUse: r.users_in_use,
    status: r.status,
    digitStyle: r.digit_style,
    createdAt: r.created_at.toISOString(),
  };
}

/** Agencies; the only table that is not itself tenant-scoped (it is the tenant). */
export function tenantRepository(tx: Tx): TenantRepository {
  const base = () => tx.selectFrom('tenants').selectAll('tenants').select(usersInUse.as('users_in_use'));
  return {
    async insert(t: NewTenant) {
      const row = await tx
        .insertInto('tenants')
        .values({
          slug: t.slug,
          name_th: t.nameTh,
          name_en: t.nameEn,
          ministry: t.ministry,
          department: t.department,
          letter_code: t.letterCode,
          owner_number: t.ownerNumber,
          user_quota: t.userQuota,
          digit_style: t.digitStyle,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toTenant({ ...row, users_in_use: 0 });
    },
    async get(id) {
      const row = await base().where('id', '=', id).executeTakeFirst();
      return row ? toTenant(row) : null;
    },
    async getSettings(id) {
      const r = await tx
        .selectFrom('tenants')
        .select(['id', 'slug', 'status', 'digit_style', 'letter_code', 'owner_number'])
        .where('id', '=', id)
        .executeTakeFirst();
      return r
        ? {
            id: r.id,
            slug: r.slug,
            status: r.status,
            digitStyle: r.digit_style,
            letterCode: r.letter_code,
            ownerNumber: r.owner_number,
          }
        : null;
    },
    async findBySlug(slug) {
      const row = await base().where('slug', '=', slug).executeTakeFirst();
      return row ? toTenant(row) : null;
    },
    async lock(id) {
      // Lock first, count after: a count taken in the locking statement is from before the lock wait
      // and would miss users added by the previous holder of the lock.
      const locked = await tx
        .selectFrom('tenants')
        .select('id')
        .where('id', '=', id)
        .forUpdate()
        .executeTakeFirst();
      if (!locked) return null;
      const row = await base().where('id', '=', id).executeTakeFirstOrThrow();
      return toTenant(row);
    },
    async update(id, p) {
      await tx
        .updateTable('tenants')
        .set({
          name_th: p.nameTh,
          name_en: p.nameEn,
          ministry: p.ministry,
          department: p.department,
          letter_code: p.letterCode,
          owner_number: p.ownerNumber,
          user_quota: p.userQuota,
          digit_style: p.digitStyle,
          status: p.status,
          updated_at: new Date(),
        })
        .where('id', '=', id)
        .execute();
      const row = await base().where('id', '=', id).executeTakeFirstOrThrow();
      return toTenant(row);
    },
    async list({ limit, offset, q }) {
      const like = q ? containsPattern(q) : null;
      const matches = (eb: ExpressionBuilder<Database, 'tenants'>) =>
        like
          ? eb.or([eb('name_th', 'ilike', like), eb('name_en', 'ilike', like), eb('slug', 'ilike', like)])
          : eb.lit(true);
      const [rows, total] = await Promise.all([
        base().where(matches).orderBy('name_th').limit(limit).offset(offset).execute(),
        tx
          .selectFrom('tenants')
          .select(sql<number>`count(*)::int`.as('n'))
          .where(matches)
          .executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toTenant), total: total.n };
    },
    async statistics(monthStart): Promise<UsageStatistics> {
      const totals = await tx
        .selectFrom('tenants')
        .select([
          sql<number>`count(*)::int`.as('tenants'),
          sql<number>`count(*) FILTER (WHERE status = 'active')::int`.as('active'),
        ])
        .executeTakeFirstOrThrow();
      const users = await tx
        .selectFrom('users')
        .select([
          sql<number>`count(*)::int`.as('total'),
          sql<number>`count(*) FILTER (WHERE last_login_at >= ${monthStart})::int`.as('active_month'),
        ])
        .executeTakeFirstOrThrow();
      const top = await tx
        .selectFrom('tenants')
        .leftJoin('users', 'users.tenant_id', 'tenants.id')
        .select([
          'tenants.id',
          'tenants.slug',
          'tenants.name_th',
          sql<number>`count(users.id)::int`.as('users'),
        ])
        .groupBy(['tenants.id', 'tenants.slug', 'tenants.name_th'])
        .orderBy('users', 'desc')
        .orderBy('tenants.name_th')
        .limit(10)
        .execute();
      return {
        tenants: totals.tenants,
        activeTenants: totals.active,
        totalUsers: users.total,
        usersActiveThisMonth: users.active_month,
        topTenantsByUsers: top.map((r) => ({
          tenantId: r.id,
          slug: r.slug,
          nameTh: r.name_th,
          users: r.users,
        })),
      };
    },
  };
}
