import { can } from '../auth/authorize.ts';
import type { Permission } from '../directory/permissions.ts';
import { AppError } from '../shared/app-error.ts';
import type { TenantContext } from '../shared/context.ts';
import type { Repositories } from '../shared/ports.ts';
import type { DeliveryRecord, LetterRecord, StepRecord, ViewerScope } from './records.ts';

/** The units where the actor holds `permission` directly (not the units below them). */
export function grantUnits(ctx: TenantContext, permission: Permission): string[] {
  const actor = ctx.actor;
  if (actor.kind !== 'user') return [];
  return [...new Set(actor.grants.filter((g) => g.permissions.has(permission)).map((g) => g.orgUnitId))];
}

/** Every unit the actor has any grant in. */
export function memberUnits(ctx: TenantContext): string[] {
  const actor = ctx.actor;
  return actor.kind === 'user' ? [...new Set(actor.grants.map((g) => g.orgUnitId))] : [];
}

/** The acting user's id; letters are worked by people, not by the system actor. */
export function actingUserId(ctx: TenantContext): string {
  if (ctx.actor.kind !== 'user') throw new AppError('PERMISSION_DENIED', { reason: 'a user must act' });
  return ctx.actor.userId;
}

/**
 * Who may see which letters: searchers see plain letters of the units they search (with the units below),
 * secret-register holders see classified ones of theirs; everyone sees letters they are named on.
 */
export async function viewerScope(r: Repositories, ctx: TenantContext): Promise<ViewerScope> {
  const actor = ctx.actor;
  if (actor.kind !== 'user')
    return { userId: '00000000-0000-0000-0000-000000000000', all: true, searchUnits: [], secretUnits: [] };
  const search = grantUnits(ctx, 'letter.search');
  const secret = grantUnits(ctx, 'letter.secret');
  const [searchUnits, secretUnits] = await Promise.all([
    search.length ? r.registers.unitsUnder(ctx.tenantId, search) : [],
    secret.length ? r.registers.unitsUnder(ctx.tenantId, secret) : [],
  ]);
  return { userId: actor.userId, all: false, searchUnits, secretUnits };
}

/**
 * Loads a letter the viewer may see, optionally locking it so that changes to one letter (and its
 * document revisions) happen one at a time. A letter the viewer may not see answers 404, like a missing one.
 */
export async function loadVisibleLetter(
  r: Repositories,
  ctx: TenantContext,
  id: string,
  opts: { lock?: boolean } = {},
): Promise<{ letter: LetterRecord; scope: ViewerScope }> {
  const letter = await r.letters.get(ctx.tenantId, id, opts);
  if (!letter) throw new AppError('LETTER_NOT_FOUND');
  const scope = await viewerScope(r, ctx);
  if (!(await r.letters.isVisible(ctx.tenantId, id, scope))) throw new AppError('LETTER_NOT_FOUND');
  return { letter, scope };
}

/** The route of a letter as loaded for a decision. */
export interface RouteState {
  steps: StepRecord[];
  deliveries: DeliveryRecord[];
}

export async function loadRoute(r: Repositories, tenantId: string, letterId: string): Promise<RouteState> {
  const [steps, deliveries] = await Promise.all([
    r.letters.listSteps(tenantId, letterId),
    r.letters.listDeliveries(tenantId, letterId),
  ]);
  return { steps, deliveries };
}

/**
 * True when the actor is on the letter's route: they registered it, sent a step, were sent it in person,
 * received it for a unit, or work in the registering unit or a unit that has received it.
 */
export function isOnRoute(ctx: TenantContext, letter: LetterRecord, route: RouteState): boolean {
  const actor = ctx.actor;
  if (actor.kind !== 'user') return true;
  const me = actor.userId;
  if (letter.createdBy === me) return true;
  if (route.steps.some((s) => s.actorUserId === me)) return true;
  if (route.deliveries.some((d) => d.toUserId === me && d.status !== 'recalled')) return true;
  if (route.deliveries.some((d) => d.receivedBy === me)) return true;
  const units = new Set(memberUnits(ctx));
  if (units.has(letter.registeringUnitId)) return true;
  return route.deliveries.some((d) => d.toUnitId && d.status === 'received' && units.has(d.toUnitId));
}

/** Throws unless the actor is on the route and holds `permission` somewhere. */
export function requireOnRoute(
  ctx: TenantContext,
  letter: LetterRecord,
  route: RouteState,
  permission: Permission,
): void {
  if (!can(ctx.actor, permission)) throw new AppError('PERMISSION_DENIED', { permission });
  if (!isOnRoute(ctx, letter, route)) throw new AppError('NOT_ON_ROUTE');
}

/**
 * True when the delivery is addressed to the actor or one of the actor's units. A recalled delivery no
 * longer shows its letter to them, but they still get the delivery's own state (409) rather than a 404.
 */
export function addressedTo(
  ctx: TenantContext,
  d: { toUserId: string | null; toUnitId: string | null },
): boolean {
  const actor = ctx.actor;
  if (actor.kind !== 'user') return false;
  return d.toUserId === actor.userId || (d.toUnitId !== null && memberUnits(ctx).includes(d.toUnitId));
}

/** Throws unless the letter is still being worked (not closed or cancelled). */
export function requireActive(letter: LetterRecord): void {
  if (letter.status !== 'active') throw new AppError('LETTER_NOT_ACTIVE', { status: letter.status });
}

/** ลับที่สุด never travels electronically (regulation No. 4; secrecy regulation 2544). */
export function requireElectronicAllowed(letter: Pick<LetterRecord, 'secrecy'>): void {
  if (letter.secrecy === 'top-secret') throw new AppError('TOP_SECRET_NOT_ELECTRONIC');
}
