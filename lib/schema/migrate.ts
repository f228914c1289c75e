import * as z from 'zod/mini';
import { ActionItem, ACTION_ITEM_SCHEMA_VERSION } from './action-item';
import { Meeting, MEETING_SCHEMA_VERSION } from './meeting';
import { repairMeeting, type Repair } from './repair';

/**
 * Everything read from IndexedDB or an imported file goes through here: migrate the raw record
 * step by step (`if (version < N)`), then parse it with zod. A record that fails is reported with
 * the reason and its raw value, so the caller can keep it aside instead of dropping it.
 */
export type ParseResult<T> =
  | {
      ok: true;
      value: T;
      migratedFrom: number | null;
      /** Set when the record had to be repaired to be used safely (lib/schema/repair.ts). */
      repairs?: Repair[];
    }
  | { ok: false; reason: string };

type Raw = Record<string, unknown>;

/** Migration steps for meetings, keyed by the version they upgrade *from*. */
const meetingSteps: Record<number, (r: Raw) => Raw> = {
  // 1 → 2 goes here when version 2 exists; a fixture of version 1 must keep opening.
};
const actionItemSteps: Record<number, (r: Raw) => Raw> = {};

function migrate(
  raw: unknown,
  current: number,
  steps: Record<number, (r: Raw) => Raw>,
): { ok: true; record: Raw; from: number } | { ok: false; reason: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'not an object' };
  }
  let record = raw as Raw;
  const from = record.schemaVersion;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) {
    return { ok: false, reason: 'missing or invalid schemaVersion' };
  }
  if (from > current) {
    return { ok: false, reason: `schemaVersion ${from} is newer than this version (${current})` };
  }
  for (let v = from; v < current; v++) {
    const step = steps[v];
    if (!step) return { ok: false, reason: `no migration from schemaVersion ${v}` };
    record = { ...step(record), schemaVersion: v + 1 };
  }
  return { ok: true, record, from };
}

function parseWith<T>(
  schema: z.ZodMiniType<T>,
  raw: unknown,
  current: number,
  steps: Record<number, (r: Raw) => Raw>,
): ParseResult<T> {
  const m = migrate(raw, current, steps);
  if (!m.ok) return m;
  const parsed = schema.safeParse(m.record);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.join('.') || '(root)';
    return { ok: false, reason: `${where}: ${first?.message ?? 'invalid'}` };
  }
  return { ok: true, value: parsed.data, migratedFrom: m.from === current ? null : m.from };
}

export function parseMeeting(raw: unknown): ParseResult<Meeting> {
  const parsed = parseWith(Meeting, raw, MEETING_SCHEMA_VERSION, meetingSteps);
  if (!parsed.ok) return parsed;
  const { meeting, repairs } = repairMeeting(parsed.value);
  return repairs.length ? { ...parsed, value: meeting, repairs } : parsed;
}

export const parseActionItem = (raw: unknown): ParseResult<ActionItem> =>
  parseWith(ActionItem, raw, ACTION_ITEM_SCHEMA_VERSION, actionItemSteps);
