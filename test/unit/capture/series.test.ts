import { describe, expect, it } from 'vitest';
import {
  itemsToReview,
  pickableItems,
  previousInSeries,
  recordReview,
  rosterFromPrevious,
} from '../../../lib/capture/series';
import {
  ACTION_ITEM_SCHEMA_VERSION,
  ActionItem,
  createMeeting,
  type Attendee,
} from '../../../lib/schema';

const T0 = new Date('2026-03-09T06:00:00.000Z');
const summary = (id: string, series: string, startAt: string | null, updatedAt = startAt) => ({
  id,
  series,
  startAt,
  updatedAt: updatedAt ?? '2026-01-01T00:00:00.000Z',
  title: id,
});

describe('previousInSeries', () => {
  const current = createMeeting(T0, {
    id: 'now',
    series: '项目Q3推广',
    startAt: '2026-03-09T06:00:00.000Z',
  });

  it('is the latest earlier meeting of the same series', () => {
    const list = [
      summary('now', '项目Q3推广', '2026-03-09T06:00:00.000Z'),
      summary('first', '项目Q3推广', '2026-02-23T06:00:00.000Z'),
      summary('second', ' 项目q3推广 ', '2026-03-02T06:00:00.000Z'),
      summary('later', '项目Q3推广', '2026-03-16T06:00:00.000Z'),
      summary('other', '年度目标', '2026-03-08T06:00:00.000Z'),
      summary('undated', '项目Q3推广', null, '2026-03-01T06:00:00.000Z'),
    ];
    expect(previousInSeries(list, current)?.id).toBe('second');
  });

  it('is none without a series or an earlier meeting', () => {
    expect(previousInSeries([summary('a', '', '2026-03-01T06:00:00.000Z')], current)).toBeNull();
    expect(previousInSeries([], { ...current, series: '  ' })).toBeNull();
  });
});

describe('rosterFromPrevious', () => {
  it('keeps people, departments and roles; attendance is for this meeting to say', () => {
    const prev: Attendee[] = [
      {
        id: 'a',
        name: '王五',
        department: '销售部',
        role: 'decision',
        attendance: 'absent',
        absenceReason: '出差',
        substitute: '钱七',
      },
      {
        ...{ id: 'b', name: ' ', department: '', role: 'executor' },
        attendance: 'present',
        absenceReason: '',
        substitute: '',
      },
    ];
    let n = 0;
    expect(rosterFromPrevious(prev, () => `n${++n}`)).toEqual([
      {
        id: 'n1',
        name: '王五',
        department: '销售部',
        role: 'decision',
        attendance: 'unknown',
        absenceReason: '',
        substitute: '',
      },
    ]);
  });
});

const item = (id: string, init: Partial<ActionItem>): ActionItem =>
  ActionItem.parse({
    schemaVersion: ACTION_ITEM_SCHEMA_VERSION,
    id,
    rev: 0,
    createdAt: '2026-03-02T06:00:00.000Z',
    updatedAt: '2026-03-02T06:00:00.000Z',
    meetingId: 'first',
    series: '项目Q3推广',
    ...init,
  });

describe('earlier items', () => {
  const items = [
    item('done', { status: 'done' }),
    item('late', { dueDate: '2026-03-20' }),
    item('soon', { dueDate: '2026-03-05', status: 'in_progress' }),
    item('delayed', { dueDate: '2026-03-01', status: 'delayed', revisedDueDate: '2026-03-30' }),
    item('mine', { meetingId: 'now' }),
    item('elsewhere', { series: '年度目标', task: '预算汇总', ownerName: '周八' }),
  ];
  const meeting = createMeeting(T0, { id: 'now', series: '项目Q3推广' });

  it('lists the open items of the series, soonest due first, and those reviewed here', () => {
    expect(itemsToReview(items, meeting).map((i) => i.id)).toEqual(['soon', 'late', 'delayed']);
    const reviewed = recordReview(meeting, {
      actionItemId: 'done',
      status: 'done',
      note: '',
      delayReason: '',
      revisedDueDate: null,
      at: T0.toISOString(),
    });
    expect(itemsToReview(items, reviewed).map((i) => i.id)).toContain('done');
    expect(itemsToReview(items, { ...meeting, series: '' })).toEqual([]);
  });

  it('offers other open items to pick, by task or owner', () => {
    const listed = new Set(['soon', 'late', 'delayed']);
    expect(pickableItems(items, 'now', listed, '').map((i) => i.id)).toEqual(['elsewhere']);
    expect(pickableItems(items, 'now', listed, '周八').map((i) => i.id)).toEqual(['elsewhere']);
    expect(pickableItems(items, 'now', listed, '没有')).toEqual([]);
  });

  it('keeps one entry per item in the minutes, the latest', () => {
    const entry = {
      actionItemId: 'soon',
      status: 'in_progress' as const,
      note: 'a',
      delayReason: '',
      revisedDueDate: null,
      at: T0.toISOString(),
    };
    const once = recordReview(meeting, entry);
    const twice = recordReview(once, { ...entry, status: 'done', note: 'b' });
    expect(twice.earlierReview).toEqual([{ ...entry, status: 'done', note: 'b' }]);
  });
});
