/**
 * The meetings repository: a revisioned store (lib/store/revisioned.ts) plus what only meetings
 * have: the list's summaries, the meetings held on a page, and "delete everything".
 */
import { parseMeeting, type Meeting } from '../schema';
import type { MinutesDatabase } from './db';
import { RevisionedRepo, type DamagedRecord, type SaveResult } from './revisioned';

export type { DamagedRecord } from './revisioned';
export type MeetingSaveResult = SaveResult<Meeting>;

export interface MeetingSummary {
  id: string;
  title: string;
  startAt: string | null;
  updatedAt: string;
  reviewState: Meeting['review']['state'];
  series: string;
}

export class MeetingRepo extends RevisionedRepo<Meeting> {
  constructor(db: MinutesDatabase, clock?: () => Date) {
    super(db, { store: 'meetings', parse: parseMeeting }, clock);
  }

  /** Drafts first (anything not approved), then newest first; damaged records listed apart. */
  async list(): Promise<{ meetings: MeetingSummary[]; damaged: DamagedRecord[] }> {
    const { records, damaged } = await this.readAll(this.db.getAll('meetings'));
    const meetings = records.map(summarise);
    meetings.sort(
      (a, b) =>
        Number(a.reviewState === 'approved') - Number(b.reviewState === 'approved') ||
        b.updatedAt.localeCompare(a.updatedAt),
    );
    return { meetings, damaged };
  }

  /**
   * Meetings held on a given meeting page: the same platform and meeting code, or the same link.
   * Newest first, so the first is the draft to continue and its series is the one to join.
   */
  async findForPage(page: { platform: string; meetingCode: string; link: string }) {
    const found: Meeting[] = [];
    for (const raw of await this.db.getAll('meetings')) {
      const parsed = parseMeeting(raw);
      if (!parsed.ok) continue;
      const m = parsed.value;
      const sameCode =
        !!page.meetingCode && m.meetingCode === page.meetingCode && m.platform === page.platform;
      if (sameCode || (!!page.link && m.link === page.link)) found.push(m);
    }
    return found.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }
}

function summarise(m: Meeting): MeetingSummary {
  return {
    id: m.id,
    title: m.title,
    startAt: m.startAt,
    updatedAt: m.updatedAt,
    reviewState: m.review.state,
    series: m.series,
  };
}
