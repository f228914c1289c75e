/**
 * The live timer state that meeting pages see. The page overlay cannot reach the extension's
 * IndexedDB, so the running meeting's agenda and timing are mirrored into `storage.local`
 * (lib/adapters/live-store.ts). It is a copy of the meeting record, written only by the timer
 * writer together with the record's timing (lib/timer/writer.ts, lib/timer/link.ts); the panel and
 * the overlay read it and send commands. It never holds anything the user typed besides the
 * meeting's and topics' titles, which stay in the meeting record too.
 *
 * The guard below is hand-written instead of zod because the overlay ships it (6 KB budget).
 */
import type { Meeting, Timing } from '../schema/meeting';
import type { TimerTopic } from './math';

export const LIVE_KEY = 'live';

export interface AlertSettings {
  /** "Last minutes" threshold, in minutes before the planned end of a topic. */
  warnMinutes: number;
  chime: boolean;
  notify: boolean;
}

export const DEFAULT_ALERTS: AlertSettings = { warnMinutes: 2, chime: false, notify: false };

export interface LiveState {
  meetingId: string;
  title: string;
  topics: TimerTopic[];
  timing: Timing;
  alerts: AlertSettings;
  /** When the timing last changed. */
  changedAt: number;
  /** Which view asked for that change: a panel's view id, or 'overlay'. */
  writer: string;
  /** The panel's UI language, which the overlay and notifications follow. */
  locale: 'zh-CN' | 'en';
}

export function toLive(
  meeting: Meeting,
  alerts: AlertSettings,
  changedAt: number,
  writer: string,
  locale: LiveState['locale'],
): LiveState {
  return {
    writer,
    locale,
    meetingId: meeting.id,
    title: meeting.title,
    topics: meeting.topics.map((t) => ({
      id: t.id,
      title: t.title,
      plannedMinutes: t.plannedMinutes,
    })),
    timing: meeting.timing,
    alerts,
    changedAt,
  };
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNullableStr = (v: unknown) => v === null || isStr(v);

/** Shape check for what comes out of storage (another version may have written it). */
export function isLiveState(v: unknown): v is LiveState {
  if (
    !isObj(v) ||
    !isStr(v.meetingId) ||
    !isStr(v.title) ||
    !isStr(v.writer) ||
    (v.locale !== 'zh-CN' && v.locale !== 'en') ||
    typeof v.changedAt !== 'number'
  ) {
    return false;
  }
  const { timing, topics, alerts } = v;
  return (
    Array.isArray(topics) &&
    topics.every(
      (t) => isObj(t) && isStr(t.id) && isStr(t.title) && typeof t.plannedMinutes === 'number',
    ) &&
    isObj(alerts) &&
    typeof alerts.warnMinutes === 'number' &&
    isObj(timing) &&
    isNullableStr(timing.startedAt) &&
    isNullableStr(timing.endedAt) &&
    isNullableStr(timing.currentTopicId) &&
    Array.isArray(timing.records) &&
    timing.records.every(
      (r) =>
        isObj(r) &&
        isStr(r.topicId) &&
        typeof r.extraMinutes === 'number' &&
        Array.isArray(r.segments) &&
        r.segments.every((s) => isObj(s) && isStr(s.start) && isNullableStr(s.end)),
    )
  );
}

/** A running (started, not ended) meeting is what the overlay shows. */
export const isActive = (live: LiveState | null): live is LiveState =>
  !!live && !!live.timing.startedAt && !live.timing.endedAt;
