import { describe, expect, it } from 'vitest';
import { ALL_MEETINGS, groupMeetings, listFacets } from '../../lib/meeting-groups';
import type { MeetingSummary } from '../../lib/summary';

const summary = (id: string, init: Partial<MeetingSummary>): MeetingSummary => ({
  format: 2,
  id,
  rev: 0,
  title: id,
  startAt: null,
  endAt: null,
  updatedAt: '2026-01-01T00:00:00.000Z',
  series: '',
  department: '',
  platform: 'other',
  reviewState: 'draft',
  points: 0,
  decisions: 0,
  at: init.startAt ?? init.updatedAt ?? '2026-01-01T00:00:00.000Z',
  ...init,
});

const list = [
  summary('jan', { startAt: '2026-01-15T02:00:00.000Z', series: '周例会', department: '市场部' }),
  // 20:00 UTC on the last day of February is 1 March in Shanghai.
  summary('feb-late', { startAt: '2026-02-28T20:00:00.000Z', series: '周例会' }),
  summary('feb', { startAt: '2026-02-10T02:00:00.000Z', reviewState: 'approved' }),
  summary('no-start', { updatedAt: '2025-12-31T02:00:00.000Z', department: '市场部' }),
  summary('mar', { startAt: '2026-03-02T06:00:00.000Z', series: '产品评审' }),
];

describe('the meetings list, grouped', () => {
  it('groups by month in the user’s zone, newest first; a meeting without a start by its last change', () => {
    const groups = groupMeetings(list, ALL_MEETINGS, 'Asia/Shanghai');
    expect(groups.map((g) => [g.key, g.meetings.map((m) => m.id)])).toEqual([
      ['2026-03', ['mar', 'feb-late']],
      ['2026-02', ['feb']],
      ['2026-01', ['jan']],
      ['2025-12', ['no-start']],
    ]);
    expect(groupMeetings(list, ALL_MEETINGS, 'UTC')[1]).toEqual({
      key: '2026-02',
      meetings: [list[1], list[2]],
    });
  });

  it('groups by year and filters by project, department and review state together', () => {
    const by = (filter: Partial<typeof ALL_MEETINGS>) =>
      groupMeetings(list, { ...ALL_MEETINGS, by: 'year', ...filter }, 'Asia/Shanghai').map((g) => [
        g.key,
        g.meetings.map((m) => m.id),
      ]);
    expect(by({})).toEqual([
      ['2026', ['mar', 'feb-late', 'feb', 'jan']],
      ['2025', ['no-start']],
    ]);
    expect(by({ series: '周例会' })).toEqual([['2026', ['feb-late', 'jan']]]);
    expect(by({ department: '市场部' })).toEqual([
      ['2026', ['jan']],
      ['2025', ['no-start']],
    ]);
    expect(by({ review: 'approved' })).toEqual([['2026', ['feb']]]);
    expect(by({ review: 'approved', series: '周例会' })).toEqual([]);
  });

  it('offers each project and department once, blanks left out', () => {
    expect(listFacets(list)).toEqual({ series: ['产品评审', '周例会'], departments: ['市场部'] });
  });
});
