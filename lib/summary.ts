/**
 * A meeting's summary: what the meetings list shows of it, kept in its own store (`summaries`,
 * lib/store/db.ts) and written in the same transaction as the meeting (lib/store/meetings.ts),
 * so the list reads a few hundred bytes per meeting instead of parsing every whole meeting
 * (docs/ARCHITECTURE.md, "Where data lives").
 *
 * Derived, never typed by anyone: not in backups, rebuilt from the meeting whenever it is missing,
 * unreadable or of an older `format`. Action items are not counted here: they are written apart
 * from the meeting, so a count of them would go stale on every item edit.
 */
import type { Meeting } from './schema';

/**
 * Bumped when the summary's shape or meaning changes; older ones are rebuilt on the next list.
 * 2: `at`, the meeting's date as the list sorts and groups it, indexed (lib/store/db.ts, v9).
 */
export const SUMMARY_FORMAT = 2;

export interface MeetingSummary {
  format: typeof SUMMARY_FORMAT;
  id: string;
  rev: number;
  title: string;
  startAt: string | null;
  endAt: string | null;
  updatedAt: string;
  /**
   * The meeting's date, as UTC ISO (`toISOString`): its start, or without one its last change.
   * Normalised so the date index orders instants, not strings with offsets.
   */
  at: string;
  series: string;
  department: string;
  platform: Meeting['platform'];
  reviewState: Meeting['review']['state'];
  points: number;
  decisions: number;
}

/** The summary of a (parsed) meeting. Pure. */
export function summarise(m: Meeting): MeetingSummary {
  return {
    format: SUMMARY_FORMAT,
    id: m.id,
    rev: m.rev,
    title: m.title,
    startAt: m.startAt,
    endAt: m.endAt,
    updatedAt: m.updatedAt,
    at: new Date(m.startAt ?? m.updatedAt).toISOString(),
    series: m.series,
    department: m.department,
    platform: m.platform,
    reviewState: m.review.state,
    points: m.points.length,
    decisions: m.decisions.length,
  };
}

/**
 * A stored summary, or null when it is not one of this format (then it is rebuilt from its
 * meeting). Checked by hand, not by a zod schema: it is only ever written from a parsed meeting,
 * and the panel's start-up has a byte budget (test/build/budgets.test.ts). What the list needs to
 * sort is checked; a row that cannot be shown is caught by its Guard (components/ui/Guard.tsx).
 */
export function readSummary(raw: unknown): MeetingSummary | null {
  const s = raw as Partial<MeetingSummary> | null;
  return s?.format === SUMMARY_FORMAT && typeof s.updatedAt === 'string' && typeof s.at === 'string'
    ? (s as MeetingSummary)
    : null;
}
