import { z } from 'zod';
import { CalendarDate, Id, Instant, text } from './primitives';

export const ACTION_ITEM_SCHEMA_VERSION = 1;

export const STATUSES = ['not_started', 'in_progress', 'done', 'delayed'] as const; // 未开始/进行中/已完成/延期
export const Status = z.enum(STATUSES);

/** One entry of an item's history: who changed what, when (the weekly update trail). */
export const HistoryEntry = z.object({
  at: Instant,
  by: text(100),
  /** Where the change was made: a meeting's review, the tracker, the plan table. */
  meetingId: Id.nullable().default(null),
  changes: z
    .array(z.object({ field: z.string().max(50), from: z.unknown(), to: z.unknown() }))
    .max(100)
    .default([]),
  note: text(5000),
});

/** A row of the 行动计划表. Stored on its own so it can be tracked across meetings. */
export const ActionItem = z.object({
  schemaVersion: z.literal(ACTION_ITEM_SCHEMA_VERSION),
  id: Id,
  rev: z.number().int().min(0),
  createdAt: Instant,
  updatedAt: Instant,
  meetingId: Id,
  series: text(200),
  task: text(2000),
  ownerName: text(100),
  ownerDepartment: text(100),
  collaborators: z.array(z.string().max(100)).max(50).default([]),
  startDate: CalendarDate.nullable().default(null),
  dueDate: CalendarDate.nullable().default(null),
  support: text(2000),
  status: Status.default('not_started'),
  delayReason: text(2000),
  revisedDueDate: CalendarDate.nullable().default(null),
  notes: text(5000),
  ownerConfirmed: z.boolean().default(false),
  sourceTopicId: Id.nullable().default(null),
  sourceDecisionId: Id.nullable().default(null),
  history: z.array(HistoryEntry).max(5000).default([]),
});

export type ActionItem = z.infer<typeof ActionItem>;
export type Status = z.infer<typeof Status>;
