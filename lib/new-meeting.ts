/**
 * How a new meeting starts, wherever the user starts it (the meetings list, the offer beside a
 * meeting page): with a short opening topic (开场 ≤ 3 min, removable), and — beside a meeting
 * page — the platform, join link, meeting code, title and the time rounded down to 5 minutes.
 * A meeting of the same page seen before gives the series and the department, so the next
 * meeting can review the previous one's open items (docs/DOMAIN.md, 会前准备).
 */
import { newTopic, OPENING_MINUTES } from './agenda';
import type { PageHints } from './page-info';
import { createMeeting, type Meeting } from './schema';

const FIVE_MINUTES = 300_000;

export interface NewMeetingFrom {
  /** The opening topic's title in the user's language ("开场" / "Opening"). */
  openingTitle: string;
  /** The meeting page beside the panel, if any. */
  page?: Pick<PageHints, 'platform' | 'link' | 'meetingCode' | 'title'> | null;
  /** The latest earlier meeting of that page (same meeting code), if any. */
  previous?: Pick<Meeting, 'series' | 'title' | 'department'> | null;
}

export function newMeeting(now: Date, { openingTitle, page, previous }: NewMeetingFrom): Meeting {
  const opening = [newTopic({ title: openingTitle, plannedMinutes: OPENING_MINUTES })];
  if (!page) return createMeeting(now, { topics: opening });
  return createMeeting(now, {
    title: page.title,
    platform: page.platform,
    link: page.link,
    meetingCode: page.meetingCode,
    startAt: new Date(Math.floor(now.getTime() / FIVE_MINUTES) * FIVE_MINUTES).toISOString(),
    series: previous ? previous.series || previous.title : '',
    department: previous?.department ?? '',
    topics: opening,
  });
}
