/**
 * The template's example meeting (项目Q3推广跨部门协作会) as a user types it in the capture tests,
 * and the minutes that must come of it: the component test and the end-to-end test type the
 * same meeting and expect the same record.
 */
import { SEED_TEXT } from './seed';
export const SEED_TITLE = SEED_TEXT['zh-CN'].title;
export const SEED_SERIES = SEED_TEXT['zh-CN'].series;
export const MKT =
  'Q2线上曝光量达200万,但转化率低于目标(3% vs 目标5%),主要原因是落地页引导不清晰。';
export const SALES = '客户反馈推广信息与产品实际功能存在偏差,需加强产品与市场信息同步。';
export const AGREED = 'Q3推广前产品部与市场部每周同步一次产品信息,落地页由市场部重新设计。';
export const TOPICS = [
  'Q2推广活动复盘',
  'Q3推广目标及策略讨论',
  '部门分工与资源协调',
  '行动计划确认',
];
/** The roster as pasted: departments with their people, then the absentee with a substitute. */
export const ROSTER_LINE =
  '市场部:张三(市场部经理)、李四;销售部:王五、赵六;产品部:孙七;财务部:周八(财务总监)';
export const ABSENT_LINE = '王五(销售部,出差)——由钱七代参会';
export const NEXT_PURPOSE = '跟踪行动计划进展';

/** The stored minutes every typing test expects (as `minutesOf` gives them), topics aside. */
export const SEED_MINUTES = {
  title: SEED_TITLE,
  series: SEED_SERIES,
  attendees: [
    ['张三', '市场部', 'decision', 'present', '', ''],
    ['李四', '市场部', 'executor', 'present', '', ''],
    ['王五', '销售部', 'executor', 'absent', '出差', '钱七'],
    ['赵六', '销售部', 'executor', 'present', '', ''],
    ['孙七', '产品部', 'executor', 'present', '', ''],
    ['周八', '财务部', 'decision', 'present', '', ''],
  ],
  points: [
    ['Q2推广活动复盘', '市场部', '张三', 'viewpoint', MKT],
    ['Q2推广活动复盘', '销售部', '钱七', 'viewpoint', SALES],
    ['Q2推广活动复盘', '', '', 'consensus', AGREED],
  ],
  decisions: [] as string[],
  earlierReview: [] as unknown[],
};
