import { parseActionItem, parseMeeting, type ActionItem, type Meeting } from '../schema';
import { checkImported, type ImportRepair } from './import-checks';
import type { ExportInput } from './types';

/**
 * The backup file: an envelope around the stored records, read back through the same zod
 * parsers (and migrations) as IndexedDB, because an imported file is untrusted input. The file as
 * a whole is refused when it is not ours or cannot be trusted at all (too big, not JSON, keys that
 * aim at prototypes); single records that fail are reported and the rest is kept, so one damaged
 * meeting does not cost the user the others. Reasons are codes, for the UI to put into words.
 */

export const BACKUP_FORMAT = 'minutes-side-panel-backup';
export const BACKUP_VERSION = 1;
/** 50 MB of text; a year of weekly minutes is a few MB. */
export const MAX_BACKUP_CHARS = 50 * 1024 * 1024;
/**
 * At most this many records per file: ten years of daily meetings with a plan each, and a bound
 * on how long checking and writing one file can take.
 */
export const MAX_BACKUP_MEETINGS = 20_000;
export const MAX_BACKUP_ITEMS = 200_000;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  meetings: Meeting[];
  actionItems: ActionItem[];
}

export type BackupFailure =
  | 'too_large'
  | 'not_json'
  | 'forbidden_key'
  | 'not_object'
  | 'wrong_format'
  | 'unsupported_version'
  | 'invalid_shape'
  | 'too_many';

export interface RejectedRecord {
  collection: 'meetings' | 'actionItems';
  index: number;
  reason: 'invalid_record' | 'duplicate_id' | 'out_of_range';
  /** The parser's own words (field path and problem), for a details view or a bug report. */
  detail: string;
}

/** A record that was taken in after a repair (what was wrong is in `repairs`). */
export interface RepairedRecord {
  collection: 'meetings' | 'actionItems';
  index: number;
  id: string;
  repairs: ImportRepair[];
}

export type BackupParseResult =
  | {
      ok: true;
      meetings: Meeting[];
      actionItems: ActionItem[];
      rejected: RejectedRecord[];
      repaired: RepairedRecord[];
    }
  | { ok: false; reason: BackupFailure };

export function createBackup(data: {
  meetings: readonly Meeting[];
  actionItems: readonly ActionItem[];
  now: Date;
}): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: data.now.toISOString(),
    meetings: [...data.meetings],
    actionItems: [...data.actionItems],
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** One meeting with its action items, in the backup format. */
export const exportJson = (input: ExportInput): string =>
  createBackup({ meetings: [input.meeting], actionItems: input.items, now: input.now });

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type Parsed<T> = { ok: true; value: T; repairs?: string[] } | { ok: false; reason: string };

function parseRecords<T extends Meeting | ActionItem>(
  raw: unknown[],
  collection: RejectedRecord['collection'],
  parse: (r: unknown) => Parsed<T>,
  report: { rejected: RejectedRecord[]; repaired: RepairedRecord[] },
): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  raw.forEach((record, index) => {
    const result = parse(record);
    if (!result.ok) {
      report.rejected.push({ collection, index, reason: 'invalid_record', detail: result.reason });
      return;
    }
    const { id } = result.value;
    if (seen.has(id)) {
      report.rejected.push({ collection, index, reason: 'duplicate_id', detail: id });
      return;
    }
    const checked = checkImported(result.value);
    if (!checked.ok) {
      report.rejected.push({ collection, index, reason: 'out_of_range', detail: checked.detail });
      return;
    }
    const repairs = [...((result.repairs ?? []) as ImportRepair[]), ...checked.repairs];
    if (repairs.length) report.repaired.push({ collection, index, id, repairs });
    seen.add(id);
    out.push(checked.record);
  });
  return out;
}

export function parseBackup(text: string): BackupParseResult {
  if (typeof text !== 'string') return { ok: false, reason: 'not_json' };
  if (text.length > MAX_BACKUP_CHARS) return { ok: false, reason: 'too_large' };
  let forbidden = false;
  let data: unknown;
  try {
    // JSON.parse makes "__proto__" an own property, which is harmless here but not once some
    // later code spreads or merges the object; refusing the file is simpler than proving that.
    data = JSON.parse(text.replace(/^\uFEFF/, ''), (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden = true;
      return value;
    });
  } catch {
    return { ok: false, reason: 'not_json' };
  }
  if (forbidden) return { ok: false, reason: 'forbidden_key' };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, reason: 'not_object' };
  }
  const envelope = data as Record<string, unknown>;
  if (envelope.format !== BACKUP_FORMAT) return { ok: false, reason: 'wrong_format' };
  if (envelope.version !== BACKUP_VERSION) return { ok: false, reason: 'unsupported_version' };
  const { meetings, actionItems } = envelope;
  if (!Array.isArray(meetings) || !Array.isArray(actionItems)) {
    return { ok: false, reason: 'invalid_shape' };
  }
  if (meetings.length > MAX_BACKUP_MEETINGS || actionItems.length > MAX_BACKUP_ITEMS) {
    return { ok: false, reason: 'too_many' };
  }
  const report = { rejected: [] as RejectedRecord[], repaired: [] as RepairedRecord[] };
  return {
    ok: true,
    meetings: parseRecords(meetings, 'meetings', parseMeeting, report),
    actionItems: parseRecords(actionItems, 'actionItems', parseActionItem, report),
    ...report,
  };
}
