import type { Salutation } from '../../../contracts/outgoing.contract.ts';
import { auditActor } from '../audit/index.ts';
import { authorize } from '../auth/authorize.ts';
import { Permission } from '../directory/permissions.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { OutgoingDeps } from './ports.ts';

/** The คำขึ้นต้น / คำลงท้าย pairs the editor offers (regulation ภาคผนวก ๒), for anyone who drafts. */
export async function listSalutations(deps: OutgoingDeps, ctx: TenantContext): Promise<Salutation[]> {
  return deps.uow.read((r) => r.outgoing.listSalutations(ctx.tenantId));
}

/** The agency admin adds, edits or removes pairs (e.g. the royal and monastic forms the agency needs). */
export async function saveSalutation(
  deps: OutgoingDeps,
  ctx: TenantContext,
  id: string | null,
  input: { opening?: string; closing?: string; recipient?: string; position?: number },
): Promise<Salutation> {
  authorize(ctx, Permission.StructureManage);
  return deps.uow.run(async (r) => {
    let saved: Salutation | null;
    if (id) {
      saved = await r.outgoing.updateSalutation(ctx.tenantId, id, input);
      if (!saved) throw new AppError('SALUTATION_NOT_FOUND');
    } else {
      const all = await r.outgoing.listSalutations(ctx.tenantId);
      saved = await r.outgoing.insertSalutation(ctx.tenantId, {
        opening: input.opening ?? '',
        closing: input.closing ?? '',
        recipient: input.recipient ?? '',
        position: input.position ?? Math.max(0, ...all.map((x) => x.position)) + 1,
      });
    }
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: id ? 'salutation.updated' : 'salutation.created',
      targetType: 'salutation',
      targetId: saved.id,
      summary: input,
    });
    return saved;
  });
}

export async function deleteSalutation(deps: OutgoingDeps, ctx: TenantContext, id: string): Promise<void> {
  authorize(ctx, Permission.StructureManage);
  await deps.uow.run(async (r) => {
    if (!(await r.outgoing.deleteSalutation(ctx.tenantId, id))) throw new AppError('SALUTATION_NOT_FOUND');
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'salutation.deleted',
      targetType: 'salutation',
      targetId: id,
    });
  });
}
