import type { ItemPatch } from '../../lib/plan/changes';
import { draftToPatch, type ActionItemDraft } from '../../lib/plan/validate';
import type { ActionItem, Status } from '../../lib/schema';
import { joinList, splitList } from '../../lib/text-split';

/** The action-item form as typed: every value a string (or a flag), nothing parsed. */
export interface ItemFormState {
  task: string;
  ownerName: string;
  ownerDepartment: string;
  /** 协作部门 as typed, separated by 、 , ; or new lines. */
  collaborators: string;
  startDate: string;
  dueDate: string;
  support: string;
  status: Status;
  delayReason: string;
  revisedDueDate: string;
  notes: string;
  ownerConfirmed: boolean;
  sourceTopicId: string;
  sourceDecisionId: string;
}

export function formStateFrom(
  item: ActionItem | null,
  locale: string,
  preset: Partial<ItemFormState> = {},
): ItemFormState {
  return {
    task: item?.task ?? '',
    ownerName: item?.ownerName ?? '',
    ownerDepartment: item?.ownerDepartment ?? '',
    collaborators: joinList(item?.collaborators ?? [], locale),
    startDate: item?.startDate ?? '',
    dueDate: item?.dueDate ?? '',
    support: item?.support ?? '',
    status: item?.status ?? 'not_started',
    delayReason: item?.delayReason ?? '',
    revisedDueDate: item?.revisedDueDate ?? '',
    notes: item?.notes ?? '',
    ownerConfirmed: item?.ownerConfirmed ?? false,
    sourceTopicId: item?.sourceTopicId ?? '',
    sourceDecisionId: item?.sourceDecisionId ?? '',
    ...preset,
  };
}

export function toDraft(s: ItemFormState): ActionItemDraft {
  return {
    task: s.task,
    ownerName: s.ownerName,
    ownerDepartment: s.ownerDepartment,
    collaborators: splitList(s.collaborators),
    startDate: s.startDate,
    dueDate: s.dueDate,
    support: s.support,
    status: s.status,
    delayReason: s.delayReason,
    revisedDueDate: s.revisedDueDate,
    notes: s.notes,
  };
}

/** A valid form as item fields (text trimmed, empty dates null, empty sources null). */
export function toPatch(s: ItemFormState): ItemPatch {
  return {
    ...(draftToPatch(toDraft(s)) as ItemPatch),
    ownerConfirmed: s.ownerConfirmed,
    sourceTopicId: s.sourceTopicId || null,
    sourceDecisionId: s.sourceDecisionId || null,
  };
}

/**
 * Only what the user changed since the form opened: an item updated elsewhere meanwhile (the
 * tracker set its status) keeps that update unless the same field was edited here.
 */
export function changedPatch(state: ItemFormState, origin: ItemFormState): ItemPatch {
  const now = toPatch(state) as Record<string, unknown>;
  const before = toPatch(origin) as Record<string, unknown>;
  const changed = Object.keys(now).filter(
    (k) => JSON.stringify(now[k]) !== JSON.stringify(before[k]),
  );
  return Object.fromEntries(changed.map((k) => [k, now[k]])) as ItemPatch;
}

/**
 * Unsaved forms, kept while the panel page lives: switching to another tab of the editor unmounts
 * the plan view, and what was typed must be there on coming back; so must a half-typed row when
 * another row is opened meanwhile. Which form is open is kept per meeting, what was typed per row
 * (`itemId` 'new' for a new row). Cancel and save forget a row's text.
 */
export interface OpenForm {
  itemId: string;
  preset?: Partial<ItemFormState>;
}
const openForms = new Map<string, OpenForm>();
const drafts = new Map<string, ItemFormState>();

export const openFormOf = (meetingId: string) => openForms.get(meetingId) ?? null;

export function rememberOpen(meetingId: string, form: OpenForm | null): void {
  if (form) openForms.set(meetingId, form);
  else openForms.delete(meetingId);
}

export const draftOf = (meetingId: string, itemId: string) =>
  drafts.get(`${meetingId}/${itemId}`) ?? null;

export function rememberDraft(meetingId: string, itemId: string, state: ItemFormState | null) {
  if (state) drafts.set(`${meetingId}/${itemId}`, state);
  else drafts.delete(`${meetingId}/${itemId}`);
}
