import { syncEngine, type SyncEngine } from '../../lib/adapters/sync';
import type { StorageLike } from '../../lib/adapters/live-store';
import { createMeeting, type Meeting } from '../../lib/schema';
import { ActionItemRepo } from '../../lib/store/action-items';
import { openMinutesDB, type MinutesDatabase } from '../../lib/store/db';
import { MeetingRepo } from '../../lib/store/meetings';
import { SyncStatus, SYNC_STATUS_KEY } from '../../lib/sync/status';
import { davClient } from '../../lib/webdav/client';
import { memoryFeed } from './fixtures';
import type { WebDavServer } from './webdav-server';

/** storage.local of one computer, in memory, with its change events. */
export function memoryStorage(): Pick<StorageLike, 'storage'> & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  type Listener = Parameters<StorageLike['storage']['onChanged']['addListener']>[0];
  const listeners = new Set<Listener>();
  const emit = (changes: Record<string, { newValue?: unknown }>) =>
    listeners.forEach((l) => l(changes, 'local'));
  return {
    data,
    storage: {
      local: {
        async get(keys) {
          const list = keys === null ? Object.keys(data) : [keys].flat();
          return Object.fromEntries(
            list.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]),
          );
        },
        async set(items) {
          Object.assign(data, structuredClone(items));
          emit(Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: v }])));
        },
        async remove(keys) {
          for (const k of [keys].flat()) delete data[k];
          emit(Object.fromEntries([keys].flat().map((k) => [k, {}])));
        },
      },
      onChanged: {
        addListener: (fn) => void listeners.add(fn),
        removeListener: (fn) => void listeners.delete(fn),
      },
    },
  };
}

let counter = 0;

/**
 * One computer for the sync tests: its own IndexedDB database, storage.local and change feed,
 * its repositories on a clock that moves on with every read (edits get distinct times), and the
 * background's sync engine (lib/adapters/sync.ts) against the test's WebDAV server.
 */
export async function computer(
  server: WebDavServer,
  name: string,
  timeoutMs = 15_000,
  fetcher: typeof fetch = globalThis.fetch,
  root = ['纪要归档'],
) {
  let t = Date.parse('2026-03-02T06:00:00Z') + counter * 1000;
  const clock = () => new Date((t += 1000));
  const db: MinutesDatabase = await openMinutesDB(`sync-${name}-${++counter}-${Math.random()}`);
  const meetings = new MeetingRepo(db, clock);
  const items = new ActionItemRepo(db, clock);
  const storage = memoryStorage();
  const feed = memoryFeed();
  const client = davClient({
    base: server.url,
    origin: server.origin,
    user: server.user,
    password: server.pass,
    fetch: fetcher,
    timeoutMs,
  });
  const engine: SyncEngine = syncEngine({
    api: storage,
    open: async () => ({ db, meetings, items }),
    connect: async () => ({ ok: true, client, root }),
    publish: feed.publish,
    now: clock,
  });
  const status = async () => SyncStatus.parse(storage.data[SYNC_STATUS_KEY] ?? {});
  /** Edits a stored meeting as a view would: read, change, save. */
  const edit = async (id: string, change: (m: Meeting) => Partial<Meeting>) => {
    const m = (await meetings.get(id)) as Meeting;
    return (await meetings.save(m, { ...m, ...change(m) })).saved;
  };
  const create = (init: Partial<Meeting>) => meetings.create(createMeeting(clock(), init));
  /** Sets this computer's clock (it moves on by a second with every read from there). */
  const setTime = (iso: string) => void (t = Date.parse(iso));
  return { db, meetings, items, engine, feed, storage, status, edit, create, clock, setTime };
}
export type Computer = Awaited<ReturnType<typeof computer>>;

export const enable = async (...cs: Computer[]) => {
  for (const c of cs) await c.engine.command({ type: 'sync', command: 'enable' });
};

/** Two computers with sync on, both holding a meeting made on the first (each ran a pass). */
export async function bothHaveMeeting(server: WebDavServer, fields: Partial<Meeting>) {
  const a = await computer(server, 'a');
  const b = await computer(server, 'b');
  await enable(a, b);
  const m = await a.create(fields);
  await a.engine.run();
  await b.engine.run();
  return { a, b, m };
}
