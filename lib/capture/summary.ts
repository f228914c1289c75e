/**
 * The close-out (会议结束): the host sums up the decisions and the action plan, and says when the
 * minutes go out. Here: a draft of that summary from the decisions and the action items, to read
 * out or paste into the meeting chat, with what is still open (no due date, no owner, owner not yet
 * confirmed) visible in it; and the method's deadlines for the minutes (written within 2 hours of
 * the end, sent within 24 hours).
 */
import type { ActionItem } from '../schema/action-item';
import type { Decision } from '../schema/meeting';

export interface SummaryLabels {
  decisions: string;
  actions: string;
  /** One action line; {owner}, {task} and {due} are filled in. */
  action: string;
  /** Stands for a missing due date. */
  tbd: string;
  noOwner: string;
  /** Added after an action its owner has not yet accepted (the method wants no 被动接受). */
  unconfirmed: string;
  none: string;
}

export const SUMMARY_LABELS: Record<'zh-CN' | 'en', SummaryLabels> = {
  'zh-CN': {
    decisions: '决议事项:',
    actions: '行动计划:',
    action: '{owner}:{task}(截止 {due})',
    tbd: '待定',
    noOwner: '负责人待定',
    unconfirmed: '(待负责人确认)',
    none: '无',
  },
  en: {
    decisions: 'Decisions:',
    actions: 'Action plan:',
    action: '{owner}: {task} (due {due})',
    tbd: 'TBD',
    noOwner: 'Owner TBD',
    unconfirmed: ' (owner to confirm)',
    none: 'None',
  },
};

export type SummaryItem = Pick<
  ActionItem,
  'task' | 'ownerName' | 'ownerDepartment' | 'dueDate' | 'ownerConfirmed'
>;

/** A function replacer, so `$&` and the like in typed text stay as typed. */
const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (m, key: string) => values[key] ?? m);
const oneLine = (s: string) => s.trim().replace(/\s*\n\s*/g, ' ');

/** Decisions and actions in the given order, numbered; blank ones are left out. */
export function closeOutSummary(
  decisions: readonly Pick<Decision, 'text'>[],
  items: readonly SummaryItem[],
  L: SummaryLabels,
): string {
  const numbered = (lines: string[]) =>
    lines.length ? lines.map((line, i) => `${i + 1}. ${line}`) : [L.none];
  const decided = decisions.map((d) => oneLine(d.text)).filter(Boolean);
  const actions = items
    .filter((a) => a.task.trim())
    .map((a) => {
      const owner = [a.ownerDepartment, a.ownerName].map(oneLine).filter(Boolean).join(' ');
      const line = fill(L.action, {
        owner: owner || L.noOwner,
        task: oneLine(a.task),
        due: a.dueDate ?? L.tbd,
      });
      return a.ownerConfirmed ? line : line + L.unconfirmed;
    });
  return [L.decisions, ...numbered(decided), L.actions, ...numbered(actions)].join('\n');
}
