/**
 * What of a record travels, and how two computers' versions of one record come together. Pure.
 * - The document's body is the record without `rev` (it counts this computer's writes: two
 *   computers' counts mean nothing to each other) and without the stored seal (lib/store/seal.ts).
 * - Merging is lib/merge.ts `merge3` against the last synced body, with two rules of its own:
 *   `updatedAt` is the later of the two (not a conflict), and an action item's `history` is the
 *   union of both trails in time order (the trail only ever grows; merge3 would keep one side's).
 * - A meeting's history is a union (lib/sync/history.ts), the person's settings a field-wise
 *   merge where the later change wins (lib/sync/person.ts).
 */
import { canonical } from './document';
import { merge3 } from '../merge';
import { mergeHistory } from './history';
import { mergePerson } from './person';
import { fieldConflicts, type FieldConflict } from './plan';
import type { SyncKind } from './document';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

/** The record as its document's body. */
export function syncBody(record: object): Obj {
  const { rev: _rev, seal: _seal, ...body } = record as Obj;
  return body;
}

const later = (a: unknown, b: unknown) =>
  typeof a === 'string' && typeof b === 'string' ? (a > b ? a : b) : (a ?? b);

/** The union of two history trails: each entry once (by content), oldest first. */
export function unionHistory(local: unknown, remote: unknown): unknown[] {
  const seen = new Set<string>();
  const all = [...(Array.isArray(remote) ? remote : []), ...(Array.isArray(local) ? local : [])];
  return all
    .filter((e) => {
      const key = canonical(e);
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .sort((a, b) => String((a as Obj)?.at ?? '').localeCompare(String((b as Obj)?.at ?? '')));
}

/** Merges this computer's body and the other's against the last synced one (null: none). */
export function mergeBodies(kind: SyncKind, base: unknown, local: unknown, remote: unknown) {
  if (kind === 'history') return mergeHistory(local, remote);
  if (kind === 'person') return mergePerson(base, local, remote).body;
  const merged = merge3(base, local, remote);
  if (!isObj(merged) || !isObj(local) || !isObj(remote)) return merged;
  const out: Obj = { ...merged, updatedAt: later(local.updatedAt, remote.updatedAt) };
  if (kind === 'actionItem') out.history = unionHistory(local.history, remote.history);
  return out;
}

/** The fields both computers changed: none in a union; the person's with the one kept. */
export const bodyConflicts = (
  kind: SyncKind,
  base: unknown,
  local: unknown,
  remote: unknown,
): FieldConflict[] =>
  kind === 'history'
    ? []
    : kind === 'person'
      ? mergePerson(base, local, remote).conflicts
      : fieldConflicts(base, local, remote);

/** The conflicts worth the user's choice: not the time of the edit, not the merged trail. */
export const shownConflicts = (kind: SyncKind, fields: readonly FieldConflict[]) =>
  fields.filter(
    (f) => f.path !== 'updatedAt' && !(kind === 'actionItem' && /^history\b/.test(f.path)),
  );

/** What the conflict list calls a record: a meeting's title, an item's task. */
export const recordTitle = (body: unknown): string => {
  const r = isObj(body) ? body : {};
  return String(r.title ?? r.task ?? '').slice(0, 200);
};

/** `topics[t1].notes` as steps: a key, or the id of a record in an array. */
function steps(path: string): { key?: string; id?: string }[] {
  return [...path.matchAll(/([^.[\]]+)|\[([^\]]*)\]/g)].map((m) =>
    m[2] !== undefined ? { id: m[2] } : { key: m[1]! },
  );
}

const MISSING = Symbol('missing');

/**
 * The record with `value` at `path` (lib/sync/plan.ts fieldConflicts' paths); `undefined` removes
 * the key. Null when the path no longer leads anywhere (the topic was deleted since).
 */
export function setAtPath<T>(record: T, path: string, value: unknown): T | null {
  const go = (node: unknown, rest: ReturnType<typeof steps>): unknown => {
    const [step, ...more] = rest;
    if (!step) return value;
    if (step.id !== undefined) {
      const at = Array.isArray(node) ? node.findIndex((x) => isObj(x) && x.id === step.id) : -1;
      if (at < 0) return MISSING;
      const next = go((node as unknown[])[at], more);
      return next === MISSING ? MISSING : (node as unknown[]).map((x, i) => (i === at ? next : x));
    }
    if (!isObj(node)) return MISSING;
    const next = go(node[step.key!], more);
    if (next === MISSING) return MISSING;
    const { [step.key!]: _, ...others } = node;
    return next === undefined ? others : { ...node, [step.key!]: next };
  };
  const list = steps(path);
  const out = list.length ? go(record, list) : MISSING;
  return out === MISSING ? null : (out as T);
}
