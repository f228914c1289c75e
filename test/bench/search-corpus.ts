import type { ActionItem, Meeting } from '../../lib/schema';
import { SEED_TEXT } from '../helpers/seed';
import { realisticMeetings } from './large';

/**
 * Realistic meetings (test/bench/large.ts) whose words vary, for the search bench: the list's
 * meetings repeat one sentence 60 times, which would make a search index look tiny. Each point
 * joins two sentences of the seed's Chinese (1 in 6 English) with a name, a number and a
 * subject drawn from fixed pools by a seeded generator, so runs are comparable.
 */
const SUBJECTS = [
  '落地页',
  '供应链',
  '渠道预算',
  '客户投诉',
  '招聘计划',
  '数据看板',
  '小程序',
  '会员体系',
  '直播带货',
  '库存周转',
  '合同审批',
  '服务器迁移',
  '安全审计',
  '品牌升级',
  '售后流程',
  '海外市场',
  '质量抽检',
  '成本核算',
  '用户调研',
  '版本发布',
  'OKR',
  'CRM',
  'SaaS',
];
const SURNAMES = ['张', '王', '李', '赵', '刘', '陈', '杨', '黄', '周', '吴', '徐', '孙'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '磊', '强', '军', '洋', '勇', '艳', '杰', '涛', '明'];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

export function searchCorpus(count: number, seed = 16) {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const zh = [...SEED_TEXT['zh-CN'].points, ...SEED_TEXT['zh-CN'].decisions];
  const en = [...SEED_TEXT.en.points, ...SEED_TEXT.en.decisions];
  const name = () => pick(SURNAMES) + pick(GIVEN) + (r() < 0.3 ? pick(GIVEN) : '');
  const sentence = () =>
    r() < 1 / 6
      ? `${pick(en)} ${pick(SUBJECTS)} #${Math.floor(r() * 1000)}`
      : `${pick(SUBJECTS)}:${pick(zh)}${name()}补充${Math.floor(r() * 100)}%。${pick(zh)}`;
  const meetings: Meeting[] = realisticMeetings(count).map((m) => ({
    ...m,
    goal: `确定${pick(SUBJECTS)}和${pick(SUBJECTS)}的分工`,
    topics: m.topics.map((t) => ({ ...t, title: `${pick(SUBJECTS)}进展`, ownerName: name() })),
    attendees: m.attendees.map((a) => ({ ...a, name: name() })),
    points: m.points.map((p) => ({ ...p, speaker: name(), text: sentence() })),
    decisions: m.decisions.map((d) => ({ ...d, text: pick(zh) })),
    summary: sentence(),
  }));
  const items = (m: Meeting, n: number): ActionItem[] =>
    Array.from({ length: n }, (_, i) => ({
      schemaVersion: 1,
      id: `${m.id}-i${i}`,
      rev: 0,
      createdAt: m.createdAt,
      updatedAt: m.updatedAt,
      meetingId: m.id,
      series: m.series,
      task: `${pick(SEED_TEXT['zh-CN'].items)[0]}(${pick(SUBJECTS)})`,
      ownerName: name(),
      ownerDepartment: m.department,
      collaborators: [name()],
      startDate: null,
      dueDate: null,
      support: '',
      status: 'not_started',
      delayReason: '',
      revisedDueDate: null,
      notes: '',
      ownerConfirmed: false,
      sourceTopicId: m.topics[i % m.topics.length]!.id,
      sourceDecisionId: null,
      history: [],
    }));
  return { meetings, items: meetings.flatMap((m) => items(m, 10)), pick, name, subjects: SUBJECTS };
}
