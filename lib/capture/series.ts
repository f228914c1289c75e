/**
 * A meeting in a series (所属项目/系列) continues the previous one: it starts from that meeting's
 * roster and reviews the action items still open from earlier meetings of the series
 * (上次会议待办事项进展).
 */
import type { ActionItem, Attendee, Meeting } from '../schema';

type EarlierItemReview = Meeting['earlierReview'][number];

const key = (s: string) => s.trim().toLowerCase();

export interface SeriesEntry {
  id: string;
  series: string;
  startAt: string | null;
  updatedAt: string;
}

/** The latest other meeting of the same series held (or last edited) before `current`. */
export function previousInSeries<T extends SeriesEntry>(
  meetings: readonly T[],
  current: Pick<Meeting, 'id' | 'series' | 'startAt' | 'createdAt'>,
): T | null {
  const series = key(current.series);
  if (!series) return null;
  const before = Date.parse(current.startAt ?? current.createdAt);
  let best: T | null = null;
  let bestAt = -Infinity;
  for (const m of meetings) {
    const at = Date.parse(m.startAt ?? m.updatedAt);
    if (m.id === current.id || key(m.series) !== series || !(at < before)) continue;
    if (at > bestAt) [best, bestAt] = [m, at];
  }
  return best;
}

/** The same people for the next meeting: who attends and how is decided at its own sign-in. */
export function rosterFromPrevious(attendees: readonly Attendee[], newId: () => string) {
  return attendees
    .filter((a) => a.name.trim())
    .map((a) => ({
      ...a,
      id: newId(),
      attendance: 'unknown' as const,
      absenceReason: '',
      substitute: '',
    }));
}

const byDue = (a: ActionItem, b: ActionItem) =>
  (a.revisedDueDate ?? a.dueDate ?? '9999').localeCompare(
    b.revisedDueDate ?? b.dueDate ?? '9999',
  ) || a.createdAt.localeCompare(b.createdAt);

/**
 * The items to go through at the start: those already reviewed in this meeting (even if now done)
 * and the open items of other meetings of the series; soonest due first.
 */
export function itemsToReview(
  items: readonly ActionItem[],
  m: Pick<Meeting, 'id' | 'series' | 'earlierReview'>,
): ActionItem[] {
  const reviewed = new Set(m.earlierReview.map((r) => r.actionItemId));
  const series = key(m.series);
  return items
    .filter(
      (i) =>
        reviewed.has(i.id) ||
        (series !== '' && i.meetingId !== m.id && key(i.series) === series && i.status !== 'done'),
    )
    .sort(byDue);
}

/** Open items of other meetings that are not listed yet and match `query` (task, owner). */
export function pickableItems(
  items: readonly ActionItem[],
  meetingId: string,
  listed: ReadonlySet<string>,
  query: string,
  limit = 8,
): ActionItem[] {
  const q = key(query);
  return items
    .filter((i) => i.meetingId !== meetingId && i.status !== 'done' && !listed.has(i.id))
    .filter((i) =>
      [i.task, i.ownerName, i.ownerDepartment, i.series].some((s) => key(s).includes(q)),
    )
    .sort(byDue)
    .slice(0, limit);
}

/** This meeting's entry for an item, replacing an earlier one for the same item. */
export function recordReview(m: Meeting, entry: EarlierItemReview): Meeting {
  const i = m.earlierReview.findIndex((r) => r.actionItemId === entry.actionItemId);
  const earlierReview = m.earlierReview.slice();
  if (i < 0) earlierReview.push(entry);
  else earlierReview[i] = entry;
  return { ...m, earlierReview };
}
