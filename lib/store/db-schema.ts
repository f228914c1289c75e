/**
 * The database's shape as it is now: its name and version, its stores, their records and indexes
 * (lib/store/db.ts opens it; lib/store/upgrade.ts brings older versions to this one).
 */
import type { DBSchema, IDBPDatabase } from 'idb';

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

export type MinutesDatabase = IDBPDatabase<MinutesDB>;
