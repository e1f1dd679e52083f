import {
  DraftContent,
  type OutgoingLetter,
  type OutgoingQuery,
  type UpdateDraftBody,
} from '../../../contracts/outgoing.contract.ts';
import { auditActor } from '../audit/index.ts';
import { authorizeAny, digitStyleOf } from '../registers/register-access.ts';
import { Permission } from '../directory/permissions.ts';
import type { RegisterRecord } from '../registers/ports.ts';
import { AppError } from '../shared/app-error.ts';
import { bangkokYearBE } from '../shared/thai/thai-date.ts';
import type { TenantContext } from '../shared/context.ts';
import type { Repositories } from '../shared/ports.ts';
import { actingUserId, grantUnits, loadVisibleLetter } from '../letters/access.ts';
import { agencyEmblem, buildRenderModel, registerKindFor } from './render-model.ts';
import type { OutgoingDeps } from './ports.ts';
import { LetterRenderError, type SignatureBlock } from './render-port.ts';
import { loadVisibleOutgoing, readOutgoing, toOutgoingView } from './view.ts';

const FORM_TH = {
  external: 'หนังสือภายนอก',
  memo: 'บันทึกข้อความ',
  stamped: 'หนังสือประทับตรา',
  order: 'คำสั่ง',
  announcement: 'ประกาศ',
} as const;

/** The fields each form must have (regulation.md §4), beyond subject and body which every form has. */
export function checkFormFields(c: DraftContent): void {
  const need = (ok: boolean, field: string, fieldTh: string) => {
    if (!ok)
      throw new AppError('FORM_FIELD_REQUIRED', { form: c.form, formTh: FORM_TH[c.form], field, fieldTh });
  };
  if (c.form === 'external' || c.form === 'memo') {
    need(c.salutation.trim() !== '', 'salutation', 'คำขึ้นต้น');
    need(c.addressee.trim() !== '', 'addressee', 'ผู้รับ (เรียน)');
  }
  if (c.form === 'external') need(c.closing.trim() !== '', 'closing', 'คำลงท้าย');
  if (c.form === 'stamped') need(c.addressee.trim() !== '', 'addressee', 'ผู้รับ (ถึง)');
}

/** Drafting needs สร้างหนังสือ or เสนอร่างลงนาม, in the owner unit or above. */
async function authorizeDraft(r: Repositories, ctx: TenantContext, ownerUnitId: string): Promise<void> {
  const path = await r.registers.unitPath(ctx.tenantId, ownerUnitId);
  if (!path) throw new AppError('ORG_UNIT_NOT_FOUND');
  const perms = [Permission.LetterCreate, Permission.DraftPropose];
  authorizeAny(ctx, perms);
  // Staff draft for their own unit; a grant anywhere on the unit's path covers it.
  authorizeAny(ctx, perms, path.path);
}

/** createOutgoingDraft: a new draft of one of the regulation's forms (version 1). */
export async function createOutgoingDraft(
  deps: OutgoingDeps,
  ctx: TenantContext,
  input: DraftContent,
): Promise<OutgoingLetter> {
  const content = DraftContent.parse(input);
  checkFormFields(content);
  const me = actingUserId(ctx);
  const at = deps.clock.now();
  const id = await deps.uow.run(async (r) => {
    await authorizeDraft(r, ctx, content.ownerUnitId);
    // A reply links an incoming letter the drafter may see (another agency's id is "not found").
    if (content.replyToLetterId) await loadVisibleLetter(r, ctx, content.replyToLetterId);
    const id = await r.outgoing.insert(ctx.tenantId, { content, createdBy: me, at });
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'outgoing.drafted',
      targetType: 'outgoing',
      targetId: id,
      summary: { form: content.form, subject: content.subject },
    });
    return id;
  });
  return deps.uow.read((r) => readOutgoing(r, ctx, id));
}

/** Edits a draft (its drafter, while it is a draft): every save is a new version, kept and comparable. */
export async function updateOutgoingDraft(
  deps: OutgoingDeps,
  ctx: TenantContext,
  id: string,
  patch: UpdateDraftBody,
): Promise<OutgoingLetter> {
  const me = actingUserId(ctx);
  const at = deps.clock.now();
  await deps.uow.run(async (r) => {
    const { letter } = await loadVisibleOutgoing(r, ctx, id, { lock: true });
    if (letter.createdBy !== me) throw new AppError('PERMISSION_DENIED');
    if (letter.status !== 'draft') throw new AppError('OUTGOING_NOT_EDITABLE', { status: letter.status });
    const { note, ...fields } = patch;
    const content = DraftContent.parse({ ...letter.content, ...fields });
    checkFormFields(content);
    if (content.ownerUnitId !== letter.ownerUnitId) await authorizeDraft(r, ctx, content.ownerUnitId);
    await r.outgoing.saveVersion(ctx.tenantId, id, {
      content,
      version: letter.version + 1,
      by: me,
      at,
      note: note ?? '',
    });
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'outgoing.edited',
      targetType: 'outgoing',
      targetId: id,
      summary: { version: letter.version + 1, note: note ?? '' },
    });
  });
  return deps.uow.read((r) => readOutgoing(r, ctx, id));
}

/** Deletes a draft that was never numbered nor sent. */
export async function deleteOutgoingDraft(deps: OutgoingDeps, ctx: TenantContext, id: string): Promise<void> {
  const me = actingUserId(ctx);
  await deps.uow.run(async (r) => {
    const { letter } = await loadVisibleOutgoing(r, ctx, id, { lock: true });
    if (letter.createdBy !== me) throw new AppError('PERMISSION_DENIED');
    if (letter.numberFormatted || letter.status !== 'draft')
      throw new AppError('OUTGOING_WRONG_STATUS', { status: letter.status });
    await r.outgoing.delete(ctx.tenantId, id);
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'outgoing.deleted',
      targetType: 'outgoing',
      targetId: id,
      summary: { subject: letter.content.subject },
    });
  });
}

/** One saved version of a draft, whole (every version is kept and can be compared with another). */
export async function getOutgoingVersion(
  deps: OutgoingDeps,
  ctx: TenantContext,
  id: string,
  version: number,
) {
  return deps.uow.read(async (r) => {
    await loadVisibleOutgoing(r, ctx, id);
    const v = await r.outgoing.getVersion(ctx.tenantId, id, version);
    if (!v) throw new AppError('NOT_FOUND');
    return { ...v, createdAt: v.createdAt.toISOString() };
  });
}

export async function getOutgoing(
  deps: OutgoingDeps,
  ctx: TenantContext,
  id: string,
): Promise<OutgoingLetter> {
  return deps.uow.read((r) => readOutgoing(r, ctx, id));
}

/** ร่างของฉัน, รอตรวจ, รอลงนาม, ส่งแล้ว, ทั้งหมด. */
export async function listOutgoing(deps: OutgoingDeps, ctx: TenantContext, q: OutgoingQuery) {
  const me = actingUserId(ctx);
  return deps.uow.read(async (r) => {
    const search = grantUnits(ctx, Permission.LetterSearch);
    const secret = grantUnits(ctx, Permission.LetterSecret);
    const unitIds = search.length ? await r.registers.unitsUnder(ctx.tenantId, search) : [];
    const secretUnitIds = secret.length ? await r.registers.unitsUnder(ctx.tenantId, secret) : [];
    const page = await r.outgoing.list(ctx.tenantId, {
      box: q.box,
      userId: me,
      unitIds,
      secretUnitIds,
      status: q.status,
      q: q.q,
      limit: q.limit,
      offset: q.offset,
    });
    return {
      total: page.total,
      items: page.items.map((l) => ({
        id: l.id,
        form: l.form,
        status: l.status,
        subject: l.content.subject,
        urgency: l.content.urgency,
        numberFormatted: l.numberFormatted,
        letterDate: l.letterDate,
        ownerUnitName: l.ownerUnitName,
        createdByName: l.createdByName,
        updatedAt: l.updatedAt.toISOString(),
      })),
    };
  });
}

/** The register that numbers the draft's form: of the owner unit, or the nearest unit above that keeps one. */
export async function numberingRegister(
  r: Repositories,
  tenantId: string,
  c: DraftContent,
): Promise<RegisterRecord | null> {
  const kind = registerKindFor(c);
  const path = (await r.registers.unitPath(tenantId, c.ownerUnitId))?.path ?? [];
  for (const unitId of path) {
    const reg = (await r.registers.list(tenantId, { orgUnitId: unitId, kind })).find((g) => !g.archived);
    if (reg) return reg;
  }
  return null;
}

/** Renders through the port, turning the renderer's input problems into 4xx. */
export async function renderOrRefuse(
  deps: OutgoingDeps,
  model: Parameters<OutgoingDeps['renderer']['render']>[0],
) {
  try {
    return await deps.renderer.render(model);
  } catch (e) {
    if (e instanceof LetterRenderError) throw new AppError('LETTER_RENDER_FAILED', { reason: e.message });
    throw e;
  }
}

/** renderDraftPdf: a live preview of unsaved content, marked ร่าง, without number or date. */
export async function renderDraftPdf(
  deps: OutgoingDeps,
  ctx: TenantContext,
  input: DraftContent,
): Promise<Uint8Array> {
  const content = DraftContent.parse(input);
  const model = await deps.uow.read(async (r) => {
    await authorizeDraft(r, ctx, content.ownerUnitId);
    const digits = await digitStyleOf(r, ctx.tenantId);
    const register = await numberingRegister(r, ctx.tenantId, content);
    return buildRenderModel(r, ctx.tenantId, content, {
      register,
      digits,
      numberFormatted: null,
      letterDate: null,
      signature: null,
      draft: true,
      yearBE: bangkokYearBE(deps.clock.now()),
      emblem: await agencyEmblem(deps.files, r, ctx.tenantId),
    });
  });
  return (await renderOrRefuse(deps, model)).pdf;
}

/** The letter's PDF: the signed one once signed; before that, a preview of the current version. */
export async function downloadOutgoingPdf(
  deps: OutgoingDeps,
  ctx: TenantContext,
  id: string,
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const { letter, reviews } = await deps.uow.read((r) => loadVisibleOutgoing(r, ctx, id));
  if (letter.pdfSha256) {
    const bytes = await deps.files.get(ctx.tenantId, letter.pdfSha256);
    if (!bytes) throw new Error(`signed PDF ${letter.pdfSha256} missing from the file store`);
    // Named by its number, e.g. "ที่ ศธ ๐๔๐๐๑-๑๒.pdf" (a slash cannot be in a file name).
    const byNumber = letter.numberFormatted?.replace(/[/\\:*?"<>|]/g, '-').trim();
    return { bytes, fileName: `${byNumber || `outgoing-${id.slice(0, 8)}`}.pdf` };
  }
  if (letter.sourcePdfSha256) {
    const bytes = await deps.files.get(ctx.tenantId, letter.sourcePdfSha256);
    if (!bytes) throw new Error(`source PDF ${letter.sourcePdfSha256} missing from the file store`);
    return { bytes, fileName: letter.sourcePdfName ?? `draft-${id.slice(0, 8)}.pdf` };
  }
  const signer = reviews.find((x) => x.role === 'signer');
  const model = await deps.uow.read(async (r) => {
    const digits = await digitStyleOf(r, ctx.tenantId);
    const register = await numberingRegister(r, ctx.tenantId, letter.content);
    const signature: SignatureBlock | null = signer
      ? { image: null, name: signer.userName, position: '', capacity: '' }
      : null;
    return buildRenderModel(r, ctx.tenantId, letter.content, {
      register,
      digits,
      numberFormatted: null,
      letterDate: null,
      signature,
      draft: true,
      yearBE: bangkokYearBE(deps.clock.now()),
      emblem: await agencyEmblem(deps.files, r, ctx.tenantId),
    });
  });
  return {
    bytes: (await renderOrRefuse(deps, model)).pdf,
    fileName: `draft-${id.slice(0, 8)}-v${letter.version}.pdf`,
  };
}

export { toOutgoingView };
