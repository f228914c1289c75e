import type { ActionItem } from '../schema';
import type { ExportLabels } from './labels';

/**
 * The 行动计划表 as plain cells, shared by every format (Markdown, HTML, text, CSV) so the table
 * reads the same wherever it lands. A delayed item keeps its original due date in 计划完成时间 and
 * states why and until when in 备注, which is how the weekly follow-up reads it.
 */
export interface PlanTable {
  columns: string[];
  rows: string[][];
}

/** 延期原因 and 调整后时间 first (they are what a reader looks for), then the free notes. */
export function planNotes(item: ActionItem, L: ExportLabels): string {
  const lines: string[] = [];
  if (item.status === 'delayed') {
    if (item.delayReason.trim()) lines.push(`${L.delayReason}${L.colon}${item.delayReason.trim()}`);
    if (item.revisedDueDate) lines.push(`${L.revisedDue}${L.colon}${item.revisedDueDate}`);
  }
  if (item.notes.trim()) lines.push(item.notes.trim());
  return lines.join('\n');
}

export function planRow(item: ActionItem, index: number, L: ExportLabels): string[] {
  return [
    String(index + 1),
    item.task,
    item.ownerDepartment,
    item.ownerName,
    item.collaborators.filter((c) => c.trim()).join(L.listSep),
    item.dueDate ?? '',
    item.support,
    L.statuses[item.status],
    planNotes(item, L),
  ];
}

export function planTable(items: readonly ActionItem[], L: ExportLabels): PlanTable {
  return { columns: [...L.columns], rows: items.map((item, i) => planRow(item, i, L)) };
}
