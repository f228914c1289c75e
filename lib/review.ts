/**
 * The review of the minutes (审核): 草稿 draft → 待审核 in review → 审核通过 approved, with who
 * approved them and when. Approved minutes are what the attendees receive, so they are read-only;
 * changing them means reopening, which starts the next numbered version while the approved one is
 * kept as it was (a snapshot, lib/adapters/versions.ts).
 *
 * Each transition is a pure update for `edit(update)`. Applied to a state it does not fit (a second
 * click, another view got there first) it returns the meeting unchanged, so replaying it is safe.
 */
import type { ActionItem, Meeting } from './schema';

export { isReadOnly, type ReviewState } from './review-state';

/** The recorder hands the draft to the host: 草稿 → 待审核. */
export function submitForReview(meeting: Meeting): Meeting {
  if (meeting.review.state !== 'draft') return meeting;
  return { ...meeting, review: { state: 'in_review', reviewer: '', at: null } };
}

/** The reviewer sends it back for changes: 待审核 → 草稿. */
export function returnToDraft(meeting: Meeting): Meeting {
  if (meeting.review.state !== 'in_review') return meeting;
  return { ...meeting, review: { state: 'draft', reviewer: '', at: null } };
}

/** Longest reviewer name the schema keeps. */
export const MAX_REVIEWER = 100;

/** 审核通过: only from 待审核 and only with a reviewer's name. */
export function approve(meeting: Meeting, reviewer: string, at: Date): Meeting {
  const name = reviewer.trim().slice(0, MAX_REVIEWER);
  if (meeting.review.state !== 'in_review' || !name || Number.isNaN(at.getTime())) return meeting;
  return { ...meeting, review: { state: 'approved', reviewer: name, at: at.toISOString() } };
}

/** Approved minutes opened for changes: the next version, back to 草稿. Snapshot first. */
export function reopen(meeting: Meeting): Meeting {
  if (meeting.review.state !== 'approved') return meeting;
  return {
    ...meeting,
    version: meeting.version + 1,
    review: { state: 'draft', reviewer: '', at: null },
  };
}

/** One earlier, approved version as it was: the minutes and their action plan. */
export interface MinutesVersion {
  version: number;
  /** When it was put aside (the moment of reopening). */
  takenAt: string;
  meeting: Meeting;
  items: ActionItem[];
}

/** A deep, plain copy of the approved minutes, taken before they are reopened. */
export function snapshotVersion(
  meeting: Meeting,
  items: readonly ActionItem[],
  at: Date,
): MinutesVersion {
  const copy = JSON.parse(JSON.stringify({ meeting, items })) as {
    meeting: Meeting;
    items: ActionItem[];
  };
  return { version: meeting.version, takenAt: at.toISOString(), ...copy };
}

export type DeadlineStatus = 'done' | 'due' | 'late';

export interface ReviewDeadline {
  /** draft: 会后2小时内整理纪要; distribute: 审核通过后1小时内、会后24小时内发出. */
  key: 'draft' | 'distribute';
  due: Date;
  status: DeadlineStatus;
  /** Negative once past due (meaningful while not done). */
  msLeft: number;
  /** Due and close: within 30 minutes for the draft, 4 hours for sending. */
  soon: boolean;
  /**
   * What `due` counts from: the meeting's end, or (sending approved minutes, when that comes
   * first) the approval. A view says the rule that gave the time it shows.
   */
  counted: 'meeting' | 'approval';
}

/** How long before each deadline it counts as close. */
const SOON: Record<ReviewDeadline['key'], number> = {
  draft: 30 * 60_000,
  distribute: 4 * 3_600_000,
};

const HOUR = 3_600_000;

/** When the meeting ended: the timer's end if it was run, else the scheduled end. */
export function meetingEnd(meeting: Meeting): Date | null {
  for (const iso of [meeting.timing.endedAt, meeting.endAt]) {
    const t = iso === null ? NaN : Date.parse(iso);
    if (!Number.isNaN(t)) return new Date(t);
  }
  return null;
}

/**
 * The method's deadlines for these minutes (one rule for the capture's close-out and the review
 * tab). The draft is done once it left 草稿 (or an earlier
 * version did); distribution is due 1 hour after approval but never later than 24 hours after the
 * meeting, and is done when this version was marked as sent (`distributedAt`). None before the
 * meeting has an end.
 */
export function reviewDeadlines(
  meeting: Meeting,
  distributedAt: string | null,
  now: Date,
): ReviewDeadline[] {
  const end = meetingEnd(meeting);
  if (!end) return [];
  const approvedAt =
    meeting.review.state === 'approved' ? Date.parse(meeting.review.at ?? '') : NaN;
  const draftDue = end.getTime() + 2 * HOUR;
  const latest = end.getTime() + 24 * HOUR;
  const byApproval = !Number.isNaN(approvedAt) && approvedAt + HOUR < latest;
  const sendDue = byApproval ? approvedAt + HOUR : latest;
  const draftDone = meeting.review.state !== 'draft' || meeting.version > 1;
  const entry = (
    key: ReviewDeadline['key'],
    due: number,
    done: boolean,
    counted: ReviewDeadline['counted'] = 'meeting',
  ): ReviewDeadline => {
    const msLeft = due - now.getTime();
    const status = done ? 'done' : msLeft < 0 ? 'late' : 'due';
    return {
      key,
      due: new Date(due),
      msLeft,
      status,
      soon: status === 'due' && msLeft <= SOON[key],
      counted,
    };
  };
  return [
    entry('draft', draftDue, draftDone),
    entry('distribute', sendDue, !!distributedAt, byApproval ? 'approval' : 'meeting'),
  ];
}
