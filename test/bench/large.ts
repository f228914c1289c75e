import { newTopic } from '../../lib/agenda';
import {
  ACTION_ITEM_SCHEMA_VERSION,
  createMeeting,
  type ActionItem,
  type Meeting,
} from '../../lib/schema';

/** The benchmark's large meeting: 30 topics, 2,000 points, 40 attendees, 500 action items. */
export function largeMeeting(now = new Date('2026-03-02T06:00:00Z')) {
  const departments = [
    '市场部',
    '销售部',
    '产品部',
    '财务部',
    '研发部',
    '运营部',
    '法务部',
    '人事部',
  ];
  const kinds = [
    'viewpoint',
    'viewpoint',
    'viewpoint',
    'disagreement',
    'consensus',
    'decision',
  ] as const;
  const topics = Array.from({ length: 30 }, (_, i) =>
    newTopic({ id: `t${i}`, title: `议题${i + 1}:Q3推广第${i + 1}项`, plannedMinutes: 10 }),
  );
  const meeting: Meeting = createMeeting(now, {
    id: 'bench-large',
    title: '项目Q3推广跨部门协作会(大型)',
    startAt: now.toISOString(),
    endAt: new Date(now.getTime() + 5 * 3600_000).toISOString(),
    series: '项目Q3推广',
    department: '市场部',
    topics,
    attendees: Array.from({ length: 40 }, (_, i) => ({
      id: `a${i}`,
      name: `参会人${i}`,
      department: departments[i % departments.length]!,
      role: i % 5 ? 'executor' : 'decision',
      attendance: i % 13 ? 'present' : 'absent',
      absenceReason: i % 13 ? '' : '出差',
      substitute: i % 13 ? '' : `代${i}`,
    })),
    points: Array.from({ length: 2000 }, (_, i) => ({
      id: `p${i}`,
      topicId: `t${i % 30}`,
      department: departments[i % departments.length]!,
      speaker: `参会人${i % 40}`,
      kind: kinds[i % kinds.length]!,
      text: `第${i}条发言:Q2线上曝光量达200万,但转化率低于目标(3% vs 目标5%),主要原因是落地页引导不清晰。`,
      at: new Date(now.getTime() + i * 9000).toISOString(),
    })),
  } as Partial<Meeting>);
  const items: ActionItem[] = Array.from({ length: 500 }, (_, i) => ({
    schemaVersion: ACTION_ITEM_SCHEMA_VERSION,
    id: `i${i}`,
    rev: 0,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    meetingId: meeting.id,
    series: meeting.series,
    task: `行动任务${i}:提交成本报告并与销售部同步`,
    ownerName: `参会人${i % 40}`,
    ownerDepartment: departments[i % departments.length]!,
    collaborators: [departments[(i + 1) % departments.length]!],
    startDate: '2026-03-02',
    dueDate: `2026-03-${String(3 + (i % 25)).padStart(2, '0')}`,
    support: '需要财务部提供预算数据',
    status: (['not_started', 'in_progress', 'done', 'delayed'] as const)[i % 4]!,
    delayReason: i % 4 === 3 ? '资源不足' : '',
    revisedDueDate: i % 4 === 3 ? '2026-04-10' : null,
    notes: '',
    ownerConfirmed: i % 3 === 0,
    sourceTopicId: `t${i % 30}`,
    sourceDecisionId: null,
    history: [],
  }));
  return { meeting, items };
}

/** 200 other, ordinary meetings. */
export function otherMeetings(count = 200): Meeting[] {
  return Array.from({ length: count }, (_, i) =>
    createMeeting(new Date(Date.UTC(2025, 0, 1) + i * 86_400_000), {
      id: `other-${i}`,
      title: `周会 ${i}`,
      topics: [newTopic({ id: `o${i}`, title: '开场', plannedMinutes: 3 })],
    }),
  );
}

/**
 * The tracker's load: `count` action items of 200 meetings, 40 owners, 6 departments, every
 * status, due dates from 30 days ago to 60 ahead of `now`; 1 in 7 mention a customer complaint.
 */
export function bulkItems(count = 5000, now = new Date()) {
  const at = now.toISOString();
  const depts = ['Marketing', 'Sales', 'Product', 'Finance', 'Service', 'R&D'];
  const statuses = ['not_started', 'in_progress', 'done', 'delayed'];
  return Array.from({ length: count }, (_, i) => {
    const due = new Date(now.getTime() + ((i % 90) - 30) * 86_400_000).toISOString().slice(0, 10);
    return {
      schemaVersion: ACTION_ITEM_SCHEMA_VERSION,
      id: `bulk-${i}`,
      rev: 0,
      createdAt: at,
      updatedAt: at,
      meetingId: `meeting-${i % 200}`,
      task: `Task ${i} ${i % 7 === 0 ? 'customer complaint' : 'promotion'}`,
      ownerName: `Owner ${i % 40}`,
      ownerDepartment: depts[i % depts.length],
      dueDate: due,
      status: statuses[i % 4],
      delayReason: i % 4 === 3 ? 'waiting' : '',
      revisedDueDate: i % 4 === 3 ? due : null,
      ownerConfirmed: i % 3 !== 0,
    };
  });
}

/**
 * `count` realistic weekly meetings (issue 16's measure): 5 topics, 60 talking points, 12
 * attendees and 4 decisions each, over several series and departments, a week apart.
 */
export function realisticMeetings(count: number): Meeting[] {
  const departments = ['市场部', '销售部', '产品部', '财务部', '研发部', '运营部'];
  const series = ['项目Q3推广', '周例会', '产品评审', 'Sales sync'];
  return Array.from({ length: count }, (_, n) => {
    const start = new Date(Date.UTC(2022, 0, 3) + n * 7 * 86_400_000);
    const topics = Array.from({ length: 5 }, (_, i) =>
      newTopic({ id: `r${n}-t${i}`, title: `议题${i + 1}:第${n}周进展`, plannedMinutes: 10 }),
    );
    return createMeeting(start, {
      id: `realistic-${n}`,
      title: `${series[n % series.length]} 第${n + 1}次`,
      startAt: start.toISOString(),
      endAt: new Date(start.getTime() + 3600_000).toISOString(),
      series: series[n % series.length]!,
      department: departments[n % departments.length]!,
      platform: 'tencent',
      review: { state: n % 3 ? 'approved' : 'draft', reviewer: n % 3 ? '张三' : '', at: null },
      topics,
      attendees: Array.from({ length: 12 }, (_, i) => ({
        id: `r${n}-a${i}`,
        name: `参会人${i}`,
        department: departments[i % departments.length]!,
        role: i % 5 ? 'executor' : 'decision',
        attendance: 'present',
        absenceReason: '',
        substitute: '',
      })),
      points: Array.from({ length: 60 }, (_, i) => ({
        id: `r${n}-p${i}`,
        topicId: `r${n}-t${i % 5}`,
        department: departments[i % departments.length]!,
        speaker: `参会人${i % 12}`,
        kind: i % 6 === 5 ? 'decision' : 'viewpoint',
        text: `第${i}条发言:Q2线上曝光量达200万,但转化率低于目标(3% vs 目标5%),主要原因是落地页引导不清晰。`,
        at: new Date(start.getTime() + i * 60_000).toISOString(),
      })),
      decisions: Array.from({ length: 4 }, (_, i) => ({
        id: `r${n}-d${i}`,
        topicId: `r${n}-t${i}`,
        pointId: null,
        text: `决定${i}:下周前完成落地页改版`,
      })),
    } as Partial<Meeting>);
  });
}
