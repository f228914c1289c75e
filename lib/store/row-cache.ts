/**
 * The tracker's item rows held in memory between queries with words (lib/store/item-query.ts).
 * Words are matched in each row's text, which no index holds, so a change of words read every
 * row of its range: ~30 µs a row on fake-indexeddb, 400 ms for the 15,000 open items of 20,000
 * (test/bench/scale-sweep.run.ts). Held here, the next query reads the change mark
 * (lib/store/row-mark.ts) and, in the same transaction, only the rows of the items changed since
 * it was last read: every row again only when more than the mark remembers changed, or the
 * store was cleared.
 */
import type { ItemRow } from '../plan/item-row';
import type { MinutesDatabase } from './db';
import { fresh, isMark, ROWS_CHANGED } from './row-mark';

interface Held {
  epoch: string;
  seq: number;
  rows: Map<string, ItemRow>;
}
const held = new WeakMap<MinutesDatabase, Held>();

/** Every item row as stored now, from memory where the mark says nothing changed since. */
export async function heldRows(db: MinutesDatabase): Promise<ItemRow[]> {
  // Writing: without a mark yet (nothing written since this build, or the store cleared), one is
  // made first, so that a later clear of both stores cannot leave rows held that look current.
  const tx = db.transaction(['itemRows', 'search'], 'readwrite');
  const stored: unknown = await tx.objectStore('search').get(ROWS_CHANGED);
  const mark = isMark(stored) ? stored : fresh([]);
  if (mark !== stored) await tx.objectStore('search').put(mark);
  const have = held.get(db);
  const behind = have && have.epoch === mark.epoch ? mark.seq - have.seq : Infinity;
  if (have && behind >= 0 && behind <= mark.changed.length) {
    const ids = mark.changed.slice(mark.changed.length - behind);
    const rows = await Promise.all(ids.map((id) => tx.objectStore('itemRows').get(id)));
    await tx.done;
    ids.forEach((id, i) => {
      const row = rows[i] as ItemRow | undefined;
      if (row) have.rows.set(id, row);
      else have.rows.delete(id);
    });
    have.seq = mark.seq;
    return [...have.rows.values()];
  }
  const rows = (await tx.objectStore('itemRows').getAll()) as ItemRow[];
  await tx.done;
  held.set(db, { epoch: mark.epoch, seq: mark.seq, rows: new Map(rows.map((r) => [r.id, r])) });
  return rows;
}
