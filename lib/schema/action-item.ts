import * as z from 'zod/mini';
import { CalendarDate, Id, Instant, int, list, nullable, text } from './primitives';

export const ACTION_ITEM_SCHEMA_VERSION = 1;

export const STATUSES = ['not_started', 'in_progress', 'done', 'delayed'] as const; // 未开始/进行中/已完成/延期
export const Status = z.enum(STATUSES);

/**
 * A field's value before or after a change, as the editable fields hold them (text, a day, a
 * status, yes/no, the collaborators, nothing). Typed and bounded like the fields themselves: a
 * value of any other shape (an object whose `toString` is not a function, megabytes of text) is
 * refused with the record instead of reaching a view.
 */
export const ChangeValue = z.union([
  z.null(),
  z.boolean(),
  z.string().check(z.maxLength(5000)),
  z.array(z.string().check(z.maxLength(100))).check(z.maxLength(50)),
]);

/** One entry of an item's history: who changed what, when (the weekly update trail). */
export const HistoryEntry = z.object({
  at: Instant,
  by: text(100),
  /** Where the change was made: a meeting's review, the tracker, the plan table. */
  meetingId: nullable(Id),
  changes: list(
    z.object({ field: z.string().check(z.maxLength(50)), from: ChangeValue, to: ChangeValue }),
    100,
  ),
  note: text(5000),
});

/** A row of the 行动计划表. Stored on its own so it can be tracked across meetings. */
export const ActionItem = z.object({
  schemaVersion: z.literal(ACTION_ITEM_SCHEMA_VERSION),
  id: Id,
  rev: int(0, Number.MAX_SAFE_INTEGER),
  createdAt: Instant,
  updatedAt: Instant,
  meetingId: Id,
  series: text(200),
  task: text(2000),
  ownerName: text(100),
  ownerDepartment: text(100),
  collaborators: list(z.string().check(z.maxLength(100)), 50),
  startDate: nullable(CalendarDate),
  dueDate: nullable(CalendarDate),
  support: text(2000),
  status: z._default(Status, 'not_started'),
  delayReason: text(2000),
  revisedDueDate: nullable(CalendarDate),
  notes: text(5000),
  ownerConfirmed: z._default(z.boolean(), false),
  sourceTopicId: nullable(Id),
  sourceDecisionId: nullable(Id),
  history: list(HistoryEntry, 5000),
});

export type ActionItem = z.infer<typeof ActionItem>;
export type Status = z.infer<typeof Status>;
