import * as z from 'zod/mini';
import { CalendarDate, Id, Instant, int, list, longText, nullable, text } from './primitives';

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
  role: z._default(z.enum(ROLES), 'executor'),
  attendance: z._default(z.enum(ATTENDANCE), 'unknown'),
  absenceReason: text(500),
  /** 代参会人: who attends in this person's place. */
  substitute: text(100),
  /**
   * For @mentions by a group robot (lib/robots/mentions.ts): a mobile number or the person's user
   * id on the group's platform. '' when unknown; a record written before it reads as '', so no
   * schema version or migration is needed. Optional in the TypeScript type (below) so code that
   * builds an attendee need not name it. (`text()` rather than `z.optional`: the latter added
   * 160 B gzip to the panel's start-up, which has none to spare.)
   */
  contact: text(100),
});

/** Agenda order is the array order. */
export const Topic = z.object({
  id: Id,
  title: text(300),
  ownerName: text(100),
  ownerDepartment: text(100),
  plannedMinutes: z._default(int(0, 24 * 60), 0),
  materials: text(2000),
});

/** One stretch of time a topic was actually discussed; `end` is null while it runs. */
export const TimingSegment = z.object({ start: Instant, end: nullable(Instant) });

export const TimingRecord = z.object({
  topicId: Id,
  segments: list(TimingSegment, 1000),
  /** Minutes added with +1/+5 during the meeting, on top of the planned time. */
  extraMinutes: z._default(int(0, 24 * 60), 0),
});

export const Timing = z.object({
  startedAt: nullable(Instant),
  endedAt: nullable(Instant),
  currentTopicId: nullable(Id),
  records: list(TimingRecord, 1000),
});

export const TalkingPoint = z.object({
  id: Id,
  topicId: nullable(Id),
  department: text(100),
  speaker: text(100),
  kind: z._default(z.enum(POINT_KINDS), 'viewpoint'),
  text: text(10_000),
  /** When it was said (taken down), for the minutes' timeline. */
  at: Instant,
});

export const Decision = z.object({
  id: Id,
  topicId: nullable(Id),
  /** The talking point it was made from, if any. */
  pointId: nullable(Id),
  text: text(10_000),
});

/** 上次会议待办事项进展: one earlier action item as reviewed in this meeting. */
export const EarlierItemReview = z.object({
  actionItemId: Id,
  status: z.enum(['not_started', 'in_progress', 'done', 'delayed']),
  note: text(5000),
  delayReason: text(2000),
  revisedDueDate: nullable(CalendarDate),
  at: Instant,
});

export const ReviewState = z.object({
  state: z._default(z.enum(REVIEW_STATES), 'draft'),
  reviewer: text(100),
  at: nullable(Instant),
});

export const Meeting = z.object({
  schemaVersion: z.literal(MEETING_SCHEMA_VERSION),
  id: Id,
  /** Revision, +1 on every stored write; how two views detect that they edited concurrently. */
  rev: int(0, Number.MAX_SAFE_INTEGER),
  createdAt: Instant,
  updatedAt: Instant,

  // 基本信息
  title: text(200),
  startAt: nullable(Instant),
  endAt: nullable(Instant),
  room: text(200),
  platform: nullable(Platform),
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

  attendees: list(Attendee, 2000),
  /** 每个议题讨论不超过N分钟: the per-topic cap this meeting agreed on. */
  topicCapMinutes: z._default(int(1, 24 * 60), 20),
  topics: list(Topic, 500),
  timing: z._default(Timing, { startedAt: null, endedAt: null, currentTopicId: null, records: [] }),
  points: list(TalkingPoint, 100_000),
  decisions: list(Decision, 10_000),
  earlierReview: list(EarlierItemReview, 10_000),
  summary: longText(),
  nextMeeting: z._default(z.object({ at: nullable(Instant), purpose: text(2000) }), {
    at: null,
    purpose: '',
  }),
  review: z._default(ReviewState, { state: 'draft', reviewer: '', at: null }),
  /** Numbered version of these minutes; reopening approved minutes starts the next one. */
  version: z._default(int(1, 1_000_000), 1),
});

/** Attendees as parsed (`contact` filled in) or as code builds them (`contact` left out). */
export type Attendee = Omit<z.infer<typeof Attendee>, 'contact'> & { contact?: string };
export type Meeting = Omit<z.infer<typeof Meeting>, 'attendees'> & { attendees: Attendee[] };
export type Topic = z.infer<typeof Topic>;
export type TalkingPoint = z.infer<typeof TalkingPoint>;
export type Decision = z.infer<typeof Decision>;
export type Platform = z.infer<typeof Platform>;
export type Timing = z.infer<typeof Timing>;
export type TimingRecord = z.infer<typeof TimingRecord>;
