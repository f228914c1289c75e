/**
 * The action-items repository: each row of the 行动计划表 stored on its own, so it can be tracked
 * across meetings. A revisioned store (lib/store/revisioned.ts) with one difference in the merge:
 * `history` entries have no id, so merge3 would let the saving view's trail replace the other's.
 * The trail is append-only, so the merge keeps the stored entries and adds the ones this view
 * appended since its base: both updates stay on record.
 */
import { deepEqual, merge3 } from '../merge';
import { itemRow } from '../plan/item-row';
import { parseActionItem, type ActionItem } from '../schema';
import type { MinutesDatabase } from './db';
import type { Derived } from './derived';
import type { ItemCount } from './item-counts';
import type { ItemPage, ItemQuery, PageCursor } from './item-query';
import { itemSearch } from './search-doc';
import { rowsChanged } from './row-mark';
import { RevisionedRepo, type DamagedRecord, type SaveResult } from './revisioned';

export type { ItemPage, ItemQuery, PageCursor } from './item-query';

export type ItemSaveResult = SaveResult<ActionItem>;

const MAX_HISTORY = 5000;
const order = (item: ActionItem) => Date.parse(item.createdAt);
const rows: Derived<ActionItem> = { store: 'itemRows', of: itemRow };
// The queries (and the filters they share with lib/plan/filter.ts) load on first use: only the
// tracker pages items, and the panel's start-up has a byte budget (test/build/budgets.test.ts).
type Queries = typeof import('./item-query');

export class ActionItemRepo extends RevisionedRepo<ActionItem> {
  private rowsChecked: Promise<number> | null = null;

  constructor(db: MinutesDatabase, clock?: () => Date) {
    super(
      db,
      {
        store: 'actionItems',
        parse: parseActionItem,
        merge: mergeItem,
        derived: [rows, itemSearch, rowsChanged],
      },
      clock,
    );
  }

  // The tracker's queries (lib/store/item-query.ts), loaded on first use; each first makes sure
  // every readable item has its index row (repairRows), once per repository.

  /** One page of the items matching `query`, read through the `itemRows` indexes. */
  page(query: ItemQuery, after: PageCursor | null, size: number): Promise<ItemPage> {
    return this.query((q, damaged) => q.page(this, this.db, damaged, query, after, size));
  }

  /** How many items match `query`, without reading them. */
  count(query: ItemQuery): Promise<number> {
    return this.query((q) => q.countRows(this.db, query));
  }

  /** The ids of every item matching `query`, in order (the weekly review's queue). */
  ids(query: ItemQuery): Promise<string[]> {
    return this.query(async (q) => (await q.matchingRows(this.db, query)).map((r) => r.id));
  }

  /**
   * Reads the rows words are matched in ahead of the first change of words (the tracker asks
   * when its words field is focused): that change then reads only what changed since.
   */
  prepareWords(): Promise<void> {
    return this.query(async (q) => void (await q.heldRows(this.db)));
  }

  /** The owners and departments that occur, each once, for the filters. */
  facets(): Promise<{ owners: string[]; departments: string[] }> {
    return this.query((q) => q.facets(this.db));
  }

  /**
   * For each meeting of `meetingIds`, how many items it has and how many are open (the meetings
   * list shows them beside each meeting; lib/store/item-counts.ts).
   */
  itemCounts(meetingIds: readonly string[]): Promise<ItemCount[]> {
    return this.query(async () => (await import('./item-counts')).itemCounts(this.db, meetingIds));
  }

  private async query<R>(run: (q: Queries, damaged: number) => Promise<R>): Promise<R> {
    const q = await import('./item-query');
    this.rowsChecked ??= q
      .repairRows(this.db, (raw, reason) => this.quarantine(raw, reason))
      .catch((e: unknown) => {
        this.rowsChecked = null;
        throw e;
      });
    return run(q, await this.rowsChecked);
  }

  /** Every readable item (the tracker filters and sorts them, lib/plan/filter.ts). */
  async listAll(): Promise<{ items: ActionItem[]; damaged: DamagedRecord[] }> {
    const { records, damaged } = await this.readAll(this.db.getAll('actionItems'));
    return { items: records, damaged };
  }

  /** The rows of one meeting's plan, oldest first (table order). */
  async listByMeeting(
    meetingId: string,
  ): Promise<{ items: ActionItem[]; damaged: DamagedRecord[] }> {
    const { records, damaged } = await this.readAll(
      this.db.getAllFromIndex('actionItems', 'by-meeting', meetingId),
    );
    records.sort((a, b) => order(a) - order(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { items: records, damaged };
  }
}

function mergeItem(base: ActionItem, local: ActionItem, stored: ActionItem): ActionItem {
  return { ...merge3(base, local, stored), history: mergeHistory(base, local, stored) };
}

/** The stored trail plus what this view appended since `base` (the trail only ever grows). */
function mergeHistory(base: ActionItem, local: ActionItem, stored: ActionItem) {
  // Found by content, not length: a trail at its cap drops its oldest entry as it grows.
  const last = base.history[base.history.length - 1];
  let from = last === undefined ? 0 : local.history.length;
  while (from > 0 && !deepEqual(local.history[from - 1], last)) from--;
  if (last !== undefined && from === 0) from = base.history.length;
  return [...stored.history, ...local.history.slice(from)].slice(-MAX_HISTORY);
}
