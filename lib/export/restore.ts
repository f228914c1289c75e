import type { BackupHistory } from '../history';
import type { Locale } from '../i18n';
import { sameContent } from '../merge';
import type { ActionItem, Meeting } from '../schema';
import type { RestoreOutcome } from '../store/batch';
import type { ItemStore, MeetingStore } from '../store/remote';
import { isoDay, wallClock } from './dates';
import {
  createBackup,
  type BackupParseResult,
  type RejectedRecord,
  type RepairedRecord,
} from './json';

/**
 * Restoring a backup in two steps, so nothing is overwritten without consent: `planRestore` reads
 * the store and says, record by record, what the file would do (add, replace a different record,
 * nothing because it is identical, or nothing because the stored one is damaged and kept aside);
 * `applyRestore` then writes the additions, and the replacements only if the user agreed. The plan
 * is checked again while writing: a record that appeared or changed in between is not overwritten
 * unless replacing was agreed to, and a damaged stored record is never touched.
 */

export type RestoreAction = 'add' | 'replace' | 'same' | 'damaged';

export interface RestoreEntry<T> {
  record: T;
  action: RestoreAction;
}

export interface RestorePlan {
  meetings: RestoreEntry<Meeting>[];
  items: RestoreEntry<ActionItem>[];
  rejected: RejectedRecord[];
  repaired: RepairedRecord[];
  /** The meetings' history and the preferences (lib/history.ts), added where missing. */
  history: BackupHistory;
}

/**
 * Where a backup's history is collected from and put back (lib/adapters/history-store.ts):
 * results count into the same added / replaced / skipped / failed as the records.
 */
export interface HistoryPort {
  collect(meetingId?: string): Promise<BackupHistory>;
  restore(
    history: BackupHistory,
    consent: { replace: boolean },
  ): Promise<Pick<RestoreResult, 'added' | 'replaced' | 'skipped' | 'failed'>>;
}

export interface RestoreResult {
  added: number;
  replaced: number;
  skipped: number;
  failed: { id: string; message: string }[];
  /** What was written, for the change feed. */
  written: { store: 'meetings' | 'actionItems'; id: string; rev: number }[];
}

type Found<T> = T | null | { reason: string };
type Store<T> = {
  getMany(ids: readonly string[]): Promise<Found<T>[]>;
  restoreMany(records: readonly T[], replace: boolean): Promise<RestoreOutcome[]>;
};

/**
 * Records per transaction. A 10,000-meeting file is checked and written in 20 batches each way
 * instead of 10,000 reads and 10,000 writes; a batch stays small enough that a failure (a full
 * disk) costs one batch, which is reported record by record, and the others are kept.
 */
export const RESTORE_BATCH = 500;

const batches = <T>(list: readonly T[]): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += RESTORE_BATCH) out.push(list.slice(i, i + RESTORE_BATCH));
  return out;
};

const isDamaged = <T>(found: Found<T>): found is { reason: string } =>
  found !== null && typeof found === 'object' && 'reason' in found;

async function classify<T extends { id: string; rev: number; updatedAt: string }>(
  records: readonly T[],
  store: Pick<Store<T>, 'getMany'>,
): Promise<RestoreEntry<T>[]> {
  const out: RestoreEntry<T>[] = [];
  for (const batch of batches(records)) {
    const found = await store.getMany(batch.map((r) => r.id));
    batch.forEach((record, i) => {
      const stored = found[i] ?? null;
      const action: RestoreAction =
        stored === null
          ? 'add'
          : isDamaged(stored)
            ? 'damaged'
            : sameContent(stored, record)
              ? 'same'
              : 'replace';
      out.push({ record, action });
    });
  }
  return out;
}

export async function planRestore(
  parsed: Extract<BackupParseResult, { ok: true }>,
  stores: { meetings: MeetingStore; items: ItemStore },
): Promise<RestorePlan> {
  return {
    meetings: await classify<Meeting>(parsed.meetings, stores.meetings),
    items: await classify<ActionItem>(parsed.actionItems, stores.items),
    rejected: parsed.rejected,
    repaired: parsed.repaired,
    history: parsed.history,
  };
}

export const countActions = (entries: readonly RestoreEntry<unknown>[]) => {
  const counts: Record<RestoreAction, number> = { add: 0, replace: 0, same: 0, damaged: 0 };
  for (const e of entries) counts[e.action]++;
  return counts;
};

async function write<T extends { id: string; rev: number }>(
  entries: readonly RestoreEntry<T>[],
  store: Store<T>,
  name: 'meetings' | 'actionItems',
  replace: boolean,
  result: RestoreResult,
) {
  const wanted: T[] = [];
  for (const { record, action } of entries) {
    if (action === 'same' || action === 'damaged' || (action === 'replace' && !replace)) {
      result.skipped++;
    } else {
      wanted.push(record);
    }
  }
  for (const batch of batches(wanted)) {
    let outcomes: RestoreOutcome[];
    try {
      outcomes = await store.restoreMany(batch, replace);
    } catch (error) {
      const message = (error as Error)?.message ?? String(error);
      for (const record of batch) result.failed.push({ id: record.id, message });
      continue;
    }
    batch.forEach((record, i) => {
      const outcome = outcomes[i] ?? { kind: 'skipped' };
      if (outcome.kind === 'skipped') result.skipped++;
      else {
        result[outcome.kind]++;
        result.written.push({ store: name, id: record.id, rev: outcome.rev });
      }
    });
  }
}

export async function applyRestore(
  plan: RestorePlan,
  stores: { meetings: MeetingStore; items: ItemStore },
  consent: { replace: boolean },
  history?: HistoryPort,
): Promise<RestoreResult> {
  const result: RestoreResult = { added: 0, replaced: 0, skipped: 0, failed: [], written: [] };
  await write(
    plan.meetings,
    stores.meetings as Store<Meeting>,
    'meetings',
    consent.replace,
    result,
  );
  await write(
    plan.items,
    stores.items as Store<ActionItem>,
    'actionItems',
    consent.replace,
    result,
  );
  // After the records: a version is only reachable through its meeting.
  if (history) {
    try {
      const done = await history.restore(plan.history, consent);
      result.added += done.added;
      result.replaced += done.replaced;
      result.skipped += done.skipped;
      result.failed.push(...done.failed);
    } catch (error) {
      result.failed.push({ id: 'history', message: (error as Error)?.message ?? String(error) });
    }
  }
  return result;
}

type Stores = { meetings: MeetingStore; items: ItemStore };

/** One meeting, its action plan and (given `history`) its earlier versions as a backup file's text. */
export async function backupMeeting(
  meeting: Meeting,
  stores: Stores,
  now: Date,
  history?: Pick<HistoryPort, 'collect'>,
): Promise<string> {
  const { items } = await stores.items.listByMeeting(meeting.id);
  const kept = await history?.collect(meeting.id);
  return createBackup({ meetings: [meeting], actionItems: items, history: kept, now });
}

/**
 * Every readable meeting and action item (damaged ones stay where they are, unread), and given
 * `history` every meeting's history and the preferences.
 */
export async function backupEverything(
  stores: Stores,
  now: Date,
  history?: Pick<HistoryPort, 'collect'>,
) {
  const { meetings: summaries } = await stores.meetings.list();
  const found = await Promise.all(summaries.map((m) => stores.meetings.get(m.id)));
  const meetings = found.filter((m): m is Meeting => !!m && !('reason' in m));
  const { items } = await stores.items.listAll();
  return {
    text: createBackup({ meetings, actionItems: items, history: await history?.collect(), now }),
    meetings: meetings.length,
    items: items.length,
  };
}

/** `纪要备份-2026-03-02.json` / `minutes-backup-2026-03-02.json`, in the local calendar. */
export function backupFileName(locale: Locale, now: Date, timeZone?: string): string {
  return `${locale === 'zh-CN' ? '纪要备份' : 'minutes-backup'}-${isoDay(wallClock(now, timeZone))}.json`;
}
