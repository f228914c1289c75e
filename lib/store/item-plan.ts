/**
 * How a tracker query reads the `itemRows` indexes (lib/store/db.ts, version 4): the narrowest
 * index range for the filter and its key bounds, pure. The reads are in lib/store/item-query.ts.
 */
import { dayIn } from '../plan/calendar';
import type { TrackerQuery } from '../plan/filter';
import type { RowIndex } from './db';

/** A tracker query as it crosses to the background: the clock and zone travel with it. */
export interface ItemQuery extends TrackerQuery {
  /** An ISO instant: "today" and the due buckets are computed from it, in `timeZone`. */
  now: string;
  timeZone: string;
}

/** Where the next page starts: after a row (cursor walks), or at an offset (in-memory pages). */
export type PageCursor = { due: string; id: string } | { offset: number };

export interface Plan {
  index: RowIndex | null;
  prefix: (string | number)[];
  /** Exclusive upper bound on the due day (the overdue bucket). */
  before?: string;
  /** The range holds exactly the matching rows (a count needs no filter). */
  exact: boolean;
  /** False when the range is not in due-day order (open and done rows of one owner). */
  ordered?: boolean;
}

const OPEN = ['not_started', 'in_progress', 'delayed'];
const one = <T>(list: readonly T[] | undefined) => (list?.length === 1 ? list[0] : undefined);
export const none = (list: readonly unknown[] | undefined) => !list || list.length === 0;

/** The narrowest index range for `q`: one equality, or the open items due before today. */
export function plan(q: ItemQuery): Plan {
  const status = one(q.statuses);
  const isOpenSet =
    q.statuses?.length === OPEN.length && OPEN.every((s) => q.statuses!.includes(s as never));
  const overdue = one(q.buckets) === 'overdue';
  const narrowed: [RowIndex, string][] = [];
  if (one(q.meetingIds) !== undefined) narrowed.push(['by-meeting-open-due', one(q.meetingIds)!]);
  if (one(q.owners) !== undefined) narrowed.push(['by-owner-open-due', one(q.owners)!]);
  if (one(q.departments) !== undefined) {
    narrowed.push(['by-department-open-due', one(q.departments)!]);
  }
  // Open (1) or done (0) as the statuses ask, when they are all one or the other.
  const openAs = isOpenSet || (status && status !== 'done') ? 1 : status === 'done' ? 0 : null;
  const filters =
    Number(!none(q.meetingIds)) +
    Number(!none(q.owners)) +
    Number(!none(q.departments)) +
    Number(!none(q.series)) +
    Number(!none(q.buckets)) +
    Number(!!q.needsAttention) +
    Number(!!q.text?.trim());
  if (narrowed.length > 0 && !overdue) {
    const [index, value] = narrowed[0]!;
    // The tracker's default (open items) with one owner, department or meeting is one range.
    if (openAs !== null) {
      const exact = filters === 1 && (isOpenSet || status === 'done');
      return { index, prefix: [value, openAs], exact };
    }
    return { index, prefix: [value], exact: filters === 1 && none(q.statuses), ordered: false };
  }
  if (status !== undefined) {
    return { index: 'by-status-due', prefix: [status], exact: filters === 0 };
  }
  if (overdue) {
    // Overdue means open and due before today: a range of the open rows.
    const before = dayIn(new Date(q.now), q.timeZone);
    const exact = filters === 1 && (none(q.statuses) || isOpenSet);
    return { index: 'by-open-due', prefix: [1], before, exact };
  }
  if (isOpenSet) return { index: 'by-open-due', prefix: [1], exact: filters === 0 };
  return { index: null, prefix: [], exact: filters === 0 && none(q.statuses) };
}

export function range(p: Plan, from?: string): IDBKeyRange | undefined {
  if (p.index === 'by-due' || p.index === null) {
    return from === undefined ? undefined : IDBKeyRange.lowerBound(from);
  }
  const low = from === undefined ? p.prefix : [...p.prefix, from];
  // An array sorts after every string, so [prefix, []] is above every [prefix, day].
  const high = p.before === undefined ? [...p.prefix, []] : [...p.prefix, p.before];
  return IDBKeyRange.bound(low, high, false, p.before !== undefined);
}
