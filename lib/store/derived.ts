/**
 * Records derived from each record of a store and written in the same transaction as it (the
 * meetings' summaries, lib/summary.ts; the action items' index rows, lib/plan/item-row.ts; the
 * search index's terms, lib/store/search-doc.ts): so
 * they can never disagree after a write, and a stopped browser leaves all or none. The generic
 * writers (lib/store/revisioned.ts, trash.ts, batch.ts) call these; only a repository that has
 * derived stores passes them.
 */
import type { IDBPTransaction } from 'idb';
import type { MinutesDB } from './db';

export type RecordStore = 'meetings' | 'actionItems';
export type DerivedStore = 'summaries' | 'search' | 'itemRows';

export interface Derived<T> {
  store: DerivedStore;
  /**
   * The derived record of `record`, keyed by its id, or by its id, U+0001 and more (an action
   * item's search terms carry their meeting's id, lib/search/doc.ts). Pure.
   */
  of: (record: T) => { id: string };
  /**
   * Loads what `of` needs, before the transaction opens (an IndexedDB transaction ends when a
   * task passes without a request, so nothing may be awaited in it but its own requests).
   */
  prepare?: () => Promise<unknown>;
  /**
   * Writes the derived record itself, where a plain put of `of(record)` costs too much: the
   * search index adds only a meeting's new terms (lib/store/search-write.ts).
   */
  write?: (tx: Tx, record: T) => Promise<unknown>;
  /**
   * Called instead of deleting the derived records when `id` goes: the item rows' change mark
   * (lib/store/row-cache.ts) records the delete rather than going with it.
   */
  remove?: (tx: Tx, id: string) => Promise<unknown>;
}

type List<T> = readonly Derived<T>[] | undefined;

/** The stores a write of `store` touches: itself, and its derived stores. */
export const storesFor = (store: RecordStore, derived: List<never>) => [
  store,
  ...(derived ?? []).map((d) => d.store),
];

/** Loads what the derived records need; awaited before a writing transaction opens. */
export const prepareDerived = (derived: List<never>) =>
  Promise.all((derived ?? []).map((d) => d.prepare?.()));

export type Tx = IDBPTransaction<MinutesDB, (RecordStore | DerivedStore | 'trash')[], 'readwrite'>;

/** Writes the derived records of `record` (stored under `record.id`) in `tx`. */
export async function putDerived<T>(tx: Tx, derived: List<T>, record: T) {
  for (const d of derived ?? []) {
    await (d.write ? d.write(tx, record) : tx.objectStore(d.store).put(d.of(record)));
  }
}

/** Deletes the derived records of `id` in `tx`: keyed `id`, or `id` U+0001 and more. */
export async function deleteDerived(tx: Tx, derived: List<never>, id: string) {
  const keys = IDBKeyRange.bound(id, `${id}\u0001\uffff`);
  for (const d of derived ?? []) {
    await (d.remove ? d.remove(tx, id) : tx.objectStore(d.store).delete(keys));
  }
}
