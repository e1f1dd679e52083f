import type {
  QueueCounts,
  QueueItem,
  QueueQuery,
  RecipientDirectory,
} from '../../../contracts/letters.contract.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import { bangkokDateToUtcRange } from '../shared/thai/thai-date.ts';
import { grantUnits, viewerScope } from './access.ts';
import { toSummary } from './letter-view.ts';
import type { LetterDeps, QueueSpec } from './ports.ts';

function requireUser(ctx: TenantContext) {
  if (ctx.actor.kind !== 'user') throw new AppError('PERMISSION_DENIED');
  return ctx.actor;
}

/**
 * The work queues (รอลงรับ, หนังสือในหน่วยงาน, รอพิจารณา, ได้รับมอบหมาย, ติดตามหนังสือที่ส่ง) and search over every
 * letter the viewer may see; ordered by urgency (ด่วนที่สุด first), then time; secrecy applies to all of them.
 */
export async function listLetters(
  deps: LetterDeps,
  ctx: TenantContext,
  q: QueueQuery,
): Promise<{ items: QueueItem[]; total: number }> {
  requireUser(ctx);
  const receiveUnits = grantUnits(ctx, 'letter.create');
  // รอลงรับ is the registry's queue; หนังสือในหน่วยงาน is every searcher's view of their units' letters.
  const spec: QueueSpec =
    q.queue === 'to-receive'
      ? { kind: 'to-receive', unitIds: receiveUnits }
      : q.queue === 'in-unit'
        ? { kind: 'in-unit', unitIds: [...new Set([...receiveUnits, ...grantUnits(ctx, 'letter.search')])] }
        : { kind: q.queue };
  return deps.uow.read(async (r) => {
    const scope = await viewerScope(r, ctx);
    const { rows, total } = await r.letters.queue(ctx.tenantId, scope, spec, {
      q: q.q,
      urgency: q.urgency,
      secrecy: q.secrecy,
      status: q.status,
      orgUnitId: q.orgUnitId,
      from: q.from ? bangkokDateToUtcRange(q.from).start : undefined,
      to: q.to ? bangkokDateToUtcRange(q.to).end : undefined,
      limit: q.limit,
      offset: q.offset,
    });
    return {
      total,
      items: rows.map((row) => ({
        letter: toSummary(row.letter, row.receipt, row.hasDocument),
        delivery: row.delivery
          ? {
              id: row.delivery.id,
              stepKind: row.delivery.stepKind,
              fromName: row.delivery.fromName,
              toName: row.delivery.toName,
              content: row.delivery.content,
              sentAt: row.delivery.createdAt.toISOString(),
              status: row.delivery.status,
            }
          : null,
        unread: row.unread,
      })),
    };
  });
}

/** Badge counts of the viewer's queues. */
export async function getQueueCounts(deps: LetterDeps, ctx: TenantContext): Promise<QueueCounts> {
  requireUser(ctx);
  const receiveUnits = grantUnits(ctx, 'letter.create');
  return deps.uow.read(async (r) => r.letters.counts(ctx.tenantId, await viewerScope(r, ctx), receiveUnits));
}

/** Units and people of the agency to send letters to, for anyone who works letters. */
export async function listRecipients(deps: LetterDeps, ctx: TenantContext): Promise<RecipientDirectory> {
  requireUser(ctx);
  return deps.uow.read(async (r) => {
    const [units, people] = await Promise.all([
      r.letters.recipientUnits(ctx.tenantId),
      r.letters.recipientPeople(ctx.tenantId),
    ]);
    const byId = new Map(units.map((u) => [u.id, u]));
    const pathOf = (id: string) => {
      const names: string[] = [];
      for (let u = byId.get(id), i = 0; u && i < 64; u = u.parentId ? byId.get(u.parentId) : undefined, i++)
        names.unshift(u.name);
      return names.join(' / ');
    };
    return {
      units: units.map((u) => ({
        id: u.id,
        name: u.name,
        path: pathOf(u.id),
        hasReceiveRegister: u.hasReceiveRegister,
      })),
      people,
    };
  });
}
