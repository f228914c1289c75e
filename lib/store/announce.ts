/**
 * Repositories that announce their own writes: wraps a view's stores (IndexedDB here, or the
 * background's through lib/store/remote.ts) so that every create, save, delete and restore is
 * published on the change feed once it is stored, as written by this view. Components then only
 * write and listen; none publishes by hand (test/unit/conventions.test.ts).
 */
import type { RestoreOutcome } from './batch';
import type { ChangeFeed, RecordStore } from './changes';
import { ITEM_METHODS, MEETING_METHODS, type Stores } from './remote';
import type { TrashRestore } from './trash';

interface Writes<T extends { id: string; rev: number }> {
  create(record: T): Promise<T>;
  save(base: T, local: T): Promise<{ saved: T; merged: boolean }>;
  remove(id: string): Promise<void>;
  restore(id: string): Promise<TrashRestore | null>;
  restoreMany(records: readonly T[], replace: boolean): Promise<RestoreOutcome[]>;
}

export function announcing(
  stores: Stores,
  feed: Pick<ChangeFeed, 'publish'>,
  from: string,
): Stores {
  return {
    meetings: announce(stores.meetings, MEETING_METHODS, 'meetings', feed, from),
    items: announce(stores.items, ITEM_METHODS, 'actionItems', feed, from),
  };
}

function announce<S extends Writes<T>, T extends { id: string; rev: number }>(
  inner: S,
  methods: readonly string[],
  store: RecordStore,
  { publish }: Pick<ChangeFeed, 'publish'>,
  from: string,
): S {
  const target = inner as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  const out: Record<string, unknown> = {};
  // Reads pass through.
  for (const name of methods) {
    if (typeof target[name] === 'function') out[name] = (...a: unknown[]) => target[name]!(...a);
  }
  const writes: Writes<T> = {
    async create(record) {
      const created = await inner.create(record);
      publish({ kind: 'saved', store, id: created.id, rev: created.rev, from });
      return created;
    },
    async save(base, local) {
      const result = await inner.save(base, local);
      publish({ kind: 'saved', store, id: result.saved.id, rev: result.saved.rev, from });
      return result;
    },
    async remove(id) {
      await inner.remove(id);
      publish({ kind: 'removed', store, id, from });
    },
    async restore(id) {
      const back = await inner.restore(id);
      if (back) publish({ kind: 'restored', store, id: back.id, from });
      return back;
    },
    // A backup restore writes thousands of records in batches: one message per batch, not per
    // record; every view reads again.
    async restoreMany(records, replace) {
      const outcomes = await inner.restoreMany(records, replace);
      if (outcomes.some((o) => o.kind !== 'skipped')) publish({ kind: 'reset', from });
      return outcomes;
    },
  };
  return Object.assign(out, writes) as unknown as S;
}
