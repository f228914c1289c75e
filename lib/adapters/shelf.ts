/**
 * Adapter: a meeting's shelves, the history written once and never edited: earlier versions of
 * its minutes (`versions`), the marks of which version was sent (`distributions`) and versions of
 * its action plan (`planVersions`). They live in IndexedDB (lib/store/db.ts, version 2), so
 * backup, restore and delete-everything cover them with the records.
 *
 * Until version 2 they were lists in `storage.local` (`versions:<meetingId>`, ...). The first page
 * that opens the shelves moves those lists in and then removes them (`moveShelvesToDb`); moving
 * twice (two pages at once) adds nothing twice. A frame denied IndexedDB (a docked panel where
 * third-party storage is blocked) keeps using the old lists, and the next page that can open the
 * database moves what it wrote.
 */
import {
  openMinutesDB,
  SHELVES,
  type MinutesDatabase,
  type ShelfEntry,
  type ShelfName,
} from '../store/db';
import type { StorageLike } from './live-store';
import { storageItem } from './storage-item';

export interface Shelf {
  /** The meeting's entries, oldest first, as stored (the caller parses them). */
  list(meetingId: string): Promise<unknown[]>;
  /** Every meeting's entries (for a backup). */
  all(): Promise<ShelfEntry[]>;
  /** Adds `value` to the meeting's shelf, first taking off the entries `replaces` picks. */
  put(meetingId: string, value: unknown, replaces?: (old: unknown) => boolean): Promise<void>;
}

export type Shelves = Record<ShelfName, Shelf>;

/** The storage.local key each shelf used before version 2 of the database. */
export const legacyKey = (shelf: ShelfName, meetingId: string) =>
  `${shelf === 'distributions' ? 'distributed' : shelf}:${meetingId}`;

// JSON round trip: plain data that storage can clone, whatever the caller handed in (a frozen
// snapshot, a Preact signal's value).
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

function dbShelf(open: () => Promise<MinutesDatabase>, name: ShelfName): Shelf {
  return {
    async list(meetingId) {
      const db = await open();
      return (await db.getAllFromIndex(name, 'by-meeting', meetingId)).map((e) => e.value);
    },
    all: async () => (await open()).getAll(name),
    async put(meetingId, value, replaces) {
      const db = await open();
      const tx = db.transaction(name, 'readwrite');
      if (replaces) {
        let cursor = await tx.store.index('by-meeting').openCursor(meetingId);
        while (cursor) {
          if (replaces(cursor.value.value)) await cursor.delete();
          cursor = await cursor.continue();
        }
      }
      await tx.store.add({ meetingId, value: plain(value) });
      await tx.done;
    },
  };
}

const isList = (raw: unknown): raw is unknown[] => Array.isArray(raw);
const List = {
  safeParse: (raw: unknown) =>
    isList(raw) ? { success: true as const, data: raw } : { success: false as const },
};

/** The lists in storage.local, as before version 2 (and where IndexedDB is denied). */
export function localShelf(api: Pick<StorageLike, 'storage'>, name: ShelfName): Shelf {
  const item = (meetingId: string) =>
    storageItem<unknown[]>(api, legacyKey(name, meetingId), List, () => []);
  return {
    list: (meetingId) => item(meetingId).read(),
    async all() {
      const prefix = legacyKey(name, '');
      return Object.entries(await api.storage.local.get(null)).flatMap(([key, value]) =>
        key.startsWith(prefix) && Array.isArray(value)
          ? value.map((v: unknown) => ({ meetingId: key.slice(prefix.length), value: v }))
          : [],
      );
    },
    async put(meetingId, value, replaces) {
      await item(meetingId).update((old) => [...old.filter((e) => !replaces?.(e)), plain(value)]);
    },
  };
}

/**
 * Moves every shelf list in `storage.local` into the database, then removes it. Entries land as
 * they were (damaged ones too: they are counted on read, as before); an entry already on the
 * meeting's shelf (a move that ran twice) is not added again.
 */
export async function moveShelvesToDb(
  db: MinutesDatabase,
  api: Pick<StorageLike, 'storage'>,
): Promise<number> {
  const all = await api.storage.local.get(null);
  const moves: { shelf: ShelfName; meetingId: string; key: string; entries: unknown[] }[] = [];
  for (const [key, value] of Object.entries(all)) {
    for (const shelf of SHELVES) {
      const prefix = legacyKey(shelf, '');
      if (key.startsWith(prefix) && key.length > prefix.length) {
        const meetingId = key.slice(prefix.length);
        moves.push({ shelf, meetingId, key, entries: Array.isArray(value) ? value : [] });
      }
    }
  }
  if (!moves.length) return 0;
  const tx = db.transaction(SHELVES, 'readwrite');
  let moved = 0;
  for (const { shelf, meetingId, entries } of moves) {
    const store = tx.objectStore(shelf);
    const have = new Set(
      (await store.index('by-meeting').getAll(meetingId)).map((e) => JSON.stringify(e.value)),
    );
    for (const entry of entries) {
      const text = JSON.stringify(entry);
      if (text === undefined || have.has(text)) continue;
      have.add(text);
      await store.add({ meetingId, value: JSON.parse(text) as unknown });
      moved++;
    }
  }
  await tx.done;
  // Removed only once the database holds them: a move cut short is redone from the lists.
  await api.storage.local.remove(moves.map((m) => m.key));
  return moved;
}

/**
 * The shelves on this page: IndexedDB, once the old lists are moved in; the old lists where
 * the database cannot be opened. `open` lets tests pass their own database.
 */
export function shelves(
  api: Pick<StorageLike, 'storage'>,
  open: () => Promise<MinutesDatabase> = openMinutesDB,
): Shelves {
  let ready: Promise<MinutesDatabase | null> | null = null;
  const db = () =>
    (ready ??= open().then(
      async (opened) => {
        await moveShelvesToDb(opened, api).catch((e: unknown) => console.warn('shelves:', e));
        return opened;
      },
      () => null,
    ));
  const pick = (name: ShelfName): Shelf => {
    const local = localShelf(api, name);
    const inDb = dbShelf(async () => (await db())!, name);
    return {
      list: async (meetingId) => ((await db()) ? inDb : local).list(meetingId),
      all: async () => ((await db()) ? inDb : local).all(),
      put: async (meetingId, value, replaces) =>
        ((await db()) ? inDb : local).put(meetingId, value, replaces),
    };
  };
  return {
    versions: pick('versions'),
    distributions: pick('distributions'),
    planVersions: pick('planVersions'),
  };
}
