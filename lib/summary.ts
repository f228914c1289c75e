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
import * as z from 'zod/mini';
import { Id, Instant, int, nullable, Platform, REVIEW_STATES, text, type Meeting } from './schema';

/** Bumped when the summary's shape or meaning changes; older ones are rebuilt on the next list. */
export const SUMMARY_FORMAT = 1;

const count = int(0, Number.MAX_SAFE_INTEGER);

export const MeetingSummary = z.object({
  format: z.literal(SUMMARY_FORMAT),
  id: Id,
  /** The meeting's revision it was made from (lib/store/revisioned.ts). */
  rev: count,
  title: text(200),
  startAt: nullable(Instant),
  endAt: nullable(Instant),
  createdAt: Instant,
  updatedAt: Instant,
  series: text(200),
  department: text(100),
  platform: nullable(Platform),
  reviewState: z.enum(REVIEW_STATES),
  topics: count,
  attendees: count,
  points: count,
  decisions: count,
});
export type MeetingSummary = z.infer<typeof MeetingSummary>;

/** The summary of a (parsed) meeting. Pure. */
export function summarise(m: Meeting): MeetingSummary {
  return {
    format: SUMMARY_FORMAT,
    id: m.id,
    rev: m.rev,
    title: m.title,
    startAt: m.startAt,
    endAt: m.endAt,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
    series: m.series,
    department: m.department,
    platform: m.platform,
    reviewState: m.review.state,
    topics: m.topics.length,
    attendees: m.attendees.length,
    points: m.points.length,
    decisions: m.decisions.length,
  };
}

/** A stored summary, or null when it is unreadable or of another format (then rebuilt). */
export function readSummary(raw: unknown): MeetingSummary | null {
  const parsed = z.safeParse(MeetingSummary, raw);
  return parsed.success ? parsed.data : null;
}
