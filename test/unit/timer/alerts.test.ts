import { describe, expect, it } from 'vitest';
import { applyTimerAction } from '../../../lib/timer/actions';
import { alertStillDue, plannedAlerts } from '../../../lib/timer/alerts';
import { isLiveState, type LiveState } from '../../../lib/timer/live';
import { runningLive, T0 } from '../../helpers/live';

const MIN = 60_000;
const topics = [{ id: 'a', title: 'Q2复盘', plannedMinutes: 10 }];
const live = (overrides: Partial<LiveState> = {}) =>
  runningLive(topics, { alerts: { warnMinutes: 2, chime: false, notify: true }, ...overrides });

describe('timer notifications', () => {
  it('plans a "last minutes" and a "time up" alarm from the stored timestamps', () => {
    expect(plannedAlerts(live(), T0 + MIN)).toEqual([
      { name: 'timer:a:600000:warning', kind: 'warning', when: T0 + 8 * MIN },
      { name: 'timer:a:600000:overrun', kind: 'overrun', when: T0 + 10 * MIN },
    ]);
  });

  it('plans nothing when notifications are off, paused, or over', () => {
    expect(
      plannedAlerts(live({ alerts: { warnMinutes: 2, chime: false, notify: false } }), T0),
    ).toEqual([]);
    const paused = live();
    paused.timing = applyTimerAction(paused.timing, topics, { type: 'pause' }, T0 + MIN);
    expect(plannedAlerts(paused, T0 + 2 * MIN)).toEqual([]);
    expect(plannedAlerts(live(), T0 + 11 * MIN)).toEqual([]);
  });

  it('a late alarm still fires; a stale one (paused, extended, moved on) does not', () => {
    expect(alertStillDue(live(), 'timer:a:600000:warning', T0 + 8 * MIN + 25_000)).toBe('Q2复盘');
    expect(alertStillDue(live(), 'timer:a:600000:overrun', T0 + 10 * MIN)).toBe('Q2复盘');
    const extended = live();
    extended.timing = applyTimerAction(
      extended.timing,
      topics,
      { type: 'extend', minutes: 5 },
      T0 + MIN,
    );
    expect(alertStillDue(extended, 'timer:a:600000:warning', T0 + 8 * MIN)).toBeNull();
    const paused = live();
    paused.timing = applyTimerAction(paused.timing, topics, { type: 'pause' }, T0 + MIN);
    expect(alertStillDue(paused, 'timer:a:600000:warning', T0 + 8 * MIN)).toBeNull();
  });
});

describe('live state guard', () => {
  it.each([
    ['a valid state', live(), true],
    ['null', null, false],
    ['a string', 'live', false],
    ['missing timing', { ...live(), timing: undefined }, false],
    ['records not an array', { ...live(), timing: { ...live().timing, records: {} } }, false],
    [
      'a segment without start',
      {
        ...live(),
        timing: { ...live().timing, records: [{ topicId: 'a', extraMinutes: 0, segments: [{}] }] },
      },
      false,
    ],
    [
      'topics with numbers as titles',
      { ...live(), topics: [{ id: 'a', title: 1, plannedMinutes: 1 }] },
      false,
    ],
  ])('%s → %s', (_name, value, expected) => {
    expect(isLiveState(value)).toBe(expected);
  });
});
