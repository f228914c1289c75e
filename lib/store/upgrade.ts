/**
 * The upgrade steps of the `minutes` database, oldest first (lib/store/db.ts runs them when it
 * opens an older version). Each is `if (oldVersion < N)`; never edit a shipped step, add the next
 * one, with a dump of the version in test/fixtures/db/ (test/unit/upgrade.test.ts opens each).
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { itemRow } from '../plan/item-row';
import { parseActionItem, parseMeeting } from '../schema';
import { summarise } from '../summary';
import {
  ROW_INDEXES,
  SHELVES,
  SUMMARY_INDEXES,
  UNBUILT,
  type MinutesDB,
  type QuarantineEntry,
  type RowIndex,
  type SearchRecord,
  type SummaryIndex,
  type TrashEntry,
} from './db-schema';

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

/**
 * Brings a database of `oldVersion` to the current version inside the upgrade transaction.
 * Returns `unbuilt` when the search index is left to build just after it (version 5).
 */
export function upgradeMinutesDB(
  db: IDBPDatabase<MinutesDB>,
  oldVersion: number,
  tx: IDBPTransaction<MinutesDB, StoreNames<MinutesDB>[], 'versionchange'>,
): { unbuilt: boolean } {
  let unbuilt = false;
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
      db.createObjectStore(name, { autoIncrement: true }).createIndex('by-meeting', 'meetingId');
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
    if (oldVersion >= 4) void buildDerived(tx, 'actionItems', 'itemRows', parseActionItem, itemRow);
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
    if (oldVersion >= 3) void buildDerived(tx, 'meetings', 'summaries', parseMeeting, summarise);
  }
  return { unbuilt };
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
