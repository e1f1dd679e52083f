import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type {
  CounterRecord,
  NumberRecord,
  RegisterRecord,
  RegisterRepository,
} from '../../domain/registers/ports.ts';
import type { Tx } from '../client.ts';
import { mapUniqueViolation } from './unique-violation.ts';
import type { Database, RegisterKind, RegisterNumbersTable, RegistersTable } from '../schema.ts';

const NAME_INDEX = { registers_name: 'REGISTER_NAME_TAKEN' } as const;
/** A cycle in org_units (refused by the directory, but never trusted here) cannot loop the ancestor walk. */
const MAX_UNIT_DEPTH = 64;

/** Filters of the register book and the reservations list see the number (n) and its register (reg). */
type NumberScope = ExpressionBuilder<
  Database & { n: RegisterNumbersTable; reg: RegistersTable },
  'n' | 'reg'
>;

function toRegister(r: {
  id: string;
  org_unit_id: string;
  unit_name: string;
  kind: RegisterKind;
  name: string;
  letter_code: string;
  owner_number: string;
  archived: boolean;
}): RegisterRecord {
  return {
    id: r.id,
    orgUnitId: r.org_unit_id,
    orgUnitName: r.unit_name,
    kind: r.kind,
    name: r.name,
    letterCode: r.letter_code,
    ownerNumber: r.owner_number,
    archived: r.archived,
  };
}

function toCounter(r: {
  register_id: string;
  year_be: number;
  start_number: number;
  last: number;
}): CounterRecord {
  return { registerId: r.register_id, yearBE: r.year_be, startNumber: r.start_number, last: r.last };
}

function toNumber(r: {
  register_id: string;
  register_name: string;
  org_unit_id: string;
  unit_name: string;
  kind: RegisterKind;
  letter_code: string;
  owner_number: string;
  year_be: number;
  number: number;
  status: RegisterNumbersTable['status'];
  letter_id: string | null;
  reason: string;
  reserved: boolean;
  formatted: string | null;
  issued_by: string;
  issued_by_name: string | null;
  issued_at: Date;
  cancelled_by: string | null;
  cancelled_by_name: string | null;
  cancelled_at: Date | null;
  cancel_reason: string | null;
}): NumberRecord {
  return {
    registerId: r.register_id,
    registerName: r.register_name,
    orgUnitId: r.org_unit_id,
    orgUnitName: r.unit_name,
    kind: r.kind,
    letterCode: r.letter_code,
    ownerNumber: r.owner_number,
    yearBE: r.year_be,
    number: r.number,
    status: r.status,
    letterId: r.letter_id,
    reason: r.reason,
    reserved: r.reserved,
    formatted: r.formatted,
    issuedBy: r.issued_by,
    issuedByName: r.issued_by_name ?? '',
    issuedAt: r.issued_at,
    cancelledBy: r.cancelled_by,
    cancelledByName: r.cancelled_by_name,
    cancelledAt: r.cancelled_at,
    cancelReason: r.cancel_reason,
  };
}

/** Registers and their numbers; allocation is one upsert on the counter row inside the caller's transaction. */
export function registerRepository(tx: Tx): RegisterRepository {
  const registers = (tenantId: string) =>
    tx
      .selectFrom('registers as reg')
      .innerJoin('org_units as u', (j) =>
        j.onRef('u.tenant_id', '=', 'reg.tenant_id').onRef('u.id', '=', 'reg.org_unit_id'),
      )
      .select([
        'reg.id',
        'reg.org_unit_id',
        'u.name_th as unit_name',
        'reg.kind',
        'reg.name',
        'reg.letter_code',
        'reg.owner_number',
        'reg.archived',
      ])
      .where('reg.tenant_id', '=', tenantId);

  const numbers = (tenantId: string) =>
    tx
      .selectFrom('register_numbers as n')
      .innerJoin('registers as reg', (j) =>
        j.onRef('reg.tenant_id', '=', 'n.tenant_id').onRef('reg.id', '=', 'n.register_id'),
      )
      .innerJoin('org_units as u', (j) =>
        j.onRef('u.tenant_id', '=', 'reg.tenant_id').onRef('u.id', '=', 'reg.org_unit_id'),
      )
      .where('n.tenant_id', '=', tenantId);

  const numberQuery = (tenantId: string) =>
    numbers(tenantId)
      .leftJoin('users as ib', (j) =>
        j.onRef('ib.tenant_id', '=', 'n.tenant_id').onRef('ib.id', '=', 'n.issued_by'),
      )
      .leftJoin('users as cb', (j) =>
        j.onRef('cb.tenant_id', '=', 'n.tenant_id').onRef('cb.id', '=', 'n.cancelled_by'),
      )
      .select([
        'n.register_id',
        'reg.name as register_name',
        'reg.org_unit_id',
        'u.name_th as unit_name',
        'reg.kind',
        'reg.letter_code',
        'reg.owner_number',
        'n.year_be',
        'n.number',
        'n.status',
        'n.letter_id',
        'n.reason',
        'n.reserved',
        'n.formatted',
        'n.issued_by',
        'ib.display_name as issued_by_name',
        'n.issued_at',
        'n.cancelled_by',
        'cb.display_name as cancelled_by_name',
        'n.cancelled_at',
        'n.cancel_reason',
      ]);

  const byKey = (tenantId: string, k: { registerId: string; yearBE: number; number: number }) =>
    ({ tenant_id: tenantId, register_id: k.registerId, year_be: k.yearBE, number: k.number }) as const;

  return {
    async insert(tenantId, r) {
      // The domain checks the name first; the unique index registers_name decides a race between two creators.
      const row = await mapUniqueViolation(
        () =>
          tx
            .insertInto('registers')
            .values({
              tenant_id: tenantId,
              org_unit_id: r.orgUnitId,
              kind: r.kind,
              name: r.name,
              letter_code: r.letterCode,
              owner_number: r.ownerNumber,
            })
            .returning('id')
            .executeTakeFirstOrThrow(),
        NAME_INDEX,
        { name: r.name },
      );
      return toRegister(await registers(tenantId).where('reg.id', '=', row.id).executeTakeFirstOrThrow());
    },

    async get(tenantId, id) {
      const row = await registers(tenantId).where('reg.id', '=', id).executeTakeFirst();
      return row ? toRegister(row) : null;
    },

    async getScoped(tenantId, id) {
      const row = await registers(tenantId)
        .innerJoin('tenants as t', 't.id', 'reg.tenant_id')
        .select('t.digit_style')
        .select(
          sql<string[]>`(
            WITH RECURSIVE up AS (
              SELECT o.id, o.parent_id, 0 AS depth FROM org_units o WHERE o.tenant_id = reg.tenant_id AND o.id = reg.org_unit_id
              UNION ALL
              SELECT o.id, o.parent_id, up.depth + 1 FROM org_units o JOIN up ON o.tenant_id = reg.tenant_id AND o.id = up.parent_id
              WHERE up.depth < ${MAX_UNIT_DEPTH}
            )
            SELECT array_agg(id ORDER BY depth) FROM up)`.as('unit_path'),
        )
        .where('reg.id', '=', id)
        .executeTakeFirst();
      return row ? { register: toRegister(row), unitPath: row.unit_path, digitStyle: row.digit_style } : null;
    },

    async list(tenantId, q) {
      let query = registers(tenantId);
      if (q.orgUnitId) query = query.where('reg.org_unit_id', '=', q.orgUnitId);
      if (q.kind) query = query.where('reg.kind', '=', q.kind);
      const rows = await query
        .orderBy('u.name_th')
        .orderBy('reg.kind')
        .orderBy('reg.name')
        .orderBy('reg.id')
        .execute();
      return rows.map(toRegister);
    },

    async nameTaken(tenantId, orgUnitId, name, exceptId) {
      let query = tx
        .selectFrom('registers')
        .select('id')
        .where('tenant_id', '=', tenantId)
        .where('org_unit_id', '=', orgUnitId)
        .where('name', '=', name);
      if (exceptId) query = query.where('id', '<>', exceptId);
      return (await query.executeTakeFirst()) !== undefined;
    },

    async update(tenantId, id, p) {
      await mapUniqueViolation(
        () =>
          tx
            .updateTable('registers')
            .set({
              name: p.name,
              letter_code: p.letterCode,
              owner_number: p.ownerNumber,
              archived: p.archived,
            })
            .where('tenant_id', '=', tenantId)
            .where('id', '=', id)
            .execute(),
        NAME_INDEX,
        { name: p.name },
      );
      return toRegister(await registers(tenantId).where('reg.id', '=', id).executeTakeFirstOrThrow());
    },

    async counters(tenantId, registerIds, yearBE) {
      if (registerIds.length === 0) return new Map();
      const rows = await tx
        .selectFrom('register_counters')
        .select(['register_id', 'year_be', 'start_number', 'last'])
        .where('tenant_id', '=', tenantId)
        .where('register_id', 'in', [...registerIds])
        .where('year_be', '=', yearBE)
        .execute();
      return new Map(rows.map((r) => [r.register_id, toCounter(r)]));
    },

    async setStart(tenantId, registerId, yearBE, startNumber) {
      // One statement decides against concurrent allocators: the conflicting counter row is locked and the
      // WHERE sees its latest version, so a start is only set while no number of the year has been taken.
      const row = await tx
        .insertInto('register_counters')
        .values({
          tenant_id: tenantId,
          register_id: registerId,
          year_be: yearBE,
          start_number: startNumber,
          last: startNumber - 1,
        })
        .onConflict((oc) =>
          oc
            .columns(['tenant_id', 'register_id', 'year_be'])
            .doUpdateSet((eb) => ({
              start_number: eb.ref('excluded.start_number'),
              last: eb.ref('excluded.last'),
            }))
            .whereRef('register_counters.last', '<', 'register_counters.start_number'),
        )
        .returning(['register_id', 'year_be', 'start_number', 'last'])
        .executeTakeFirst();
      return row ? toCounter(row) : null;
    },

    async allocateEntry(tenantId, e) {
      // The counter upsert and the book entry in one statement: the row lock the upsert takes is held until
      // the caller commits, and this saves a round trip while holding it. The database prints the number
      // between the frame's two halves, in the agency's digits.
      const digitMap = e.digits === 'thai' ? '๐๑๒๓๔๕๖๗๘๙' : '0123456789';
      const { rows } = await sql<{ number: number; formatted: string }>`
        WITH c AS (
          INSERT INTO register_counters AS rc (tenant_id, register_id, year_be, start_number, last)
          VALUES (${tenantId}, ${e.registerId}, ${e.yearBE}, 1, 1)
          ON CONFLICT (tenant_id, register_id, year_be) DO UPDATE SET last = rc.last + 1
          RETURNING last
        )
        INSERT INTO register_numbers
          (tenant_id, register_id, year_be, number, status, letter_id, reason, reserved, formatted, issued_by, issued_at)
        SELECT ${tenantId}::uuid, ${e.registerId}::uuid, ${e.yearBE}::int, c.last, ${e.status}::text, ${e.letterId}::uuid,
          ${e.reason}::text, ${e.reserved}::boolean,
          ${e.frame.before}::text || translate(c.last::text, '0123456789', ${digitMap}::text) || ${e.frame.after}::text,
          ${e.issuedBy}::uuid, ${e.issuedAt}::timestamptz
        FROM c
        RETURNING number, formatted`.execute(tx);
      return rows[0]!;
    },

    async maxBooked(tenantId, registerId, yearBE) {
      const row = await tx
        .selectFrom('register_numbers')
        .select((eb) => eb.fn.max('number').as('max'))
        .where('tenant_id', '=', tenantId)
        .where('register_id', '=', registerId)
        .where('year_be', '=', yearBE)
        .executeTakeFirst();
      return Number(row?.max ?? 0);
    },

    async backfillEntry(tenantId, e) {
      const r = await tx
        .insertInto('register_numbers')
        .values({
          tenant_id: tenantId,
          register_id: e.registerId,
          year_be: e.yearBE,
          number: e.number,
          status: 'issued',
          letter_id: e.letterId,
          reason: 'หนังสือเก่า',
          issued_by: e.issuedBy,
          issued_at: e.issuedAt,
          formatted: e.formatted,
        })
        .onConflict((oc) => oc.doNothing())
        .returning('number')
        .executeTakeFirst();
      return r !== undefined;
    },

    async getNumber(tenantId, key, opts = {}) {
      let query = numberQuery(tenantId)
        .where('n.register_id', '=', key.registerId)
        .where('n.year_be', '=', key.yearBE)
        .where('n.number', '=', key.number);
      if (opts.forUpdate) query = query.forUpdate('n');
      const row = await query.executeTakeFirst();
      return row ? toNumber(row) : null;
    },

    async cancelNumber(tenantId, key, c) {
      await tx
        .updateTable('register_numbers')
        .set({ status: 'cancelled', cancelled_by: c.by, cancelled_at: c.at, cancel_reason: c.reason })
        .where((eb) => eb.and(byKey(tenantId, key)))
        .execute();
    },

    async bindNumber(tenantId, key, letterId) {
      await tx
        .updateTable('register_numbers')
        .set({ status: 'bound', letter_id: letterId })
        .where((eb) => eb.and(byKey(tenantId, key)))
        .execute();
    },

    async listNumbers(tenantId, q) {
      const filter = (eb: NumberScope) => {
        const c: Expression<SqlBool>[] = [];
        if (q.registerId) c.push(eb('n.register_id', '=', q.registerId));
        if (q.yearBE !== undefined) c.push(eb('n.year_be', '=', q.yearBE));
        if (q.status) c.push(eb('n.status', '=', q.status));
        if (q.reservedOnly) c.push(eb('n.reserved', '=', true));
        if (q.orgUnitIds)
          c.push(q.orgUnitIds.length ? eb('reg.org_unit_id', 'in', [...q.orgUnitIds]) : eb.lit(false));
        return eb.and(c);
      };
      let query = numberQuery(tenantId).where(filter);
      // The register book reads in number order; reservations newest first.
      query = q.reservedOnly
        ? query.orderBy('n.issued_at', 'desc').orderBy('n.number', 'desc')
        : query.orderBy('n.year_be').orderBy('n.number');
      const [rows, total] = await Promise.all([
        query.limit(q.limit).offset(q.offset).execute(),
        numbers(tenantId).where(filter).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toNumber), total: total.n };
    },

    async unitPath(tenantId, orgUnitId) {
      // The unit first, then each parent up to the root: a grant on any of them covers the unit.
      const { rows } = await sql<{ id: string; owner_number: string | null; depth: number }>`
        WITH RECURSIVE up AS (
          SELECT id, parent_id, owner_number, 0 AS depth FROM org_units WHERE tenant_id = ${tenantId} AND id = ${orgUnitId}
          UNION ALL
          SELECT o.id, o.parent_id, o.owner_number, up.depth + 1
          FROM org_units o JOIN up ON o.tenant_id = ${tenantId} AND o.id = up.parent_id
          WHERE up.depth < ${MAX_UNIT_DEPTH}
        )
        SELECT id, owner_number, depth FROM up ORDER BY depth`.execute(tx);
      if (rows.length === 0) return null;
      const ownerNumber = rows.find((r) => r.owner_number)?.owner_number ?? null;
      return { ownerNumber, path: rows.map((r) => r.id) };
    },

    async unitsUnder(tenantId, orgUnitIds) {
      if (orgUnitIds.length === 0) return [];
      // UNION (not UNION ALL) drops units already seen, so even a corrupt cycle terminates.
      const { rows } = await sql<{ id: string }>`
        WITH RECURSIVE down AS (
          SELECT id FROM org_units WHERE tenant_id = ${tenantId} AND id = ANY(${[...orgUnitIds]}::uuid[])
          UNION
          SELECT o.id FROM org_units o JOIN down ON o.tenant_id = ${tenantId} AND o.parent_id = down.id
        )
        SELECT id FROM down`.execute(tx);
      return rows.map((r) => r.id);
    },
  };
}
