/**
 * The whole meeting against its plan: elapsed time, projected end and how far ahead or behind.
 */
import type { Timing } from '../schema/meeting';
import { elapsedMs, recordOf, type TimerTopic } from './math';

const MIN = 60_000;

export interface MeetingView {
  started: boolean;
  ended: boolean;
  elapsedMs: number;
  plannedTotalMs: number;
  /** When the meeting ends if every topic still to come takes exactly its planned time. */
  projectedEnd: number | null;
  /** Projected end minus planned end: positive = behind plan, negative = ahead. */
  deltaMs: number;
}

export function meetingView(timing: Timing, topics: TimerTopic[], now: number): MeetingView {
  const plannedTotalMs = topics.reduce((sum, t) => sum + t.plannedMinutes * MIN, 0);
  if (!timing.startedAt) {
    return {
      started: false,
      ended: false,
      elapsedMs: 0,
      plannedTotalMs,
      projectedEnd: null,
      deltaMs: 0,
    };
  }
  const start = Date.parse(timing.startedAt);
  const endedAt = timing.endedAt ? Date.parse(timing.endedAt) : null;
  const at = endedAt ?? now;
  const currentIndex = topics.findIndex((t) => t.id === timing.currentTopicId);

  // Still to come: what is left of the current topic (never negative) plus every later topic
  // that has not been discussed yet, at its planned length.
  let remaining = 0;
  if (endedAt === null) {
    topics.forEach((t, i) => {
      const record = recordOf(timing, t.id);
      const planned = (t.plannedMinutes + (record?.extraMinutes ?? 0)) * MIN;
      if (i === currentIndex) remaining += Math.max(0, planned - elapsedMs(record, at));
      else if (i > currentIndex && !record) remaining += planned;
    });
  }
  const projectedEnd = at + remaining;
  return {
    started: true,
    ended: endedAt !== null,
    elapsedMs: at - start,
    plannedTotalMs,
    projectedEnd,
    deltaMs: projectedEnd - (start + plannedTotalMs),
  };
}

/** Actual minutes per topic for the minutes (planned vs actual, overrun). */
export function actuals(timing: Timing, topics: TimerTopic[], now: number) {
  return topics.map((t) => {
    const record = recordOf(timing, t.id);
    const actualMs = elapsedMs(record, now);
    const plannedMs = (t.plannedMinutes + (record?.extraMinutes ?? 0)) * MIN;
    return { topicId: t.id, plannedMs, actualMs, overrunMs: Math.max(0, actualMs - plannedMs) };
  });
}
