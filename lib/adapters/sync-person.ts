/**
 * Adapter: the person's settings (lib/sync/person.ts) as sync reads and writes them in
 * storage.local. Each key is parsed with its own schema on read (a damaged value reads as the
 * defaults, as every page reads it) and checked before a synced value is written: a value that
 * does not pass leaves the key as it was. Only the fields of PERSON_FIELDS are read, so nothing
 * else of a key (the custom hosts beside the departments) can reach a document.
 * When each field was changed here is kept in `personSyncEdits` (this computer's bookkeeping).
 */
import * as z from 'zod/mini';
import { ReminderSettings } from '../plan/reminders';
import { canonical } from '../sync/document';
import type { LocalRecord } from '../sync/pass';
import {
  getField,
  personBody,
  PERSON_FIELDS,
  PERSON_KEYS,
  setField,
  type PersonBody,
  type PersonEdits,
  type PersonKey,
} from '../sync/person';
import { ExportPrefs } from './export-prefs';
import type { StorageLike } from './live-store';
import { Settings } from './settings';

export const PERSON_EDITS_KEY = 'personSyncEdits';

type Schema = { safeParse(v: unknown): { success: boolean; data?: unknown } };
const CHECKS: Record<PersonKey, Schema> = {
  settings: Settings,
  exportPrefs: ExportPrefs,
  reminderSettings: ReminderSettings,
  trackerUser: z.string().check(z.maxLength(100)),
};
const parsed = (key: PersonKey, raw: unknown) => {
  const r = CHECKS[key].safeParse(raw);
  return r.success ? r.data : CHECKS[key].safeParse(key === 'trackerUser' ? '' : {}).data;
};

export interface PersonSide {
  /**
   * This computer's body, against the last synced one (its edit times kept); null when never
   * synced and nothing was changed from the defaults (nothing to send).
   */
  snapshot(base: unknown): Promise<LocalRecord | null>;
  /** Writes a synced body; answers its stamp. A tombstone changes nothing. */
  apply(body: unknown): Promise<string>;
  /** One field set by the user's choice of a conflict: a change here, now. */
  set(path: string, value: unknown): Promise<void>;
}

export function personSide(api: Pick<StorageLike, 'storage'>, now: () => Date): PersonSide {
  const read = async () => {
    const got = await api.storage.local.get([...PERSON_KEYS, PERSON_EDITS_KEY]);
    const values: Record<string, unknown> = {};
    const defaults: Record<string, unknown> = {};
    const stored = {} as Record<PersonKey, unknown>;
    for (const key of PERSON_KEYS) {
      stored[key] = parsed(key, got[key]);
      const fallback = parsed(key, undefined);
      for (const field of PERSON_FIELDS[key]) {
        const path = field ? `${key}.${field}` : key;
        values[path] = getField(stored[key], field);
        defaults[path] = getField(fallback, field);
      }
    }
    const raw = got[PERSON_EDITS_KEY];
    const edits = (raw && typeof raw === 'object' ? raw : {}) as PersonEdits;
    return { values, defaults, stored, edits, editsText: canonical(edits) };
  };

  const body = async (base: unknown) => {
    const r = await read();
    const b = base && typeof base === 'object' ? (base as PersonBody) : null;
    const out = personBody(r.values, r.defaults, b, r.edits, now().toISOString());
    if (canonical(r.edits) !== r.editsText)
      await api.storage.local.set({ [PERSON_EDITS_KEY]: r.edits });
    return { body: out as unknown as Record<string, unknown>, stamp: canonical(out) };
  };

  /** Writes `values` (path → value) into their keys, each checked; records the edit times. */
  const write = async (values: Record<string, unknown>, at: Record<string, string>) => {
    const r = await read();
    const patch: Record<string, unknown> = {};
    for (const key of PERSON_KEYS) {
      let next = r.stored[key];
      for (const field of PERSON_FIELDS[key]) {
        const path = field ? `${key}.${field}` : key;
        if (path in values) next = setField(next, field, values[path]);
      }
      const checked = CHECKS[key].safeParse(next);
      if (!checked.success) continue;
      if (canonical(checked.data) !== canonical(r.stored[key])) patch[key] = checked.data;
      for (const field of PERSON_FIELDS[key]) {
        const path = field ? `${key}.${field}` : key;
        if (at[path]) r.edits[path] = { v: canonical(getField(checked.data, field)), at: at[path] };
      }
    }
    await api.storage.local.set({ ...patch, [PERSON_EDITS_KEY]: r.edits });
  };

  return {
    async snapshot(base) {
      const mine = await body(base);
      return base || Object.keys((mine.body as unknown as PersonBody).at).length ? mine : null;
    },
    async apply(synced) {
      if (synced && typeof synced === 'object') {
        const b = synced as Partial<PersonBody>;
        await write(b.values ?? {}, b.at ?? {});
      }
      return (await body(synced)).stamp;
    },
    set: (path, value) => write({ [path]: value }, { [path]: now().toISOString() }),
  };
}
