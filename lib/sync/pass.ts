/**
 * One sync pass of everything that syncs (meetings, then action items) against the shared
 * folder: for each kind, this computer's records and tombstones, lib/sync/run.ts `syncKind`, and
 * the last synced state kept. Pure: the records and the base come through `LocalSide`
 * (lib/store/sync-local.ts over IndexedDB), the server through a DavClient.
 *
 * A tombstone is a record synced before (it has a base) and no longer stored here: it went to the
 * trash, or further. A record that is stored but cannot be read is neither sent nor deleted.
 * A record saved here after the snapshot (the user typing while the pass runs) is never written
 * over: the write checks the stamp the snapshot read (lib/store/synced.ts), and a record that
 * moved on keeps its base and counts as pending, so the next pass merges it.
 */
import type { DavClient } from '../webdav/client';
import { docHash, SYNC_KINDS, type Digest, type SyncKind } from './document';
import type { BaseEntry } from './plan';
import { bodyConflicts, mergeBodies, recordTitle, shownConflicts } from './records';
import { syncKind, type SyncReport } from './run';
import type { SyncConflict, SyncStatus } from './status';

export interface LocalRecord {
  body: Record<string, unknown>;
  /** Changes with every write here (revision and time): an unchanged stamp, an unchanged record. */
  stamp: string;
}

export interface LocalSide {
  /**
   * The last synced state (lib/sync/plan.ts BaseEntry, without the content) and the records, read
   * together (one transaction: a delete-everything in between cannot make every record look
   * deleted): the readable ones as bodies (lib/sync/records.ts), the ids of all stored ones. One
   * whose stamp is the base's is unchanged since it was synced and need not be checked again.
   */
  snapshot(kind: SyncKind): Promise<{
    base: Map<string, BaseEntry>;
    live: Map<string, LocalRecord>;
    present: Set<string>;
  }>;
  /**
   * Writes a pulled or merged body (null: to the trash) if the record is still stored as the
   * snapshot read it (`expected`: its stamp then, null when it was not stored): the stamp of the
   * record as stored, null when deleted, false when it could not be imported (left for a later
   * pass), 'moved' when a save here came in between (nothing written: lib/store/synced.ts).
   */
  apply(
    kind: SyncKind,
    id: string,
    body: Record<string, unknown> | null,
    expected: string | null,
  ): Promise<string | null | false | 'moved'>;
  /** The base's content, for a merge. */
  baseBody(kind: SyncKind, id: string): Promise<unknown>;
  saveBase(kind: SyncKind, entries: readonly (readonly [string, BaseEntry])[]): Promise<void>;
}

export interface PassDeps {
  client: DavClient;
  root: readonly string[];
  digest: Digest;
  local: LocalSide;
  now: () => Date;
  kinds?: readonly SyncKind[];
  /**
   * Heard at each checkpoint of a long pass (the first one of thousands of records): the engine
   * writes its status then, an extension API call, which keeps a busy MV3 worker alive.
   */
  onProgress?: () => Promise<unknown>;
}

export interface PassResult {
  last: NonNullable<SyncStatus['last']>;
  conflicts: SyncConflict[];
  /** Records written here by the pass: the views are told (lib/adapters/sync.ts). */
  applied: { kind: SyncKind; id: string; deleted: boolean }[];
  /** Records changed here and still not on the server (a write that raced, a failed pass). */
  pending: number;
}

/** A pass's result before it starts; one that stops early leaves it as far as it got. */
export const emptyResult = (): PassResult => ({
  last: { pushed: 0, pulled: 0, merged: 0, damaged: 0, bytesSent: 0 },
  conflicts: [],
  applied: [],
  pending: 0,
});

/**
 * Runs the pass; a server error stops it and is thrown (the caller maps it to the status), after
 * keeping the base of every document that did travel, so nothing is sent twice.
 */
export async function syncPass(d: PassDeps, result = emptyResult()): Promise<PassResult> {
  for (const kind of d.kinds ?? SYNC_KINDS) {
    const report = await syncOneKind(d, kind, result);
    result.last.pushed += report.pushed.length;
    result.last.pulled += report.pulled.length;
    result.last.merged += report.merged.length;
    result.last.damaged += report.damaged.length;
    result.last.bytesSent += report.bytesSent;
  }
  return result;
}

async function syncOneKind(d: PassDeps, kind: SyncKind, result: PassResult): Promise<SyncReport> {
  const { base, live, present } = await d.local.snapshot(kind);
  const local = new Map<string, unknown>();
  const hashes = new Map<string, string>();
  for (const [id, { body, stamp }] of live) {
    local.set(id, body);
    const known = base.get(id);
    hashes.set(id, known?.stamp === stamp ? known.hash : await docHash(d.digest, kind, id, body));
  }
  for (const id of base.keys()) if (!live.has(id) && !present.has(id)) local.set(id, null);

  const before = new Map(base);
  const stamps = new Map<string, string | undefined>();
  /** Records saved here during the pass: the pass wrote nothing over them; still to send. */
  const moved = new Set<string>();
  /** The document hash of what the pass wrote here, by record. */
  const written = new Map<string, string>();
  const titles = new Map<string, string>();
  /** Saves the base entries that changed since the last save. */
  const keep = async () => {
    const changed = [...base].filter(([id, entry]) => before.get(id) !== entry);
    for (const [id, entry] of changed) {
      // The stamp says "this record is what the base holds": for a record written here, only
      // when the base is what was written (a merge stored here whose upload did not go through
      // has the other computer's version as its base: the record must be hashed again).
      entry.stamp = stamps.has(id)
        ? written.get(id) === entry.hash
          ? stamps.get(id)
          : undefined
        : live.get(id)?.stamp;
      before.set(id, entry);
    }
    await d.local.saveBase(kind, changed);
  };
  let report: SyncReport | null = null;
  try {
    report = await syncKind({
      client: d.client,
      root: d.root,
      kind,
      digest: d.digest,
      local,
      base,
      hashes,
      baseBody: (id) => d.local.baseBody(kind, id),
      merge: (b, l, r) => mergeBodies(kind, b, l, r),
      conflicts: (b, l, r) => bodyConflicts(kind, b, l, r),
      checkpoint: async () => {
        await keep();
        await d.onProgress?.();
      },
      apply: async (id, body) => {
        const expected = live.get(id)?.stamp ?? null;
        const stamp = await d.local.apply(
          kind,
          id,
          body as Record<string, unknown> | null,
          expected,
        );
        if (stamp === false) return false;
        if (stamp === 'moved') {
          moved.add(id);
          return 'moved';
        }
        stamps.set(id, stamp ?? undefined);
        written.set(id, await docHash(d.digest, kind, id, body));
        titles.set(id, recordTitle(body));
        result.applied.push({ kind, id, deleted: body === null });
      },
    });
  } finally {
    // What travelled is kept even when the pass stopped half-way: the next pass starts from it.
    await keep();
    // Pending: what is stored here now (as the pass read or wrote it) and not what the base
    // says is on the server, and what was saved during the pass.
    for (const id of new Set([...hashes.keys(), ...written.keys(), ...moved])) {
      const stored = written.get(id) ?? hashes.get(id);
      if (moved.has(id) || (stored !== undefined && base.get(id)?.hash !== stored))
        result.pending++;
    }
  }
  const at = d.now().toISOString();
  for (const { id, fields } of report.conflicts) {
    for (const f of shownConflicts(kind, fields)) {
      result.conflicts.push({
        kind,
        id,
        title: titles.get(id) ?? '',
        path: f.path,
        local: f.local,
        remote: f.remote,
        kept: f.kept ?? 'local',
        at,
      });
    }
  }
  return report;
}
