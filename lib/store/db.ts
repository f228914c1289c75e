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
import { itemRow } from '../plan/item-row';
import { parseActionItem, parseMeeting } from '../schema';
import { summarise } from '../summary';

export const DB_NAME = 'minutes';
export const DB_VERSION = 9;

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
  summaries: { key: string; value: unknown; indexes: Record<SummaryIndex, IDBValidKey> };
  /** One per readable action item, derived from it (lib/plan/item-row.ts); the tracker pages these. */
  itemRows: {
    key: string;
    value: unknown;
    indexes: Record<RowIndex, IDBValidKey>;
  };
  /** The search index: the terms of each meeting and action item (lib/store/search.ts). */
  search: { key: string; value: SearchRecord; indexes: { 'by-term': string } };
  /** Messages leaving the computer (lib/store/outbox.ts, lib/outbox/): version 6. */
  outbox: { key: string; value: unknown; indexes: { 'by-state': string } };
  /** The last synced state of each record shared through the WebDAV folder (lib/adapters/sync.ts): version 8. */
  syncBase: { key: string; value: SyncBaseEntry };
  /** The content last synced of each, apart: read only for a merge, not on every pass. */
  syncBodies: { key: string; value: { key: string; body: unknown } };
}

/**
 * What this computer last synced of one record (lib/sync/plan.ts BaseEntry), keyed
 * `${kind}:${id}`: what tells an edit from an echo. Its content, the base of the next three-way
 * merge, is in `syncBodies` under the same key.
 */
export interface SyncBaseEntry {
  key: string;
  hash: string;
  etag: string;
  stamp?: string;
}

/**
 * The indexes of `itemRows` (version 4): one per tracker filter, each ordered by the effective
 * due day and then the id, so a filtered page sorted by due day is one cursor walk of one range
 * (lib/store/item-query.ts). Owner, department and meeting are split by open/done first: the
 * tracker shows open items unless asked otherwise, and then their count is the range's count.
 */
export const ROW_INDEXES = {
  'by-open-due': ['open', 'due'],
  'by-status-due': ['status', 'due'],
  'by-owner-open-due': ['ownerName', 'open', 'due'],
  'by-department-open-due': ['ownerDepartment', 'open', 'due'],
  'by-meeting-open-due': ['meetingId', 'open', 'due'],
  'by-due': 'due',
} as const;
export type RowIndex = keyof typeof ROW_INDEXES;

/**
 * The indexes of `summaries` (version 9): the meeting's date (`at`, lib/summary.ts) alone and
 * after each filter of the list, so a group's count is one range's `count()` and its rows one
 * cursor walk, newest first (lib/store/meeting-list.ts), instead of every summary read.
 */
export const SUMMARY_INDEXES = {
  'by-at': 'at',
  'by-series-at': ['series', 'at'],
  'by-department-at': ['department', 'at'],
  'by-review-at': ['reviewState', 'at'],
} as const;
export type SummaryIndex = keyof typeof SUMMARY_INDEXES;

/** A record of the search index (lib/search/doc.ts), keyed by its meeting's or item's id. */
export interface SearchRecord {
  id: string;
  meetingId: string;
  terms: string[];
}

/** The key of the marker an upgrade leaves until the index is built (no record has it). */
export const UNBUILT = '\u0000unbuilt';

/** Every store, for delete-everything and the tests that check it left nothing behind. */
export const STORES = [
  'meetings',
  'actionItems',
  'trash',
  'quarantine',
  ...SHELVES,
  'summaries',
  'itemRows',
  'search',
  'outbox',
  'syncBase',
  'syncBodies',
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
export async function openMinutesDB(name = DB_NAME): Promise<MinutesDatabase> {
  let unbuilt = false;
  const db = await openDB<MinutesDB>(name, DB_VERSION, {
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
        void buildDerived(tx, 'meetings', 'summaries', parseMeeting, summarise);
      }
      if (oldVersion < 4) {
        // The tracker pages through indexes instead of reading every item (lib/store/item-query.ts).
        // A derived store rather than indexes on `actionItems`: the effective due day
        // (lib/plan/due.ts) is computed, and items stay as they are in backups and merges.
        const rows = db.createObjectStore('itemRows', { keyPath: 'id' });
        for (const [name, path] of Object.entries(ROW_INDEXES)) {
          rows.createIndex(name as RowIndex, path as string | string[]);
        }
        void buildDerived(tx, 'actionItems', 'itemRows', parseActionItem, itemRow);
      }
      if (oldVersion < 5) {
        // Search across all minutes (lib/store/search.ts): the distinct terms of each meeting
        // and action item under a multiEntry index, so a query reads the keys that hold a term
        // instead of every record. Derived: not in backups, written beside every record
        // (lib/store/search-doc.ts). The tokeniser is not part of start-up, and nothing can be
        // loaded inside this transaction, so the index is built just after it; the marker says
        // it is not built yet, for a browser stopped in between (the next search builds it).
        const search = db.createObjectStore('search', { keyPath: 'id' });
        search.createIndex('by-term', 'terms', { multiEntry: true });
        if (oldVersion > 0) {
          void search.put({ id: UNBUILT } as SearchRecord);
          unbuilt = true;
        }
      }
      if (oldVersion < 6) {
        // The outbox (lib/store/outbox.ts): every message is stored before it is sent, so a
        // closed browser or a crash loses none. `by-state` finds what is queued or was cut off
        // mid-send without reading the sent history.
        db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('by-state', 'state');
      }
      if (oldVersion < 7) {
        // The tracker's words are matched in each row's text (lib/plan/item-row.ts) instead of
        // reading the items: the rows written before it get theirs. A database older than
        // version 4 has just built its rows with the text.
        if (oldVersion >= 4)
          void buildDerived(tx, 'actionItems', 'itemRows', parseActionItem, itemRow);
      }
      if (oldVersion < 8) {
        // Sync between computers (lib/adapters/sync.ts): the last synced state of each record,
        // the base of a three-way merge. Per computer: not in backups, cleared on disconnect.
        db.createObjectStore('syncBase', { keyPath: 'key' });
        db.createObjectStore('syncBodies', { keyPath: 'key' });
      }
      if (oldVersion < 9) {
        // The list reads by date instead of every summary (lib/store/meeting-list.ts): the
        // summaries get their date (`at`, format 2) and are indexed by it. Rewritten from the
        // meetings; a database older than version 3 has just built them with it.
        const summaries = tx.objectStore('summaries');
        for (const [name, path] of Object.entries(SUMMARY_INDEXES)) {
          summaries.createIndex(name as SummaryIndex, path as string | string[]);
        }
        if (oldVersion >= 3)
          void buildDerived(tx, 'meetings', 'summaries', parseMeeting, summarise);
      }
    },
  });
  if (unbuilt) await (await import('./search')).buildSearch(db);
  return db;
}

/**
 * A derived record for every readable record of a store, one cursor step at a time: the
 * summaries of the meetings (version 3), the index rows of the action items (version 4).
 */
async function buildDerived<T>(
  tx: IDBPTransaction<MinutesDB, StoreNames<MinutesDB>[], 'versionchange'>,
  from: 'meetings' | 'actionItems',
  to: 'summaries' | 'itemRows',
  parse: (raw: unknown) => { ok: true; value: T } | { ok: false },
  derive: (record: T) => unknown,
) {
  let cursor = await tx.objectStore(from).openCursor();
  while (cursor) {
    const parsed = parse(cursor.value);
    if (parsed.ok) void tx.objectStore(to).put(derive(parsed.value));
    cursor = await cursor.continue();
  }
}

/** True for the errors a full disk produces (names differ between browsers and layers). */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}
