import { sql } from 'kysely';
import type { Person } from '../../../contracts/directory.contract.ts';
import type { PersonFields, PersonRepository, RowLock } from '../../domain/directory/ports.ts';
import type { Tx } from '../client.ts';
import { mapUniqueViolation } from './unique-violation.ts';
import { containsPattern } from './like.ts';

const uniqueIndexes = {
  people_national_id: 'PERSON_NATIONAL_ID_TAKEN',
  people_login_email: 'PERSON_LOGIN_EMAIL_TAKEN',
} as const;

/** LIKE pattern for a user's search text, with the wildcards in it escaped. */
const likeOf = containsPattern;

function toColumns(p: Partial<PersonFields>) {
  return {
    org_unit_id: p.orgUnitId,
    employee_code: p.employeeCode,
    title: p.title,
    name_th: p.nameTh,
    name_en: p.nameEn,
    national_id: p.nationalId,
    gender: p.gender,
    position_title: p.positionTitle,
    address: p.address,
    phone: p.phone,
    email: p.email,
    login_email: p.loginEmail,
  };
}

/** People (บุคลากร); every query filters by tenant first. `userId` is the account linked to the person. */
export function personRepository(tx: Tx): PersonRepository {
  const base = (tenantId: string) =>
    tx
      .selectFrom('people as p')
      .leftJoin('users as u', (j) =>
        j.onRef('u.tenant_id', '=', 'p.tenant_id').onRef('u.person_id', '=', 'p.id'),
      )
      .select([
        'p.id',
        'p.org_unit_id',
        'p.employee_code',
        'p.title',
        'p.name_th',
        'p.name_en',
        'p.national_id',
        'p.gender',
        'p.position_title',
        'p.address',
        'p.phone',
        'p.email',
        'p.login_email',
        'u.id as user_id',
      ])
      .where('p.tenant_id', '=', tenantId);
  type Row = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];
  const toPerson = (r: Row): Person => ({
    id: r.id,
    orgUnitId: r.org_unit_id,
    employeeCode: r.employee_code,
    title: r.title,
    nameTh: r.name_th,
    nameEn: r.name_en,
    nationalId: r.national_id,
    gender: r.gender,
    positionTitle: r.position_title,
    address: r.address,
    phone: r.phone,
    email: r.email,
    loginEmail: r.login_email,
    userId: r.user_id,
  });
  const getPerson = async (tenantId: string, id: string, lock?: RowLock) => {
    const q = base(tenantId).where('p.id', '=', id);
    // Only the person row is locked: the joined user is the nullable side of an outer join.
    const r = await (lock === 'update'
      ? q.forUpdate('p')
      : lock === 'share'
        ? q.forShare('p')
        : q
    ).executeTakeFirst();
    return r ? toPerson(r) : null;
  };

  return {
    getPerson,
    async listPeople(tenantId, q) {
      let query = base(tenantId);
      if (q.orgUnitId) query = query.where('p.org_unit_id', '=', q.orgUnitId);
      if (q.q) {
        const like = likeOf(q.q);
        // A national ID is searched by its digits, however the user typed the dashes.
        const digits = q.q.replace(/[\s-]/g, '');
        query = query.where((eb) =>
          eb.or([
            eb('p.name_th', 'ilike', like),
            eb('p.name_en', 'ilike', like),
            eb('p.email', 'ilike', like),
            eb('p.login_email', 'ilike', like),
            eb('p.employee_code', 'ilike', like),
            ...(/^\d+$/.test(digits) ? [eb('p.national_id', 'like', `${digits}%`)] : []),
          ]),
        );
      }
      const [rows, n] = await Promise.all([
        query.orderBy('p.name_th').orderBy('p.id').limit(q.limit).offset(q.offset).execute(),
        query.clearSelect().select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toPerson), total: n.n };
    },
    async findPersonByNationalId(tenantId, nationalId) {
      const r = await base(tenantId).where('p.national_id', '=', nationalId).executeTakeFirst();
      return r ? toPerson(r) : null;
    },
    async findPersonByLoginEmail(tenantId, loginEmail) {
      const r = await base(tenantId)
        .where((eb) => eb(eb.fn('lower', ['p.login_email']), '=', loginEmail.toLowerCase()))
        .executeTakeFirst();
      return r ? toPerson(r) : null;
    },
    async insertPerson(tenantId, p) {
      const r = await mapUniqueViolation(
        () =>
          tx
            .insertInto('people')
            .values({
              ...toColumns(p),
              tenant_id: tenantId,
              org_unit_id: p.orgUnitId,
              title: p.title,
              name_th: p.nameTh,
              national_id: p.nationalId,
            })
            .returning('id')
            .executeTakeFirstOrThrow(),
        uniqueIndexes,
      );
      return (await getPerson(tenantId, r.id))!;
    },
    async updatePerson(tenantId, id, p) {
      const values = toColumns(p);
      if (Object.values(values).every((v) => v === undefined)) return getPerson(tenantId, id);
      const r = await mapUniqueViolation(
        () =>
          tx
            .updateTable('people')
            .set({ ...values, updated_at: new Date() })
            .where('tenant_id', '=', tenantId)
            .where('id', '=', id)
            .executeTakeFirst(),
        uniqueIndexes,
      );
      return Number(r.numUpdatedRows) > 0 ? getPerson(tenantId, id) : null;
    },
    async clearLoginEmail(tenantId, id) {
      await tx
        .updateTable('people')
        .set({ login_email: null, updated_at: new Date() })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .execute();
    },
    async personUsage(tenantId, id) {
      const count = sql<number>`count(*)::int`;
      const r = await tx
        .selectNoFrom((eb) => [
          eb
            .selectFrom('users')
            .select(count.as('n'))
            .where('tenant_id', '=', tenantId)
            .where('person_id', '=', id)
            .as('users'),
          eb
            .selectFrom('appointments')
            .select(count.as('n'))
            .where('tenant_id', '=', tenantId)
            .where('person_id', '=', id)
            .as('appointments'),
        ])
        .executeTakeFirstOrThrow();
      return { users: r.users ?? 0, appointments: r.appointments ?? 0 };
    },
    async deletePerson(tenantId, id) {
      const r = await tx
        .deleteFrom('people')
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
  };
}
