/**
 * Adapter: the one module that owns the IndexedDB connection (extension origin, via idb).
 *
 * Values are typed `unknown` on purpose: whatever comes out of the database is parsed and
 * migrated (lib/schema/migrate.ts) before anything uses it.
 * Upgrades are `if (oldVersion < N)` steps; never edit a shipped step, add the next one.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export const DB_NAME = 'minutes';
export const DB_VERSION = 1;

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

export interface MinutesDB extends DBSchema {
  meetings: {
    key: string;
    value: unknown;
    indexes: { 'by-updated': string; 'by-series': string; 'by-code': string };
  };
  actionItems: {
    key: string;
    value: unknown;
    indexes: {
      'by-meeting': string;
      'by-owner': string;
      'by-department': string;
      'by-status': string;
      'by-due': string;
    };
  };
  trash: { key: string; value: TrashEntry; indexes: { 'by-deleted': string } };
  quarantine: { key: string; value: QuarantineEntry };
}

export type MinutesDatabase = IDBPDatabase<MinutesDB>;

/** Opens (and upgrades) the database. `name` lets tests use a fresh one each. */
export function openMinutesDB(name = DB_NAME): Promise<MinutesDatabase> {
  return openDB<MinutesDB>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const meetings = db.createObjectStore('meetings', { keyPath: 'id' });
        meetings.createIndex('by-updated', 'updatedAt');
        meetings.createIndex('by-series', 'series');
        meetings.createIndex('by-code', 'meetingCode');
        const items = db.createObjectStore('actionItems', { keyPath: 'id' });
        items.createIndex('by-meeting', 'meetingId');
        items.createIndex('by-owner', 'ownerName');
        items.createIndex('by-department', 'ownerDepartment');
        items.createIndex('by-status', 'status');
        items.createIndex('by-due', 'dueDate');
        const trash = db.createObjectStore('trash', { keyPath: 'id' });
        trash.createIndex('by-deleted', 'deletedAt');
        db.createObjectStore('quarantine', { keyPath: 'key' });
      }
    },
  });
}

/** True for the errors a full disk produces (names differ between browsers and layers). */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}
