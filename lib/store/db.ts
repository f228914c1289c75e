/**
 * Adapter: the one module that owns the IndexedDB connection (extension origin, via idb).
 *
 * Values are typed `unknown` on purpose: whatever comes out of the database is parsed and
 * migrated (lib/schema/migrate.ts) before anything uses it.
 * Upgrades are `if (oldVersion < N)` steps; never edit a shipped step, add the next one.
 */
import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';
import { parseMeeting } from '../schema';
import { summarise } from '../summary';

export const DB_NAME = 'minutes';
export const DB_VERSION = 6;

export interface TrashEntry {
  id: string;
  store: 'meetings' | 'actionItems';
  deletedAt: string;
  record: unknown;
}

export interface QuarantineEntry {
  /** `${store}:${id}`: one entry per damaged record, refreshed when seen again. */
  key: string;
  store: 'meetings' | 'actionItems';
  id: string;
  reason: string;
  seenAt: string;
  raw: unknown;
}

/**
 * One entry on a meeting's shelf (lib/adapters/shelf.ts): an earlier version of its minutes, a
 * "sent" mark, or a version of its action plan. Keys count up, so a meeting's entries read back
 * through `by-meeting` oldest first; `value` is parsed on read like every other record.
 */
export interface ShelfEntry {
  meetingId: string;
  value: unknown;
}

/** The stores that hold a meeting's history, written once and never edited (version 2). */
export const SHELVES = ['versions', 'distributions', 'planVersions'] as const;
export type ShelfName = (typeof SHELVES)[number];

type Shelf = { key: number; value: ShelfEntry; indexes: { 'by-meeting': string } };

export interface MinutesDB extends DBSchema {
  meetings: { key: string; value: unknown };
  actionItems: { key: string; value: unknown; indexes: { 'by-meeting': string } };
  trash: { key: string; value: TrashEntry };
  quarantine: { key: string; value: QuarantineEntry };
  versions: Shelf;
  distributions: Shelf;
  planVersions: Shelf;
  /** One per readable meeting, derived from it (lib/summary.ts); the list reads only these. */
  summaries: { key: string; value: unknown };
  /** Messages leaving the computer (lib/store/outbox.ts, lib/outbox/): version 6. */
  outbox: { key: string; value: unknown; indexes: { 'by-state': string } };
}

/** Every store, for delete-everything and the tests that check it left nothing behind. */
export const STORES = [
  'meetings',
  'actionItems',
  'trash',
  'quarantine',
  ...SHELVES,
  'summaries',
  'outbox',
] as const;

/** The indexes version 1 created, for the step that drops the unused ones. */
interface V1 extends DBSchema {
  meetings: {
    key: string;
    value: unknown;
    indexes: Record<'by-updated' | 'by-series' | 'by-code', string>;
  };
  actionItems: {
    key: string;
    value: unknown;
    indexes: Record<'by-meeting' | 'by-owner' | 'by-department' | 'by-status' | 'by-due', string>;
  };
  trash: { key: string; value: TrashEntry; indexes: { 'by-deleted': string } };
  quarantine: { key: string; value: QuarantineEntry };
}

export type MinutesDatabase = IDBPDatabase<MinutesDB>;

/** Opens (and upgrades) the database. `name` lets tests use a fresh one each. */
export function openMinutesDB(name = DB_NAME): Promise<MinutesDatabase> {
  return openDB<MinutesDB>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      // Earlier steps see the schema as it was then (V1), not as it is now.
      const v1 = db as unknown as IDBPDatabase<V1>;
      const v1tx = tx as unknown as IDBPTransaction<
        V1,
        ['meetings', 'actionItems', 'trash'],
        'versionchange'
      >;
      if (oldVersion < 1) {
        const meetings = v1.createObjectStore('meetings', { keyPath: 'id' });
        meetings.createIndex('by-updated', 'updatedAt');
        meetings.createIndex('by-series', 'series');
        meetings.createIndex('by-code', 'meetingCode');
        const items = v1.createObjectStore('actionItems', { keyPath: 'id' });
        items.createIndex('by-meeting', 'meetingId');
        items.createIndex('by-owner', 'ownerName');
        items.createIndex('by-department', 'ownerDepartment');
        items.createIndex('by-status', 'status');
        items.createIndex('by-due', 'dueDate');
        const trash = v1.createObjectStore('trash', { keyPath: 'id' });
        trash.createIndex('by-deleted', 'deletedAt');
        v1.createObjectStore('quarantine', { keyPath: 'key' });
      }
      if (oldVersion < 2) {
        // Versions and plan versions move in from storage.local (lib/adapters/shelf.ts moves the
        // entries), so backup and delete-everything cover them. The indexes no query used go:
        // each one is written on every put. Only `actionItems` `by-meeting` is read
        // (lib/store/action-items.ts); a feature that needs another adds it in its own step.
        for (const name of SHELVES) {
          db.createObjectStore(name, { autoIncrement: true }).createIndex(
            'by-meeting',
            'meetingId',
          );
        }
        const meetings = v1tx.objectStore('meetings');
        for (const index of ['by-updated', 'by-series', 'by-code'] as const) {
          meetings.deleteIndex(index);
        }
        const items = v1tx.objectStore('actionItems');
        for (const index of ['by-owner', 'by-department', 'by-status', 'by-due'] as const) {
          items.deleteIndex(index);
        }
        v1tx.objectStore('trash').deleteIndex('by-deleted');
      }
      if (oldVersion < 3) {
        // The list reads summaries, not whole meetings (lib/summary.ts). Built here for every
        // readable meeting; one that does not parse gets none and is reported by the list as
        // damaged (lib/store/meetings.ts), as before. No index: the list sorts in memory.
        db.createObjectStore('summaries', { keyPath: 'id' });
        void buildSummaries(tx);
      }
      if (oldVersion < 6) {
        // The outbox (lib/store/outbox.ts): every message is stored before it is sent, so a
        // closed browser or a crash loses none. `by-state` finds what is queued or was cut off
        // mid-send without reading the sent history.
        db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('by-state', 'state');
      }
    },
  });
}

/** The upgrade to version 3: a summary for every readable meeting, one cursor step at a time. */
async function buildSummaries(
  tx: IDBPTransaction<MinutesDB, StoreNames<MinutesDB>[], 'versionchange'>,
) {
  const summaries = tx.objectStore('summaries');
  let cursor = await tx.objectStore('meetings').openCursor();
  while (cursor) {
    const parsed = parseMeeting(cursor.value);
    if (parsed.ok) void summaries.put(summarise(parsed.value));
    cursor = await cursor.continue();
  }
}

/** True for the errors a full disk produces (names differ between browsers and layers). */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}
