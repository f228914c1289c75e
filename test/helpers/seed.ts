import { ActionItem, createMeeting, type Meeting } from '../../lib/schema';
import type { ExportInput } from '../../lib/export/types';

/**
 * The template's example meeting (docs/DOMAIN.md: 项目Q3推广跨部门协作会) with every section of the template
 * filled, in Chinese and in an English rendering, with fixed ids and clock so exports are
 * byte-stable. Shared by the exporter tests.
 */

export const NOW = new Date('2026-03-02T10:00:00.000Z'); // 18:00 in Shanghai
export const TZ = 'Asia/Shanghai';

const TEXT = {
  'zh-CN': {
    title: '项目Q3推广跨部门协作会',
    room: '公司3楼会议室A',
    goal: '确定Q3产品推广分工',
    series: '项目Q3推广',
    dept: { mkt: '市场部', sales: '销售部', prod: '产品部', fin: '财务部' },
    host: ['张三', '市场部经理'],
    recorder: ['李四', '项目助理'],
    absent: ['王五', '出差'],
    substitute: '钱七',
    topics: ['Q2推广活动复盘', 'Q3推广目标及策略讨论', '部门分工与资源协调', '行动计划确认'],
    points: [
      'Q2线上曝光量达200万,但转化率低于目标(3% vs 目标5%),主要原因是落地页引导不清晰。',
      '客户反馈推广信息与产品实际功能存在偏差,需加强产品与市场信息同步。',
      'Q3推广前产品部与市场部每周同步一次产品信息',
      '建议优先推广线上渠道,因用户调研数据显示70%目标用户活跃于小红书。',
      '线上投放预算比季度计划高20%,需先核算投入产出比再定。',
      'Q3以线上渠道为主,预算由财务部复核后确定。',
      '新版本发布时间可能调整,届时另行通知。',
    ],
    decisions: [
      'Q3推广前产品部与市场部每周同步一次产品信息,由产品部E负责组织。',
      'Q3推广以线上渠道为主,投放预算待财务部复核后确定。',
      '市场部牵头优化落地页引导流程,目标转化率提升至5%。',
    ],
    items: [
      ['优化落地页引导流程,提升转化率', '设计资源1人(3月9日起)', '', ''],
      ['建立产品与市场信息周同步机制', '', '', '首次同步会定于3月6日'],
      ['提交Q3线上投放预算复核报告', '市场部提供投放计划明细', '等待市场部投放计划明细', ''],
    ],
    next: '跟踪行动计划进展',
  },
  en: {
    title: 'Q3 Promotion Cross-Department Meeting',
    room: 'Meeting Room A, 3rd floor',
    goal: 'Agree who does what for the Q3 product promotion',
    series: 'Q3 Promotion',
    dept: { mkt: 'Marketing', sales: 'Sales', prod: 'Product', fin: 'Finance' },
    host: ['Zhang San', 'Marketing Manager'],
    recorder: ['Li Si', 'Project Assistant'],
    absent: ['Wang Wu', 'business trip'],
    substitute: 'Qian Qi',
    topics: [
      'Q2 promotion review',
      'Q3 promotion goals and strategy',
      'Division of work and resources',
      'Action plan confirmation',
    ],
    points: [
      'Q2 online impressions reached 2 million, but conversion stayed below target (3% vs 5%), mainly because the landing page does not guide visitors clearly.',
      'Customers report that the promotion does not match what the product actually does; product and marketing need to share information more closely.',
      'Before the Q3 promotion, Product and Marketing sync product information once a week',
      'Prioritise online channels: user research shows 70% of target users are active on Xiaohongshu.',
      'The online budget is 20% above the quarterly plan; the return on it must be checked first.',
      'Q3 focuses on online channels; Finance reviews the budget before it is fixed.',
      'The new release date may move; Product will announce it.',
    ],
    decisions: [
      'Before the Q3 promotion, Product and Marketing sync product information weekly, organised by E (Product).',
      'The Q3 promotion focuses on online channels; the budget is fixed after the Finance review.',
      'Marketing leads the landing-page redesign, aiming at a 5% conversion rate.',
    ],
    items: [
      [
        'Redesign the landing-page guidance to lift conversion',
        'One designer (from 9 March)',
        '',
        '',
      ],
      ['Set up the weekly product–marketing sync', '', '', 'First sync on 6 March'],
      [
        'Submit the Q3 online budget review',
        'Marketing provides the detailed media plan',
        'Waiting for the media plan from Marketing',
        '',
      ],
    ],
    next: 'Follow up on the action plan',
  },
} as const;

type Lang = keyof typeof TEXT;

/** The seed's words in Chinese and English (titles, names, departments, points). */
export const SEED_TEXT = TEXT;

export function seedMeetingFor(lang: Lang): Meeting {
  const t = TEXT[lang];
  const d = t.dept;
  const person = (id: string, name: string, department: string, extra = {}) => ({
    id,
    name,
    department,
    ...extra,
  });
  const point = (
    id: string,
    topic: number | null,
    department: string,
    kind: string,
    i: number,
  ) => ({
    id,
    topicId: topic === null ? null : `t${topic}`,
    department,
    kind,
    text: t.points[i],
    at: `2026-03-02T06:${String(10 + i * 5).padStart(2, '0')}:00.000Z`,
  });
  return createMeeting(new Date('2026-02-26T02:00:00.000Z'), {
    id: 'm-2026-q3-promo',
    title: t.title,
    startAt: '2026-03-02T06:00:00.000Z',
    endAt: '2026-03-02T08:00:00.000Z',
    room: t.room,
    platform: 'tencent',
    host: t.host[0],
    hostTitle: t.host[1],
    recorder: t.recorder[0],
    recorderTitle: t.recorder[1],
    goal: t.goal,
    series: t.series,
    department: d.mkt,
    attendees: [
      person('a1', 'A', d.mkt, { role: 'decision', attendance: 'present' }),
      person('a2', 'B', d.mkt, { attendance: 'present' }),
      person('a3', 'C', d.sales, { role: 'decision', attendance: 'present' }),
      person('a4', t.absent[0], d.sales, {
        attendance: 'absent',
        absenceReason: t.absent[1],
        substitute: t.substitute,
      }),
      person('a5', t.substitute, d.sales, { attendance: 'present' }),
      person('a6', 'E', d.prod, { role: 'decision', attendance: 'present' }),
      person('a7', 'F', d.fin, { role: 'decision', attendance: 'present' }),
    ],
    topics: t.topics.map((title, i) => ({
      id: `t${i + 1}`,
      title,
      ownerName: ['A', 'A', t.host[0], t.recorder[0]][i],
      ownerDepartment: d.mkt,
      plannedMinutes: [20, 20, 20, 15][i],
    })),
    points: [
      point('p1', 1, d.mkt, 'viewpoint', 0),
      point('p2', 1, d.sales, 'viewpoint', 1),
      point('p3', 1, '', 'consensus', 2),
      point('p4', 2, d.mkt, 'viewpoint', 3),
      point('p5', 2, d.fin, 'disagreement', 4),
      point('p6', 2, '', 'decision', 5),
      point('p7', null, d.prod, 'viewpoint', 6),
    ],
    decisions: t.decisions.map((text, i) => ({ id: `d${i + 1}`, topicId: `t${i + 1}`, text })),
    nextMeeting: { at: '2026-03-09T06:00:00.000Z', purpose: t.next },
    review: { state: 'approved', reviewer: t.host[0], at: '2026-03-02T09:30:00.000Z' },
  } as unknown as Partial<Meeting>);
}

export function seedItemsFor(lang: Lang): ActionItem[] {
  const t = TEXT[lang];
  const d = t.dept;
  const rows = [
    { owner: ['A', d.mkt], collab: [d.prod], due: '2026-03-20', status: 'in_progress' },
    { owner: ['E', d.prod], collab: [d.mkt, d.sales], due: '2026-03-06', status: 'not_started' },
    { owner: ['F', d.fin], collab: [d.mkt], due: '2026-03-06', status: 'delayed' },
  ];
  return rows.map((r, i) => {
    const [task, support, delayReason, notes] = t.items[i]!;
    return ActionItem.parse({
      schemaVersion: 1,
      id: `ai-${i + 1}`,
      rev: i,
      createdAt: '2026-03-02T07:50:00.000Z',
      updatedAt: '2026-03-02T07:55:00.000Z',
      meetingId: 'm-2026-q3-promo',
      task,
      ownerName: r.owner[0],
      ownerDepartment: r.owner[1],
      collaborators: r.collab,
      dueDate: r.due,
      support,
      status: r.status,
      delayReason,
      revisedDueDate: r.status === 'delayed' ? '2026-03-11' : null,
      notes,
      ownerConfirmed: true,
      sourceDecisionId: `d${i + 1}`,
    });
  });
}

export const seedInput = (lang: Lang, now = NOW): ExportInput => ({
  meeting: seedMeetingFor(lang),
  items: seedItemsFor(lang),
  locale: lang,
  now,
});
