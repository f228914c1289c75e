/**
 * Three-way merge of two edits of one JSON document against their common ancestor.
 *
 * Why: the side panel, a docked panel and a second tab can edit the same meeting. Each view keeps
 * the last stored version it saw (`base`). When its save finds a newer revision in IndexedDB, it
 * re-applies its own changes on top of the stored ones instead of overwriting them:
 * - objects merge key by key;
 * - arrays of records with an `id` (attendees, topics, points…) merge record by record: additions
 *   from both sides are kept, a deletion wins unless the other side edited that record (an edit is
 *   never lost), the order comes from the side that reordered;
 * - anything else that both sides changed differently takes the local value (the latest intent of
 *   the view that is saving). Only that case can lose a value, and only a value the other view
 *   typed into the very same field.
 */
export function merge3<T>(base: T, local: T, remote: T): T {
  if (deepEqual(local, base) || deepEqual(local, remote)) return remote;
  if (deepEqual(remote, base)) return local;
  if (isPlainObject(base) && isPlainObject(local) && isPlainObject(remote)) {
    return mergeObjects(base, local, remote) as T;
  }
  if (isRecordArray(base) && isRecordArray(local) && isRecordArray(remote)) {
    return mergeRecordArrays(base, local, remote) as T;
  }
  return local;
}

type Obj = Record<string, unknown>;
type Rec = Obj & { id: string };

function mergeObjects(base: Obj, local: Obj, remote: Obj): Obj {
  const out: Obj = {};
  for (const key of new Set([...Object.keys(local), ...Object.keys(remote)])) {
    const inL = key in local;
    const inR = key in remote;
    if (inL && inR) out[key] = merge3(base[key], local[key], remote[key]);
    else if (inL && !(key in base && deepEqual(base[key], local[key]))) out[key] = local[key];
    else if (inR && !(key in base && deepEqual(base[key], remote[key]))) out[key] = remote[key];
  }
  return out;
}

function mergeRecordArrays(base: Rec[], local: Rec[], remote: Rec[]): Rec[] {
  const byId = (list: Rec[]) => new Map(list.map((r) => [r.id, r]));
  const b = byId(base);
  const l = byId(local);
  const r = byId(remote);
  const localReordered = !sameIds(base, local);
  const primary = localReordered ? local : remote;
  const secondary = localReordered ? remote : local;
  const order = primary.map((x) => x.id);
  const seen = new Set(order);
  for (const x of secondary) if (!seen.has(x.id)) order.push(x.id);

  const out: Rec[] = [];
  for (const id of order) {
    const inB = b.get(id);
    const inL = l.get(id);
    const inR = r.get(id);
    if (inL && inR) out.push(inB ? merge3(inB, inL, inR) : inL);
    else if (inL && !inR) {
      // Remote deleted it (or never had it). Keep it if it is new here or edited here.
      if (!inB || !deepEqual(inB, inL)) out.push(inL);
    } else if (inR && !inL) {
      if (!inB || !deepEqual(inB, inR)) out.push(inR);
    }
  }
  return out;
}

function sameIds(a: Rec[], b: Rec[]): boolean {
  return a.length === b.length && a.every((x, i) => x.id === b[i]?.id);
}

function isPlainObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isRecordArray(v: unknown): v is Rec[] {
  return Array.isArray(v) && v.every((x) => isPlainObject(x) && typeof x.id === 'string');
}

/** Structural equality for JSON-like values (what IndexedDB stores for us). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}

/** The same record apart from bookkeeping (revision, time of the last write). */
export const sameContent = <T extends { rev: number; updatedAt: string }>(a: T, b: T) =>
  deepEqual({ ...a, rev: 0, updatedAt: '' }, { ...b, rev: 0, updatedAt: '' });
