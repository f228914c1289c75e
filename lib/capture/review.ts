/**
 * One earlier action item reviewed in this meeting (上次会议待办事项进展): the status update goes
 * into the item's history (applyItemUpdate, with 延期's rule: a reason and an adjusted date) and
 * into this meeting's minutes (meeting.earlierReview). A progress note with no status change is
 * still recorded, as a history entry without field changes.
 */
import { applyItemUpdate, withCheckIn, type UpdateResult } from '../plan/changes';
import type { ActionItem, Meeting } from '../schema';

type EarlierItemReview = Meeting['earlierReview'][number];

export interface ReviewInput {
  status: ActionItem['status'];
  note: string;
  delayReason: string;
  revisedDueDate: string | null;
}

export function reviewItem(
  item: ActionItem,
  input: ReviewInput,
  ctx: { at: Date; by: string; meetingId: string },
): UpdateResult {
  const note = input.note.trim();
  const delayed = input.status === 'delayed';
  const patch = delayed
    ? {
        status: input.status,
        delayReason: input.delayReason.trim(),
        revisedDueDate: input.revisedDueDate,
      }
    : { status: input.status };
  const result = applyItemUpdate(item, patch, { ...ctx, note });
  if (!result.ok || result.changed || !note) return result;
  return { ok: true, changed: true, item: withCheckIn(item, { ...ctx, note }) };
}

/** The minutes' line for the item, as reviewed. */
export function reviewEntry(item: ActionItem, input: ReviewInput, at: Date): EarlierItemReview {
  const delayed = input.status === 'delayed';
  return {
    actionItemId: item.id,
    status: input.status,
    note: input.note.trim().slice(0, 5000),
    delayReason: delayed ? input.delayReason.trim().slice(0, 2000) : '',
    revisedDueDate: delayed ? input.revisedDueDate : null,
    at: at.toISOString(),
  };
}
