/**
 * The tracker's queries over every action item (跨会议行动项跟踪): filter, search, sort, and the
 * flags that ask for attention. Pure and O(n log n): each item is looked at once to filter and to
 * build its sort key, then one sort, so thousands of items answer at typing speed.
 *
 * Due buckets are computed in the user's time zone from `now`, weeks starting on Monday, and are
 * cumulative deadlines: 'overdue' (open, due before today), 'thisWeek' (due by this Sunday, and
 * not overdue, so a done item due last month is here too), 'nextWeek', 'later', 'noDate'.
 */
import type { ActionItem, Status } from '../schema';
import { addDays, dayIn, weekStart } from './calendar';
import { effectiveDue, isOpen, isOverdue } from './due';

export const DUE_BUCKETS = ['overdue', 'thisWeek', 'nextWeek', 'later', 'noDate'] as const;
export type DueBucket = (typeof DUE_BUCKETS)[number];
export const SORT_KEYS = ['due', 'status', 'owner', 'department', 'updated'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const ATTENTION_FLAGS = ['noOwner', 'noDueDate', 'notConfirmed'] as const;
export type AttentionFlag = (typeof ATTENTION_FLAGS)[number];

export interface TrackerQuery {
  /** Each list, when given and not empty, keeps items whose value is one of its entries. */
  departments?: readonly string[];
  owners?: readonly string[];
  statuses?: readonly Status[];
  series?: readonly string[];
  meetingIds?: readonly string[];
  buckets?: readonly DueBucket[];
  /** Only items with at least one attention flag. */
  needsAttention?: boolean;
  /** Words separated by spaces; each must occur in task, notes, support, owner or department. */
  text?: string;
  sort?: SortKey;
  /** Default: ascending, except 'updated' (newest first). */
  descending?: boolean;
}

/**
 * The fields the filters and sorts read: an action item, or its index row (lib/plan/item-row.ts),
 * which has these and not the texts (so a query without words never reads whole items).
 */
export type FilterFields = Pick<
  ActionItem,
  | 'id'
  | 'meetingId'
  | 'series'
  | 'ownerName'
  | 'ownerDepartment'
  | 'status'
  | 'dueDate'
  | 'revisedDueDate'
  | 'ownerConfirmed'
  | 'updatedAt'
>;
type TextFields = Partial<Pick<ActionItem, 'task' | 'notes' | 'support'>> & {
  /** Task, notes and support joined and lowercased, as an index row holds them (item-row.ts). */
  text?: string;
};

/** Which bucket an item's due day falls in, seen from `today` (`YYYY-MM-DD` in the user's zone). */
export function dueBucket(item: FilterFields, today: string): DueBucket {
  return bucketer(today)(item);
}

/** The bucket function for one day, with the week bounds computed once. */
function bucketer(today: string): (item: FilterFields) => DueBucket {
  const nextMonday = addDays(weekStart(today), 7);
  const mondayAfter = addDays(nextMonday, 7);
  return (item) => {
    const due = effectiveDue(item);
    if (due === null) return 'noDate';
    if (isOverdue(item, today)) return 'overdue';
    if (due < nextMonday) return 'thisWeek';
    return due < mondayAfter ? 'nextWeek' : 'later';
  };
}

/** What is missing for an open item to be a real commitment (做什么、谁负责、何时完成、确认). */
export function attention(item: FilterFields): AttentionFlag[] {
  if (!isOpen(item)) return [];
  const flags: AttentionFlag[] = [];
  if (item.ownerName.trim() === '') flags.push('noOwner');
  if (item.dueDate === null) flags.push('noDueDate');
  if (!item.ownerConfirmed) flags.push('notConfirmed');
  return flags;
}

// Open first, most pressing first: a delayed item has already slipped once.
const STATUS_ORDER: Record<Status, number> = {
  delayed: 0,
  in_progress: 1,
  not_started: 2,
  done: 3,
};
const collator = new Intl.Collator('zh-CN', { numeric: true });

const set = <T>(list: readonly T[] | undefined) => (list && list.length > 0 ? new Set(list) : null);

export function queryItems<T extends FilterFields & TextFields>(
  items: readonly T[],
  query: TrackerQuery,
  now: Date,
  timeZone: string,
): T[] {
  const kept = items.filter(itemFilter(query, now, timeZone));
  return sortItems(kept, query.sort ?? 'due', query.descending);
}

/**
 * The filter of `query` as one predicate, for an item or its index row (lib/plan/item-row.ts),
 * whose `text` holds the texts words are matched in.
 */
export function itemFilter(
  query: TrackerQuery,
  now: Date,
  timeZone: string,
): (item: FilterFields & TextFields) => boolean {
  const bucket = bucketer(dayIn(now, timeZone));
  const departments = set(query.departments);
  const owners = set(query.owners);
  const statuses = set(query.statuses);
  const series = set(query.series);
  const meetings = set(query.meetingIds);
  const buckets = set(query.buckets);
  const words = (query.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);

  return (item) =>
    (!departments || departments.has(item.ownerDepartment)) &&
    (!owners || owners.has(item.ownerName)) &&
    (!statuses || statuses.has(item.status)) &&
    (!series || series.has(item.series)) &&
    (!meetings || meetings.has(item.meetingId)) &&
    (!buckets || buckets.has(bucket(item))) &&
    (!query.needsAttention || attention(item).length > 0) &&
    (words.length === 0 || matches(item, words));
}

/**
 * Each word in the texts (task, notes, support), the owner or the department. A word holds no
 * space (they split the query), so it cannot span two of them: the texts are looked at apart,
 * a row's as it holds them, without joining all five for each item (that took 50-170 ms of a
 * change of words at 20,000 items, test/bench/scale-sweep.run.ts).
 */
function matches(item: FilterFields & TextFields, words: string[]): boolean {
  const text = item.text ?? [item.task, item.notes, item.support].join('\n').toLowerCase();
  return words.every(
    (w) =>
      text.includes(w) ||
      item.ownerName.toLowerCase().includes(w) ||
      item.ownerDepartment.toLowerCase().includes(w),
  );
}

/** Sorted copy; empty values last whichever the direction; ties by due day, then id. */
export function sortItems<T extends FilterFields>(
  items: readonly T[],
  by: SortKey,
  descending = by === 'updated',
): T[] {
  const sign = descending ? -1 : 1;
  const compare = by === 'owner' || by === 'department' ? collator.compare : plain;
  const keyed = items.map((item) => ({ item, key: sortKey(item, by), due: effectiveDue(item) }));
  keyed.sort(
    (a, b) =>
      nullsLast(a.key, b.key, (x, y) => sign * compare(x, y)) ||
      nullsLast(a.due, b.due, plain) ||
      plain(a.item.id, b.item.id),
  );
  return keyed.map((k) => k.item);
}

/** The value sorted on; null for "not filled in". ISO days and instants sort as text. */
function sortKey(item: FilterFields, by: SortKey): string | null {
  const orNull = (s: string) => (s.trim() === '' ? null : s);
  switch (by) {
    case 'due':
      return effectiveDue(item);
    case 'status':
      return String(STATUS_ORDER[item.status]);
    case 'owner':
      return orNull(item.ownerName);
    case 'department':
      return orNull(item.ownerDepartment);
    case 'updated':
      return item.updatedAt;
  }
}

const plain = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function nullsLast(a: string | null, b: string | null, compare: (x: string, y: string) => number) {
  if (a === b) return 0;
  if (a === null) return 1;
  return b === null ? -1 : compare(a, b);
}
