import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActionItem } from '../../../lib/schema';
import { dayIn, zonedTime } from '../../../lib/plan/calendar';
import {
  ReminderSettings,
  badgeCount,
  missedReminders,
  parseReminderName,
  planReminders,
  reminderName,
  remindersToSchedule,
  type Reminder,
} from '../../../lib/plan/reminders';
import { makeItem } from '../../helpers/items';

const SH = 'Asia/Shanghai';
const BER = 'Europe/Berlin';
const NY = 'America/New_York';
const utc = (iso: string) => Date.parse(iso);
const settings = (s: Partial<ReminderSettings> = {}) => ReminderSettings.parse(s);
const when = (items: ActionItem[], s: Partial<ReminderSettings>, zone = SH) =>
  planReminders(items, settings(s), zone).map((r) => [r.kind, new Date(r.when).toISOString()]);

afterEach(() => vi.useRealTimers());

describe('wall-clock time in a zone', () => {
  it.each([
    ['2026-03-02', 9, SH, '2026-03-02T01:00:00.000Z'],
    ['2026-03-28', 9, BER, '2026-03-28T08:00:00.000Z'], // CET, +1
    ['2026-03-29', 9, BER, '2026-03-29T07:00:00.000Z'], // CEST from 02:00 that day, +2
    ['2026-03-29', 2, BER, '2026-03-29T01:00:00.000Z'], // 02:00 never happens: 03:00 CEST
    ['2026-10-25', 2, BER, '2026-10-25T00:00:00.000Z'], // 02:00 happens twice: the first
    ['2026-03-06', 9, NY, '2026-03-06T14:00:00.000Z'], // EST, -5
    ['2026-03-09', 9, NY, '2026-03-09T13:00:00.000Z'], // EDT from 8 March, -4
    ['2026-03-08', 2, NY, '2026-03-08T07:00:00.000Z'], // the gap: 03:00 EDT
    ['2026-03-02', 0, NY, '2026-03-02T05:00:00.000Z'],
  ])('%s at %i:00 in %s is %s', (day, hour, zone, iso) => {
    expect(new Date(zonedTime(day, hour, zone)).toISOString()).toBe(iso);
  });

  it.each([
    ['2026-03-04T16:30:00Z', SH, '2026-03-05'],
    ['2026-03-04T16:30:00Z', NY, '2026-03-04'],
    ['2026-03-28T23:30:00Z', BER, '2026-03-29'],
    ['2026-03-29T03:00:00Z', NY, '2026-03-28'],
  ])('%s is on %s in %s', (iso, zone, day) => {
    expect(dayIn(new Date(iso), zone)).toBe(day);
  });
});

describe('reminder days', () => {
  const monday = [makeItem({ id: 'a', dueDate: '2026-03-09' })];
  it.each<[string, Partial<ReminderSettings>, ActionItem[], [string, string][]]>([
    [
      '1 working day before a Monday is Friday',
      { lead: '1day' },
      monday,
      [
        ['dueSoon', '2026-03-06T01:00:00.000Z'],
        ['overdue', '2026-03-10T01:00:00.000Z'],
      ],
    ],
    [
      '1 calendar day before a Monday is Sunday',
      { lead: '1day', workingDaysOnly: false },
      monday,
      [
        ['dueSoon', '2026-03-08T01:00:00.000Z'],
        ['overdue', '2026-03-10T01:00:00.000Z'],
      ],
    ],
    [
      '2 working days before a Monday is Thursday',
      { lead: '2days', hour: 17 },
      monday,
      [
        ['dueSoon', '2026-03-05T09:00:00.000Z'],
        ['overdue', '2026-03-10T09:00:00.000Z'],
      ],
    ],
    [
      'the same day',
      { lead: 'sameDay' },
      monday,
      [
        ['dueSoon', '2026-03-09T01:00:00.000Z'],
        ['overdue', '2026-03-10T01:00:00.000Z'],
      ],
    ],
    [
      'the same day of a Saturday is Friday',
      { lead: 'sameDay' },
      [makeItem({ dueDate: '2026-03-07' })],
      [
        ['dueSoon', '2026-03-06T01:00:00.000Z'],
        ['overdue', '2026-03-09T01:00:00.000Z'],
      ],
    ],
    [
      'overdue after a Friday: Monday',
      { lead: 'off' },
      [makeItem({ dueDate: '2026-03-06' })],
      [['overdue', '2026-03-09T01:00:00.000Z']],
    ],
    [
      'overdue after a Friday, every day counting: Saturday',
      { lead: 'off', workingDaysOnly: false },
      [makeItem({ dueDate: '2026-03-06' })],
      [['overdue', '2026-03-07T01:00:00.000Z']],
    ],
    [
      'a delayed item: its adjusted date',
      { lead: 'off' },
      [makeItem({ dueDate: '2026-03-02', status: 'delayed', revisedDueDate: '2026-03-09' })],
      [['overdue', '2026-03-10T01:00:00.000Z']],
    ],
    ['a done item: nothing', {}, [makeItem({ status: 'done' })], []],
    ['no due date: nothing', {}, [makeItem({ dueDate: null })], []],
  ])('%s', (_name, s, items, expected) => {
    expect(when(items, s)).toEqual(expected);
  });

  it('Berlin across the spring change: the same 09:00, one hour less of UTC offset', () => {
    const item = makeItem({ dueDate: '2026-03-30' }); // Monday after the change
    expect(when([item], { lead: '1day' }, BER)).toEqual([
      ['dueSoon', '2026-03-27T08:00:00.000Z'], // Friday, CET
      ['overdue', '2026-03-31T07:00:00.000Z'], // Tuesday, CEST
    ]);
    expect(when([item], { lead: '1day', workingDaysOnly: false }, BER)[0]).toEqual([
      'dueSoon',
      '2026-03-29T07:00:00.000Z', // Sunday, the day of the change, already CEST at 09:00
    ]);
  });

  it('New York across its change on 8 March', () => {
    const item = makeItem({ dueDate: '2026-03-09' });
    expect(when([item], { lead: '1day', workingDaysOnly: false }, NY)[0]?.[1]).toBe(
      '2026-03-08T13:00:00.000Z',
    );
    expect(when([item], { lead: '1day' }, NY)[0]?.[1]).toBe('2026-03-06T14:00:00.000Z');
  });
});

describe('scheduling across restarts', () => {
  const items = [
    makeItem({ id: 'a', dueDate: '2026-03-09' }),
    makeItem({ id: 'b', dueDate: '2026-03-10', status: 'in_progress' }),
    makeItem({ id: 'c', dueDate: '2026-03-11' }),
    makeItem({ id: 'd', dueDate: '2026-03-06' }),
    makeItem({ id: 'e', dueDate: '2026-03-05', status: 'done' }),
  ];
  const s = settings();

  it('recomputing after a restart gives the same schedule, whatever the machine clock says', () => {
    const now = new Date('2026-03-06T10:00:00Z');
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    const first = remindersToSchedule(items, s, now, SH);
    // The worker is stopped; all that survives is the stored items, read back through the schema.
    const reread = items.map((i) => ActionItem.parse(JSON.parse(JSON.stringify(i))));
    vi.setSystemTime(new Date('2001-01-01T00:00:00Z'));
    expect(remindersToSchedule(reread, s, now, SH)).toEqual(first);
    expect(first.every((r) => r.when > now.getTime())).toBe(true);
    expect(first.map(reminderName).map(parseReminderName)).toEqual(first);
  });

  it('reminders missed while the browser was closed fire once, the most urgent per item', () => {
    const plan = planReminders(items, s, SH);
    const closedAt = utc('2026-03-05T10:00:00Z'); // Thursday 18:00 in Beijing
    const openedAt = utc('2026-03-10T02:00:00Z'); // Tuesday 10:00
    const missed = missedReminders(plan, closedAt, openedAt);
    expect(missed.map((r) => [r.itemId, r.kind])).toEqual([
      ['b', 'dueSoon'], // due today (Tue): reminded Mon 09:00
      ['d', 'overdue'], // due Fri: overdue Mon 09:00 (its due-soon, Thu 09:00, was seen before)
      ['a', 'overdue'], // due-soon Fri and overdue Tue both missed: only the overdue one
      ['c', 'dueSoon'], // due Wed: reminded Tue 09:00
    ]);
    // The caller stored `openedAt` as the last run: nothing fires twice.
    expect(missedReminders(plan, openedAt, openedAt + 60_000)).toEqual([]);
    expect(missedReminders(plan, null, openedAt)).toEqual([]);
  });

  it('collapses duplicates of one kind to the latest', () => {
    const r = (when: number): Reminder => ({ itemId: 'x', kind: 'dueSoon', when });
    expect(missedReminders([r(10), r(30), r(20)], 0, 100)).toEqual([r(30)]);
  });

  it('the badge counts open overdue items, by the day in the user zone', () => {
    const at = new Date('2026-03-09T17:00:00Z'); // Tuesday 01:00 in Beijing, Monday in New York
    expect(badgeCount(items, at, SH)).toBe(2); // a (due Mon) and d (due Fri); e is done
    expect(badgeCount(items, at, NY)).toBe(1);
  });

  it('settings default to a day ahead, working days, 09:00', () => {
    expect(settings()).toEqual({ lead: '1day', workingDaysOnly: true, hour: 9 });
    expect(ReminderSettings.safeParse({ hour: 24 }).success).toBe(false);
  });
});
