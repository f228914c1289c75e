/**
 * Adapter: the part of a backup that is not records (lib/history.ts): the meetings' shelves
 * (lib/adapters/shelf.ts) and the user's preferences in `storage.local`, collected for a backup
 * file and put back from one. History is written once and never edited, so restoring adds the
 * entries that are missing (the same version of the same meeting, or the same plan version, is
 * left as it is). A preference is restored where this browser has none, or when the user agreed
 * to replace: the same consent as for records. Each preference passes its own schema first.
 */
import * as z from 'zod/mini';
import {
  emptyHistory,
  parseDistribution,
  parsePlanVersion,
  parseVersion,
  PREFERENCE_KEYS,
  type BackupHistory,
  type PreferenceKey,
} from '../history';
import { ReminderSettings } from '../plan/reminders';
import { ExportPrefs } from './export-prefs';
import type { StorageLike } from './live-store';
import { Settings } from './settings';
import type { Shelf, Shelves } from './shelf';
import { storageItem, type Check } from './storage-item';

export interface HistoryStore {
  /** Everything, or one meeting's history only (its preferences are not the meeting's). */
  collect(meetingId?: string): Promise<BackupHistory>;
  restore(history: BackupHistory, consent: { replace: boolean }): Promise<HistoryRestore>;
}

export interface HistoryRestore {
  added: number;
  replaced: number;
  skipped: number;
  failed: { id: string; message: string }[];
}

const CHECKS: Record<PreferenceKey, Check<unknown>> = {
  settings: Settings,
  exportPrefs: ExportPrefs,
  reminderSettings: ReminderSettings,
  trackerUser: z.string().check(z.maxLength(100)),
};

const readable = <T>(
  entries: { meetingId: string; value: unknown }[],
  parse: (e: { meetingId: string; value: unknown }) => T | null,
): T[] =>
  entries.flatMap((e) => {
    const parsed = parse(e);
    return parsed === null ? [] : [parsed];
  });

export function historyStore(api: Pick<StorageLike, 'storage'>, shelves: Shelves): HistoryStore {
  const entries = async (shelf: Shelf, meetingId?: string) =>
    meetingId === undefined
      ? shelf.all()
      : (await shelf.list(meetingId)).map((value) => ({ meetingId, value }));

  return {
    async collect(meetingId) {
      const history = emptyHistory();
      // Damaged entries stay where they are, unread, as damaged records do.
      history.versions = readable(await entries(shelves.versions, meetingId), (e) =>
        parseVersion(e.value, e.meetingId),
      );
      history.distributions = readable(await entries(shelves.distributions, meetingId), (e) =>
        parseDistribution({ ...(e.value as object), meetingId: e.meetingId }),
      );
      history.planVersions = readable(await entries(shelves.planVersions, meetingId), (e) =>
        parsePlanVersion(e.value),
      );
      if (meetingId === undefined) {
        const stored = await api.storage.local.get([...PREFERENCE_KEYS]);
        for (const key of PREFERENCE_KEYS) {
          if (stored[key] !== undefined) history.preferences[key] = stored[key];
        }
      }
      return history;
    },

    async restore(history, consent) {
      const result: HistoryRestore = { added: 0, replaced: 0, skipped: 0, failed: [] };
      const put = async <T>(
        shelf: Shelf,
        list: T[],
        meetingOf: (e: T) => string,
        same: (a: T, stored: unknown) => boolean,
        id: (e: T) => string,
        value: (e: T) => unknown = (e) => e,
      ) => {
        for (const entry of list) {
          const meetingId = meetingOf(entry);
          try {
            const stored = await shelf.list(meetingId);
            if (stored.some((s) => same(entry, s))) result.skipped++;
            else {
              await shelf.put(meetingId, value(entry));
              result.added++;
            }
          } catch (e) {
            result.failed.push({ id: id(entry), message: (e as Error)?.message ?? String(e) });
          }
        }
      };
      const version = (s: unknown) => (s as { version?: unknown } | null)?.version;
      await put(
        shelves.versions,
        history.versions,
        (v) => v.meeting.id,
        (v, s) => version(s) === v.version,
        (v) => `${v.meeting.id}#${v.version}`,
      );
      await put(
        shelves.distributions,
        history.distributions,
        (d) => d.meetingId,
        // Posts to groups are one mark each (their `send`); a mark by hand is one per version.
        (d, s) => version(s) === d.version && (s as { send?: unknown } | null)?.send === d.send,
        (d) => `${d.meetingId}#${d.version}`,
        ({ meetingId: _, ...mark }) => mark,
      );
      await put(
        shelves.planVersions,
        history.planVersions,
        (p) => p.meetingId,
        (p, s) => (s as { id?: unknown } | null)?.id === p.id,
        (p) => p.id,
      );
      for (const key of PREFERENCE_KEYS) {
        if (!(key in history.preferences)) continue;
        const item = storageItem(api, key, CHECKS[key], () => undefined);
        const here = (await api.storage.local.get(key))[key];
        if (here !== undefined && !consent.replace) {
          result.skipped++;
          continue;
        }
        try {
          await item.write(history.preferences[key]);
          result[here === undefined ? 'added' : 'replaced']++;
        } catch (e) {
          result.failed.push({ id: key, message: (e as Error)?.message ?? String(e) });
        }
      }
      return result;
    },
  };
}
