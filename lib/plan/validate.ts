/**
 * Validation of the action-item form (一行行动计划: 做什么、谁负责、何时完成、需要什么支持).
 *
 * Returns codes, not text: the UI has one localised message per code, and the same rules serve
 * the panel form, the plan table and imports. The length limits are the schema's
 * (lib/schema/action-item.ts); a test keeps the two in step, so a form that passes here is never
 * rejected when stored.
 */
import { CalendarDate, type ActionItem, type Status } from '../schema';
import { dayIn } from './calendar';

export const VALIDATION_CODES = [
  'required',
  'invalid',
  'tooLong',
  'beforeMeeting',
  'afterDue',
  'requiredWhenDelayed',
  'beforeDue',
] as const;
export type ValidationCode = (typeof VALIDATION_CODES)[number];

/** The form's state: text as typed (dates may be '' while empty), nothing parsed yet. */
export interface ActionItemDraft {
  task?: string;
  ownerName?: string;
  ownerDepartment?: string;
  collaborators?: readonly string[];
  series?: string;
  startDate?: string | null;
  dueDate?: string | null;
  support?: string;
  status?: Status;
  delayReason?: string;
  revisedDueDate?: string | null;
  notes?: string;
}

export type DraftField = keyof ActionItemDraft;
export type DraftErrors = Partial<Record<DraftField, ValidationCode>>;

export const LIMITS = {
  task: 2000,
  ownerName: 100,
  ownerDepartment: 100,
  series: 200,
  support: 2000,
  delayReason: 2000,
  notes: 5000,
  collaborator: 100,
  collaborators: 50,
} as const;

export interface ValidationContext {
  /** The meeting's start (ISO instant), or null when it has no date yet. */
  meetingAt: string | null;
  /** Today's day in the user's zone (`YYYY-MM-DD`). */
  today: string;
  timeZone: string;
  /** The stored item when editing: a due date it already had is not re-checked against today. */
  stored?: Pick<ActionItem, 'dueDate'> | null;
}

const blank = (s: string | null | undefined) => !s || s.trim() === '';

/** Field → code for every problem; `{}` when the draft can be saved. */
export function validateDraft(draft: ActionItemDraft, ctx: ValidationContext): DraftErrors {
  const errors: DraftErrors = {};
  for (const field of ['task', 'ownerName', 'ownerDepartment', 'series'] as const) {
    if ((draft[field]?.length ?? 0) > LIMITS[field]) errors[field] = 'tooLong';
  }
  for (const field of ['support', 'delayReason', 'notes'] as const) {
    if ((draft[field]?.length ?? 0) > LIMITS[field]) errors[field] = 'tooLong';
  }
  if (blank(draft.task)) errors.task = 'required';
  if (blank(draft.ownerName)) errors.ownerName = 'required';
  const people = draft.collaborators ?? [];
  if (people.length > LIMITS.collaborators || people.some((c) => c.length > LIMITS.collaborator)) {
    errors.collaborators = 'tooLong';
  }

  const due = checkDay(draft.dueDate, errors, 'dueDate');
  if (blank(draft.dueDate)) errors.dueDate = 'required';
  // Without a meeting date, today stands in for it, but only for a date typed now: a stored
  // item's due date that has since passed is overdue, not wrong.
  const meetingDay =
    ctx.meetingAt && !Number.isNaN(Date.parse(ctx.meetingAt)) ? ctx.meetingAt : null;
  const earliest = meetingDay
    ? dayIn(new Date(meetingDay), ctx.timeZone)
    : ctx.stored?.dueDate === due
      ? null
      : ctx.today;
  if (due && earliest && due < earliest) errors.dueDate = 'beforeMeeting';

  const start = checkDay(draft.startDate, errors, 'startDate');
  if (start && due && start > due) errors.startDate = 'afterDue';

  const revised = checkDay(draft.revisedDueDate, errors, 'revisedDueDate');
  if (draft.status === 'delayed') {
    if (blank(draft.delayReason)) errors.delayReason = 'requiredWhenDelayed';
    if (blank(draft.revisedDueDate)) errors.revisedDueDate = 'requiredWhenDelayed';
  }
  if (revised && due && revised <= due) errors.revisedDueDate = 'beforeDue';
  return errors;
}

/** The day typed in `field`, or null when empty or not a real day (then flagged 'invalid'). */
function checkDay(
  value: string | null | undefined,
  errors: DraftErrors,
  field: 'startDate' | 'dueDate' | 'revisedDueDate',
): string | null {
  const day = value?.trim() ?? '';
  if (day === '') return null;
  if (CalendarDate.safeParse(day).success) return day;
  errors[field] = 'invalid';
  return null;
}

export const isValid = (errors: DraftErrors) => Object.keys(errors).length === 0;

/** A valid draft as the fields of an item: text trimmed, empty dates as null. */
export function draftToPatch(draft: ActionItemDraft): Partial<ActionItem> {
  const patch: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(draft)) {
    if (typeof value !== 'string') patch[field] = value;
    else if (field.endsWith('Date')) patch[field] = value.trim() === '' ? null : value.trim();
    else patch[field] = value.trim();
  }
  if (draft.collaborators) {
    patch.collaborators = draft.collaborators.map((c) => c.trim()).filter((c) => c !== '');
  }
  return patch as Partial<ActionItem>;
}
