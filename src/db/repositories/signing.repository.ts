import { sql } from 'kysely';
import type {
  AgencyCaRecord,
  CertificateRecord,
  SigningRepository,
  TrustAnchorRecord,
} from '../../domain/signing/ports.ts';
import { SUPERSEDED } from '../../domain/signing/ports.ts';
import type { Tx } from '../client.ts';

const u8 = (b: Uint8Array | Buffer): Uint8Array => new Uint8Array(b);

export function signingRepository(tx: Tx): SigningRepository {
  const certificates = () =>
    tx
      .selectFrom('certificates as c')
      .leftJoin('users as u', (j) =>
        j.onRef('u.tenant_id', '=', 'c.tenant_id').onRef('u.id', '=', 'c.user_id'),
      )
      .leftJoin('org_units as o', (j) =>
        j.onRef('o.tenant_id', '=', 'c.tenant_id').onRef('o.id', '=', 'c.org_unit_id'),
      )
      .selectAll('c')
      .select(sql<string>`coalesce(u.display_name, o.name_th, '')`.as('owner_name'));

  type Row = Awaited<ReturnType<ReturnType<typeof certificates>['executeTakeFirst']>>;
  const toRecord = (r: NonNullable<Row>): CertificateRecord => ({
    id: r.id,
    userId: r.user_id,
    orgUnitId: r.org_unit_id,
    ownerName: r.owner_name,
    source: r.source,
    algorithm: r.algorithm,
    certificate: u8(r.certificate),
    chain: (r.chain ?? []).map(u8),
    sealedKey: u8(r.sealed_key),
    subject: r.subject,
    commonName: r.common_name,
    issuer: r.issuer,
    serialNumber: r.serial_number,
    notBefore: r.not_before,
    notAfter: r.not_after,
    sha256: r.sha256,
    isCa: false,
    revokedAt: r.revoked_at,
    revokeReason: r.revoke_reason,
    createdAt: r.created_at,
  });

  return {
    async getCa(tenantId) {
      const r = await tx
        .selectFrom('agency_cas')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .executeTakeFirst();
      return r
        ? { certificate: u8(r.certificate), sealedKey: u8(r.sealed_key), crlNumber: r.crl_number }
        : null;
    },
    async insertCa(tenantId, ca) {
      await tx
        .insertInto('agency_cas')
        .values({
          tenant_id: tenantId,
          certificate: Buffer.from(ca.certificate),
          sealed_key: Buffer.from(ca.sealedKey),
        })
        .onConflict((oc) => oc.column('tenant_id').doNothing())
        .execute();
      return (await this.getCa(tenantId)) as AgencyCaRecord;
    },
    async listCaCertificates(tenantIds) {
      if (tenantIds.length === 0) return [];
      const rows = await tx
        .selectFrom('agency_cas')
        .select(['tenant_id', 'certificate'])
        .where('tenant_id', 'in', tenantIds)
        .execute();
      return rows.map((r) => ({ tenantId: r.tenant_id, certificate: u8(r.certificate) }));
    },
    async bumpCrlNumber(tenantId) {
      await tx
        .updateTable('agency_cas')
        .set({ crl_number: sql`crl_number + 1` })
        .where('tenant_id', '=', tenantId)
        .execute();
    },
    async insertCertificate(tenantId, c) {
      const r = await tx
        .insertInto('certificates')
        .values({
          tenant_id: tenantId,
          user_id: c.userId,
          org_unit_id: c.orgUnitId,
          source: c.source,
          algorithm: c.algorithm,
          certificate: Buffer.from(c.certificate),
          chain: c.chain.map((x) => Buffer.from(x)),
          sealed_key: Buffer.from(c.sealedKey),
          subject: c.subject,
          common_name: c.commonName,
          issuer: c.issuer,
          serial_number: c.serialNumber,
          not_before: c.notBefore,
          not_after: c.notAfter,
          sha256: c.sha256,
          created_by: c.createdBy,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    },
    async getCertificate(tenantId, id) {
      const r = await certificates()
        .where('c.tenant_id', '=', tenantId)
        .where('c.id', '=', id)
        .executeTakeFirst();
      return r ? toRecord(r) : null;
    },
    async listCertificates(tenantId, filter) {
      let q = certificates().where('c.tenant_id', '=', tenantId);
      if (filter.userId) q = q.where('c.user_id', '=', filter.userId);
      const rows = await q.orderBy('c.created_at', 'desc').limit(500).execute();
      return rows.map(toRecord);
    },
    async unitSeal(tenantId, orgUnitId) {
      const r = await certificates()
        .where('c.tenant_id', '=', tenantId)
        .where('c.org_unit_id', '=', orgUnitId)
        .where('c.revoked_at', 'is', null)
        .executeTakeFirst();
      return r ? toRecord(r) : null;
    },
    async revokeCertificate(tenantId, id, at, reason) {
      await tx
        .updateTable('certificates')
        .set({ revoked_at: at, revoke_reason: reason })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .execute();
    },
    async listRevoked(tenantIds) {
      if (tenantIds.length === 0) return [];
      const rows = await tx
        .selectFrom('certificates')
        .select(['tenant_id', 'serial_number', 'revoked_at'])
        .where('tenant_id', 'in', tenantIds)
        .where('revoked_at', 'is not', null)
        // A unit seal replaced when it expired is marked 'superseded', not revoked: it stays off the CRL.
        .where('revoke_reason', '<>', SUPERSEDED)
        .execute();
      return rows.map((r) => ({
        tenantId: r.tenant_id,
        serialNumber: r.serial_number,
        revokedAt: r.revoked_at!,
      }));
    },
    async listTrustAnchors(tenantId) {
      const rows = await tx
        .selectFrom('trust_anchors')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .orderBy('created_at')
        .execute();
      return rows.map(
        (r): TrustAnchorRecord => ({
          id: r.id,
          certificate: u8(r.certificate),
          subject: r.subject,
          sha256: r.sha256,
          notAfter: r.not_after,
          createdAt: r.created_at,
        }),
      );
    },
    async insertTrustAnchor(tenantId, a) {
      const r = await tx
        .insertInto('trust_anchors')
        .values({
          tenant_id: tenantId,
          certificate: Buffer.from(a.certificate),
          subject: a.subject,
          sha256: a.sha256,
          not_after: a.notAfter,
        })
        .onConflict((oc) => oc.columns(['tenant_id', 'sha256']).doNothing())
        .returning('id')
        .executeTakeFirst();
      return r?.id ?? null;
    },
    async deleteTrustAnchor(tenantId, id) {
      const r = await tx
        .deleteFrom('trust_anchors')
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
    async setVerifyCode(tenantId, letterId, code) {
      await tx
        .updateTable('outgoing_letters')
        .set({ verify_code: code })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', letterId)
        .execute();
    },
    async findVerifyCode(code) {
      const r = await tx
        .selectFrom('outgoing_letters')
        .select(['tenant_id', 'id'])
        .where('verify_code', '=', code)
        .executeTakeFirst();
      return r ? { tenantId: r.tenant_id, letterId: r.id } : null;
    },
  };
}
