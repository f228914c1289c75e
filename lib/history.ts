/**
 * A meeting's history, written once and never edited: earlier versions of its minutes (put
 * aside when approved minutes are reopened), the marks of which version was sent, and versions
 * of its action plan (lib/plan/versions.ts). Stored on the meeting's shelves
 * (lib/adapters/shelf.ts) and carried in backups (lib/export/json.ts); both read every entry
 * through the parsers here, the meeting and its items through the same parsers and migrations as
 * the records.
 */
import * as z from 'zod/mini';
import { PlanVersion } from './plan/versions';
import type { MinutesVersion } from './review';
import { Instant, int, parseActionItem, parseMeeting, type ActionItem } from './schema';

const Envelope = z.object({
  version: int(1, 1_000_000),
  takenAt: Instant,
  meeting: z.unknown(),
  items: z.array(z.unknown()).check(z.maxLength(10_000)),
});

import { Distribution } from './distribution';

export { Distribution };
/** A sent mark with its meeting, as a backup carries it. */
export type MeetingDistribution = Distribution & { meetingId: string };

/** One earlier version of `meetingId`'s minutes, or null when it cannot be read as one. */
export function parseVersion(raw: unknown, meetingId?: string): MinutesVersion | null {
  const envelope = Envelope.safeParse(raw);
  if (!envelope.success) return null;
  const meeting = parseMeeting(envelope.data.meeting);
  if (!meeting.ok || (meetingId !== undefined && meeting.value.id !== meetingId)) return null;
  const items: ActionItem[] = [];
  for (const rawItem of envelope.data.items) {
    const item = parseActionItem(rawItem);
    if (!item.ok) return null;
    items.push(item.value);
  }
  const { version, takenAt } = envelope.data;
  return { version, takenAt, meeting: meeting.value, items };
}

export function parseDistribution(raw: unknown): MeetingDistribution | null {
  const parsed = Distribution.safeParse(raw);
  const meetingId = (raw as { meetingId?: unknown } | null)?.meetingId;
  if (!parsed.success || typeof meetingId !== 'string' || !meetingId || meetingId.length > 200) {
    return null;
  }
  return { meetingId, ...parsed.data };
}

export function parsePlanVersion(raw: unknown): PlanVersion | null {
  const parsed = PlanVersion.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/**
 * The preferences a backup carries (storage.local keys): the user's choices, which they would
 * otherwise set again on a new computer. Not carried: the install mark, the live timer state,
 * the change feed's last message, the reminders' last run and where the overlay and the docked
 * panel were placed on this screen (this machine's state, not the user's data).
 */
export const PREFERENCE_KEYS = [
  'settings',
  'exportPrefs',
  'reminderSettings',
  'trackerUser',
] as const;
export type PreferenceKey = (typeof PREFERENCE_KEYS)[number];

/** Everything besides the records that a backup carries. */
export interface BackupHistory {
  versions: MinutesVersion[];
  distributions: MeetingDistribution[];
  planVersions: PlanVersion[];
  /** As stored; each is checked by its own schema when restored. */
  preferences: Partial<Record<PreferenceKey, unknown>>;
}

export const emptyHistory = (): BackupHistory => ({
  versions: [],
  distributions: [],
  planVersions: [],
  preferences: {},
});
