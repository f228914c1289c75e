/**
 * What the timer buttons do, as pure functions of (timing, agenda, now). The panel and the page
 * overlay both apply these to the same stored state, so a pause on the overlay is the same pause
 * the panel shows. Only timestamps are written; nothing here counts ticks.
 */
import type { Timing } from '../schema/meeting';
import { isRunning, type TimerTopic } from './math';

export type TimerAction =
  | { type: 'startMeeting' }
  | { type: 'startTopic'; topicId: string }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'extend'; minutes: number }
  | { type: 'endMeeting' };

type Records = Timing['records'];

/** Closes the running segment of every topic (at most one runs). */
function stopAll(records: Records, at: string): Records {
  return records.map((r) =>
    isRunning(r)
      ? { ...r, segments: r.segments.map((s) => (s.end === null ? { ...s, end: at } : s)) }
      : r,
  );
}

function startSegment(records: Records, topicId: string, at: string): Records {
  const existing = records.find((r) => r.topicId === topicId);
  if (!existing)
    return [...records, { topicId, segments: [{ start: at, end: null }], extraMinutes: 0 }];
  return records.map((r) =>
    r.topicId === topicId ? { ...r, segments: [...r.segments, { start: at, end: null }] } : r,
  );
}

function goTo(timing: Timing, topicId: string | undefined, at: string): Timing {
  if (!topicId) return timing;
  const records = startSegment(stopAll(timing.records, at), topicId, at);
  return { ...timing, startedAt: timing.startedAt ?? at, currentTopicId: topicId, records };
}

export function applyTimerAction(
  timing: Timing,
  topics: readonly TimerTopic[],
  action: TimerAction,
  now: number,
): Timing {
  const at = new Date(now).toISOString();
  if (timing.endedAt && action.type !== 'startMeeting') return timing;
  const index = topics.findIndex((t) => t.id === timing.currentTopicId);
  const current = timing.records.find((r) => r.topicId === timing.currentTopicId);

  switch (action.type) {
    case 'startMeeting':
      // Restarting an ended meeting continues it; the time in between is not counted.
      return goTo(
        { ...timing, endedAt: null, startedAt: timing.startedAt ?? at },
        topics[Math.max(index, 0)]?.id,
        at,
      );
    case 'startTopic':
      return topics.some((t) => t.id === action.topicId)
        ? goTo(timing, action.topicId, at)
        : timing;
    case 'pause':
      return { ...timing, records: stopAll(timing.records, at) };
    case 'resume':
      return timing.currentTopicId && !isRunning(current)
        ? { ...timing, records: startSegment(timing.records, timing.currentTopicId, at) }
        : timing;
    case 'next':
      return index >= 0 && index < topics.length - 1
        ? goTo(timing, topics[index + 1]!.id, at)
        : timing;
    case 'back':
      return index > 0 ? goTo(timing, topics[index - 1]!.id, at) : timing;
    case 'extend': {
      if (!timing.currentTopicId) return timing;
      const minutes = Math.max(0, Math.min(120, Math.round(action.minutes)));
      const records = current
        ? timing.records.map((r) =>
            r === current ? { ...r, extraMinutes: r.extraMinutes + minutes } : r,
          )
        : [
            ...timing.records,
            { topicId: timing.currentTopicId, segments: [], extraMinutes: minutes },
          ];
      return { ...timing, records };
    }
    case 'endMeeting':
      return timing.startedAt
        ? { ...timing, records: stopAll(timing.records, at), endedAt: at, currentTopicId: null }
        : timing;
  }
}
