/**
 * Action-plan messages the background posts: a due-tomorrow (or due-soon) reminder, an overdue
 * notice and the weekly digest. Kept free of the UI catalogue and the minutes outline so the
 * background bundle stays small (test/build/budgets.test.ts).
 *
 * The reminder reads as the method's example: "@钱七 明天需提交成本报告(行动计划表第3项)".
 */
import type { Locale } from '../../i18n';
import { exportLabels } from '../../export/labels';
import { effectiveDue } from '../../plan/due';
import type { ActionItem, Attendee } from '../../schema';
import { mentionFor } from '../mentions';
import { oneLine, type Block, type Content, type Inline } from './content';

type Roster = readonly Pick<Attendee, 'name' | 'contact'>[];

export interface ItemRef {
  item: ActionItem;
  /** Its row number in its meeting's 行动计划表 (1-based). */
  row: number;
  meetingTitle: string;
  /** Who can be mentioned (the meeting's roster, or the series roster). */
  roster: Roster;
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

function whenText(due: string, today: string, locale: Locale): string {
  const d = daysBetween(today, due);
  if (locale === 'zh-CN') {
    if (d === 0) return '今天';
    if (d === 1) return '明天';
    if (d === 2) return '后天';
    return `${due}前`;
  }
  if (d === 0) return 'today';
  if (d === 1) return 'tomorrow';
  return `by ${due}`;
}

function who(ref: ItemRef): Inline[] {
  const names = [ref.item.ownerName, ...ref.item.collaborators]
    .map((n) => n.trim())
    .filter(Boolean);
  return [...new Set(names)].flatMap((name) => [{ mention: mentionFor(name, ref.roster) }, ' ']);
}

/** "@钱七 明天需提交成本报告(行动计划表第3项)"; overdue: "@钱七 提交成本报告已逾期2天(…)". */
export function reminderContent(
  ref: ItemRef,
  kind: 'dueSoon' | 'overdue',
  today: string,
  locale: Locale,
): Content {
  const L = exportLabels(locale);
  const due = effectiveDue(ref.item) ?? today;
  const task = oneLine(ref.item.task);
  const row = locale === 'zh-CN' ? `行动计划表第${ref.row}项` : `action plan item ${ref.row}`;
  const late = daysBetween(due, today);
  const line: Inline[] = [...who(ref)];
  if (kind === 'dueSoon') {
    line.push(
      locale === 'zh-CN'
        ? `${whenText(due, today, locale)}需${task}${L.paren(row)}`
        : `${task} is due ${whenText(due, today, locale)}${L.paren(row)}`,
    );
  } else {
    line.push(
      locale === 'zh-CN'
        ? `${task}已逾期${late}天${L.paren(`原定${due}完成,${row}`)}`
        : `${task} is ${late} day${late === 1 ? '' : 's'} overdue${L.paren(`due ${due}, ${row}`)}`,
    );
  }
  const title =
    locale === 'zh-CN'
      ? `${kind === 'dueSoon' ? '截止提醒' : '逾期提醒'}:${oneLine(ref.meetingTitle)}`
      : `${kind === 'dueSoon' ? 'Due reminder' : 'Overdue'}: ${oneLine(ref.meetingTitle)}`;
  const blocks: Block[] = [{ t: 'p', parts: line }];
  if (ref.item.support.trim()) {
    blocks.push({
      t: 'p',
      parts: [
        `${locale === 'zh-CN' ? '所需支持' : 'Support'}${L.colon}${oneLine(ref.item.support)}`,
      ],
    });
  }
  return { title, blocks };
}

export interface DigestInput {
  /** Items to report (e.g. a series' plan), with their row numbers and rosters. */
  refs: readonly ItemRef[];
  /** The week reported: first and last day, `YYYY-MM-DD`. */
  from: string;
  to: string;
  today: string;
  locale: Locale;
}

const changedIn = (item: ActionItem, from: string, to: string) =>
  item.history.some((h) => h.at.slice(0, 10) >= from && h.at.slice(0, 10) <= to);

/**
 * The weekly digest: done this week, in progress, delayed (with the reason and the revised date),
 * and what is overdue. One row per item, owners mentioned.
 */
export function digestContent(d: DigestInput): Content {
  const L = exportLabels(d.locale);
  const zh = d.locale === 'zh-CN';
  const row = (ref: ItemRef, extra: string[]): Block => {
    const parts: Inline[] = [oneLine(ref.item.task), zh ? ' —— ' : ' — '];
    const owner = ref.item.ownerName.trim();
    if (owner) parts.push({ mention: mentionFor(owner, ref.roster) });
    if (ref.item.ownerDepartment.trim()) parts.push(L.paren(oneLine(ref.item.ownerDepartment)));
    for (const e of extra) parts.push(zh ? ';' : '; ', e);
    return { t: 'li', parts };
  };
  const done = d.refs.filter((r) => r.item.status === 'done' && changedIn(r.item, d.from, d.to));
  const doing = d.refs.filter((r) => r.item.status === 'in_progress');
  const delayed = d.refs.filter((r) => r.item.status === 'delayed');
  const overdue = d.refs.filter((r) => {
    const due = effectiveDue(r.item);
    return r.item.status !== 'done' && r.item.status !== 'delayed' && due !== null && due < d.today;
  });
  const section = (title: string, refs: readonly ItemRef[], extra: (r: ItemRef) => string[]) => [
    { t: 'h', text: `${title}(${refs.length})` } as Block,
    ...(refs.length ? refs.map((r) => row(r, extra(r))) : [{ t: 'p', parts: [L.none] } as Block]),
  ];
  const due = (r: ItemRef) => {
    const day = effectiveDue(r.item);
    return day ? [`${zh ? '完成时间' : 'Due'}${L.colon}${day}`] : [];
  };
  return {
    title: zh ? `行动计划周报(${d.from} 至 ${d.to})` : `Action plan weekly (${d.from} to ${d.to})`,
    blocks: [
      ...section(L.statuses.done, done, () => []),
      ...section(L.statuses.in_progress, doing, due),
      ...section(L.statuses.delayed, delayed, (r) => [
        `${L.delayReason}${L.colon}${oneLine(r.item.delayReason) || L.none}`,
        `${L.revisedDue}${L.colon}${r.item.revisedDueDate ?? L.none}`,
      ]),
      ...(overdue.length ? section(zh ? '已逾期' : 'Overdue', overdue, due) : []),
    ],
  };
}

/** The test message "发送测试消息" posts. */
export function testContent(groupName: string, at: string, locale: Locale): Content {
  return locale === 'zh-CN'
    ? {
        title: '纪要侧栏:测试消息',
        blocks: [
          { t: 'p', parts: [`群“${oneLine(groupName)}”已连接,纪要和提醒将发送到这里。`] },
          { t: 'p', parts: [`发送时间:${at}`] },
        ],
      }
    : {
        title: 'Minutes Side Panel: test message',
        blocks: [
          {
            t: 'p',
            parts: [
              `The group “${oneLine(groupName)}” is connected; minutes and reminders will be posted here.`,
            ],
          },
          { t: 'p', parts: [`Sent at ${at}`] },
        ],
      };
}
