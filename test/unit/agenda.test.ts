import { describe, expect, it } from 'vitest';
import { checkAgenda, moveTopic, newTopic } from '../../lib/agenda';
import { createTranslate } from '../../lib/i18n';
import { preNoticeText } from '../../lib/prenotice';
import { createMeeting } from '../../lib/schema';
import { deadlineState, workingDaysBefore } from '../../lib/workdays';

const topic = (title: string, plannedMinutes: number) =>
  newTopic({ id: title, title, plannedMinutes });

describe('agenda', () => {
  it.each([
    [0, 2, ['b', 'c', 'a']],
    [2, 0, ['c', 'a', 'b']],
    [1, 1, ['a', 'b', 'c']],
    [0, 99, ['b', 'c', 'a']],
    [5, 0, ['a', 'b', 'c']],
  ])('moves topic %i to %i', (from, to, expected) => {
    const topics = ['a', 'b', 'c'].map((t) => topic(t, 5));
    expect(moveTopic(topics, from, to).map((t) => t.id)).toEqual(expected);
  });

  it('flags topics over the cap, a long opening and a plan longer than the slot', () => {
    const m = createMeeting(new Date(), {
      startAt: '2026-03-02T06:00:00.000Z',
      endAt: '2026-03-02T07:00:00.000Z',
      topicCapMinutes: 20,
      topics: [topic('开场', 5), topic('Q2复盘', 25), topic('Q3策略', 20), topic('分工', 15)],
    });
    expect(checkAgenda(m, '开场')).toEqual({
      plannedMinutes: 65,
      slotMinutes: 60,
      overCap: ['Q2复盘'],
      overSlot: true,
      longOpening: true,
    });
  });
});

describe('working days', () => {
  it.each([
    ['2026-03-05', '2026-03-02'], // Thu → Mon
    ['2026-03-02', '2026-02-25'], // Mon → previous Wed
    ['2026-03-08', '2026-03-04'], // Sun → Wed
  ])('3 working days before %s is %s', (day, expected) => {
    const d = workingDaysBefore(new Date(`${day}T14:00`), 3);
    expect(d.getFullYear() * 10000 + (d.getMonth() + 1) * 100 + d.getDate()).toBe(
      Number(expected.replaceAll('-', '')),
    );
  });

  it('is upcoming, due on the day, then passed', () => {
    const due = new Date('2026-03-02T00:00');
    expect(deadlineState(due, new Date('2026-03-01T23:59'))).toBe('upcoming');
    expect(deadlineState(due, new Date('2026-03-02T18:00'))).toBe('due');
    expect(deadlineState(due, new Date('2026-03-03T00:00'))).toBe('passed');
  });
});

describe('pre-notice', () => {
  it('has the goal, agenda with planned times, length, place and what to prepare', () => {
    const m = createMeeting(new Date(), {
      title: '项目Q3推广跨部门协作会',
      goal: '确定Q3产品推广分工',
      room: '公司3楼会议室A',
      platform: 'tencent',
      link: 'https://meeting.tencent.com/dm/abc',
      host: '张三',
      hostTitle: '市场部经理',
      topics: [
        topic('开场', 3),
        {
          ...topic('Q2推广活动复盘', 20),
          ownerName: '张三',
          ownerDepartment: '市场部',
          materials: 'Q2数据报表',
        },
      ],
    });
    const text = preNoticeText(m, createTranslate('zh-CN'), 'zh-CN');
    expect(text).toContain('会议预通知: 项目Q3推广跨部门协作会');
    expect(text).toContain('会议核心目标: 确定Q3产品推广分工');
    expect(text).toContain('地点: 公司3楼会议室A / 腾讯会议 / https://meeting.tencent.com/dm/abc');
    expect(text).toContain('预计时长: 23 分钟');
    expect(text).toContain('1. 开场 (3 分钟)');
    expect(text).toContain('2. Q2推广活动复盘 (20 分钟, 张三 / 市场部)');
    expect(text).toContain('- 张三: Q2数据报表 (Q2推广活动复盘)');
    expect(text).toContain('每个议题讨论不超过 20 分钟');
  });
});
