import { auditActor } from '../audit/index.ts';
import { authorize } from '../auth/authorize.ts';
import { Permission } from '../directory/permissions.ts';
import { decodeImageBase64 } from '../letters/signature.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { OutgoingDeps } from './ports.ts';

/** Whether the agency has uploaded its emblem. */
export async function getAgencyEmblem(deps: OutgoingDeps, ctx: TenantContext) {
  const sha = await deps.uow.read((r) => r.outgoing.getEmblem(ctx.tenantId));
  return { hasEmblem: sha !== null };
}

/** The emblem image (PNG). */
export async function getAgencyEmblemImage(deps: OutgoingDeps, ctx: TenantContext): Promise<Uint8Array> {
  const sha = await deps.uow.read((r) => r.outgoing.getEmblem(ctx.tenantId));
  const bytes = sha ? await deps.files.get(ctx.tenantId, sha) : null;
  if (!bytes) throw new AppError('NOT_FOUND');
  return bytes;
}

/**
 * The agency admin uploads the emblem printed at the head of its letters (3 cm on external letters, 1.5 cm
 * on memos), or removes it (null) to go back to the neutral placeholder. Letters already signed keep theirs.
 */
export async function setAgencyEmblem(deps: OutgoingDeps, ctx: TenantContext, base64: string | null) {
  authorize(ctx, Permission.StructureManage);
  let sha: string | null = null;
  if (base64 !== null) {
    const png = await deps.signatures.normalizeEmblem(decodeImageBase64(base64));
    sha = (await deps.files.put(ctx.tenantId, png)).sha256;
  }
  await deps.uow.run(async (r) => {
    await r.outgoing.setEmblem(ctx.tenantId, sha);
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: sha ? 'agency.emblem-set' : 'agency.emblem-removed',
      targetType: 'tenant',
      targetId: ctx.tenantId,
      summary: sha ? { sha256: sha } : {},
    });
  });
  return { hasEmblem: sha !== null };
}
