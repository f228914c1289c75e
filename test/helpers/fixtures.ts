import { seedMeetingFor } from './seed';
import { createMeeting, type Meeting } from '../../lib/schema';
import { openMinutesDB } from '../../lib/store/db';
import { MeetingRepo } from '../../lib/store/meetings';
import type { ChangeFeed, ChangeMessage } from '../../lib/store/changes';

let dbCounter = 0;

/** A repository on a fresh fake-indexeddb database, with a clock the test controls. */
export async function freshRepo(clock: () => Date = () => new Date('2026-03-02T06:00:00Z')) {
  const db = await openMinutesDB(`test-${++dbCounter}-${Math.random()}`);
  return { db, repo: new MeetingRepo(db, clock) };
}

/** An in-memory change feed shared by the views of one test (what BroadcastChannel does). */
export function memoryFeed(): ChangeFeed & { sent: ChangeMessage[] } {
  const listeners = new Set<(m: ChangeMessage) => void>();
  const sent: ChangeMessage[] = [];
  return {
    sent,
    publish(m) {
      sent.push(m);
      for (const l of listeners) l(m);
    },
    subscribe(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}

/** The seed meeting's fields a new meeting is typed with (test/helpers/seed.ts). */
const BASIC_FIELDS = [
  'title',
  'startAt',
  'endAt',
  'room',
  'platform',
  'host',
  'hostTitle',
  'recorder',
  'recorderTitle',
  'goal',
  'series',
  'department',
] as const;

/** The seed meeting's basic information only (no people, topics or points), created at `now`. */
export function seedMeeting(now = new Date('2026-03-02T06:00:00Z')): Meeting {
  const seed = seedMeetingFor('zh-CN');
  return createMeeting(now, Object.fromEntries(BASIC_FIELDS.map((f) => [f, seed[f]])));
}
