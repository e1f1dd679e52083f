import { type RawBuilder, sql } from 'kysely';
import { DEFAULT_COMMAND_PRESETS } from '../migrations/2026112510-letters.ts';
import type { LetterRepository, QueueFilter } from '../../domain/letters/ports.ts';
import type {
  DeliveryRecord,
  LetterRecord,
  QueueRow,
  ReceiptRecord,
  StepRecord,
  ViewerScope,
} from '../../domain/letters/records.ts';
import type { Tx } from '../client.ts';
import { containsPattern } from './like.ts';

/** Columns of a letter row with its unit's and creator's names, as `l_*` so joins cannot clash. */
const LETTER_COLUMNS = sql`
  l.id AS l_id, l.intake AS l_intake, l.doc_no AS l_doc_no, l.doc_date AS l_doc_date,
  l.sender_agency AS l_sender_agency, l.sender_name AS l_sender_name, l.addressee AS l_addressee,
  l.subject AS l_subject, l.urgency AS l_urgency, l.secrecy AS l_secrecy, l.reference AS l_reference,
  l.remarks AS l_remarks, l.status AS l_status, l.registering_unit_id AS l_unit_id, lu.name_th AS l_unit_name,
  l.created_by AS l_created_by, COALESCE(lc.display_name, '') AS l_created_by_name, l.created_at AS l_created_at,
  l.updated_at AS l_updated_at, l.closed_at AS l_closed_at, l.cancelled_at AS l_cancelled_at,
  l.cancel_reason AS l_cancel_reason, l.revision AS l_revision, l.source_tenant_id AS l_source_tenant_id,
  l.source_delivery_id AS l_source_delivery_id`;

const LETTER_JOINS = sql`
  JOIN org_units lu ON lu.tenant_id = l.tenant_id AND lu.id = l.registering_unit_id
  LEFT JOIN users lc ON lc.tenant_id = l.tenant_id AND lc.id = l.created_by`;

// biome-ignore lint/suspicious/noExplicitAny: rows of raw SQL are read by column name
type Row = Record<string, any>;

function toLetter(r: Row): LetterRecord {
  return {
    id: r.l_id,
    intake: r.l_intake,
    docNo: r.l_doc_no,
    docDate: r.l_doc_date,
    senderAgency: r.l_sender_agency,
    senderName: r.l_sender_name,
    addressee: r.l_addressee,
    subject: r.l_subject,
    urgency: r.l_urgency,
    secrecy: r.l_secrecy,
    reference: r.l_reference,
    remarks: r.l_remarks,
    status: r.l_status,
    registeringUnitId: r.l_unit_id,
    registeringUnitName: r.l_unit_name,
    createdBy: r.l_created_by,
    createdByName: r.l_created_by_name,
    createdAt: r.l_created_at,
    updatedAt: r.l_updated_at,
    closedAt: r.l_closed_at,
    cancelledAt: r.l_cancelled_at,
    cancelReason: r.l_cancel_reason,
    revision: r.l_revision,
    sourceTenantId: r.l_source_tenant_id,
    sourceDeliveryId: r.l_source_delivery_id,
  };
}

const RECEIPT_COLUMNS = sql`
  rc.id AS rc_id, rc.letter_id AS rc_letter_id, rc.org_unit_id AS rc_unit_id, ru.name_th AS rc_unit_name,
  rc.register_id AS rc_register_id, rc.year_be AS rc_year_be, rc.number AS rc_number, rc.formatted AS rc_formatted,
  rc.received_at AS rc_received_at, rc.received_by AS rc_received_by,
  COALESCE(rb.display_name, '') AS rc_received_by_name, rc.cancelled AS rc_cancelled`;

const RECEIPT_JOINS = sql`
  JOIN org_units ru ON ru.tenant_id = rc.tenant_id AND ru.id = rc.org_unit_id
  LEFT JOIN users rb ON rb.tenant_id = rc.tenant_id AND rb.id = rc.received_by`;

function toReceipt(r: Row): ReceiptRecord {
  return {
    id: r.rc_id,
    letterId: r.rc_letter_id,
    orgUnitId: r.rc_unit_id,
    orgUnitName: r.rc_unit_name,
    registerId: r.rc_register_id,
    yearBE: r.rc_year_be,
    number: r.rc_number,
    formatted: r.rc_formatted,
    receivedAt: r.rc_received_at,
    receivedBy: r.rc_received_by,
    receivedByName: r.rc_received_by_name,
    cancelled: r.rc_cancelled,
  };
}

const DELIVERY_COLUMNS = sql`
  d.id AS d_id, d.letter_id AS d_letter_id, d.step_id AS d_step_id, d.to_unit_id AS d_to_unit_id,
  d.to_user_id AS d_to_user_id, d.to_name AS d_to_name, d.status AS d_status, d.received_at AS d_received_at,
  d.received_by AS d_received_by, db.display_name AS d_received_by_name, d.receipt_id AS d_receipt_id,
  d.recalled_at AS d_recalled_at, d.returned_at AS d_returned_at, d.return_reason AS d_return_reason,
  d.read_at AS d_read_at, d.cell AS d_cell, d.created_at AS d_created_at`;

const DELIVERY_JOINS = sql`LEFT JOIN users db ON db.tenant_id = d.tenant_id AND db.id = d.received_by`;

function toDelivery(r: Row): DeliveryRecord {
  return {
    id: r.d_id,
    letterId: r.d_letter_id,
    stepId: r.d_step_id,
    toUnitId: r.d_to_unit_id,
    toUserId: r.d_to_user_id,
    toName: r.d_to_name,
    status: r.d_status,
    receivedAt: r.d_received_at,
    receivedBy: r.d_received_by,
    receivedByName: r.d_received_by_name ?? null,
    receiptId: r.d_receipt_id,
    recalledAt: r.d_recalled_at,
    returnedAt: r.d_returned_at,
    returnReason: r.d_return_reason,
    readAt: r.d_read_at,
    cell: r.d_cell ?? null,
    createdAt: r.d_created_at,
  };
}

function toStep(r: Row): StepRecord {
  return {
    id: r.id,
    letterId: r.letter_id,
    kind: r.kind,
    actorUserId: r.actor_user_id,
    actorName: r.actor_name,
    actorUnitId: r.actor_unit_id,
    actorUnitName: r.actor_unit_name,
    content: r.content,
    preparedCommand: r.prepared_command,
    signed: r.signed,
    signerName: r.signer_name,
    signerPosition: r.signer_position,
    capacity: r.capacity,
    signatureSha256: r.signature_sha256,
    pageIndex: r.page_index,
    answersDeliveryId: r.answers_delivery_id,
    createdAt: r.created_at,
  };
}

const uuidArray = (ids: readonly string[]) => sql`${sql.val([...ids])}::uuid[]`;

/**
 * The visibility rule (ViewerScope) as SQL over the letter `l`: the creator, anyone a step or a delivery
 * names, and searchers of a unit on the route — of any unit for plain letters, of a unit where they hold
 * the secret-register permission for ลับ and above.
 */
function visibleTo(scope: ViewerScope): RawBuilder<boolean> {
  if (scope.all) return sql<boolean>`true`;
  const me = scope.userId;
  const unitsOnRoute = (units: readonly string[]) => sql`(
    l.registering_unit_id = ANY(${uuidArray(units)})
    OR EXISTS (SELECT 1 FROM route_deliveries vd WHERE vd.tenant_id = l.tenant_id AND vd.letter_id = l.id
               AND vd.status <> 'recalled' AND vd.to_unit_id = ANY(${uuidArray(units)})))`;
  return sql<boolean>`(
    l.created_by = ${me}
    OR EXISTS (SELECT 1 FROM route_deliveries vd WHERE vd.tenant_id = l.tenant_id AND vd.letter_id = l.id
               AND ((vd.to_user_id = ${me} AND vd.status <> 'recalled') OR vd.received_by = ${me}))
    OR EXISTS (SELECT 1 FROM route_steps vs WHERE vs.tenant_id = l.tenant_id AND vs.letter_id = l.id
               AND vs.actor_user_id = ${me})
    OR (l.secrecy = 'none' AND ${unitsOnRoute(scope.searchUnits)})
    OR (l.secrecy <> 'none' AND ${unitsOnRoute(scope.secretUnits)}))`;
}

const URGENCY_RANK = sql`CASE l.urgency WHEN 'most-urgent' THEN 0 WHEN 'very-urgent' THEN 1 WHEN 'urgent' THEN 2 ELSE 3 END`;

function filterSql(f: QueueFilter) {
  const parts = [sql`true`];
  if (f.q) {
    const like = containsPattern(f.q);
    parts.push(
      sql`(l.subject ILIKE ${like} OR l.doc_no ILIKE ${like} OR l.sender_agency ILIKE ${like}
           OR EXISTS (SELECT 1 FROM letter_receipts fr WHERE fr.tenant_id = l.tenant_id AND fr.letter_id = l.id
                      AND fr.formatted ILIKE ${like}))`,
    );
  }
  if (f.urgency) parts.push(sql`l.urgency = ${f.urgency}`);
  if (f.secrecy) parts.push(sql`l.secrecy = ${f.secrecy}`);
  if (f.status) parts.push(sql`l.status = ${f.status}`);
  if (f.from) parts.push(sql`l.created_at >= ${f.from}`);
  if (f.to) parts.push(sql`l.created_at < ${f.to}`);
  return sql.join(parts, sql` AND `);
}

/** The registering unit's own receipt of each letter (its first, by time). */
const OWN_RECEIPT = sql`
  LEFT JOIN LATERAL (
    SELECT ${RECEIPT_COLUMNS} FROM letter_receipts rc ${RECEIPT_JOINS}
     WHERE rc.tenant_id = l.tenant_id AND rc.letter_id = l.id AND rc.org_unit_id = l.registering_unit_id
     ORDER BY rc.received_at LIMIT 1) orc ON true`;

/** Letters, their documents, route and views: plain SQL over one transaction (or the pool, for reads). */
export function letterRepository(tx: Tx): LetterRepository {
  const rows = async (q: RawBuilder<unknown>) => (await q.execute(tx)).rows as Row[];

  return {
    async insert(tenantId, l) {
      const row = await tx
        .insertInto('letters')
        .values({
          tenant_id: tenantId,
          intake: l.intake,
          doc_no: l.docNo,
          doc_date: l.docDate,
          sender_agency: l.senderAgency,
          sender_name: l.senderName,
          addressee: l.addressee,
          subject: l.subject,
          urgency: l.urgency,
          secrecy: l.secrecy,
          reference: l.reference,
          remarks: l.remarks,
          registering_unit_id: l.registeringUnitId,
          created_by: l.createdBy,
          created_at: l.createdAt,
          updated_at: l.createdAt,
          source_tenant_id: l.source?.tenantId ?? null,
          source_delivery_id: l.source?.deliveryId ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async get(tenantId, id, opts) {
      const lock = opts?.lock ? sql`FOR UPDATE OF l` : sql``;
      const [r] = await rows(
        sql`SELECT ${LETTER_COLUMNS} FROM letters l ${LETTER_JOINS}
             WHERE l.tenant_id = ${tenantId} AND l.id = ${id} ${lock}`,
      );
      return r ? toLetter(r) : null;
    },

    async update(tenantId, id, p) {
      await tx
        .updateTable('letters')
        .set({
          ...(p.docNo !== undefined && { doc_no: p.docNo }),
          ...(p.docDate !== undefined && { doc_date: p.docDate }),
          ...(p.senderAgency !== undefined && { sender_agency: p.senderAgency }),
          ...(p.senderName !== undefined && { sender_name: p.senderName }),
          ...(p.addressee !== undefined && { addressee: p.addressee }),
          ...(p.subject !== undefined && { subject: p.subject }),
          ...(p.urgency !== undefined && { urgency: p.urgency }),
          ...(p.secrecy !== undefined && { secrecy: p.secrecy }),
          ...(p.reference !== undefined && { reference: p.reference }),
          ...(p.remarks !== undefined && { remarks: p.remarks }),
          ...(p.status !== undefined && { status: p.status }),
          ...(p.closedAt !== undefined && { closed_at: p.closedAt }),
          ...(p.cancelledAt !== undefined && { cancelled_at: p.cancelledAt }),
          ...(p.cancelReason !== undefined && { cancel_reason: p.cancelReason }),
          updated_at: p.updatedAt,
        })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .execute();
    },

    async delete(tenantId, id) {
      // The view log (who read what) outlives the letter, like the audit trail.
      await tx
        .deleteFrom('route_deliveries')
        .where('tenant_id', '=', tenantId)
        .where('letter_id', '=', id)
        .execute();
      await tx.deleteFrom('letters').where('tenant_id', '=', tenantId).where('id', '=', id).execute();
    },

    async addDocument(tenantId, letterId, d) {
      // One statement: the revision row and the letter's pointer to it.
      await sql`
        WITH doc AS (
          INSERT INTO letter_documents (tenant_id, letter_id, revision, reason, sha256, size, created_by, created_at)
          VALUES (${tenantId}, ${letterId}, ${d.revision}, ${d.reason}, ${d.sha256}, ${d.size}, ${d.createdBy}, ${d.createdAt})
          RETURNING revision
        )
        UPDATE letters SET revision = (SELECT revision FROM doc)
         WHERE tenant_id = ${tenantId} AND id = ${letterId}`.execute(tx);
    },

    async listDocuments(tenantId, letterId) {
      const r = await tx
        .selectFrom('letter_documents as d')
        .leftJoin('users as u', (j) =>
          j.onRef('u.tenant_id', '=', 'd.tenant_id').onRef('u.id', '=', 'd.created_by'),
        )
        .select(['d.revision', 'd.reason', 'd.sha256', 'd.size', 'd.created_at', 'u.display_name'])
        .where('d.tenant_id', '=', tenantId)
        .where('d.letter_id', '=', letterId)
        .orderBy('d.revision')
        .execute();
      return r.map((x) => ({
        revision: x.revision,
        reason: x.reason,
        sha256: x.sha256,
        size: x.size,
        createdAt: x.created_at,
        createdByName: x.display_name ?? '',
      }));
    },

    async addAttachment(tenantId, letterId, a) {
      await tx
        .insertInto('letter_attachments')
        .values({
          tenant_id: tenantId,
          letter_id: letterId,
          position: a.position,
          file_name: a.fileName,
          media_type: a.mediaType,
          sha256: a.sha256,
          size: a.size,
        })
        .execute();
    },

    async listAttachments(tenantId, letterId) {
      const r = await tx
        .selectFrom('letter_attachments')
        .select(['id', 'file_name', 'media_type', 'sha256', 'size'])
        .where('tenant_id', '=', tenantId)
        .where('letter_id', '=', letterId)
        .orderBy('position')
        .execute();
      return r.map((x) => ({
        id: x.id,
        fileName: x.file_name,
        mediaType: x.media_type,
        sha256: x.sha256,
        size: x.size,
      }));
    },

    async insertStep(tenantId, s) {
      const row = await tx
        .insertInto('route_steps')
        .values({
          tenant_id: tenantId,
          letter_id: s.letterId,
          kind: s.kind,
          actor_user_id: s.actorUserId,
          actor_name: s.actorName,
          actor_unit_id: s.actorUnitId,
          actor_unit_name: s.actorUnitName,
          content: s.content,
          prepared_command: s.preparedCommand,
          signed: s.signed,
          signer_name: s.signerName,
          signer_position: s.signerPosition,
          capacity: s.capacity,
          signature_sha256: s.signatureSha256,
          page_index: s.pageIndex,
          answers_delivery_id: s.answersDeliveryId,
          created_at: s.createdAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async routesOf(tenantId, letterIds) {
      if (letterIds.length === 0) return { steps: [], deliveries: [] };
      const ids = uuidArray(letterIds);
      const [steps, deliveries] = await Promise.all([
        rows(sql`SELECT * FROM route_steps WHERE tenant_id = ${tenantId} AND letter_id = ANY(${ids})
                  ORDER BY created_at, seq`),
        rows(sql`SELECT ${DELIVERY_COLUMNS} FROM route_deliveries d ${DELIVERY_JOINS}
                  WHERE d.tenant_id = ${tenantId} AND d.letter_id = ANY(${ids}) ORDER BY d.created_at, d.seq`),
      ]);
      return { steps: steps.map(toStep), deliveries: deliveries.map(toDelivery) };
    },

    async setStepPage(tenantId, stepId, pageIndex) {
      await tx
        .updateTable('route_steps')
        .set({ page_index: pageIndex })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', stepId)
        .execute();
    },

    async listSteps(tenantId, letterId) {
      const r = await rows(
        sql`SELECT * FROM route_steps WHERE tenant_id = ${tenantId} AND letter_id = ${letterId}
             ORDER BY created_at, seq`,
      );
      return r.map(toStep);
    },

    async getStep(tenantId, id) {
      const [r] = await rows(sql`SELECT * FROM route_steps WHERE tenant_id = ${tenantId} AND id = ${id}`);
      return r ? toStep(r) : null;
    },

    async insertDelivery(tenantId, d) {
      const row = await tx
        .insertInto('route_deliveries')
        .values({
          tenant_id: tenantId,
          letter_id: d.letterId,
          step_id: d.stepId,
          to_unit_id: d.toUnitId,
          to_user_id: d.toUserId,
          to_name: d.toName,
          created_at: d.createdAt,
          cell: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async getDelivery(tenantId, id, opts) {
      const lock = opts?.lock ? sql`FOR UPDATE OF d` : sql``;
      const [r] = await rows(
        sql`SELECT ${DELIVERY_COLUMNS} FROM route_deliveries d ${DELIVERY_JOINS}
             WHERE d.tenant_id = ${tenantId} AND d.id = ${id} ${lock}`,
      );
      return r ? toDelivery(r) : null;
    },

    async listDeliveries(tenantId, letterId) {
      const r = await rows(
        sql`SELECT ${DELIVERY_COLUMNS} FROM route_deliveries d ${DELIVERY_JOINS}
             WHERE d.tenant_id = ${tenantId} AND d.letter_id = ${letterId} ORDER BY d.created_at, d.seq`,
      );
      return r.map(toDelivery);
    },

    async updateDelivery(tenantId, id, p) {
      await tx
        .updateTable('route_deliveries')
        .set({
          ...(p.status !== undefined && { status: p.status }),
          ...(p.receivedAt !== undefined && { received_at: p.receivedAt }),
          ...(p.receivedBy !== undefined && { received_by: p.receivedBy }),
          ...(p.receiptId !== undefined && { receipt_id: p.receiptId }),
          ...(p.recalledAt !== undefined && { recalled_at: p.recalledAt }),
          ...(p.returnedAt !== undefined && { returned_at: p.returnedAt }),
          ...(p.returnReason !== undefined && { return_reason: p.returnReason }),
          ...(p.readAt !== undefined && { read_at: p.readAt }),
          ...(p.cell !== undefined && { cell: p.cell === null ? null : JSON.stringify(p.cell) }),
        })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .execute();
    },

    async markRead(tenantId, letterId, userId, unitIds, at) {
      await sql`UPDATE route_deliveries SET read_at = ${at}
                 WHERE tenant_id = ${tenantId} AND letter_id = ${letterId} AND read_at IS NULL
                   AND (to_user_id = ${userId} OR to_unit_id = ANY(${uuidArray(unitIds)}))`.execute(tx);
    },

    async insertReceipt(tenantId, r) {
      const row = await tx
        .insertInto('letter_receipts')
        .values({
          tenant_id: tenantId,
          letter_id: r.letterId,
          org_unit_id: r.orgUnitId,
          register_id: r.registerId,
          year_be: r.yearBE,
          number: r.number,
          formatted: r.formatted,
          received_at: r.receivedAt,
          received_by: r.receivedBy,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async listReceipts(tenantId, letterId) {
      const r = await rows(
        sql`SELECT ${RECEIPT_COLUMNS} FROM letter_receipts rc ${RECEIPT_JOINS}
             WHERE rc.tenant_id = ${tenantId} AND rc.letter_id = ${letterId} ORDER BY rc.received_at, rc.id`,
      );
      return r.map(toReceipt);
    },

    async cancelReceipts(tenantId, letterId) {
      await sql`UPDATE letter_receipts SET cancelled = true
                 WHERE tenant_id = ${tenantId} AND letter_id = ${letterId}`.execute(tx);
      return this.listReceipts(tenantId, letterId);
    },

    async isVisible(tenantId, letterId, scope) {
      const [r] = await rows(
        sql`SELECT ${visibleTo(scope)} AS ok FROM letters l WHERE l.tenant_id = ${tenantId} AND l.id = ${letterId}`,
      );
      return Boolean(r?.ok);
    },

    async queue(tenantId, scope, spec, filter) {
      const visible = visibleTo(scope);
      const where = filterSql(filter);
      const page = sql`LIMIT ${filter.limit} OFFSET ${filter.offset}`;
      const me = scope.userId;
      const deliveryQueue = async (
        cond: RawBuilder<unknown>,
        order: RawBuilder<unknown>,
        unreadExpr: RawBuilder<unknown>,
      ) => {
        const from = sql`FROM route_deliveries d
          JOIN route_steps s ON s.tenant_id = d.tenant_id AND s.id = d.step_id
          JOIN letters l ON l.tenant_id = d.tenant_id AND l.id = d.letter_id ${LETTER_JOINS}
          ${DELIVERY_JOINS} ${OWN_RECEIPT}
          WHERE d.tenant_id = ${tenantId} AND ${cond} AND ${visible} AND ${where}`;
        const [count] = await rows(sql`SELECT count(*)::int AS n ${from}`);
        const list = await rows(
          sql`SELECT ${LETTER_COLUMNS}, ${DELIVERY_COLUMNS}, orc.*, s.kind AS s_kind, s.actor_name AS s_actor_name,
                     s.actor_unit_name AS s_actor_unit_name, s.content AS s_content, (${unreadExpr}) AS unread,
                     (l.revision > 0) AS has_document
              ${from} ORDER BY ${URGENCY_RANK}, ${order}, d.id ${page}`,
        );
        return { rows: list.map(toQueueRow), total: count?.n ?? 0 };
      };
      switch (spec.kind) {
        case 'to-receive': {
          const units = filter.orgUnitId ? spec.unitIds.filter((u) => u === filter.orgUnitId) : spec.unitIds;
          return deliveryQueue(
            sql`d.status = 'pending' AND l.status = 'active' AND d.to_unit_id = ANY(${uuidArray(units)})`,
            sql`d.created_at`,
            sql`d.read_at IS NULL`,
          );
        }
        case 'to-consider':
          return deliveryQueue(
            sql`d.status = 'pending' AND l.status = 'active' AND d.to_user_id = ${me} AND s.kind = 'propose'`,
            sql`d.created_at`,
            sql`d.read_at IS NULL`,
          );
        case 'assigned':
          return deliveryQueue(
            sql`d.to_user_id = ${me} AND s.kind <> 'propose' AND d.status IN ('pending', 'received')
                AND l.status = 'active'`,
            sql`d.status DESC, d.created_at`,
            sql`d.read_at IS NULL`,
          );
        case 'sent':
          return deliveryQueue(
            sql`s.actor_user_id = ${me} AND s.kind <> 'intake'`,
            sql`d.created_at DESC`,
            sql`false`,
          );
        case 'in-unit': {
          const units = filter.orgUnitId ? spec.unitIds.filter((u) => u === filter.orgUnitId) : spec.unitIds;
          const from = sql`FROM letter_receipts rc ${RECEIPT_JOINS}
            JOIN letters l ON l.tenant_id = rc.tenant_id AND l.id = rc.letter_id ${LETTER_JOINS}
            WHERE rc.tenant_id = ${tenantId} AND rc.org_unit_id = ANY(${uuidArray(units)})
              AND ${filter.status ? sql`true` : sql`l.status = 'active'`} AND ${visible} AND ${where}`;
          const [count] = await rows(sql`SELECT count(*)::int AS n ${from}`);
          const list = await rows(
            sql`SELECT ${LETTER_COLUMNS}, ${RECEIPT_COLUMNS}, (l.revision > 0) AS has_document, false AS unread
                ${from} ORDER BY ${URGENCY_RANK}, rc.received_at DESC, rc.id ${page}`,
          );
          return { rows: list.map(toQueueRow), total: count?.n ?? 0 };
        }
        case 'all': {
          const unitFilter = filter.orgUnitId
            ? sql`(l.registering_unit_id = ${filter.orgUnitId} OR EXISTS (SELECT 1 FROM route_deliveries ud
                   WHERE ud.tenant_id = l.tenant_id AND ud.letter_id = l.id AND ud.to_unit_id = ${filter.orgUnitId}))`
            : sql`true`;
          const from = sql`FROM letters l ${LETTER_JOINS} ${OWN_RECEIPT}
            WHERE l.tenant_id = ${tenantId} AND ${visible} AND ${where} AND ${unitFilter}`;
          const [count] = await rows(sql`SELECT count(*)::int AS n ${from}`);
          const list = await rows(
            sql`SELECT ${LETTER_COLUMNS}, orc.*, (l.revision > 0) AS has_document, false AS unread
                ${from} ORDER BY l.created_at DESC, l.id ${page}`,
          );
          return { rows: list.map(toQueueRow), total: count?.n ?? 0 };
        }
      }
    },

    async counts(tenantId, scope, receiveUnits) {
      const visible = visibleTo(scope);
      const [r] = await rows(
        sql`SELECT
              count(*) FILTER (WHERE d.status = 'pending' AND d.to_unit_id = ANY(${uuidArray(receiveUnits)}))::int AS to_receive,
              count(*) FILTER (WHERE d.status = 'pending' AND d.to_user_id = ${scope.userId} AND s.kind = 'propose')::int AS to_consider,
              count(*) FILTER (WHERE d.status = 'pending' AND d.to_user_id = ${scope.userId} AND s.kind <> 'propose')::int AS assigned,
              count(*) FILTER (WHERE d.status = 'pending' AND d.read_at IS NULL)::int AS unread
            FROM route_deliveries d
            JOIN route_steps s ON s.tenant_id = d.tenant_id AND s.id = d.step_id
            JOIN letters l ON l.tenant_id = d.tenant_id AND l.id = d.letter_id
           WHERE d.tenant_id = ${tenantId} AND d.status = 'pending' AND l.status = 'active'
             AND (d.to_user_id = ${scope.userId} OR d.to_unit_id = ANY(${uuidArray(receiveUnits)}))
             AND ${visible}`,
      );
      return {
        toReceive: r?.to_receive ?? 0,
        toConsider: r?.to_consider ?? 0,
        assigned: r?.assigned ?? 0,
        unread: r?.unread ?? 0,
      };
    },

    async addView(tenantId, v) {
      await tx
        .insertInto('letter_views')
        .values({
          tenant_id: tenantId,
          letter_id: v.letterId,
          user_id: v.userId,
          what: v.what,
          detail: v.detail,
          at: v.at,
        })
        .execute();
    },

    async listViews(tenantId, q) {
      const parts = [sql`v.tenant_id = ${tenantId}`];
      if (q.letterId) parts.push(sql`v.letter_id = ${q.letterId}`);
      if (q.userId) parts.push(sql`v.user_id = ${q.userId}`);
      if (q.from) parts.push(sql`v.at >= ${q.from}`);
      if (q.to) parts.push(sql`v.at < ${q.to}`);
      if (q.q) {
        const like = containsPattern(q.q);
        parts.push(
          sql`(l.subject ILIKE ${like} OR u.display_name ILIKE ${like} OR u.username ILIKE ${like})`,
        );
      }
      const from = sql`FROM letter_views v
        LEFT JOIN letters l ON l.tenant_id = v.tenant_id AND l.id = v.letter_id
        LEFT JOIN users u ON u.tenant_id = v.tenant_id AND u.id = v.user_id
        WHERE ${sql.join(parts, sql` AND `)}`;
      const [count] = await rows(sql`SELECT count(*)::int AS n ${from}`);
      const list = await rows(
        sql`SELECT v.at, v.user_id, COALESCE(u.display_name, '') AS user_name, v.letter_id,
                   COALESCE(l.subject, '') AS subject, v.what, v.detail
            ${from} ORDER BY v.at DESC, v.id DESC LIMIT ${q.limit} OFFSET ${q.offset}`,
      );
      return {
        total: count?.n ?? 0,
        items: list.map((x) => ({
          at: x.at,
          userId: x.user_id,
          userName: x.user_name,
          letterId: x.letter_id,
          subject: x.subject,
          what: x.what,
          detail: x.detail,
        })),
      };
    },

    async listPresets(tenantId) {
      return tx
        .selectFrom('command_presets')
        .select(['id', 'text', 'position'])
        .where('tenant_id', '=', tenantId)
        .orderBy('position')
        .orderBy('text')
        .execute();
    },

    async insertPreset(tenantId, p) {
      return tx
        .insertInto('command_presets')
        .values({ tenant_id: tenantId, text: p.text, position: p.position })
        .returning(['id', 'text', 'position'])
        .executeTakeFirstOrThrow();
    },

    async updatePreset(tenantId, id, p) {
      const r = await tx
        .updateTable('command_presets')
        .set({
          ...(p.text !== undefined && { text: p.text }),
          ...(p.position !== undefined && { position: p.position }),
        })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .returning(['id', 'text', 'position'])
        .executeTakeFirst();
      return r ?? null;
    },

    async deletePreset(tenantId, id) {
      const r = await tx
        .deleteFrom('command_presets')
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },

    async insertDefaultPresets(tenantId) {
      await tx
        .insertInto('command_presets')
        .values(DEFAULT_COMMAND_PRESETS.map((text, i) => ({ tenant_id: tenantId, text, position: i + 1 })))
        .execute();
    },

    async receiptsOfRegister(tenantId, registerId, yearBE) {
      const r = await rows(
        sql`SELECT ${RECEIPT_COLUMNS}, ${LETTER_COLUMNS}
              FROM letter_receipts rc ${RECEIPT_JOINS}
              JOIN letters l ON l.tenant_id = rc.tenant_id AND l.id = rc.letter_id ${LETTER_JOINS}
             WHERE rc.tenant_id = ${tenantId} AND rc.register_id = ${registerId} AND rc.year_be = ${yearBE}
             ORDER BY rc.number`,
      );
      return r.map((x) => ({ ...toReceipt(x), letter: toLetter(x) }));
    },

    async userProfile(tenantId, userId) {
      const [r] = await rows(
        sql`SELECT u.id, u.display_name, p.org_unit_id, COALESCE(ou.name_th, '') AS unit_name,
                   COALESCE(p.position_title, '') AS position_title
              FROM users u
              LEFT JOIN people p ON p.tenant_id = u.tenant_id AND p.id = u.person_id
              LEFT JOIN org_units ou ON ou.tenant_id = p.tenant_id AND ou.id = p.org_unit_id
             WHERE u.tenant_id = ${tenantId} AND u.id = ${userId}`,
      );
      return r
        ? {
            userId: r.id,
            name: r.display_name,
            unitId: r.org_unit_id ?? null,
            unitName: r.unit_name,
            positionTitle: r.position_title,
          }
        : null;
    },

    async recipientPeople(tenantId) {
      const r = await rows(
        sql`SELECT u.id, u.display_name, COALESCE(p.position_title, '') AS position_title,
                   COALESCE(ou.name_th, '') AS unit_name,
                   EXISTS (SELECT 1 FROM appointments ap
                             JOIN positions po ON po.tenant_id = ap.tenant_id AND po.id = ap.position_id
                            WHERE ap.tenant_id = u.tenant_id AND ap.person_id = u.person_id AND po.is_executive
                              AND ap.starts_on <= (now() AT TIME ZONE 'Asia/Bangkok')::date
                              AND (ap.ends_on IS NULL OR ap.ends_on >= (now() AT TIME ZONE 'Asia/Bangkok')::date))
                     AS is_executive
              FROM users u
              LEFT JOIN people p ON p.tenant_id = u.tenant_id AND p.id = u.person_id
              LEFT JOIN org_units ou ON ou.tenant_id = p.tenant_id AND ou.id = p.org_unit_id
             WHERE u.tenant_id = ${tenantId} AND NOT u.disabled AND u.person_id IS NOT NULL
             ORDER BY is_executive DESC, u.display_name`,
      );
      return r.map((x) => ({
        userId: x.id,
        name: x.display_name,
        positionTitle: x.position_title,
        unitName: x.unit_name,
        isExecutive: x.is_executive,
      }));
    },

    async recipientUnits(tenantId) {
      const r = await rows(
        sql`SELECT u.id, u.name_th, u.parent_id,
                   EXISTS (SELECT 1 FROM registers g WHERE g.tenant_id = u.tenant_id AND g.org_unit_id = u.id
                             AND g.kind = 'receive' AND NOT g.archived) AS has_register
              FROM org_units u WHERE u.tenant_id = ${tenantId} ORDER BY u.name_th`,
      );
      return r.map((x) => ({
        id: x.id,
        name: x.name_th,
        parentId: x.parent_id,
        hasReceiveRegister: x.has_register,
      }));
    },

    async setSignature(tenantId, userId, sha256, at) {
      await tx
        .updateTable('users')
        .set({ signature_sha256: sha256, signature_updated_at: sha256 ? at : null })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', userId)
        .execute();
    },

    async getSignature(tenantId, userId) {
      const r = await tx
        .selectFrom('users')
        .select(['signature_sha256', 'signature_updated_at'])
        .where('tenant_id', '=', tenantId)
        .where('id', '=', userId)
        .executeTakeFirst();
      return { sha256: r?.signature_sha256 ?? null, updatedAt: r?.signature_updated_at ?? null };
    },
  };
}

function toQueueRow(r: Row): QueueRow {
  return {
    letter: toLetter(r),
    receipt: r.rc_id ? toReceipt(r) : null,
    hasDocument: Boolean(r.has_document),
    delivery: r.d_id
      ? { ...toDelivery(r), stepKind: r.s_kind, fromName: r.s_actor_name, content: r.s_content }
      : null,
    unread: Boolean(r.unread),
  };
}
