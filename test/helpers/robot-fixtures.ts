/**
 * The template's example meeting (lib/example.ts) made ready to send: approved, with a summary,
 * decisions on its topics and the action plan of docs/DOMAIN.md's example (钱七's 成本报告 is row 3),
 * and mobile numbers / user ids on the roster for @mentions.
 */
import { exampleMeeting } from '../../lib/example';
import type { ActionItem, Meeting } from '../../lib/schema';
import { makeItem } from './items';

export const NOW = new Date('2026-12-02T02:00:00Z');

export function exampleToSend(): { meeting: Meeting; items: ActionItem[] } {
  const base = exampleMeeting('zh-CN', NOW);
  const [, q2, q3, roles] = base.topics;
  const meeting: Meeting = {
    ...base,
    id: 'meeting-q3',
    // Fixed instants (14:00–16:00 in Beijing): exampleMeeting uses the machine's local day.
    startAt: '2026-12-03T06:00:00.000Z',
    endAt: '2026-12-03T08:00:00.000Z',
    attendees: [
      ...base.attendees.map((a) =>
        a.name === 'A'
          ? { ...a, contact: '13800000001' }
          : a.name === 'C'
            ? { ...a, contact: 'user_c' }
            : a,
      ),
      {
        ...base.attendees[0]!,
        id: 'qq',
        name: '钱七',
        department: '财务部',
        contact: '138-0000-0007',
      },
    ],
    summary:
      'Q2线上曝光量达200万,但转化率低于目标(3% vs 目标5%)。Q3推广前产品部与市场部每周同步一次产品信息,落地页由市场部重新设计。',
    decisions: [
      { id: 'd1', topicId: q2!.id, pointId: null, text: '落地页由市场部重新设计,9月1日前上线。' },
      { id: 'd2', topicId: q3!.id, pointId: null, text: 'Q3转化率目标定为5%。' },
      { id: 'd3', topicId: roles!.id, pointId: null, text: '财务部评估增加生产线的成本。' },
    ],
    review: { state: 'approved', reviewer: '张三', at: '2026-12-03T09:00:00.000Z' },
  };
  const items = [
    makeItem({
      meetingId: meeting.id,
      task: '重新设计落地页',
      ownerName: 'A',
      ownerDepartment: '市场部',
      dueDate: '2026-12-20',
      support: '产品部提供功能说明',
    }),
    makeItem({
      meetingId: meeting.id,
      task: '整理客户反馈清单',
      ownerName: 'C',
      ownerDepartment: '销售部',
      dueDate: '2026-12-10',
      collaborators: ['E'],
    }),
    makeItem({
      meetingId: meeting.id,
      task: '提交成本报告',
      ownerName: '钱七',
      ownerDepartment: '财务部',
      dueDate: '2026-12-03',
      support: '生产部提供产能数据',
    }),
  ];
  return { meeting, items };
}
