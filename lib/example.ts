/**
 * The template's own example meeting (docs/DOMAIN.md: 项目Q3推广跨部门协作会), offered on first run to
 * explore and export: basic information, four departments with an absentee and a substitute, the
 * four agenda topics, and the Q2 review's points and consensus. English when the UI is English.
 */
import { newTopic } from './agenda';
import type { Locale } from './i18n';
import { createMeeting, newId, type Meeting } from './schema';

const TEXT = {
  'zh-CN': {
    title: '项目Q3推广跨部门协作会',
    room: '公司3楼会议室A',
    goal: '确定Q3产品推广分工',
    series: '项目Q3推广',
    depts: ['市场部', '销售部', '产品部', '财务部'],
    reason: '出差',
    topics: [
      '开场',
      'Q2推广活动复盘',
      'Q3推广目标及策略讨论',
      '部门分工与资源协调',
      '行动计划确认',
    ],
    points: [
      'Q2线上曝光量达200万,但转化率低于目标(3% vs 目标5%),主要原因是落地页引导不清晰。',
      '客户反馈推广信息与产品实际功能存在偏差,需加强产品与市场信息同步。',
      'Q3推广前产品部与市场部每周同步一次产品信息,落地页由市场部重新设计。',
    ],
    purpose: '跟踪行动计划进展',
  },
  en: {
    title: 'Q3 promotion cross-department meeting',
    room: 'Meeting room A, 3rd floor',
    goal: 'Agree who does what for the Q3 product promotion',
    series: 'Q3 promotion',
    depts: ['Marketing', 'Sales', 'Product', 'Finance'],
    reason: 'on a business trip',
    topics: [
      'Opening',
      'Q2 promotion review',
      'Q3 goals and strategy',
      'Roles and resources',
      'Confirm the action plan',
    ],
    points: [
      'Q2 reached 2 million online impressions, but conversion was below target (3% vs 5%), mainly because the landing page was unclear.',
      'Customers say the promotion does not match what the product actually does; product and marketing must align their messages.',
      'Before the Q3 promotion, Product and Marketing sync product information weekly; Marketing redesigns the landing page.',
    ],
    purpose: 'Follow up the action plan',
  },
};

export function exampleMeeting(locale: Locale, now: Date): Meeting {
  const x = TEXT[locale];
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 14, 0);
  const [mkt, sales, product, finance] = x.depts as [string, string, string, string];
  const person = (name: string, department: string, role: 'decision' | 'executor', extra = {}) => ({
    id: newId(),
    name,
    department,
    role,
    attendance: 'present' as const,
    absenceReason: '',
    substitute: '',
    ...extra,
  });
  const topics = x.topics.map((title, i) => newTopic({ title, plannedMinutes: i === 0 ? 3 : 20 }));
  const q2 = topics[1]!.id;
  const at = start.toISOString();
  return createMeeting(now, {
    title: x.title,
    startAt: at,
    endAt: new Date(start.getTime() + 2 * 3600_000).toISOString(),
    room: x.room,
    platform: 'tencent',
    host: locale === 'zh-CN' ? '张三' : 'Zhang San',
    hostTitle: locale === 'zh-CN' ? '市场部经理' : 'Marketing manager',
    recorder: locale === 'zh-CN' ? '李四' : 'Li Si',
    recorderTitle: locale === 'zh-CN' ? '项目助理' : 'Project assistant',
    goal: x.goal,
    series: x.series,
    department: mkt,
    attendees: [
      person('A', mkt, 'decision'),
      person('B', mkt, 'executor'),
      person('C', sales, 'decision'),
      person('D', sales, 'executor', {
        attendance: 'absent',
        absenceReason: x.reason,
        substitute: 'G',
      }),
      person('E', product, 'executor'),
      person('F', finance, 'decision'),
    ],
    topics,
    points: [
      {
        id: newId(),
        topicId: q2,
        department: mkt,
        speaker: 'A',
        kind: 'viewpoint',
        text: x.points[0]!,
        at,
      },
      {
        id: newId(),
        topicId: q2,
        department: sales,
        speaker: 'C',
        kind: 'viewpoint',
        text: x.points[1]!,
        at,
      },
      {
        id: newId(),
        topicId: q2,
        department: '',
        speaker: '',
        kind: 'consensus',
        text: x.points[2]!,
        at,
      },
    ],
    nextMeeting: {
      at: new Date(start.getTime() + 7 * 86_400_000).toISOString(),
      purpose: x.purpose,
    },
  } as Partial<Meeting>);
}
