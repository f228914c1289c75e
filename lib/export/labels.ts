import type { Locale } from '../i18n';
import type { Status } from '../schema';

/**
 * The words of exported minutes, kept apart from the UI catalogue because they follow the
 * template (跨部门协作会议纪要及行动计划表) word for word, punctuation included, and a UI wording
 * change must not silently change an archived document's layout.
 */
export interface ExportLabels {
  docTitle: string;
  meetingName: string;
  goal: string;
  time: string;
  place: string;
  online: (platform: string) => string;
  meetingCode: string;
  host: string;
  recorder: string;
  attendees: string;
  absentees: string;
  agenda: string;
  discussion: string;
  decisions: string;
  actionPlan: string;
  nextMeeting: string;
  review: string;
  columns: readonly string[];
  statuses: Record<Status, string>;
  kinds: Record<'viewpoint' | 'disagreement' | 'consensus' | 'decision', string>;
  reviewStates: Record<'draft' | 'in_review' | 'approved', string>;
  topic: (n: number, title: string) => string;
  otherPoints: string;
  remarks: string;
  noNotes: string;
  none: string;
  minutes: (n: number) => string;
  late: string;
  substituteFor: (name: string) => string;
  absentee: (name: string, details: string[], substitute: string) => string;
  /** "审核通过,审核人:张三,审核时间:…" from the state label, reviewer and formatted time. */
  reviewLine: (state: string, reviewer: string, at: string) => string;
  /** "2026年3月9日 星期一 14:00,跟踪行动计划进展". */
  nextLine: (at: string, purpose: string) => string;
  delayReason: string;
  revisedDue: string;
  fromMeeting: string;
  version: (n: number) => string;
  exportedAt: string;
  /** Separators: "A、B", "key:value", "(a,b)". */
  listSep: string;
  colon: string;
  comma: string;
  paren: (s: string) => string;
}

const zhCN: ExportLabels = {
  docTitle: '跨部门协作会议纪要',
  meetingName: '会议名称',
  goal: '会议核心目标',
  time: '会议时间',
  place: '会议地点',
  online: (p) => `线上会议(${p})`,
  meetingCode: '会议号',
  host: '主持人',
  recorder: '记录人',
  attendees: '参会部门及人员',
  absentees: '缺席人员及原因',
  agenda: '会议议程',
  discussion: '讨论内容摘要',
  decisions: '决议事项',
  actionPlan: '行动计划表',
  nextMeeting: '下次会议安排',
  review: '审核',
  columns: [
    '序号',
    '行动任务',
    '负责部门',
    '负责人',
    '协作部门',
    '计划完成时间',
    '所需支持/资源',
    '状态',
    '备注',
  ],
  statuses: { not_started: '未开始', in_progress: '进行中', done: '已完成', delayed: '延期' },
  kinds: { viewpoint: '观点', disagreement: '分歧', consensus: '共识', decision: '决议' },
  reviewStates: { draft: '草稿', in_review: '待审核', approved: '审核通过' },
  topic: (n, title) => `议题${n}:${title}`,
  otherPoints: '其他讨论',
  remarks: '发言',
  noNotes: '无记录',
  none: '无',
  minutes: (n) => `${n}分钟`,
  late: '迟到',
  substituteFor: (name) => `代${name}`,
  absentee: (name, details, sub) =>
    `${name}${details.length ? `(${details.join(',')})` : ''}${sub ? `——由${sub}代参会` : ''}`,
  reviewLine: (state, reviewer, at) =>
    [state, reviewer && `审核人:${reviewer}`, at && `审核时间:${at}`].filter(Boolean).join(','),
  nextLine: (at, purpose) => [at, purpose].filter(Boolean).join(','),
  delayReason: '延期原因',
  revisedDue: '调整后时间',
  fromMeeting: '来源会议',
  version: (n) => `第${n}版`,
  exportedAt: '导出时间',
  listSep: '、',
  colon: ':',
  comma: ',',
  paren: (s) => `(${s})`,
};

const en: ExportLabels = {
  docTitle: 'Cross-Department Meeting Minutes',
  meetingName: 'Meeting',
  goal: 'Goal',
  time: 'Time',
  place: 'Place',
  online: (p) => `Online (${p})`,
  meetingCode: 'Meeting code',
  host: 'Host',
  recorder: 'Recorder',
  attendees: 'Departments and attendees',
  absentees: 'Absent (reason)',
  agenda: 'Agenda',
  discussion: 'Discussion summary',
  decisions: 'Decisions',
  actionPlan: 'Action plan',
  nextMeeting: 'Next meeting',
  review: 'Review',
  columns: [
    'No.',
    'Task',
    'Department',
    'Owner',
    'Collaborating departments',
    'Due',
    'Support/resources',
    'Status',
    'Notes',
  ],
  statuses: {
    not_started: 'Not started',
    in_progress: 'In progress',
    done: 'Done',
    delayed: 'Delayed',
  },
  kinds: {
    viewpoint: 'Viewpoint',
    disagreement: 'Disagreement',
    consensus: 'Consensus',
    decision: 'Decision',
  },
  reviewStates: { draft: 'Draft', in_review: 'In review', approved: 'Approved' },
  topic: (n, title) => `Topic ${n}: ${title}`,
  otherPoints: 'Other points',
  remarks: 'Remarks',
  noNotes: 'No notes',
  none: 'None',
  minutes: (n) => `${n} min`,
  late: 'late',
  substituteFor: (name) => `for ${name}`,
  absentee: (name, details, sub) =>
    `${name}${details.length ? ` (${details.join(', ')})` : ''}${sub ? ` — represented by ${sub}` : ''}`,
  reviewLine: (state, reviewer, at) =>
    `${state}${reviewer ? ` by ${reviewer}` : ''}${at ? `, ${at}` : ''}`,
  nextLine: (at, purpose) => [at, purpose].filter(Boolean).join(' — '),
  delayReason: 'Delay reason',
  revisedDue: 'Revised due date',
  fromMeeting: 'From meeting',
  version: (n) => `Version ${n}`,
  exportedAt: 'Exported',
  listSep: ', ',
  colon: ': ',
  comma: ', ',
  paren: (s) => ` (${s})`,
};

const catalogue: Record<Locale, ExportLabels> = { 'zh-CN': zhCN, en };

export const exportLabels = (locale: Locale): ExportLabels => catalogue[locale];
