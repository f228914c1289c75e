/**
 * When to notify: the moments the running topic reaches "last minutes" and "time up", computed
 * from the live state. Alarms only wake the background to show a notification; what the panel and
 * overlay display never depends on alarm timing (alarms can fire up to ~30 s late).
 */
import { isActive, type LiveState } from './live';
import { isRunning, recordOf, topicView } from './math';

export interface PlannedAlert {
  name: string;
  kind: 'warning' | 'overrun';
  when: number;
}

export const ALARM_PREFIX = 'timer:';

export function plannedAlerts(live: LiveState | null, now: number): PlannedAlert[] {
  if (!isActive(live) || !live.alerts.notify) return [];
  const topic = live.topics.find((t) => t.id === live.timing.currentTopicId);
  if (!topic || !isRunning(recordOf(live.timing, topic.id))) return [];
  const warnMs = live.alerts.warnMinutes * 60_000;
  const v = topicView(live.timing, topic, now, warnMs);
  const out: PlannedAlert[] = [];
  const key = `${ALARM_PREFIX}${topic.id}:${v.plannedMs}`;
  if (warnMs > 0 && v.remainingMs > warnMs) {
    out.push({ name: `${key}:warning`, kind: 'warning', when: now + v.remainingMs - warnMs });
  }
  if (v.remainingMs > 0)
    out.push({ name: `${key}:overrun`, kind: 'overrun', when: now + v.remainingMs });
  return out;
}

/** At alarm time: is the alert still true (not paused, not moved on, not extended)? */
export function alertStillDue(live: LiveState | null, name: string, now: number): string | null {
  const [, topicId, plannedMs, kind] = name.split(':');
  if (!isActive(live) || !live.alerts.notify || live.timing.currentTopicId !== topicId) return null;
  const topic = live.topics.find((t) => t.id === topicId);
  if (!topic) return null;
  const v = topicView(live.timing, topic, now + 1000, live.alerts.warnMinutes * 60_000);
  if (!v.running || String(v.plannedMs) !== plannedMs) return null;
  return v.phase === kind || (kind === 'warning' && v.phase === 'overrun') ? topic.title : null;
}
