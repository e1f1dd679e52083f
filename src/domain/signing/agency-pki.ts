import type { AgencyCaView, CertificateView, TrustAnchorView } from '../../../contracts/signing.contract.ts';
import { auditActor } from '../audit/index.ts';
import { authorize } from '../auth/authorize.ts';
import { Permission } from '../directory/permissions.ts';
import type { LetterDeps } from '../letters/ports.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { Repositories } from '../shared/ports.ts';
import { agencyIds } from './verify.ts';
import { type CertificateRecord, type KeyAndCertificate, type KeyAlgorithm, SUPERSEDED } from './ports.ts';

/** How long a CRL is valid; a new one is made on every request anyway. */
const CRL_DAYS = 7;

export const caPurpose = 'agency-ca';
export const certPurpose = (id: string) => `certificate:${id}`;

export function crlUrlOf(deps: LetterDeps, slug: string): string {
  return `${deps.publicUrl}/pki/${encodeURIComponent(slug)}/crl`;
}

/**
 * The agency's internal CA, made on first need (new agencies get it when they are created). Its key is
 * sealed under the master key; a concurrent first use keeps whichever was stored first.
 */
export async function agencyCa(
  deps: LetterDeps,
  r: Repositories,
  tenantId: string,
): Promise<KeyAndCertificate> {
  let ca = await r.signing.getCa(tenantId);
  if (!ca) {
    const tenant = await r.tenants.get(tenantId);
    const made = await deps.pki.createCa(tenant?.nameTh ?? 'Saraban agency', deps.clock.now());
    ca = await r.signing.insertCa(tenantId, {
      certificate: made.certificate,
      sealedKey: deps.pki.seal(tenantId, caPurpose, made.key),
    });
  }
  return { certificate: ca.certificate, key: deps.pki.open(tenantId, caPurpose, ca.sealedKey) };
}

/** Creates the CA of a new agency (called when the agency is created). */
export async function createAgencyCa(deps: LetterDeps, tenantId: string): Promise<void> {
  await deps.uow.run((r) => agencyCa(deps, r, tenantId).then(() => undefined));
}

export function certificateStatus(c: CertificateRecord, now: Date): CertificateView['status'] {
  if (c.revokedAt) return 'revoked';
  if (now < c.notBefore) return 'not-yet-valid';
  if (now > c.notAfter) return 'expired';
  return 'active';
}

export function certificateView(c: CertificateRecord, now: Date): CertificateView {
  return {
    id: c.id,
    source: c.source,
    owner: c.userId
      ? { kind: 'user', id: c.userId, name: c.ownerName }
      : { kind: 'unit', id: c.orgUnitId!, name: c.ownerName },
    algorithm: c.algorithm,
    subject: c.subject,
    commonName: c.commonName,
    issuer: c.issuer,
    serialNumber: c.serialNumber,
    notBefore: c.notBefore.toISOString(),
    notAfter: c.notAfter.toISOString(),
    sha256: c.sha256,
    status: certificateStatus(c, now),
    revokedAt: c.revokedAt?.toISOString() ?? null,
    revokeReason: c.revokeReason,
    createdAt: c.createdAt.toISOString(),
  };
}

/** getAgencyCa: the CA's certificate and where its CRL is published. */
export async function getAgencyCa(deps: LetterDeps, ctx: TenantContext): Promise<AgencyCaView> {
  authorize(ctx, Permission.SignaturesManage);
  return deps.uow.run(async (r) => {
    const ca = await agencyCa(deps, r, ctx.tenantId);
    const facts = deps.pki.certificateFacts(ca.certificate);
    const tenant = await r.tenants.get(ctx.tenantId);
    const slug = tenant?.slug ?? '';
    return {
      subject: facts.subject,
      serialNumber: facts.serialNumber,
      notBefore: facts.notBefore.toISOString(),
      notAfter: facts.notAfter.toISOString(),
      sha256: facts.sha256,
      pem: facts.pem,
      crlUrl: crlUrlOf(deps, slug),
      caUrl: `${deps.publicUrl}/pki/${encodeURIComponent(slug)}/ca.crt`,
    };
  });
}

/**
 * The agency's CRL, made fresh (thisUpdate = now); its number changes only when a revocation does.
 */
async function agencyCrl(
  deps: LetterDeps,
  r: Repositories,
  tenantId: string,
  ca?: KeyAndCertificate,
): Promise<Uint8Array> {
  return deps.pki.createCrl({
    ca: ca ?? (await agencyCa(deps, r, tenantId)),
    now: deps.clock.now(),
    validDays: CRL_DAYS,
    crlNumber: (await r.signing.getCa(tenantId))?.crlNumber ?? 0,
    revoked: await r.signing.listRevoked([tenantId]),
  });
}

/** The public CA certificate and CRL of an agency, by slug (no login: verifiers fetch them). */
export async function publishedPki(deps: LetterDeps, slug: string, what: 'ca' | 'crl'): Promise<Uint8Array> {
  return deps.uow.run(async (r) => {
    const tenant = await r.tenants.findBySlug(slug);
    if (!tenant) throw new AppError('NOT_FOUND');
    const ca = await agencyCa(deps, r, tenant.id);
    return what === 'ca' ? ca.certificate : agencyCrl(deps, r, tenant.id, ca);
  });
}

/**
 * PAdES B-LT: a new revision with a /DSS holding every certificate the PDF's signatures carry, the agency
 * CAs that issued them, and those CAs' CRLs as of now, so the letter can be validated after it leaves the
 * agency and after the CRL has moved on. Certificates from outside CAs are kept; their CRLs are not fetched.
 */
export async function withValidationData(
  deps: LetterDeps,
  r: Repositories,
  pdf: Uint8Array,
): Promise<Uint8Array> {
  let cas: { tenantId: string; certificate: Uint8Array }[] = [];
  const { certificates, issuedBy } = await deps.pki.signatureCertificates(pdf, async (named) => {
    cas = await r.signing.listCaCertificates(agencyIds(named));
    return cas.map((c) => c.certificate);
  });
  const issuers = cas.filter((c) => issuedBy.includes(c.certificate));
  const crls: Uint8Array[] = [];
  for (const ca of issuers) crls.push(await agencyCrl(deps, r, ca.tenantId));
  return deps.pdf.addValidationData(pdf, {
    certificates: [...certificates, ...issuers.map((c) => c.certificate)],
    crls,
  });
}

/** issueUserCertificate (สร้าง Internal Certificate): a signing certificate for a user, from the agency CA. */
export async function issueUserCertificate(
  deps: LetterDeps,
  ctx: TenantContext,
  userId: string,
  input: { algorithm: KeyAlgorithm; validDays: number },
): Promise<CertificateView> {
  authorize(ctx, Permission.SignaturesManage);
  const now = deps.clock.now();
  const id = await deps.uow.run(async (r) => {
    const user = await r.letters.userProfile(ctx.tenantId, userId);
    if (!user) throw new AppError('NOT_FOUND');
    const tenant = await r.tenants.get(ctx.tenantId);
    const ca = await agencyCa(deps, r, ctx.tenantId);
    const made = await deps.pki.issueCertificate({
      ca,
      subject: { cn: user.name, ou: user.unitName || undefined, o: tenant?.nameTh },
      algorithm: input.algorithm,
      now,
      validDays: input.validDays,
      crlUrl: crlUrlOf(deps, tenant?.slug ?? ''),
    });
    return storeCertificate(deps, r, ctx, { userId }, 'internal', input.algorithm, made, [ca.certificate]);
  });
  return readCertificate(deps, ctx, id);
}

/** A unit's seal (ตราประทับอิเล็กทรอนิกส์ของหน่วยงาน): issued from the agency CA on first need. */
export async function unitSeal(
  deps: LetterDeps,
  r: Repositories,
  ctx: TenantContext,
  orgUnitId: string,
): Promise<{ record: CertificateRecord; key: Uint8Array }> {
  let seal = await r.signing.unitSeal(ctx.tenantId, orgUnitId);
  const now = deps.clock.now();
  if (!seal || now > seal.notAfter) {
    if (seal) await r.signing.revokeCertificate(ctx.tenantId, seal.id, now, SUPERSEDED);
    const tenant = await r.tenants.get(ctx.tenantId);
    const unit = await r.directory.getOrgUnit(ctx.tenantId, orgUnitId);
    const ca = await agencyCa(deps, r, ctx.tenantId);
    const made = await deps.pki.issueCertificate({
      ca,
      subject: { cn: unit?.nameTh ?? 'หน่วยงาน', o: tenant?.nameTh },
      algorithm: 'ecdsa-p256',
      now,
      validDays: 3 * 365,
      crlUrl: crlUrlOf(deps, tenant?.slug ?? ''),
    });
    const id = await storeCertificate(deps, r, ctx, { orgUnitId }, 'internal', 'ecdsa-p256', made, [
      ca.certificate,
    ]);
    seal = (await r.signing.getCertificate(ctx.tenantId, id))!;
  }
  return { record: seal, key: deps.pki.open(ctx.tenantId, certPurpose(seal.sha256), seal.sealedKey) };
}

async function storeCertificate(
  deps: LetterDeps,
  r: Repositories,
  ctx: TenantContext,
  owner: { userId?: string; orgUnitId?: string },
  source: 'internal' | 'imported',
  algorithm: KeyAlgorithm,
  made: KeyAndCertificate,
  chain: Uint8Array[],
): Promise<string> {
  const facts = deps.pki.certificateFacts(made.certificate);
  const id = await r.signing.insertCertificate(ctx.tenantId, {
    userId: owner.userId ?? null,
    orgUnitId: owner.orgUnitId ?? null,
    source,
    algorithm,
    certificate: made.certificate,
    chain,
    sealedKey: deps.pki.seal(ctx.tenantId, certPurpose(facts.sha256), made.key),
    subject: facts.subject,
    commonName: facts.commonName,
    issuer: facts.issuer,
    serialNumber: facts.serialNumber,
    notBefore: facts.notBefore,
    notAfter: facts.notAfter,
    sha256: facts.sha256,
    createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
  });
  await r.audit.append(ctx.tenantId, auditActor(ctx), {
    action: source === 'internal' ? 'certificate.issued' : 'certificate.imported',
    targetType: 'certificate',
    targetId: id,
    summary: { owner, subject: facts.subject, serial: facts.serialNumber, sha256: facts.sha256 },
  });
  return id;
}

async function readCertificate(deps: LetterDeps, ctx: TenantContext, id: string): Promise<CertificateView> {
  const c = await deps.uow.read((r) => r.signing.getCertificate(ctx.tenantId, id));
  if (!c) throw new AppError('CERTIFICATE_NOT_FOUND');
  return certificateView(c, deps.clock.now());
}

/** A PKCS#12 from a real CA (or any), checked: readable, key matches, usable today. */
export function checkedPkcs12(
  deps: LetterDeps,
  bytes: Uint8Array,
  password: string,
): { keyPkcs8: Uint8Array; certificate: Uint8Array; others: Uint8Array[]; algorithm: KeyAlgorithm } {
  const p = deps.pki.readPkcs12(bytes, password);
  if (!deps.pki.keyMatches(p.keyPkcs8, p.certificate)) throw new AppError('CERTIFICATE_KEY_MISMATCH');
  requireUsable(deps.pki.certificateFacts(p.certificate), deps.clock.now());
  return p;
}

/** Refuses a certificate that cannot sign now. */
export function requireUsable(
  c: { notBefore: Date; notAfter: Date; revokedAt?: Date | null },
  now: Date,
): void {
  if (c.revokedAt) throw new AppError('CERTIFICATE_REVOKED', { revokedAt: c.revokedAt.toISOString() });
  if (now > c.notAfter) throw new AppError('CERTIFICATE_EXPIRED', { notAfter: c.notAfter.toISOString() });
  if (now < c.notBefore)
    throw new AppError('CERTIFICATE_NOT_YET_VALID', { notBefore: c.notBefore.toISOString() });
}

/** importCertificate: a PKCS#12 into the system store, for oneself or (admin) for a user. */
export async function importCertificate(
  deps: LetterDeps,
  ctx: TenantContext,
  userId: string | 'me',
  input: { p12: string; password: string },
): Promise<CertificateView> {
  const me = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  const target = userId === 'me' ? me : userId;
  if (!target) throw new AppError('PERMISSION_DENIED');
  if (target !== me) authorize(ctx, Permission.SignaturesManage);
  const p = checkedPkcs12(deps, new Uint8Array(Buffer.from(input.p12, 'base64')), input.password);
  const id = await deps.uow.run(async (r) => {
    const user = await r.letters.userProfile(ctx.tenantId, target);
    if (!user) throw new AppError('NOT_FOUND');
    return storeCertificate(
      deps,
      r,
      ctx,
      { userId: target },
      'imported',
      p.algorithm,
      { key: p.keyPkcs8, certificate: p.certificate },
      p.others,
    );
  });
  return readCertificate(deps, ctx, id);
}

/** listCertificates (admin) / listMyCertificates. */
export async function listCertificates(
  deps: LetterDeps,
  ctx: TenantContext,
  filter: { userId?: string; mine?: boolean },
): Promise<{ items: CertificateView[] }> {
  const me = ctx.actor.kind === 'user' ? ctx.actor.userId : undefined;
  if (!filter.mine) authorize(ctx, Permission.SignaturesManage);
  const userId = filter.mine ? me : filter.userId;
  if (filter.mine && !userId) return { items: [] };
  const rows = await deps.uow.read((r) => r.signing.listCertificates(ctx.tenantId, { userId }));
  const now = deps.clock.now();
  return { items: rows.map((c) => certificateView(c, now)) };
}

/** revokeCertificate: from now on the CRL lists it and it cannot sign. */
export async function revokeCertificate(
  deps: LetterDeps,
  ctx: TenantContext,
  id: string,
  reason: string,
): Promise<CertificateView> {
  authorize(ctx, Permission.SignaturesManage);
  await deps.uow.run(async (r) => {
    const c = await r.signing.getCertificate(ctx.tenantId, id);
    if (!c) throw new AppError('CERTIFICATE_NOT_FOUND');
    if (c.revokedAt) throw new AppError('CERTIFICATE_REVOKED_ALREADY');
    await r.signing.revokeCertificate(ctx.tenantId, id, deps.clock.now(), reason);
    await r.signing.bumpCrlNumber(ctx.tenantId);
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'certificate.revoked',
      targetType: 'certificate',
      targetId: id,
      summary: { reason, serial: c.serialNumber },
    });
  });
  return readCertificate(deps, ctx, id);
}

export async function listTrustAnchors(
  deps: LetterDeps,
  ctx: TenantContext,
): Promise<{ items: TrustAnchorView[] }> {
  authorize(ctx, Permission.SignaturesManage);
  const rows = await deps.uow.read((r) => r.signing.listTrustAnchors(ctx.tenantId));
  return {
    items: rows.map((a) => ({
      id: a.id,
      subject: a.subject,
      sha256: a.sha256,
      notAfter: a.notAfter.toISOString(),
      createdAt: a.createdAt.toISOString(),
    })),
  };
}

/** addTrustAnchor: a real CA's root the agency trusts for verification (e.g. a licensed Thai CA). */
export async function addTrustAnchor(deps: LetterDeps, ctx: TenantContext, pem: string) {
  authorize(ctx, Permission.SignaturesManage);
  const facts = deps.pki.certificateFacts(new Uint8Array(Buffer.from(pem, 'latin1')));
  if (!facts.isCa) throw new AppError('CERTIFICATE_INVALID');
  await deps.uow.run(async (r) => {
    const id = await r.signing.insertTrustAnchor(ctx.tenantId, {
      certificate: facts.der,
      subject: facts.subject,
      sha256: facts.sha256,
      notAfter: facts.notAfter,
    });
    if (!id) return; // already trusted
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'trust-anchor.added',
      targetType: 'trust-anchor',
      targetId: id,
      summary: { subject: facts.subject, sha256: facts.sha256 },
    });
  });
  return listTrustAnchors(deps, ctx);
}

export async function deleteTrustAnchor(deps: LetterDeps, ctx: TenantContext, id: string) {
  authorize(ctx, Permission.SignaturesManage);
  await deps.uow.run(async (r) => {
    if (!(await r.signing.deleteTrustAnchor(ctx.tenantId, id))) throw new AppError('NOT_FOUND');
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'trust-anchor.deleted',
      targetType: 'trust-anchor',
      targetId: id,
      summary: {},
    });
  });
}
