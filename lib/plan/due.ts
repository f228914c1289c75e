/**
 * When an item is due, as the tracker, the reminders and the badge all read it. One definition,
 * so the badge never counts an item the tracker does not show as overdue.
 */
import type { ActionItem } from '../schema';

type DueFields = Pick<ActionItem, 'status' | 'dueDate' | 'revisedDueDate'>;

/** A delayed item is due on its adjusted date (调整后时间); everything else on its planned one. */
export function effectiveDue(item: DueFields): string | null {
  if (item.status === 'delayed' && item.revisedDueDate) return item.revisedDueDate;
  return item.dueDate;
}

export const isOpen = (item: Pick<ActionItem, 'status'>) => item.status !== 'done';

/** Open and its due day is before `today` (both `YYYY-MM-DD`, compared as text). */
export function isOverdue(item: DueFields, today: string): boolean {
  const due = effectiveDue(item);
  return isOpen(item) && due !== null && due < today;
}
