import { describe, expect, it } from 'vitest';
import { applyTimerAction, type TimerAction } from '../../../lib/timer/actions';
import { formatClock, topicView } from '../../../lib/timer/math';
import { actuals, meetingView } from '../../../lib/timer/meeting-view';
import { createMeeting, parseMeeting, type Timing } from '../../../lib/schema';

const MIN = 60_000;
const T0 = Date.parse('2026-03-02T06:00:00.000Z'); // 14:00 in Beijing
const topics = [
  { id: 'open', title: '开场', plannedMinutes: 3 },
  { id: 'q2', title: 'Q2推广活动复盘', plannedMinutes: 20 },
  { id: 'q3', title: 'Q3推广目标及策略讨论', plannedMinutes: 30 },
  { id: 'split', title: '部门分工与资源协调', plannedMinutes: 40 },
  { id: 'plan', title: '行动计划确认', plannedMinutes: 20 },
];

/** A meeting driven by a fake clock: each step says what happens at which minute. */
function run(steps: [minute: number, action: TimerAction | 'restart'][]) {
  let timing: Timing = createMeeting(new Date(T0)).timing;
  for (const [minute, action] of steps) {
    if (action === 'restart') {
      // The browser restarts: all that survives is what was stored, read back through the schema.
      const stored = JSON.parse(JSON.stringify({ ...createMeeting(new Date(T0)), timing }));
      const parsed = parseMeeting(stored);
      if (!parsed.ok) throw new Error(parsed.reason);
      timing = parsed.value.timing;
    } else {
      timing = applyTimerAction(timing, topics, action, T0 + minute * MIN);
    }
  }
  return timing;
}

describe('a 2-hour meeting on a fake clock', () => {
  const timing = run([
    [0, { type: 'startMeeting' }], // 开场 starts at 0
    [4, { type: 'next' }], // 开场 took 4 (1 over); Q2 starts
    [14, { type: 'pause' }], // 10 min of Q2, then a 5-minute break
    [19, { type: 'resume' }],
    [33, { type: 'extend', minutes: 5 }], // Q2 now at 24 of 25
    [36, { type: 'next' }], // Q2 took 27 (2 over its 25); Q3 starts
    [50, 'restart'], // browser restarts mid-topic, the meeting goes on
    [66, { type: 'next' }], // Q3 took 30 exactly; split starts
    [80, { type: 'back' }], // back to Q3 for 6 minutes
    [86, { type: 'startTopic', topicId: 'split' }],
    [90, 'restart'],
    [112, { type: 'extend', minutes: 1 }],
    [113, { type: 'next' }], // split: 14 + 27 = 41 of 41
    [120, { type: 'endMeeting' }], // plan: 7 of 20
  ]);

  it('records exact actual minutes per topic', () => {
    const later = T0 + 10 * 60 * MIN; // whenever the minutes are read, they do not change
    expect(
      actuals(timing, topics, later).map((a) => [a.topicId, a.actualMs / MIN, a.overrunMs / MIN]),
    ).toEqual([
      ['open', 4, 1],
      ['q2', 27, 2],
      ['q3', 36, 6],
      ['split', 41, 0],
      ['plan', 7, 0],
    ]);
  });

  it('the whole meeting took exactly 2 hours, with the break not counted in any topic', () => {
    const v = meetingView(timing, topics, T0 + 5 * 60 * MIN);
    expect(v.ended).toBe(true);
    expect(v.elapsedMs).toBe(120 * MIN);
    const discussed = actuals(timing, topics, 0).reduce((s, a) => s + a.actualMs, 0);
    expect(discussed).toBe(115 * MIN);
  });

  it('after the end, no action changes the record', () => {
    for (const action of [
      { type: 'next' },
      { type: 'pause' },
      { type: 'resume' },
      { type: 'extend', minutes: 5 },
    ] as const) {
      expect(applyTimerAction(timing, topics, action, T0 + 200 * MIN)).toBe(timing);
    }
  });
});

describe('what a view shows at any moment', () => {
  it('counts down, warns in the last minutes, then counts overrun up', () => {
    const timing = run([
      [0, { type: 'startMeeting' }],
      [3, { type: 'next' }],
    ]);
    const q2 = topics[1]!;
    const at = (m: number, s = 0) => topicView(timing, q2, T0 + m * MIN + s * 1000);
    expect([formatClock(at(3).remainingMs), at(3).phase]).toEqual(['20:00', 'normal']);
    expect([formatClock(at(20, 59).remainingMs), at(20, 59).phase]).toEqual(['02:01', 'normal']);
    expect([formatClock(at(21).remainingMs), at(21).phase]).toEqual(['02:00', 'warning']);
    expect([formatClock(at(23).remainingMs), at(23).phase]).toEqual(['00:00', 'overrun']);
    expect([formatClock(at(25, 30).remainingMs), at(25, 30).phase]).toEqual(['+02:30', 'overrun']);
  });

  it('a paused topic does not move, however long the pause', () => {
    const timing = run([
      [0, { type: 'startMeeting' }],
      [1, { type: 'pause' }],
    ]);
    const open = topics[0]!;
    const a = topicView(timing, open, T0 + 2 * MIN);
    const b = topicView(timing, open, T0 + 600 * MIN);
    expect(a).toEqual(b);
    expect(a).toMatchObject({ running: false, elapsedMs: MIN });
  });

  it('projects the end from the remaining plan and says how far behind it is', () => {
    const timing = run([
      [0, { type: 'startMeeting' }],
      [5, { type: 'next' }],
    ]); // 开场 2 over
    const v = meetingView(timing, topics, T0 + 15 * MIN); // 10 into Q2's 20
    // Q2 has 10 left, then 30 + 40 + 20 planned: 15 + 100 = 115 → 2 minutes behind the 113 planned.
    expect(v.projectedEnd).toBe(T0 + 115 * MIN);
    expect(v.deltaMs).toBe(2 * MIN);
    const overrunning = meetingView(timing, topics, T0 + 30 * MIN); // Q2 5 over, still going
    expect(overrunning.deltaMs).toBe(7 * MIN); // 2 from the opening + 5 over in Q2
  });

  it('throttled or late views compute the same numbers (no tick counting)', () => {
    const timing = run([[0, { type: 'startMeeting' }]]);
    const moments = [0, 1, 59_999, 60_000, 179_999];
    const direct = moments.map((ms) => topicView(timing, topics[0]!, T0 + ms).remainingMs);
    expect(direct).toEqual(moments.map((ms) => 3 * MIN - ms));
  });
});

describe('edges of the controls', () => {
  it.each([
    [
      'next on the last topic',
      [
        [0, { type: 'startTopic', topicId: 'plan' }],
        [1, { type: 'next' }],
      ],
      'plan',
    ],
    [
      'back on the first topic',
      [
        [0, { type: 'startMeeting' }],
        [1, { type: 'back' }],
      ],
      'open',
    ],
    [
      'an unknown topic',
      [
        [0, { type: 'startMeeting' }],
        [1, { type: 'startTopic', topicId: 'nope' }],
      ],
      'open',
    ],
  ] as const)('%s changes nothing', (_name, steps, current) => {
    const timing = run(steps as unknown as [number, TimerAction][]);
    expect(timing.currentTopicId).toBe(current);
  });

  it('resume twice does not open two segments', () => {
    const timing = run([
      [0, { type: 'startMeeting' }],
      [1, { type: 'pause' }],
      [2, { type: 'resume' }],
      [3, { type: 'resume' }],
    ]);
    expect(timing.records[0]!.segments).toHaveLength(2);
  });

  it('extensions are bounded', () => {
    const timing = run([
      [0, { type: 'startMeeting' }],
      [1, { type: 'extend', minutes: 9999 }],
      [1, { type: 'extend', minutes: -5 }],
    ]);
    expect(timing.records[0]!.extraMinutes).toBe(120);
  });
});
