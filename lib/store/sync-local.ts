/**
 * This computer's side of a sync pass (lib/sync/pass.ts `LocalSide`) over IndexedDB: the records
 * as document bodies, the pulled ones written through the repositories (lib/store/synced.ts: the
 * derived stores change with them) and the last synced state in `syncBase` and `syncBodies`.
 * The meetings' history (lib/store/sync-history.ts) and the person's settings (`person`,
 * lib/adapters/sync-person.ts) are never deleted by sync: no tombstone is made for them.
 */
import { MEETING_SCHEMA_VERSION, parseActionItem, parseMeeting } from '../schema';
import type { LocalRecord, LocalSide } from '../sync/pass';
import type { BaseEntry } from '../sync/plan';
import { syncBody } from '../sync/records';
import type { SyncKind } from '../sync/document';
import type { ActionItemRepo } from './action-items';
import type { MinutesDatabase } from './db';
import type { MeetingRepo } from './meetings';
import { unsealed } from './seal';
import { readHistories, writeHistory } from './sync-history';
import { stampOf } from './synced';

/** The person's settings as sync reads and writes them (lib/adapters/sync-person.ts). */
export interface PersonLocal {
  /** Null: never synced and nothing changed from the defaults here, so nothing to send. */
  snapshot(base: unknown): Promise<LocalRecord | null>;
  apply(body: unknown): Promise<string>;
}
export const PERSON_ID = 'person';

const STORE = { meeting: 'meetings', actionItem: 'actionItems' } as const;
const range = (kind: SyncKind) => IDBKeyRange.bound(`${kind}:`, `${kind}:\uffff`);

export function syncLocal(
  db: MinutesDatabase,
  repos: { meetings: MeetingRepo; items: ActionItemRepo },
  person: PersonLocal,
): LocalSide & { clearBase(): Promise<void> } {
  const readable = (kind: SyncKind, raw: unknown): Record<string, unknown> | null => {
    if (kind === 'meeting') {
      const quick = unsealed(raw, MEETING_SCHEMA_VERSION);
      if (quick) return quick;
    }
    const parsed = kind === 'meeting' ? parseMeeting(raw) : parseActionItem(raw);
    return parsed.ok ? (parsed.value as unknown as Record<string, unknown>) : null;
  };
  const baseBody = async (kind: SyncKind, id: string) =>
    (await db.get('syncBodies', `${kind}:${id}`))?.body ?? null;
  const baseOf = (entries: (BaseEntry & { key: string })[], kind: SyncKind) =>
    new Map(
      entries.map(({ key, ...entry }): [string, BaseEntry] => [key.slice(kind.length + 1), entry]),
    );
  return {
    async snapshot(kind) {
      if (kind === 'history' || kind === 'person') {
        const base = baseOf(await db.getAll('syncBase', range(kind)), kind);
        const mine = kind === 'person' && (await person.snapshot(await baseBody(kind, PERSON_ID)));
        const live =
          kind === 'history' ? await readHistories(db) : new Map(mine ? [[PERSON_ID, mine]] : []);
        return { base, live, present: new Set([...base.keys(), ...live.keys()]) };
      }
      const tx = db.transaction([STORE[kind], 'syncBase']);
      const [raws, entries] = await Promise.all([
        tx.objectStore(STORE[kind]).getAll() as Promise<unknown[]>,
        tx.objectStore('syncBase').getAll(range(kind)),
      ]);
      await tx.done;
      const base = baseOf(entries, kind);
      const live = new Map<string, LocalRecord>();
      const present = new Set<string>();
      for (const raw of raws) {
        const id = (raw as { id: string }).id;
        present.add(id);
        // Unchanged since it was synced (then readable): not checked again on every pass.
        const stamp = stampOf(raw as Record<string, unknown>);
        if (base.get(id)?.stamp === stamp) {
          live.set(id, { body: syncBody(raw as object), stamp });
          continue;
        }
        const record = readable(kind, raw);
        if (record) live.set(id, { body: syncBody(record), stamp: stampOf(record) });
      }
      return { base, live, present };
    },
    async apply(kind, id, body, expected) {
      if (kind === 'history') return writeHistory(db, repos.meetings, id, body, expected);
      if (kind === 'person') return person.apply(body);
      const repo = kind === 'meeting' ? repos.meetings : repos.items;
      const stored = await repo.applySynced(id, body, expected);
      return stored && stored !== 'moved' ? stampOf(stored) : stored;
    },
    baseBody,
    async saveBase(kind, entries) {
      if (!entries.length) return;
      const tx = db.transaction(['syncBase', 'syncBodies'], 'readwrite');
      await Promise.all(
        entries.flatMap(([id, { body, ...entry }]) => {
          const key = `${kind}:${id}`;
          return [
            tx.objectStore('syncBase').put({ key, ...entry }),
            tx.objectStore('syncBodies').put({ key, body: body ?? null }),
          ];
        }),
      );
      await tx.done;
    },
    clearBase: async () => {
      const tx = db.transaction(['syncBase', 'syncBodies'], 'readwrite');
      await Promise.all([tx.objectStore('syncBase').clear(), tx.objectStore('syncBodies').clear()]);
      await tx.done;
    },
  };
}
