import { describe, expect, it } from 'vitest';
import { newMeeting } from '../../lib/new-meeting';

const now = new Date('2026-03-06T01:58:40Z');
const page = {
  platform: 'tencent' as const,
  link: 'https://meeting.tencent.com/dm/abc',
  meetingCode: '123 456 789',
  title: '项目Q3推广跨部门协作会',
};

describe('newMeeting', () => {
  it('starts from the meetings list with only the opening topic', () => {
    const m = newMeeting(now, { openingTitle: '开场' });
    expect(m.topics.map((t) => [t.title, t.plannedMinutes])).toEqual([['开场', 3]]);
    expect(m.title).toBe('');
    expect(m.meetingCode).toBe('');
  });

  it('beside a meeting page keeps its code, link, title and the time rounded down to 5 minutes', () => {
    const m = newMeeting(now, { openingTitle: 'Opening', page });
    expect([m.platform, m.link, m.meetingCode, m.title]).toEqual([
      'tencent',
      page.link,
      '123 456 789',
      page.title,
    ]);
    expect(m.startAt).toBe('2026-03-06T01:55:00.000Z');
    expect(m.series).toBe('');
  });

  it('joins the series of the same page’s earlier meeting (its title when it had none)', () => {
    const named = newMeeting(now, {
      openingTitle: '开场',
      page,
      previous: { series: 'Q3推广周会', title: '第一次', department: '市场部' },
    });
    expect([named.series, named.department]).toEqual(['Q3推广周会', '市场部']);
    const untitled = newMeeting(now, {
      openingTitle: '开场',
      page,
      previous: { series: '', title: '第一次', department: '' },
    });
    expect(untitled.series).toBe('第一次');
  });
});
