import {
  emptyHistory,
  parseDistribution,
  parsePlanVersion,
  parseVersion,
  PREFERENCE_KEYS,
  type BackupHistory,
} from '../history';
import { parseActionItem, parseMeeting, type ActionItem, type Meeting } from '../schema';
import { checkImported, type ImportRepair } from './import-checks';
import type { ExportInput } from './types';

/**
 * The backup file: an envelope around the stored records, read back through the same zod
 * parsers (and migrations) as IndexedDB, because an imported file is untrusted input. The file as
 * a whole is refused when it is not ours or cannot be trusted at all (too big, not JSON, keys that
 * aim at prototypes); single records that fail are reported and the rest is kept, so one damaged
 * meeting does not cost the user the others. Reasons are codes, for the UI to put into words.
 *
 * Version 2 also carries the meetings' history (earlier versions of the minutes, sent marks, plan
 * versions: lib/history.ts) and the user's preferences, so a backup holds everything the user
 * stored. A version 1 file (records only) still restores.
 */

export const BACKUP_FORMAT = 'minutes-side-panel-backup';
export const BACKUP_VERSION = 2;
/** Every version this build reads. */
const READABLE_VERSIONS: readonly unknown[] = [1, 2];
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
  versions: BackupHistory['versions'];
  distributions: BackupHistory['distributions'];
  planVersions: BackupHistory['planVersions'];
  preferences: BackupHistory['preferences'];
}

/** Entries of a meeting's history per file: as many as records. */
export const MAX_BACKUP_HISTORY = MAX_BACKUP_ITEMS;

export type BackupFailure =
  | 'too_large'
  | 'not_json'
  | 'forbidden_key'
  | 'not_object'
  | 'wrong_format'
  | 'unsupported_version'
  | 'invalid_shape'
  | 'too_many';

export type BackupCollection =
  'meetings' | 'actionItems' | 'versions' | 'distributions' | 'planVersions';

export interface RejectedRecord {
  collection: BackupCollection;
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
      /** Empty for a version 1 file. */
      history: BackupHistory;
      rejected: RejectedRecord[];
      repaired: RepairedRecord[];
    }
  | { ok: false; reason: BackupFailure };

export function createBackup(data: {
  meetings: readonly Meeting[];
  actionItems: readonly ActionItem[];
  history?: BackupHistory;
  now: Date;
}): string {
  const history = data.history ?? emptyHistory();
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: data.now.toISOString(),
    meetings: [...data.meetings],
    actionItems: [...data.actionItems],
    versions: history.versions,
    distributions: history.distributions,
    planVersions: history.planVersions,
    preferences: history.preferences,
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** One meeting with its action items, in the backup format (an export: without its history). */
export const exportJson = (input: ExportInput): string =>
  createBackup({ meetings: [input.meeting], actionItems: input.items, now: input.now });

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type Parsed<T> = { ok: true; value: T; repairs?: string[] } | { ok: false; reason: string };

function parseRecords<T extends Meeting | ActionItem>(
  raw: unknown[],
  collection: 'meetings' | 'actionItems',
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
  if (!READABLE_VERSIONS.includes(envelope.version)) {
    return { ok: false, reason: 'unsupported_version' };
  }
  const { meetings, actionItems } = envelope;
  if (!Array.isArray(meetings) || !Array.isArray(actionItems)) {
    return { ok: false, reason: 'invalid_shape' };
  }
  if (meetings.length > MAX_BACKUP_MEETINGS || actionItems.length > MAX_BACKUP_ITEMS) {
    return { ok: false, reason: 'too_many' };
  }
  const lists = ['versions', 'distributions', 'planVersions'] as const;
  if (envelope.version !== 1) {
    const prefs = envelope.preferences ?? {};
    if (
      lists.some((name) => !Array.isArray(envelope[name] ?? [])) ||
      typeof prefs !== 'object' ||
      prefs === null ||
      Array.isArray(prefs)
    ) {
      return { ok: false, reason: 'invalid_shape' };
    }
    if (lists.some((name) => ((envelope[name] as unknown[]) ?? []).length > MAX_BACKUP_HISTORY)) {
      return { ok: false, reason: 'too_many' };
    }
  }
  const report = { rejected: [] as RejectedRecord[], repaired: [] as RepairedRecord[] };
  return {
    ok: true,
    meetings: parseRecords(meetings, 'meetings', parseMeeting, report),
    actionItems: parseRecords(actionItems, 'actionItems', parseActionItem, report),
    history: envelope.version === 1 ? emptyHistory() : parseHistory(envelope, report.rejected),
    ...report,
  };
}

/** The history entries each through its parser; one that fails is reported and left out. */
function parseHistory(envelope: Record<string, unknown>, rejected: RejectedRecord[]) {
  const list = <T>(name: BackupCollection, parse: (raw: unknown) => T | null): T[] =>
    ((envelope[name] as unknown[] | undefined) ?? []).flatMap((raw, index) => {
      const parsed = parse(raw);
      if (parsed === null)
        rejected.push({ collection: name, index, reason: 'invalid_record', detail: 'unreadable' });
      return parsed === null ? [] : [parsed];
    });
  const prefs = (envelope.preferences ?? {}) as Record<string, unknown>;
  const history: BackupHistory = {
    versions: list('versions', (raw) => parseVersion(raw)),
    distributions: list('distributions', parseDistribution),
    planVersions: list('planVersions', parsePlanVersion),
    preferences: {},
  };
  for (const key of PREFERENCE_KEYS) if (key in prefs) history.preferences[key] = prefs[key];
  return history;
}
