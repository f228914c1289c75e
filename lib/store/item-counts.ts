/**
 * How many action items each meeting has, and how many are still open, for the meetings list's
 * rows: counted from the `itemRows` index by meeting (lib/store/db-schema.ts ROW_INDEXES), two
 * key ranges per meeting, no item read. Counted when shown rather than kept in the summary: items
 * are written apart from their meeting, so a stored count would go stale on every item edit
 * (lib/summary.ts).
 */
import type { MinutesDatabase } from './db';

export interface ItemCount {
  /** Every item of the meeting, done or not. */
  total: number;
  /** Those not done yet. */
  open: number;
}

// Arrays sort after every number and string in IndexedDB keys, so `[id, []]` closes the range
// of every `[id, open, due]`, and `[id, 1, []]` that of the open ones.
const all = (id: string) => IDBKeyRange.bound([id], [id, []]);
const open = (id: string) => IDBKeyRange.bound([id, 1], [id, 1, []]);

export async function itemCounts(
  db: MinutesDatabase,
  meetingIds: readonly string[],
): Promise<ItemCount[]> {
  const index = db.transaction('itemRows').store.index('by-meeting-open-due');
  return Promise.all(
    meetingIds.map(async (id) => {
      const [total, openCount] = await Promise.all([index.count(all(id)), index.count(open(id))]);
      return { total, open: openCount };
    }),
  );
}
