import { z } from 'zod';
import { CalendarDate, Id, Instant, longText, text } from './primitives';

/** Bumped with every change of the stored shape; `migrate.ts` brings older records up to it. */
export const MEETING_SCHEMA_VERSION = 1;

export const PLATFORMS = [
  'tencent',
  'voov',
  'meet',
  'zoom',
  'teams',
  'feishu',
  'lark',
  'dingtalk',
  'webex',
  'jitsi',
  'whereby',
  'other',
] as const;
export const Platform = z.enum(PLATFORMS);

export const ROLES = ['decision', 'executor'] as const; // 决策层 / 执行层
export const ATTENDANCE = ['unknown', 'present', 'late', 'absent'] as const;
export const POINT_KINDS = ['viewpoint', 'disagreement', 'consensus', 'decision'] as const;
export const REVIEW_STATES = ['draft', 'in_review', 'approved'] as const;

export const Attendee = z.object({
  id: Id,
  name: text(100),
  department: text(100),
  role: z.enum(ROLES).default('executor'),
  attendance: z.enum(ATTENDANCE).default('unknown'),
  absenceReason: text(500),
  /** 代参会人: who attends in this person's place. */
  substitute: text(100),
});

/** Agenda order is the array order. */
export const Topic = z.object({
  id: Id,
  title: text(300),
  ownerName: text(100),
  ownerDepartment: text(100),
  plannedMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .default(0),
  materials: text(2000),
});

/** One stretch of time a topic was actually discussed; `end` is null while it runs. */
export const TimingSegment = z.object({ start: Instant, end: Instant.nullable().default(null) });

export const TimingRecord = z.object({
  topicId: Id,
  segments: z.array(TimingSegment).max(1000).default([]),
  /** Minutes added with +1/+5 during the meeting, on top of the planned time. */
  extraMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .default(0),
});

export const Timing = z.object({
  startedAt: Instant.nullable().default(null),
  endedAt: Instant.nullable().default(null),
  currentTopicId: Id.nullable().default(null),
  records: z.array(TimingRecord).max(1000).default([]),
});

export const TalkingPoint = z.object({
  id: Id,
  topicId: Id.nullable().default(null),
  department: text(100),
  speaker: text(100),
  kind: z.enum(POINT_KINDS).default('viewpoint'),
  text: text(10_000),
  /** When it was said (taken down), for the minutes' timeline. */
  at: Instant,
});

export const Decision = z.object({
  id: Id,
  topicId: Id.nullable().default(null),
  /** The talking point it was made from, if any. */
  pointId: Id.nullable().default(null),
  text: text(10_000),
});

/** 上次会议待办事项进展: one earlier action item as reviewed in this meeting. */
export const EarlierItemReview = z.object({
  actionItemId: Id,
  status: z.enum(['not_started', 'in_progress', 'done', 'delayed']),
  note: text(5000),
  delayReason: text(2000),
  revisedDueDate: CalendarDate.nullable().default(null),
  at: Instant,
});

export const ReviewState = z.object({
  state: z.enum(REVIEW_STATES).default('draft'),
  reviewer: text(100),
  at: Instant.nullable().default(null),
});

export const Meeting = z.object({
  schemaVersion: z.literal(MEETING_SCHEMA_VERSION),
  id: Id,
  /** Revision, +1 on every stored write; how two views detect that they edited concurrently. */
  rev: z.number().int().min(0),
  createdAt: Instant,
  updatedAt: Instant,

  // 基本信息
  title: text(200),
  startAt: Instant.nullable().default(null),
  endAt: Instant.nullable().default(null),
  room: text(200),
  platform: Platform.nullable().default(null),
  link: text(2000),
  /** Meeting code/ID on the platform; links recurring meetings into one series. */
  meetingCode: text(100),
  host: text(100),
  hostTitle: text(100),
  recorder: text(100),
  recorderTitle: text(100),
  goal: text(2000),
  series: text(200),
  department: text(100),

  attendees: z.array(Attendee).max(2000).default([]),
  /** 每个议题讨论不超过N分钟: the per-topic cap this meeting agreed on. */
  topicCapMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(20),
  topics: z.array(Topic).max(500).default([]),
  timing: Timing.default({ startedAt: null, endedAt: null, currentTopicId: null, records: [] }),
  points: z.array(TalkingPoint).max(100_000).default([]),
  decisions: z.array(Decision).max(10_000).default([]),
  earlierReview: z.array(EarlierItemReview).max(10_000).default([]),
  summary: longText(),
  nextMeeting: z
    .object({ at: Instant.nullable().default(null), purpose: text(2000) })
    .default({ at: null, purpose: '' }),
  review: ReviewState.default({ state: 'draft', reviewer: '', at: null }),
  /** Numbered version of these minutes; reopening approved minutes starts the next one. */
  version: z.number().int().min(1).default(1),
});

export type Meeting = z.infer<typeof Meeting>;
export type Attendee = z.infer<typeof Attendee>;
export type Topic = z.infer<typeof Topic>;
export type TalkingPoint = z.infer<typeof TalkingPoint>;
export type Decision = z.infer<typeof Decision>;
export type Platform = z.infer<typeof Platform>;
