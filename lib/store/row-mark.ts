/**
 * The item rows' change mark: a record of the `search` store (keyed ROWS_CHANGED; not indexed:
 * it has no terms) that every write of an action item updates in its own transaction, as a
 * derived record (lib/store/derived.ts): creates, saves, deletes, restores, a backup's batches
 * and synced records alike. It carries an epoch (new whenever the mark is made afresh: the store
 * cleared by delete-everything or a rebuilt search index), a sequence number and the ids of the
 * last LOG items changed, so rows held in memory (lib/store/row-cache.ts) are brought up to date
 * by reading only what changed. On the write path, so small: the panel's start-up is budgeted.
 */
import type { ActionItem } from '../schema';
import type { SearchRecord } from './db';
import type { Derived, Tx } from './derived';

/** The mark's key in the `search` store; below every record's id, like UNBUILT. */
export const ROWS_CHANGED = '\u0000rows';
/** Changes remembered: a query this far behind reads only the changed rows. */
const LOG = 16;

export interface RowsMark extends SearchRecord {
  epoch: string;
  seq: number;
  /** The ids of the last changes, oldest first; the last is change number `seq`. */
  changed: string[];
}

// The mark's fields are written together: one stands for all.
export const isMark = (v: unknown): v is RowsMark => typeof (v as RowsMark)?.epoch === 'string';
export const fresh = (changed: string[]): RowsMark => ({
  id: ROWS_CHANGED,
  meetingId: '',
  terms: [],
  epoch: crypto.randomUUID(),
  seq: changed.length,
  changed,
});

// The marks of one transaction, one after another, from the mark as the last one left it: a
// batch writes its records at once (lib/store/batch.ts), and two reads of the mark before either
// write would lose a change; the mark is read once per transaction, not once per item.
const queued = new WeakMap<object, Promise<RowsMark | null>>();

/** Records that item `id` changed (its row written or deleted), in the write's transaction. */
export function markChanged(tx: Tx, id: string): Promise<unknown> {
  const store = tx.objectStore('search');
  const last = queued.get(tx) ?? store.get(ROWS_CHANGED).then((m) => (isMark(m) ? m : null));
  const next = last.then(async (mark) => {
    const changed = mark
      ? { ...mark, seq: mark.seq + 1, changed: [...mark.changed, id].slice(-LOG) }
      : fresh([id]);
    await store.put(changed);
    return changed;
  });
  queued.set(tx, next);
  return next;
}

/** The mark as a derived record of the action items (lib/store/action-items.ts). */
export const rowsChanged: Derived<ActionItem> = {
  store: 'search',
  of: () => ({ id: ROWS_CHANGED }), // unused: `write` and `remove` do the writing
  write: (tx, item) => markChanged(tx, item.id),
  remove: (tx, id) => markChanged(tx, id),
};
