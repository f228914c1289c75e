/**
 * Updating an action item with a trail: every stored change says who changed which field from
 * what to what, when, and in which meeting (the weekly status update, 计划跟进).
 *
 * The rules of the status column live here: 延期 needs a reason and an adjusted date; a change to
 * 已完成 is recorded like any other (the history entry is the record of when it was done). An
 * update that changes nothing leaves the item as it was, with no history entry and no new
 * `updatedAt`, so a form saved twice does not fill the trail with empty entries.
 */
import { deepEqual } from '../merge';
import type { ActionItem, Status } from '../schema';
import type { DraftErrors } from './validate';

/** The fields a user edits, in the order a history entry lists them. */
export const EDITABLE_FIELDS = [
  'task',
  'ownerName',
  'ownerDepartment',
  'collaborators',
  'series',
  'startDate',
  'dueDate',
  'support',
  'status',
  'delayReason',
  'revisedDueDate',
  'notes',
  'ownerConfirmed',
  'sourceTopicId',
  'sourceDecisionId',
] as const satisfies readonly (keyof ActionItem)[];
export type EditableField = (typeof EDITABLE_FIELDS)[number];
export type ItemPatch = Partial<Pick<ActionItem, EditableField>>;
export type FieldChange = ActionItem['history'][number]['changes'][number];

export interface UpdateContext {
  at: Date;
  by: string;
  meetingId: string | null;
  note?: string;
}

export type UpdateResult =
  { ok: true; item: ActionItem; changed: boolean } | { ok: false; errors: DraftErrors };

const MAX_HISTORY = 5000; // the schema's bound; the oldest entries go first

/** The field-by-field difference of two versions of an item, in EDITABLE_FIELDS order. */
export function fieldChanges(from: ActionItem, to: ActionItem): FieldChange[] {
  return EDITABLE_FIELDS.filter((f) => !deepEqual(from[f], to[f])).map((field) => ({
    field,
    from: from[field],
    to: to[field],
  }));
}

export function applyItemUpdate(
  item: ActionItem,
  patch: ItemPatch,
  ctx: UpdateContext,
): UpdateResult {
  const next: ActionItem = { ...item };
  for (const field of EDITABLE_FIELDS) {
    if (field in patch && patch[field] !== undefined)
      Object.assign(next, { [field]: patch[field] });
  }
  const changes = fieldChanges(item, next);
  if (changes.length === 0) return { ok: true, item, changed: false };

  if (next.status === 'delayed' && changes.some((c) => DELAY_FIELDS.has(c.field))) {
    const errors: DraftErrors = {};
    if (next.delayReason.trim() === '') errors.delayReason = 'requiredWhenDelayed';
    if (!next.revisedDueDate) errors.revisedDueDate = 'requiredWhenDelayed';
    if (Object.keys(errors).length > 0) return { ok: false, errors };
  }

  const entry = {
    at: ctx.at.toISOString(),
    by: ctx.by.slice(0, 100),
    meetingId: ctx.meetingId,
    changes,
    note: (ctx.note ?? '').slice(0, 5000),
  };
  next.history = [...item.history, entry].slice(-MAX_HISTORY);
  next.updatedAt = entry.at;
  return { ok: true, item: next, changed: true };
}

/**
 * A check-in that changes no field still goes on record (cause, obstacle, next step): the item
 * with a history entry holding only the note. Unchanged when the note is blank.
 */
export function withCheckIn(item: ActionItem, ctx: UpdateContext): ActionItem {
  const note = (ctx.note ?? '').trim();
  if (note === '') return item;
  const entry = {
    at: ctx.at.toISOString(),
    by: ctx.by.slice(0, 100),
    meetingId: ctx.meetingId,
    changes: [],
    note: note.slice(0, 5000),
  };
  return { ...item, history: [...item.history, entry].slice(-MAX_HISTORY), updatedAt: entry.at };
}

/** A change to any of these re-checks the 延期 rule (so an old delayed item stays editable). */
const DELAY_FIELDS = new Set<string>(['status', 'delayReason', 'revisedDueDate']);

export interface StatusStep {
  at: string;
  by: string;
  meetingId: string | null;
  from: Status | null;
  to: Status;
  note: string;
  /** Set on a step to 延期: the reason and adjusted date given with it. */
  delayReason?: string;
  revisedDueDate?: string | null;
}

/** The item's status over time, oldest first, starting with the status it was created with. */
export function statusHistory(item: ActionItem): StatusStep[] {
  const steps: StatusStep[] = [];
  item.history.forEach((entry, index) => {
    const change = entry.changes.find((c) => c.field === 'status');
    if (!change) return;
    const step: StatusStep = {
      at: entry.at,
      by: entry.by,
      meetingId: entry.meetingId,
      from: change.from as Status,
      to: change.to as Status,
      note: entry.note,
    };
    if (step.to === 'delayed') {
      step.delayReason = valueAfter(item, index, 'delayReason') as string;
      step.revisedDueDate = valueAfter(item, index, 'revisedDueDate') as string | null;
    }
    steps.push(step);
  });
  const initial = (steps[0]?.from ?? item.status) as Status;
  return [
    { at: item.createdAt, by: '', meetingId: item.meetingId, from: null, to: initial, note: '' },
    ...steps,
  ];
}

/** `field`'s value right after entry `index`: its own change, else the next change's `from`. */
function valueAfter(item: ActionItem, index: number, field: EditableField): unknown {
  for (let i = index; i < item.history.length; i++) {
    const c = item.history[i]!.changes.find((x) => x.field === field);
    if (c) return i === index ? c.to : c.from;
  }
  return item[field];
}
