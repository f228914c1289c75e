/**
 * The tracker's queries through the `itemRows` indexes (lib/store/db.ts, version 4): a page of
 * rows by cursor, a count, the owners and departments that occur. Never reads every item:
 *
 * - sorted by due day, ascending, without words: one cursor walk of the narrowest index range
 *   (a meeting's, owner's or department's open or done items, a status, the open items, the
 *   overdue ones), stopping after one page; the rest of
 *   the filter is checked on each row (lib/plan/filter.ts, the same predicate as everywhere);
 * - any other sort or words: the rows of that range read at once (small: the texts words are
 *   matched in, lowercased, and no more), filtered and sorted in memory, paged by offset.
 *
 * A count is the range's `count()` when the range is the whole filter, else the rows filtered.
 */
import { itemFilter, sortItems } from '../plan/filter';
import { itemRow, type ItemRow } from '../plan/item-row';
import { parseActionItem, type ActionItem } from '../schema';
import { readSummary } from '../summary';
import type { MinutesDatabase } from './db';
import { none, plan, range, type ItemQuery, type PageCursor } from './item-plan';
import { heldRows } from './row-cache';
import { fresh } from './row-mark';

export type { ItemQuery, PageCursor } from './item-plan';
export { heldRows } from './row-cache';

// A project filter reads the meetings' projects (withMeetingSeries), so it pages in memory too.
const walks = (q: ItemQuery) =>
  (q.sort ?? 'due') === 'due' && !q.descending && !q.text?.trim() && none(q.series);

/** The rows of one page of `q`, and where the next starts (null: this was the last). */
export async function pageRows(
  db: MinutesDatabase,
  q: ItemQuery,
  after: PageCursor | null,
  size: number,
): Promise<{ rows: ItemRow[]; next: PageCursor | null }> {
  const p = plan(q);
  if (!walks(q) || p.ordered === false || (after !== null && 'offset' in after)) {
    const all = await matchingRows(db, q);
    const from = after && 'offset' in after ? after.offset : 0;
    const rows = all.slice(from, from + size);
    return { rows, next: from + size < all.length ? { offset: from + size } : null };
  }
  const keep = itemFilter(q, new Date(q.now), q.timeZone);
  const tx = db.transaction('itemRows');
  const source = p.index ? tx.store.index(p.index) : tx.store.index('by-due');
  let cursor = await source.openCursor(range(p, after?.due));
  const rows: ItemRow[] = [];
  let more = false;
  while (cursor) {
    const row = cursor.value as ItemRow;
    const seen = after !== null && row.due === after.due && row.id <= after.id;
    if (!seen && keep(row)) {
      if (rows.length === size) {
        more = true;
        break;
      }
      rows.push(row);
    }
    cursor = await cursor.continue();
  }
  const last = rows.at(-1);
  return { rows, next: more && last ? { due: last.due, id: last.id } : null };
}

export interface ItemPage {
  items: ActionItem[];
  /** Where the next page starts; null on the last page. */
  next: PageCursor | null;
  /** Items that cannot be read (kept aside in the quarantine). */
  damaged: number;
}

/** One page of items: its rows, then those items (`damaged`: found unreadable so far). */
export async function page(
  repo: { getMany: (ids: string[]) => Promise<(ActionItem | null | { reason: string })[]> },
  db: MinutesDatabase,
  damaged: number,
  q: ItemQuery,
  after: PageCursor | null,
  size: number,
): Promise<ItemPage> {
  const { rows, next } = await pageRows(db, q, after, size);
  const found = await repo.getMany(rows.map((r) => r.id));
  const items = found.filter((x): x is ActionItem => x !== null && !('reason' in x));
  return { items, next, damaged: damaged + found.filter((x) => x && 'reason' in x).length };
}

/** The owners and departments that occur, each once, for the filters. */
export async function facets(db: MinutesDatabase) {
  const [owners, departments] = await Promise.all([
    distinct(db, 'by-owner-open-due'),
    distinct(db, 'by-department-open-due'),
  ]);
  return { owners, departments };
}

/** How many items match `q`. */
export async function countRows(db: MinutesDatabase, q: ItemQuery): Promise<number> {
  const p = plan(q);
  if (p.exact) {
    return p.index ? db.countFromIndex('itemRows', p.index, range(p)) : db.count('itemRows');
  }
  return (await matchingRows(db, q)).length;
}

/**
 * The same query asked twice at once (the tracker asks for a page and its count together) is
 * answered by one pass: with words, each pass reads items. Forgotten once answered, so a later
 * query reads what is stored then.
 */
const asked = new WeakMap<MinutesDatabase, Map<string, Promise<ItemRow[]>>>();

/** Every row matching `q`, in its order (ids for the weekly review's queue, offset pages). */
export function matchingRows(db: MinutesDatabase, q: ItemQuery): Promise<ItemRow[]> {
  let pending = asked.get(db);
  if (!pending) asked.set(db, (pending = new Map()));
  const key = JSON.stringify(q);
  let answer = pending.get(key);
  if (!answer) {
    answer = readMatching(db, q).finally(() => pending.delete(key));
    pending.set(key, answer);
  }
  return answer;
}

async function readMatching(db: MinutesDatabase, q: ItemQuery): Promise<ItemRow[]> {
  const p = plan(q);
  const words = q.text?.trim();
  // With words, every row of the range is looked at: from the rows held in memory
  // (lib/store/row-cache.ts; read when the words field is focused), filtered by the whole
  // query, which the range only narrows.
  const raws = words
    ? await heldRows(db)
    : p.index
      ? await db.getAllFromIndex('itemRows', p.index, range(p))
      : await db.getAll('itemRows');
  let rows = raws as ItemRow[];
  if (!none(q.series)) rows = await withMeetingSeries(db, rows);
  // Words are matched in the row's text (lib/plan/item-row.ts). Every row has one since version
  // 7 rewrote them: a build older than that cannot open the database to write one without.
  const found = rows.filter(itemFilter(q, new Date(q.now), q.timeZone));
  return sortItems(found, q.sort ?? 'due', q.descending);
}

/** Items filed under no project follow their meeting's (as the tracker shows them). */
async function withMeetingSeries(db: MinutesDatabase, rows: ItemRow[]) {
  if (rows.every((r) => r.series)) return rows;
  const series = new Map<string, string>();
  for (const raw of await db.getAll('summaries')) {
    const s = readSummary(raw);
    if (s) series.set(s.id, s.series);
  }
  return rows.map((r) => (r.series ? r : { ...r, series: series.get(r.meetingId) ?? '' }));
}

/**
 * The distinct values of an indexed field, one index seek per value (not one per row): a new
 * cursor from above each value. Not `continue(key)`: fake-indexeddb steps through every entry up
 * to the key (140 ms for 46 values at 20,000 items, test/bench/scale-sweep.run.ts).
 */
export async function distinct(
  db: MinutesDatabase,
  index: 'by-owner-open-due' | 'by-department-open-due',
): Promise<string[]> {
  const values: string[] = [];
  const source = db.transaction('itemRows').store.index(index);
  let cursor = await source.openKeyCursor();
  while (cursor) {
    const value = (cursor.key as [string, number, string])[0];
    values.push(value);
    // An array sorts after every number, so [value, []] is above every key of `value`.
    cursor = await source.openKeyCursor(IDBKeyRange.lowerBound([value, []], true));
  }
  return values;
}

/**
 * Every readable item has its row and every row its item. Every write goes through the
 * repository (lib/store/action-items.ts), so they only differ after records were put by other
 * means (a database from elsewhere, a test's seed); then the rows are written again from the
 * items. Returns how many items cannot be read (they get no row and are kept aside).
 */
export async function repairRows(
  db: MinutesDatabase,
  quarantine: (raw: unknown, reason: string) => Promise<unknown>,
): Promise<number> {
  const [items, rows] = await Promise.all([db.count('actionItems'), db.count('itemRows')]);
  if (items === rows) return 0;
  const [itemKeys, rowKeys] = await Promise.all([
    db.getAllKeys('actionItems'),
    db.getAllKeys('itemRows'),
  ]);
  const have = new Set(itemKeys);
  const rowed = new Set(rowKeys);
  const tx = db.transaction(['actionItems', 'itemRows', 'search'], 'readwrite');
  const unreadable: { raw: unknown; reason: string }[] = [];
  await Promise.all([
    // Rows held in memory are read again (lib/store/row-mark.ts).
    tx.objectStore('search').put(fresh([])),
    ...itemKeys
      .filter((id) => !rowed.has(id))
      .map(async (id) => {
        const raw: unknown = await tx.objectStore('actionItems').get(id);
        const parsed = parseActionItem(raw);
        if (parsed.ok) await tx.objectStore('itemRows').put(itemRow(parsed.value));
        else unreadable.push({ raw, reason: parsed.reason });
      }),
    ...rowKeys.filter((id) => !have.has(id)).map((id) => tx.objectStore('itemRows').delete(id)),
  ]);
  await tx.done;
  for (const { raw, reason } of unreadable) await quarantine(raw, reason);
  return unreadable.length;
}
