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
import {
  countRows,
  distinct,
  matchingRows,
  pageRows,
  type ItemQuery,
  type PageCursor,
} from './item-query';
import { RevisionedRepo, type DamagedRecord, type SaveResult } from './revisioned';

export type { ItemQuery, PageCursor } from './item-query';

export type ItemSaveResult = SaveResult<ActionItem>;

const MAX_HISTORY = 5000;
const order = (item: ActionItem) => Date.parse(item.createdAt);
const derived: Derived<ActionItem> = { store: 'itemRows', of: itemRow };

export interface ItemPage {
  items: ActionItem[];
  /** Where the next page starts; null on the last page. */
  next: PageCursor | null;
  /** Items that cannot be read (kept aside in the quarantine), found while checking the rows. */
  damaged: number;
}

export class ActionItemRepo extends RevisionedRepo<ActionItem> {
  private rowsChecked: Promise<number> | null = null;

  constructor(db: MinutesDatabase, clock?: () => Date) {
    super(db, { store: 'actionItems', parse: parseActionItem, merge: mergeItem, derived }, clock);
  }

  /**
   * One page of the items matching `query`, through the `itemRows` indexes
   * (lib/store/item-query.ts): reads the rows of about one page and then those items.
   */
  async page(query: ItemQuery, after: PageCursor | null, size: number): Promise<ItemPage> {
    const damaged = await this.checkRows();
    const { rows, next } = await pageRows(this.db, query, after, size);
    const found = await this.getMany(rows.map((r) => r.id));
    const items = found.filter((x): x is ActionItem => x !== null && !('reason' in x));
    return { items, next, damaged: damaged + found.length - items.length - count(found, null) };
  }

  /** How many items match `query`, without reading them. */
  async count(query: ItemQuery): Promise<number> {
    await this.checkRows();
    return countRows(this.db, query);
  }

  /** The ids of every item matching `query`, in order (the weekly review's queue). */
  async ids(query: ItemQuery): Promise<string[]> {
    await this.checkRows();
    return (await matchingRows(this.db, query)).map((r) => r.id);
  }

  /** The owners and departments that occur, each once, for the filters. */
  async facets(): Promise<{ owners: string[]; departments: string[] }> {
    await this.checkRows();
    const [owners, departments] = await Promise.all([
      distinct(this.db, 'by-owner-due'),
      distinct(this.db, 'by-department-due'),
    ]);
    return { owners, departments };
  }

  /**
   * Once per repository: every readable item has its row and every row its item. Every write
   * goes through this repository, so they only differ after records were put by other means
   * (a database from elsewhere, a test's seed); then the rows are written again from the items.
   * Returns how many items cannot be read (they have no row and are kept aside).
   */
  private checkRows(): Promise<number> {
    this.rowsChecked ??= this.repairRows().catch((e: unknown) => {
      this.rowsChecked = null;
      throw e;
    });
    return this.rowsChecked;
  }

  private async repairRows(): Promise<number> {
    const [items, rows] = await Promise.all([
      this.db.count('actionItems'),
      this.db.count('itemRows'),
    ]);
    if (items === rows) return 0;
    const [itemKeys, rowKeys] = await Promise.all([
      this.db.getAllKeys('actionItems'),
      this.db.getAllKeys('itemRows'),
    ]);
    const have = new Set(itemKeys);
    const rowed = new Set(rowKeys);
    const tx = this.db.transaction(['actionItems', 'itemRows'], 'readwrite');
    const unreadable: { raw: unknown; reason: string }[] = [];
    await Promise.all([
      ...itemKeys
        .filter((id) => !rowed.has(id))
        .map(async (id) => {
          const raw: unknown = await tx.objectStore('actionItems').get(id);
          const parsed = this.kind.parse(raw);
          if (parsed.ok) await tx.objectStore('itemRows').put(itemRow(parsed.value));
          else unreadable.push({ raw, reason: parsed.reason });
        }),
      ...rowKeys.filter((id) => !have.has(id)).map((id) => tx.objectStore('itemRows').delete(id)),
    ]);
    await tx.done;
    for (const { raw, reason } of unreadable) await this.quarantine(raw, reason);
    return unreadable.length;
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

const count = <T>(list: readonly T[], value: T) => list.filter((x) => x === value).length;

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
