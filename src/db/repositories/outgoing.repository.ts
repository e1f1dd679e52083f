import { type ExpressionBuilder, sql } from 'kysely';
import type { DraftContent } from '../../../contracts/outgoing.contract.ts';
import type { OutgoingRecord, OutgoingRepository } from '../../domain/outgoing/ports.ts';
import type { Tx } from '../client.ts';
import type { Database, OrgUnitsTable, OutgoingLettersTable, UsersTable } from '../schema.ts';
import { DEFAULT_SALUTATIONS } from '../migrations/2026112513-salutations.ts';
import { containsPattern } from './like.ts';

const COLUMNS = [
  'o.id',
  'o.form',
  'o.status',
  'o.owner_unit_id',
  'u.name_th as owner_unit_name',
  'o.content',
  'o.version',
  'o.created_by',
  'cb.display_name as created_by_name',
  'o.created_at',
  'o.updated_at',
  'o.register_id',
  'o.year_be',
  'o.number',
  'o.number_formatted',
  'o.letter_date',
  'o.signed_at',
  'o.signed_by',
  'o.signer_name',
  'o.signer_position',
  'o.signer_capacity',
  'o.verify_code',
  'o.pdf_sha256',
  'o.source_pdf_sha256',
  'o.source_pdf_name',
  'o.cancelled_at',
  'o.cancel_reason',
] as const;

/** What a filter on the outgoing list sees: the letter (o), its owner unit (u) and its drafter (cb). */
type OutgoingScope = ExpressionBuilder<
  Database & { o: OutgoingLettersTable; u: OrgUnitsTable; cb: UsersTable },
  'o' | 'u' | 'cb'
>;

/** A uuid no row has, for an empty IN list. */
const NONE = '00000000-0000-0000-0000-000000000000';

/** Outgoing letters, their versions, review chain and deliveries. */
export function outgoingRepository(tx: Tx): OutgoingRepository {
  const base = (tenantId: string) =>
    tx
      .selectFrom('outgoing_letters as o')
      .innerJoin('org_units as u', (j) =>
        j.onRef('u.tenant_id', '=', 'o.tenant_id').onRef('u.id', '=', 'o.owner_unit_id'),
      )
      .leftJoin('users as cb', (j) =>
        j.onRef('cb.tenant_id', '=', 'o.tenant_id').onRef('cb.id', '=', 'o.created_by'),
      )
      .select(COLUMNS)
      .where('o.tenant_id', '=', tenantId);

  type Row = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;
  const toRecord = (r: Row): OutgoingRecord => ({
    id: r.id,
    form: r.form,
    status: r.status,
    ownerUnitId: r.owner_unit_id,
    ownerUnitName: r.owner_unit_name,
    content: r.content as unknown as DraftContent,
    version: r.version,
    createdBy: r.created_by,
    createdByName: r.created_by_name ?? '',
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    registerId: r.register_id,
    yearBE: r.year_be,
    number: r.number,
    numberFormatted: r.number_formatted,
    letterDate: r.letter_date,
    signedAt: r.signed_at,
    signedBy: r.signed_by,
    signerName: r.signer_name,
    signerPosition: r.signer_position,
    signerCapacity: r.signer_capacity,
    verifyCode: r.verify_code,
    pdfSha256: r.pdf_sha256,
    sourcePdfSha256: r.source_pdf_sha256,
    sourcePdfName: r.source_pdf_name,
    cancelledAt: r.cancelled_at,
    cancelReason: r.cancel_reason,
  });

  return {
    async insert(tenantId, l) {
      const row = await tx
        .insertInto('outgoing_letters')
        .values({
          tenant_id: tenantId,
          form: l.content.form,
          owner_unit_id: l.content.ownerUnitId,
          content: JSON.stringify(l.content),
          subject: l.content.subject,
          urgency: l.content.urgency,
          created_by: l.createdBy,
          created_at: l.at,
          updated_at: l.at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await tx
        .insertInto('outgoing_versions')
        .values({
          tenant_id: tenantId,
          letter_id: row.id,
          version: 1,
          content: JSON.stringify(l.content),
          note: 'ร่างแรก',
          created_by: l.createdBy,
          created_at: l.at,
        })
        .execute();
      return row.id;
    },

    async get(tenantId, id, opts) {
      let q = base(tenantId).where('o.id', '=', id);
      if (opts?.lock) q = q.forUpdate('o');
      const r = await q.executeTakeFirst();
      return r ? toRecord(r) : null;
    },

    async saveVersion(tenantId, id, v) {
      await tx
        .updateTable('outgoing_letters')
        .set({
          content: JSON.stringify(v.content),
          form: v.content.form,
          owner_unit_id: v.content.ownerUnitId,
          subject: v.content.subject,
          urgency: v.content.urgency,
          version: v.version,
          updated_at: v.at,
        })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .execute();
      await tx
        .insertInto('outgoing_versions')
        .values({
          tenant_id: tenantId,
          letter_id: id,
          version: v.version,
          content: JSON.stringify(v.content),
          note: v.note,
          created_by: v.by,
          created_at: v.at,
        })
        .execute();
    },

    async setStatus(tenantId, id, status, at) {
      await tx
        .updateTable('outgoing_letters')
        .set({ status, updated_at: at })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .execute();
    },

    async setSigned(tenantId, id, s) {
      await tx
        .updateTable('outgoing_letters')
        .set({
          status: 'signed',
          register_id: s.registerId,
          year_be: s.yearBE,
          number: s.number,
          number_formatted: s.numberFormatted,
          letter_date: s.letterDate,
          signed_at: s.signedAt,
          signed_by: s.signedBy,
          signer_name: s.signerName,
          signer_position: s.signerPosition,
          signer_capacity: s.signerCapacity,
          pdf_sha256: s.pdfSha256,
          updated_at: s.signedAt,
        })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .execute();
    },

    async setPdf(tenantId, id, sha256) {
      await tx
        .updateTable('outgoing_letters')
        .set({ pdf_sha256: sha256 })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .execute();
    },

    async setSourcePdf(tenantId, id, pdf) {
      await tx
        .updateTable('outgoing_letters')
        .set({ source_pdf_sha256: pdf?.sha256 ?? null, source_pdf_name: pdf?.name ?? null })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .execute();
    },

    async cancel(tenantId, id, at, reason) {
      await tx
        .updateTable('outgoing_letters')
        .set({ status: 'cancelled', cancelled_at: at, cancel_reason: reason, updated_at: at })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .execute();
    },

    async delete(tenantId, id) {
      await tx
        .deleteFrom('outgoing_letters')
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .execute();
    },

    async listVersions(tenantId, id) {
      const rows = await tx
        .selectFrom('outgoing_versions as v')
        .leftJoin('users as u', (j) =>
          j.onRef('u.tenant_id', '=', 'v.tenant_id').onRef('u.id', '=', 'v.created_by'),
        )
        .select(['v.version', 'v.created_at', 'u.display_name', 'v.note'])
        .where('v.tenant_id', '=', tenantId)
        .where('v.letter_id', '=', id)
        .orderBy('v.version')
        .execute();
      return rows.map((r) => ({
        version: r.version,
        createdAt: r.created_at,
        createdByName: r.display_name ?? '',
        note: r.note,
      }));
    },

    async getVersion(tenantId, id, version) {
      const r = await tx
        .selectFrom('outgoing_versions as v')
        .leftJoin('users as u', (j) =>
          j.onRef('u.tenant_id', '=', 'v.tenant_id').onRef('u.id', '=', 'v.created_by'),
        )
        .select(['v.version', 'v.created_at', 'u.display_name', 'v.note', 'v.content'])
        .where('v.tenant_id', '=', tenantId)
        .where('v.letter_id', '=', id)
        .where('v.version', '=', version)
        .executeTakeFirst();
      return r
        ? {
            version: r.version,
            createdAt: r.created_at,
            createdByName: r.display_name ?? '',
            note: r.note,
            content: r.content as unknown as DraftContent,
          }
        : null;
    },

    async replaceReviews(tenantId, id, reviews) {
      await tx
        .deleteFrom('outgoing_reviews')
        .where('tenant_id', '=', tenantId)
        .where('letter_id', '=', id)
        .execute();
      if (reviews.length === 0) return;
      await tx
        .insertInto('outgoing_reviews')
        .values(
          reviews.map((r, i) => ({
            tenant_id: tenantId,
            letter_id: id,
            position: i + 1,
            user_id: r.userId,
            role: r.role,
            status: r.status,
          })),
        )
        .execute();
    },

    async listReviews(tenantId, id) {
      const rows = await tx
        .selectFrom('outgoing_reviews as r')
        .leftJoin('users as u', (j) =>
          j.onRef('u.tenant_id', '=', 'r.tenant_id').onRef('u.id', '=', 'r.user_id'),
        )
        .select([
          'r.position',
          'r.user_id',
          'u.display_name',
          'r.role',
          'r.status',
          'r.comment',
          'r.acted_at',
        ])
        .where('r.tenant_id', '=', tenantId)
        .where('r.letter_id', '=', id)
        .orderBy('r.position')
        .execute();
      return rows.map((r) => ({
        position: r.position,
        userId: r.user_id,
        userName: r.display_name ?? '',
        role: r.role,
        status: r.status,
        comment: r.comment,
        actedAt: r.acted_at,
      }));
    },

    async updateReview(tenantId, id, position, r) {
      await tx
        .updateTable('outgoing_reviews')
        .set({
          status: r.status,
          ...(r.comment !== undefined && { comment: r.comment }),
          ...(r.actedAt !== undefined && { acted_at: r.actedAt }),
        })
        .where('tenant_id', '=', tenantId)
        .where('letter_id', '=', id)
        .where('position', '=', position)
        .execute();
    },

    async insertDelivery(tenantId, d) {
      const row = await tx
        .insertInto('outgoing_deliveries')
        .values({
          tenant_id: tenantId,
          letter_id: d.letterId,
          kind: d.kind,
          to_name: d.toName,
          to_tenant_id: d.toTenantId,
          to_unit_id: d.toUnitId,
          incoming_letter_id: d.incomingLetterId,
          delivered_at: d.deliveredAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async setDeliveryIncoming(tenantId, id, incomingLetterId) {
      await tx
        .updateTable('outgoing_deliveries')
        .set({ incoming_letter_id: incomingLetterId })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .execute();
    },

    async listDeliveries(tenantId, id) {
      const rows = await tx
        .selectFrom('outgoing_deliveries')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('letter_id', '=', id)
        .orderBy('delivered_at')
        .orderBy('to_name')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        toName: r.to_name,
        toTenantId: r.to_tenant_id,
        toUnitId: r.to_unit_id,
        incomingLetterId: r.incoming_letter_id,
        status: r.status,
        receiptFormatted: r.receipt_formatted,
        deliveredAt: r.delivered_at,
        receivedAt: r.received_at,
      }));
    },

    async markDeliveryReceived(tenantId, deliveryId, receiptFormatted, at) {
      await tx
        .updateTable('outgoing_deliveries')
        .set({ status: 'received', receipt_formatted: receiptFormatted, received_at: at })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', deliveryId)
        .execute();
    },

    async markDeliveryAcknowledged(tenantId, deliveryId, at) {
      await tx
        .updateTable('outgoing_deliveries')
        .set({ status: 'acknowledged', acknowledged_at: at })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', deliveryId)
        .where('status', '=', 'received')
        .execute();
    },

    async list(tenantId, q) {
      let query = base(tenantId);
      /** A review of the letter by the viewer (optionally: pending, in a role). */
      const reviewByMe = (eb: OutgoingScope, role?: 'reviewer' | 'signer') => {
        let sub = eb
          .selectFrom('outgoing_reviews as r')
          .select(sql`1`.as('one'))
          .whereRef('r.tenant_id', '=', 'o.tenant_id')
          .whereRef('r.letter_id', '=', 'o.id')
          .where('r.user_id', '=', q.userId);
        if (role) sub = sub.where('r.status', '=', 'pending').where('r.role', '=', role);
        return eb.exists(sub);
      };
      /** The viewer drafted or signed it, or searches its owner unit (the secret register for classified ones). */
      const mine = (eb: OutgoingScope) => [
        eb('o.created_by', '=', q.userId),
        eb('o.signed_by', '=', q.userId),
        eb.and([
          eb('o.owner_unit_id', 'in', q.unitIds.length ? [...q.unitIds] : [NONE]),
          sql<boolean>`o.content->>'secrecy' = 'none'`,
        ]),
        eb('o.owner_unit_id', 'in', q.secretUnitIds.length ? [...q.secretUnitIds] : [NONE]),
      ];
      switch (q.box) {
        case 'drafts':
          query = query
            .where('o.created_by', '=', q.userId)
            .where('o.status', 'in', ['draft', 'in-review', 'awaiting-signature']);
          break;
        case 'to-review':
        case 'to-sign':
          query = query.where((eb) => reviewByMe(eb, q.box === 'to-sign' ? 'signer' : 'reviewer'));
          break;
        case 'sent':
          query = query.where('o.status', 'in', ['signed', 'dispatched']).where((eb) => eb.or(mine(eb)));
          break;
        case 'all':
          query = query.where((eb) => eb.or([...mine(eb), reviewByMe(eb)]));
          break;
      }
      if (q.status) query = query.where('o.status', '=', q.status as OutgoingRecord['status']);
      if (q.q) {
        const like = containsPattern(q.q);
        query = query.where((eb) =>
          eb.or([eb('o.subject', 'ilike', like), eb('o.number_formatted', 'ilike', like)]),
        );
      }
      const total = await query
        .clearSelect()
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const rows = await query
        .orderBy('o.updated_at', 'desc')
        .orderBy('o.id')
        .limit(q.limit)
        .offset(q.offset)
        .execute();
      return { items: rows.map(toRecord), total: Number(total.n) };
    },

    async dispatchBook(tenantId, registerId, yearBE) {
      const numbers = await tx
        .selectFrom('register_numbers')
        .select(['number', 'formatted', 'status', 'reason', 'issued_at', 'cancel_reason', 'letter_id'])
        .where('tenant_id', '=', tenantId)
        .where('register_id', '=', registerId)
        .where('year_be', '=', yearBE)
        .orderBy('number')
        .execute();
      const ids = [...new Set(numbers.map((n) => n.letter_id).filter((x): x is string => x !== null))];
      const letters = ids.length ? await base(tenantId).where('o.id', 'in', ids).execute() : [];
      const byId = new Map(letters.map((l) => [l.id, toRecord(l)]));
      const deliveries = ids.length
        ? await tx
            .selectFrom('outgoing_deliveries')
            .select(['letter_id', 'to_name'])
            .where('tenant_id', '=', tenantId)
            .where('letter_id', 'in', ids)
            .orderBy('delivered_at')
            .execute()
        : [];
      return numbers.map((n) => ({
        number: n.number,
        formatted: n.formatted ?? String(n.number),
        status: n.status,
        reason: n.reason,
        issuedAt: n.issued_at,
        cancelReason: n.cancel_reason,
        letter: n.letter_id ? (byId.get(n.letter_id) ?? null) : null,
        recipients: deliveries.filter((d) => d.letter_id === n.letter_id).map((d) => d.to_name),
      }));
    },

    async listSalutations(tenantId) {
      return tx
        .selectFrom('salutations')
        .select(['id', 'opening', 'closing', 'recipient', 'position'])
        .where('tenant_id', '=', tenantId)
        .orderBy('position')
        .orderBy('opening')
        .execute();
    },

    async insertSalutation(tenantId, s) {
      return tx
        .insertInto('salutations')
        .values({ tenant_id: tenantId, ...s })
        .returning(['id', 'opening', 'closing', 'recipient', 'position'])
        .executeTakeFirstOrThrow();
    },

    async updateSalutation(tenantId, id, s) {
      const r = await tx
        .updateTable('salutations')
        .set({
          ...(s.opening !== undefined && { opening: s.opening }),
          ...(s.closing !== undefined && { closing: s.closing }),
          ...(s.recipient !== undefined && { recipient: s.recipient }),
          ...(s.position !== undefined && { position: s.position }),
        })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .returning(['id', 'opening', 'closing', 'recipient', 'position'])
        .executeTakeFirst();
      return r ?? null;
    },

    async deleteSalutation(tenantId, id) {
      const r = await tx
        .deleteFrom('salutations')
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },

    async insertDefaultSalutations(tenantId) {
      await tx
        .insertInto('salutations')
        .values(DEFAULT_SALUTATIONS.map((s, i) => ({ tenant_id: tenantId, ...s, position: i + 1 })))
        .execute();
    },

    async listAttachments(tenantId, letterId) {
      const rows = await tx
        .selectFrom('outgoing_attachments')
        .select(['id', 'file_name', 'media_type', 'sha256', 'size'])
        .where('tenant_id', '=', tenantId)
        .where('letter_id', '=', letterId)
        .orderBy('position')
        .execute();
      return rows.map((x) => ({
        id: x.id,
        fileName: x.file_name,
        mediaType: x.media_type,
        sha256: x.sha256,
        size: x.size,
      }));
    },

    async addAttachment(tenantId, letterId, a) {
      await sql`INSERT INTO outgoing_attachments (tenant_id, letter_id, position, file_name, media_type, sha256, size)
                SELECT ${tenantId}, ${letterId},
                       COALESCE(MAX(position), 0) + 1, ${a.fileName}, ${a.mediaType}, ${a.sha256}, ${a.size}
                  FROM outgoing_attachments WHERE tenant_id = ${tenantId} AND letter_id = ${letterId}`.execute(
        tx,
      );
    },

    async deleteAttachment(tenantId, letterId, id) {
      const r = await tx
        .deleteFrom('outgoing_attachments')
        .where('tenant_id', '=', tenantId)
        .where('letter_id', '=', letterId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },

    async getEmblem(tenantId) {
      const r = await tx
        .selectFrom('tenants')
        .select('emblem_sha256')
        .where('id', '=', tenantId)
        .executeTakeFirst();
      return r?.emblem_sha256 ?? null;
    },

    async setEmblem(tenantId, sha256) {
      await tx.updateTable('tenants').set({ emblem_sha256: sha256 }).where('id', '=', tenantId).execute();
    },

    async exchangeAgencies(tenantId) {
      const rows = await sql<{ id: string; slug: string; name: string; root: string; status: string }>`
        SELECT t.id, t.slug, t.name_th AS name, t.status,
               (SELECT u.id FROM org_units u WHERE u.tenant_id = t.id AND u.parent_id IS NULL LIMIT 1) AS root
          FROM tenants t WHERE t.id <> ${tenantId} ORDER BY t.name_th`.execute(tx);
      return rows.rows.map((r) => ({
        id: r.id,
        slug: r.slug,
        name: r.name,
        rootUnitId: r.root,
        status: r.status,
      }));
    },
  };
}
