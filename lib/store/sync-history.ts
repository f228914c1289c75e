/**
 * The meetings' history as sync reads and writes it (lib/sync/history.ts): the three shelves
 * (lib/adapters/shelf.ts) of each meeting as one body. Only readable entries travel; a damaged one
 * stays where it is, untouched, as on every read.
 *
 * The stamp of a meeting's history is the keys of its entries: an entry is never edited, only
 * added (or replaced: deleted and added under a new key), so the same keys are the same content
 * and its hash need not be computed again.
 *
 * Writing a merged body adds what is new and replaces an entry only by its merged form (a
 * renumbered version, a moved mark); an entry the body does not know was added here since the
 * pass read the shelves and stays (the next pass sends it). Nothing else is ever removed.
 */
import { canonical } from '../sync/document';
import {
  asHistory,
  entryKey,
  isMark,
  isPlanVersion,
  isVersion,
  nextVersion,
  sortedHistory,
  type HistoryBody,
} from '../sync/history';
import type { LocalRecord } from '../sync/pass';
import type { Meeting } from '../schema';
import { SHELVES, type MinutesDatabase, type ShelfName } from './db';
import type { MeetingRepo } from './meetings';

const readable: Record<ShelfName, (v: unknown, meetingId: string) => boolean> = {
  versions: isVersion,
  distributions: isMark,
  planVersions: isPlanVersion,
};

const stampOf = (parts: string[]) => parts.join(',');

/** Every meeting's history that has an entry, as bodies with their stamps. */
export async function readHistories(db: MinutesDatabase): Promise<Map<string, LocalRecord>> {
  const tx = db.transaction(SHELVES);
  const found = new Map<string, { body: HistoryBody; parts: string[] }>();
  for (const name of SHELVES) {
    const store = tx.objectStore(name);
    const [keys, entries] = await Promise.all([store.getAllKeys(), store.getAll()]);
    entries.forEach(({ meetingId, value }, i) => {
      let one = found.get(meetingId);
      if (!one) {
        one = { body: { versions: [], distributions: [], planVersions: [] }, parts: [] };
        found.set(meetingId, one);
      }
      one.parts.push(`${name[0]}${keys[i]}`);
      if (readable[name](value, meetingId)) one.body[name].push(value);
    });
  }
  await tx.done;
  const live = new Map<string, LocalRecord>();
  for (const [id, { body, parts }] of found) {
    live.set(id, {
      body: sortedHistory(body) as unknown as Record<string, unknown>,
      stamp: stampOf(parts),
    });
  }
  return live;
}

/**
 * Writes a meeting's merged history and answers its stamp (a tombstone changes nothing). The
 * meeting's own number then moves above its put-aside versions if they were renumbered past it
 * (a local edit: it syncs as one).
 */
export async function writeHistory(
  db: MinutesDatabase,
  meetings: MeetingRepo,
  meetingId: string,
  body: unknown,
  /** Its stamp when the pass read it (null: no entry): another one since, nothing written. */
  expected: string | null,
): Promise<string | 'moved'> {
  const merged = body === null ? null : asHistory(body);
  const tx = db.transaction(SHELVES, 'readwrite');
  // An entry added here during the pass (a version put aside) is not in the merged history:
  // the stamp written after it would claim it synced and it would never travel. Nothing is
  // written; the next pass merges it.
  const now: string[] = [];
  for (const name of SHELVES) {
    const keys = await tx.objectStore(name).index('by-meeting').getAllKeys(meetingId);
    now.push(...keys.map((k) => `${name[0]}${k}`));
  }
  if ((now.length ? stampOf(now) : null) !== expected) {
    await tx.done;
    return 'moved';
  }
  const parts: string[] = [];
  for (const name of SHELVES) {
    const store = tx.objectStore(name);
    const identity = entryKey[name] as (e: unknown) => string;
    const want = new Map<string, unknown>();
    for (const v of merged?.[name] ?? [])
      if (readable[name](v, meetingId)) want.set(identity(v), v);
    const done = new Set<string>();
    let cursor = await store.index('by-meeting').openCursor(meetingId);
    while (cursor) {
      const value: unknown = cursor.value.value;
      const key = readable[name](value, meetingId) ? identity(value) : null;
      const next = key === null ? undefined : want.get(key);
      if (next !== undefined && !done.has(key!) && canonical(next) === canonical(value))
        done.add(key!);
      else if (next !== undefined) await cursor.delete();
      cursor = await cursor.continue();
    }
    for (const [key, value] of want) if (!done.has(key)) await store.add({ meetingId, value });
    const keys = await store.index('by-meeting').getAllKeys(meetingId);
    parts.push(...keys.map((k) => `${name[0]}${k}`));
  }
  await tx.done;
  if (merged?.versions.length) await raiseVersion(meetings, meetingId, nextVersion(merged));
  return stampOf(parts);
}

async function raiseVersion(meetings: MeetingRepo, id: string, at: number): Promise<void> {
  const meeting = (await meetings.get(id)) as Meeting | null;
  if (!meeting || !('rev' in meeting) || meeting.version >= at) return;
  await meetings.save(meeting, { ...meeting, version: at });
}
