/**
 * An action item's index row: the fields the tracker filters and sorts on, kept in their own
 * store (`itemRows`, lib/store/db.ts) and written in the same transaction as the item
 * (lib/store/derived.ts), so the tracker pages through indexes instead of reading every item.
 *
 * Derived, never typed by anyone: not in backups, written again by a restore, rebuilt when
 * missing (lib/store/item-query.ts). A separate store rather than extra fields on the item: the
 * item's schema, its merges and the backup format stay as they are, and only the small row
 * carries the six indexes.
 */
import type { FilterFields } from './filter';
import { effectiveDue, isOpen } from './due';
import type { ActionItem } from '../schema';

/** Sorts after every `YYYY-MM-DD`: items without a due day come last, as in lib/plan/filter.ts. */
export const NO_DUE = '~';

export interface ItemRow extends FilterFields {
  /** 1 while the item is not done: IndexedDB cannot index booleans. */
  open: 0 | 1;
  /** The effective due day (lib/plan/due.ts), or NO_DUE. Indexed. */
  due: string;
  /**
   * The texts the tracker's words are matched in (task, notes, support; lib/plan/filter.ts),
   * lowercased, so words filter the rows without reading the items: reading them made a change
   * of filter with words take 1.3 s at 20,000 items (test/bench/scale-sweep.run.ts). Since
   * version 7.
   */
  text: string;
}

/** The row of a (parsed) item. Pure. */
export function itemRow(item: ActionItem): ItemRow {
  return {
    id: item.id,
    meetingId: item.meetingId,
    series: item.series,
    ownerName: item.ownerName,
    ownerDepartment: item.ownerDepartment,
    status: item.status,
    dueDate: item.dueDate,
    revisedDueDate: item.revisedDueDate,
    ownerConfirmed: item.ownerConfirmed,
    updatedAt: item.updatedAt,
    open: isOpen(item) ? 1 : 0,
    due: effectiveDue(item) ?? NO_DUE,
    text: [item.task, item.notes, item.support].join('\n').toLowerCase(),
  };
}
