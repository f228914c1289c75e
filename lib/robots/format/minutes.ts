/**
 * Approved minutes as a group message: the basic information (the same lines as every export:
 * lib/export/outline.ts), the summary, the decisions per topic and the action plan, one row per
 * item (what / who / department / due / support), owners @mentioned where the roster knows them.
 * Runs in pages (the review tab's "发送到群"), not in the background.
 */
import { buildOutline } from '../../export/outline';
import { exportLabels } from '../../export/labels';
import type { ExportInput } from '../../export/types';
import { effectiveDue } from '../../plan/due';
import type { ActionItem } from '../../schema';
import { mentionFor } from '../mentions';
import { oneLine, type Block, type Content, type Inline } from './content';

const WORDS = {
  'zh-CN': {
    title: (t: string) => `会议纪要:${t}`,
    basic: '基本信息',
    summary: '会议摘要',
    owner: '负责人',
    due: '完成时间',
    support: '所需支持',
    collaborators: '协作',
    otherDecisions: '其他决议',
    sep: ';',
  },
  en: {
    title: (t: string) => `Minutes: ${t}`,
    basic: 'Basic information',
    summary: 'Summary',
    owner: 'Owner',
    due: 'Due',
    support: 'Support',
    collaborators: 'With',
    otherDecisions: 'Other decisions',
    sep: '; ',
  },
};

/** One plan row as one block: never split across parts. */
export function planRowBlock(
  item: ActionItem,
  n: number,
  input: Pick<ExportInput, 'locale' | 'meeting'>,
): Block {
  const W = WORDS[input.locale];
  const L = exportLabels(input.locale);
  const parts: Inline[] = [oneLine(item.task) || L.none, W.sep, `${W.owner}${L.colon}`];
  const owner = item.ownerName.trim();
  if (owner) parts.push({ mention: mentionFor(owner, input.meeting.attendees) });
  if (item.ownerDepartment.trim()) parts.push(L.paren(oneLine(item.ownerDepartment)));
  const due = effectiveDue(item);
  if (due) parts.push(W.sep, `${W.due}${L.colon}${due}`);
  const collaborators = item.collaborators.map((c) => c.trim()).filter(Boolean);
  if (collaborators.length)
    parts.push(W.sep, `${W.collaborators}${L.colon}${collaborators.join(L.listSep)}`);
  if (item.support.trim()) parts.push(W.sep, `${W.support}${L.colon}${oneLine(item.support)}`);
  return { t: 'li', n, parts };
}

export function minutesContent(input: ExportInput, options: { timeZone?: string } = {}): Content {
  const { meeting: m, items, locale } = input;
  const W = WORDS[locale];
  const L = exportLabels(locale);
  const outline = buildOutline(input, options);
  const basic = outline.sections[0]?.blocks[0];
  const blocks: Block[] = [{ t: 'h', text: W.basic }];
  if (basic?.type === 'fields') {
    for (const row of basic.rows) {
      const text = row.lines
        .map(oneLine)
        .filter(Boolean)
        .join(L.listSep === '、' ? ';' : '; ');
      blocks.push({ t: 'li', parts: [`${row.label}${L.colon}${text || L.none}`] });
    }
  }
  blocks.push({ t: 'h', text: W.summary }, { t: 'p', parts: [oneLine(m.summary) || L.none] });

  blocks.push({ t: 'h', text: L.decisions });
  const decisions = m.decisions.filter((d) => d.text.trim());
  if (!decisions.length) blocks.push({ t: 'p', parts: [L.none] });
  const topicOf = new Map(m.topics.map((t, i) => [t.id, { n: i + 1, title: t.title.trim() }]));
  const groups = new Map<string, string[]>();
  for (const d of decisions) {
    const topic = d.topicId ? topicOf.get(d.topicId) : undefined;
    const label = topic ? L.topic(topic.n, topic.title) : W.otherDecisions;
    groups.set(label, [...(groups.get(label) ?? []), oneLine(d.text)]);
  }
  for (const [label, texts] of groups) {
    blocks.push({ t: 'p', parts: [label] });
    texts.forEach((text, i) => blocks.push({ t: 'li', n: i + 1, parts: [text] }));
  }

  blocks.push({ t: 'h', text: L.actionPlan });
  if (!items.length) blocks.push({ t: 'p', parts: [L.none] });
  items.forEach((item, i) => blocks.push(planRowBlock(item, i + 1, input)));
  blocks.push({ t: 'p', parts: [L.version(m.version)] });
  return { title: W.title(oneLine(m.title) || L.docTitle), blocks };
}
