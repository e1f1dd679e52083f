/** Pure rules over the agency's tree of org units (a flat list of { id, parentId }). */

interface Node {
  id: string;
  parentId: string | null;
}

/**
 * The units depth-first from the root(s), each unit followed by its sub-units; siblings keep their input
 * order (the repository sorts by Thai name). Units whose parent is missing are appended at the end.
 */
export function sortDepthFirst<T extends Node>(units: readonly T[]): T[] {
  const children = new Map<string | null, T[]>();
  const ids = new Set(units.map((u) => u.id));
  for (const u of units) {
    const key = u.parentId !== null && ids.has(u.parentId) ? u.parentId : null;
    children.set(key, [...(children.get(key) ?? []), u]);
  }
  const out: T[] = [];
  const seen = new Set<string>();
  const visit = (u: T) => {
    if (seen.has(u.id)) return;
    seen.add(u.id);
    out.push(u);
    for (const c of children.get(u.id) ?? []) visit(c);
  };
  for (const root of children.get(null) ?? []) visit(root);
  for (const u of units) visit(u); // anything left over (a cycle would be a bug elsewhere) still shows up
  return out;
}

/** The unit's id followed by its ancestors' ids up to the root: what `authorize(…, inUnits)` takes. */
export function selfAndAncestorIds(units: readonly Node[], id: string): string[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const out: string[] = [];
  for (
    let cur = byId.get(id);
    cur && !out.includes(cur.id);
    cur = cur.parentId ? byId.get(cur.parentId) : undefined
  ) {
    out.push(cur.id);
  }
  return out;
}

/** True when `candidateId` is `unitId` itself or lies below it: moving `unitId` under it would close a cycle. */
export function isSelfOrDescendant(units: readonly Node[], unitId: string, candidateId: string): boolean {
  return selfAndAncestorIds(units, candidateId).includes(unitId);
}
