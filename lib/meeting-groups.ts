/**
 * The meetings list for years of minutes (issue 16): summaries (lib/summary.ts) filtered by
 * project, department and review state, newest first by the meeting's date, grouped by month or
 * year in the user's time zone. Pure and one pass plus one sort, so 2,000 summaries group in a
 * few milliseconds; the list then renders a group's rows only when it is opened
 * (components/meeting/MeetingGroups.tsx).
 */
import { dayIn } from './plan/calendar';
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
  const length = filter.by === 'year' ? 4 : 7;
  for (const { m, at } of kept) {
    const key = dayIn(new Date(at), timeZone).slice(0, length);
    const group = groups.at(-1);
    if (group?.key === key) group.meetings.push(m);
    else groups.push({ key, meetings: [m] });
  }
  return groups;
}

/** The projects and departments that occur, each once, for the filters. */
export function listFacets(list: readonly MeetingSummary[]) {
  const collator = new Intl.Collator('zh-CN', { numeric: true });
  const values = (pick: (m: MeetingSummary) => string) =>
    [...new Set(list.map(pick))].filter((v) => v.trim()).sort(collator.compare);
  return { series: values((m) => m.series), departments: values((m) => m.department) };
}
