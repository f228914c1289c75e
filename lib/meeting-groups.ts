/**
 * The meetings list for years of minutes (issue 16): summaries (lib/summary.ts) filtered by
 * project, department and review state, newest first by the meeting's date, grouped by month or
 * year in the user's time zone. Pure and one pass plus one sort, so 2,000 summaries group in a
 * few milliseconds; the list then renders a group's rows only when it is opened
 * (components/meeting/MeetingGroups.tsx).
 */
import { dayIn, zonedTime } from './plan/calendar';
import type { MeetingSummary } from './summary';

export type GroupBy = 'month' | 'year';
export type ReviewFilter = '' | MeetingSummary['reviewState'];

export interface ListFilter {
  /** '' is "all" for each. */
  series: string;
  department: string;
  review: ReviewFilter;
  by: GroupBy;
}

export const ALL_MEETINGS: ListFilter = { series: '', department: '', review: '', by: 'month' };

export interface MeetingGroup {
  /** `YYYY-MM` or `YYYY`, in the user's zone. */
  key: string;
  meetings: MeetingSummary[];
}

/** The meeting's date: when it starts, or for one without a start, when it was last changed. */
export const meetingDate = (m: Pick<MeetingSummary, 'startAt' | 'updatedAt'>) =>
  m.startAt ?? m.updatedAt;

/** The key of the group a meeting of date `at` falls in: `YYYY-MM` or `YYYY` in `timeZone`. */
export const groupKey = (at: string, by: GroupBy, timeZone: string) =>
  dayIn(new Date(at), timeZone).slice(0, by === 'year' ? 4 : 7);

/**
 * The instants a group spans, `from` inclusive and `to` exclusive, as UTC ISO strings comparable
 * with a summary's `at` (lib/summary.ts): midnight in `timeZone` on its first day and on the
 * first day after it.
 */
export function groupBounds(key: string, timeZone: string): { from: string; to: string } {
  const [year, month] = key.split('-').map(Number) as [number, number | undefined];
  const next =
    month === undefined ? [year + 1, 1] : month === 12 ? [year + 1, 1] : [year, month + 1];
  const day = (y: number, m: number) =>
    `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`;
  const at = (y: number, m: number) => new Date(zonedTime(day(y, m), 0, timeZone)).toISOString();
  return { from: at(year, month ?? 1), to: at(next[0]!, next[1]!) };
}

/** The groups of the summaries `filter` keeps, newest group and newest meeting first. */
export function groupMeetings(
  list: readonly MeetingSummary[],
  filter: ListFilter,
  timeZone: string,
): MeetingGroup[] {
  const kept = list
    .filter(
      (m) =>
        (!filter.series || m.series === filter.series) &&
        (!filter.department || m.department === filter.department) &&
        (!filter.review || m.reviewState === filter.review),
    )
    .map((m) => ({ m, at: meetingDate(m) }))
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.m.id < b.m.id ? -1 : 1));
  const groups: MeetingGroup[] = [];
  for (const { m, at } of kept) {
    const key = groupKey(at, filter.by, timeZone);
    const group = groups.at(-1);
    if (group?.key === key) group.meetings.push(m);
    else groups.push({ key, meetings: [m] });
  }
  return groups;
}

/** The projects and departments that occur, each once, for the filters. */
export function listFacets(list: readonly MeetingSummary[]) {
  return {
    series: facetValues(list.map((m) => m.series)),
    departments: facetValues(list.map((m) => m.department)),
  };
}

/** Distinct non-blank values, in the order of a Chinese list (numbers by value). */
export function facetValues(values: Iterable<string>): string[] {
  const collator = new Intl.Collator('zh-CN', { numeric: true });
  return [...new Set(values)].filter((v) => v.trim()).sort(collator.compare);
}
