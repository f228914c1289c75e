/**
 * What one sync pass does, per document, from three states: this computer's records (their
 * document hash, lib/sync/document.ts), the last synced state (hash and ETag of each document as
 * this computer last wrote or read it: the base of a merge) and the server's listing (ETags).
 * Only what changed travels: a record whose hash equals the base is not pushed, a document whose
 * ETag equals the base is not pulled, so one edit among 2,000 meetings is one PUT.
 */
export interface BaseEntry {
  hash: string;
  etag: string;
  /**
   * The content last synced (a tombstone: null): the base of a three-way merge. Absent when the
   * caller keeps it apart and reads it only for a merge (lib/sync/run.ts `baseBody`).
   */
  body?: unknown;
  /**
   * The local record's revision and time when it was synced (lib/sync/pass.ts): while they
   * are the same the record is unchanged and its hash need not be computed again.
   */
  stamp?: string;
}

export type Step =
  /** Upload: If-Match the base ETag, or If-None-Match: * when the server has none. */
  | { op: 'push'; id: string; ifMatch: string | null }
  /** Download and import (nothing changed here since the base). */
  | { op: 'pull'; id: string }
  /** Both changed: download, merge with the base (three-way), upload If-Match the server's ETag. */
  | { op: 'merge'; id: string; ifMatch: string };

export function planSync(
  local: ReadonlyMap<string, string>,
  base: ReadonlyMap<string, BaseEntry>,
  remote: ReadonlyMap<string, string>,
): Step[] {
  const steps: Step[] = [];
  const ids = new Set([...local.keys(), ...remote.keys()]);
  for (const id of [...ids].sort()) {
    const l = local.get(id);
    const b = base.get(id);
    const r = remote.get(id);
    const localChanged = l !== undefined && l !== b?.hash;
    const remoteChanged = r !== undefined && r !== b?.etag;
    if (localChanged && remoteChanged) {
      // Never synced here but on the server: merge against an empty base unless equal content.
      steps.push({ op: 'merge', id, ifMatch: r });
    } else if (localChanged) {
      steps.push({ op: 'push', id, ifMatch: r ?? null });
    } else if (remoteChanged) {
      steps.push({ op: 'pull', id });
    }
  }
  return steps;
}

/** A field both sides changed, to differing values: kept for the user to choose, never dropped. */
export interface FieldConflict {
  path: string;
  local: unknown;
  remote: unknown;
  /** Which value the merge kept, when not this computer's (lib/sync/person.ts: the later). */
  kept?: 'local' | 'remote';
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const byId = (v: unknown): Map<string, unknown> | null =>
  Array.isArray(v) && v.every((x) => isObj(x) && typeof x.id === 'string')
    ? new Map(v.map((x) => [(x as { id: string }).id, x]))
    : null;

/**
 * The fields lib/merge.ts `merge3` would settle by taking one side: both changed from the base,
 * to different values. Records in arrays are matched by id, like merge3 does.
 */
export function fieldConflicts(
  base: unknown,
  local: unknown,
  remote: unknown,
  path = '',
): FieldConflict[] {
  if (same(local, remote) || same(local, base) || same(remote, base)) return [];
  if (isObj(local) && isObj(remote)) {
    const b = isObj(base) ? base : {};
    const keys = new Set([...Object.keys(local), ...Object.keys(remote)]);
    return [...keys].flatMap((k) =>
      fieldConflicts(b[k], local[k], remote[k], path ? `${path}.${k}` : k),
    );
  }
  const [lb, ll, lr] = [byId(base) ?? new Map(), byId(local), byId(remote)];
  if (ll && lr) {
    return [...ll.keys()]
      .filter((id) => lr.has(id))
      .flatMap((id) => fieldConflicts(lb.get(id), ll.get(id), lr.get(id), `${path}[${id}]`));
  }
  return [{ path, local, remote }];
}
