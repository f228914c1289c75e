import { createMeeting } from '../../lib/schema';
import { applyTimerAction } from '../../lib/timer/actions';
import type { LiveState } from '../../lib/timer/live';

/** The moment every timer test starts its meeting. */
export const T0 = Date.parse('2026-03-02T06:00:00.000Z');

/** The live timer state as the panel writes it: a meeting started at T0 on its first topic. */
export function runningLive(
  topics: LiveState['topics'],
  overrides: Partial<LiveState> = {},
): LiveState {
  const timing = applyTimerAction(
    createMeeting(new Date(T0)).timing,
    topics,
    { type: 'startMeeting' },
    T0,
  );
  return {
    meetingId: 'm',
    title: '周会',
    topics,
    timing,
    alerts: { warnMinutes: 2, chime: false, notify: false },
    changedAt: T0,
    writer: 'panel',
    locale: 'zh-CN',
    ...overrides,
  };
}
