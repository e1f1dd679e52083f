import type { CommandPreset, LetterView, LetterViewQuery } from '../../../contracts/letters.contract.ts';
import { auditActor } from '../audit/index.ts';
import { authorize } from '../auth/authorize.ts';
import { Permission } from '../directory/permissions.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import { bangkokDateToUtcRange } from '../shared/thai/thai-date.ts';
import type { LetterDeps } from './ports.ts';

/** ค้นหาประวัติการเข้าดูหนังสือ: who viewed which letter, for the agency admin. */
export async function listLetterViews(
  deps: LetterDeps,
  ctx: TenantContext,
  q: LetterViewQuery,
): Promise<{ items: LetterView[]; total: number }> {
  authorize(ctx, Permission.ViewHistorySearch);
  const page = await deps.uow.read((r) =>
    r.letters.listViews(ctx.tenantId, {
      letterId: q.letterId,
      userId: q.userId,
      q: q.q,
      from: q.from ? bangkokDateToUtcRange(q.from).start : undefined,
      to: q.to ? bangkokDateToUtcRange(q.to).end : undefined,
      limit: q.limit,
      offset: q.offset,
    }),
  );
  return { total: page.total, items: page.items.map((v) => ({ ...v, at: v.at.toISOString() })) };
}

/** The agency's command presets (รูปแบบคำสั่งการ), for anyone who records commands. */
export async function listCommandPresets(deps: LetterDeps, ctx: TenantContext): Promise<CommandPreset[]> {
  return deps.uow.read((r) => r.letters.listPresets(ctx.tenantId));
}

export async function createCommandPreset(
  deps: LetterDeps,
  ctx: TenantContext,
  input: { text: string; position?: number },
): Promise<CommandPreset> {
  authorize(ctx, Permission.StructureManage);
  return deps.uow.run(async (r) => {
    const existing = await r.letters.listPresets(ctx.tenantId);
    const position = input.position ?? Math.max(0, ...existing.map((p) => p.position)) + 1;
    const preset = await r.letters.insertPreset(ctx.tenantId, { text: input.text, position });
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'command-preset.created',
      targetType: 'command-preset',
      targetId: preset.id,
      summary: { text: input.text },
    });
    return preset;
  });
}

export async function updateCommandPreset(
  deps: LetterDeps,
  ctx: TenantContext,
  id: string,
  input: { text?: string; position?: number },
): Promise<CommandPreset> {
  authorize(ctx, Permission.StructureManage);
  return deps.uow.run(async (r) => {
    const preset = await r.letters.updatePreset(ctx.tenantId, id, input);
    if (!preset) throw new AppError('COMMAND_PRESET_NOT_FOUND');
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'command-preset.updated',
      targetType: 'command-preset',
      targetId: id,
      summary: input,
    });
    return preset;
  });
}

export async function deleteCommandPreset(deps: LetterDeps, ctx: TenantContext, id: string): Promise<void> {
  authorize(ctx, Permission.StructureManage);
  await deps.uow.run(async (r) => {
    if (!(await r.letters.deletePreset(ctx.tenantId, id))) throw new AppError('COMMAND_PRESET_NOT_FOUND');
    await r.audit.append(ctx.tenantId, auditActor(ctx), {
      action: 'command-preset.deleted',
      targetType: 'command-preset',
      targetId: id,
    });
  });
}
