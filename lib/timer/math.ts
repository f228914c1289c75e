/**
 * Timer math. Time is derived, never ticked: a topic's elapsed time is the sum of its stored
 * segments (start → end, or → now while running), so closing the panel, a throttled background
 * tab, a stopped service worker or a browser restart cannot make it drift. Every view (panel,
 * overlay, notifications) computes the same numbers from the same timestamps and `now`.
 *
 * Kept free of zod and other imports: the page overlay ships this file and has a 6 KB budget.
 */
import type { Timing } from '../schema/meeting';

export interface TimerTopic {
  id: string;
  title: string;
  plannedMinutes: number;
}

type Record_ = Timing['records'][number];

export type TopicPhase = 'idle' | 'normal' | 'warning' | 'overrun';

export interface TopicView {
  topicId: string;
  plannedMs: number;
  elapsedMs: number;
  /** Planned (+extensions) minus elapsed; negative once over time. */
  remainingMs: number;
  running: boolean;
  phase: TopicPhase;
}

const MIN = 60_000;

export function elapsedMs(record: Record_ | undefined, now: number): number {
  if (!record) return 0;
  let total = 0;
  for (const s of record.segments) {
    const start = Date.parse(s.start);
    const end = s.end ? Date.parse(s.end) : now;
    if (end > start) total += end - start;
  }
  return total;
}

export const recordOf = (timing: Timing, topicId: string) =>
  timing.records.find((r) => r.topicId === topicId);

export const isRunning = (record: Record_ | undefined) =>
  !!record &&
  record.segments.length > 0 &&
  record.segments[record.segments.length - 1]!.end === null;

/** Where one topic stands at `now`; `warnMs` is the "last minutes" threshold (default 2 min). */
export function topicView(
  timing: Timing,
  topic: TimerTopic,
  now: number,
  warnMs = 2 * MIN,
): TopicView {
  const record = recordOf(timing, topic.id);
  const plannedMs = (topic.plannedMinutes + (record?.extraMinutes ?? 0)) * MIN;
  const elapsed = elapsedMs(record, now);
  const remainingMs = plannedMs - elapsed;
  const running = isRunning(record);
  const phase: TopicPhase = !record
    ? 'idle'
    : remainingMs <= 0
      ? 'overrun'
      : remainingMs <= warnMs
        ? 'warning'
        : 'normal';
  return { topicId: topic.id, plannedMs, elapsedMs: elapsed, remainingMs, running, phase };
}

/** `mm:ss` remaining, or `+mm:ss` over time (injury time is shown, not hidden). */
export function formatClock(remainingMs: number): string {
  const over = remainingMs < 0;
  // Remaining rounds up (a topic with 0.4 s left still shows 00:01); overrun rounds down.
  const total = over ? Math.floor(-remainingMs / 1000) : Math.ceil(remainingMs / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${over ? '+' : ''}${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** Milliseconds until the displayed clock next changes, so a view wakes once per visible change. */
export function msToNextSecond(remainingMs: number): number {
  const r = Math.abs(remainingMs) % 1000;
  const wait = remainingMs > 0 ? r : 1000 - r;
  return wait === 0 ? 1000 : wait;
}
