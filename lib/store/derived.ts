/**
 * A record derived from each record of a store and written in the same transaction as it
 * (the meetings' summaries, lib/summary.ts; the action items' index rows, lib/plan/item-row.ts): so the two can never disagree after a write, and
 * a stopped browser leaves both or neither. The generic writers (lib/store/revisioned.ts,
 * trash.ts, batch.ts) call these; only a repository that has a derived store passes one.
 */
import type { IDBPTransaction } from 'idb';
import type { MinutesDB } from './db';

export type RecordStore = 'meetings' | 'actionItems';
export type DerivedStore = 'summaries' | 'itemRows';

export interface Derived<T> {
  store: DerivedStore;
  /** The derived record of `record`, keyed by the same id. Pure. */
  of: (record: T) => { id: string };
}

/** The stores a write of `store` touches: itself, and its derived store if it has one. */
export const storesFor = (store: RecordStore, derived?: Derived<never>) =>
  derived ? [store, derived.store] : [store];

type Tx = IDBPTransaction<MinutesDB, (RecordStore | DerivedStore | 'trash')[], 'readwrite'>;

/** Writes the derived record of `record` (stored under `record.id`) in `tx`. */
export async function putDerived<T>(tx: Tx, derived: Derived<T> | undefined, record: T) {
  if (derived) await tx.objectStore(derived.store).put(derived.of(record));
}

/** Deletes the derived record of `id` in `tx`. */
export async function deleteDerived(tx: Tx, derived: Derived<never> | undefined, id: string) {
  if (derived) await tx.objectStore(derived.store).delete(id);
}
