import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { StorageLike } from '../../lib/adapters/live-store';
import { planVersionStore } from '../../lib/adapters/plan-versions';
import { moveShelvesToDb, shelves } from '../../lib/adapters/shelf';
import { versionStore } from '../../lib/adapters/versions';
import { parseActionItem, parseMeeting } from '../../lib/schema';
import { ActionItemRepo } from '../../lib/store/action-items';
import { DB_VERSION, openMinutesDB, STORES } from '../../lib/store/db';
import { MeetingRepo } from '../../lib/store/meetings';
import { ALL_MEETINGS } from '../../lib/meeting-groups';
import { itemDoc, meetingDoc } from '../../lib/search/doc';
import { outboxStore } from '../../lib/store/outbox';
import { summarise } from '../../lib/summary';
import { itemRow } from '../../lib/plan/item-row';
import { testShelves } from '../helpers/shelves';

/**
 * Upgrades: the database as every shipped version left it (test/fixtures/db/minutes-vN.json:
 * stores, key paths, indexes and records, built here with the bare IndexedDB API, not with our
 * upgrade code) opens in the current version with every record intact; a record that cannot be
 * read is reported and kept.
 */
interface Dump {
  version: number;
  stores: Record<
    string,
    {
      keyPath?: string;
      autoIncrement?: boolean;
      /** An index's key path, or key path and multiEntry (the search index, version 5). */
      indexes: Record<string, string | string[] | { keyPath: string; multiEntry: boolean }>;
      records: unknown[];
    }
  >;
}
const DIR = join(process.cwd(), 'test/fixtures/db');
const dumps = readdirSync(DIR)
  .filter((f) => /^minutes-v\d+\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Dump);

/** Recreates a dump as a database named `name`, as that version of the extension left it. */
async function restoreDump(name: string, dump: Dump): Promise<void> {
  const db = await new Promise<IDBDatabase>((ok, fail) => {
    const r = indexedDB.open(name, dump.version);
    r.onupgradeneeded = () => {
      for (const [store, spec] of Object.entries(dump.stores)) {
        const os = r.result.createObjectStore(
          store,
          spec.keyPath ? { keyPath: spec.keyPath } : { autoIncrement: true },
        );
        for (const [index, path] of Object.entries(spec.indexes)) {
          if (typeof path === 'string' || Array.isArray(path)) os.createIndex(index, path);
          else os.createIndex(index, path.keyPath, { multiEntry: path.multiEntry });
        }
        for (const record of spec.records) os.put(record);
      }
    };
    r.onsuccess = () => ok(r.result);
    r.onerror = () => fail(r.error);
  });
  db.close();
}

describe('upgrading a database from every shipped version', () => {
  it('has a dump of the database for every version up to the current one', () => {
    expect(dumps.map((d) => d.version).sort((a, b) => a - b)).toEqual(
      Array.from({ length: DB_VERSION }, (_, i) => i + 1),
    );
  });

  it.each(dumps.map((d) => [d.version, d] as const))(
    'version %i opens with every record intact, the unreadable one reported and kept',
    async (version, dump) => {
      const name = `upgrade-from-${version}-${Math.random()}`;
      await restoreDump(name, dump);
      const db = await openMinutesDB(name);
      // Every readable meeting has its summary, the damaged one none: built by the upgrade
      // (checked before any read, which would repair a missing one).
      expect(await db.getAll('summaries')).toEqual(
        dump.stores.meetings!.records.flatMap((raw) => {
          const parsed = parseMeeting(raw);
          return parsed.ok ? [summarise(parsed.value)] : [];
        }),
      );

      // Every readable action item has its index row (version 4), built by the upgrade too.
      expect(await db.getAll('itemRows')).toEqual(
        dump.stores.actionItems!.records.flatMap((raw) => {
          const parsed = parseActionItem(raw);
          return parsed.ok ? [itemRow(parsed.value)] : [];
        }),
      );
      // The search index too: the terms of every readable meeting and action item, built by
      // the upgrade (lib/store/search.ts), with no marker left saying it is still to build.
      const readable = [
        ...dump.stores.meetings!.records.flatMap((raw) => {
          const parsed = parseMeeting(raw);
          return parsed.ok ? [meetingDoc(parsed.value)] : [];
        }),
        ...dump.stores.actionItems!.records.flatMap((raw) => {
          const parsed = parseActionItem(raw);
          return parsed.ok ? [itemDoc(parsed.value)] : [];
        }),
      ];
      expect(await db.getAll('search')).toEqual(readable.sort((a, b) => (a.id < b.id ? -1 : 1)));

      const meetings = new MeetingRepo(db);
      const items = new ActionItemRepo(db);
      // Found by a word of a talking point, without anything indexed again.
      const found = await meetings.search('落地页');
      expect(found.results.map((r) => r.meeting.id)).toEqual([
        '0b6c1f5e-7a43-4c1e-9d2f-3e1c9b8a7d60',
      ]);

      for (const raw of dump.stores.meetings!.records) {
        const expected = parseMeeting(raw);
        const id = (raw as { id: string }).id;
        const got = await meetings.get(id);
        if (expected.ok) expect(got).toEqual(expected.value);
        else expect(got).toMatchObject({ id, reason: expected.reason });
      }
      for (const raw of dump.stores.actionItems!.records) {
        const expected = parseActionItem(raw);
        expect(expected.ok).toBe(true);
        expect(await items.get((raw as { id: string }).id)).toEqual(expected.ok && expected.value);
      }

      // The damaged record: listed apart, kept in place and copied to the quarantine.
      const { meetings: listed, damaged } = await meetings.list();
      expect(listed.map((m) => m.id)).toEqual(['0b6c1f5e-7a43-4c1e-9d2f-3e1c9b8a7d60']);
      expect(damaged.map((d) => d.id)).toEqual(['damaged-meeting']);
      // The list's first screen reads through the date index (version 9).
      expect((await meetings.groups(ALL_MEETINGS, 'Asia/Shanghai', null, 12)).groups).toEqual([
        { key: '2026-03', count: 1 },
      ]);
      expect(await db.get('meetings', 'damaged-meeting')).toEqual(dump.stores.meetings!.records[1]);
      expect((await db.getAll('quarantine')).map((q) => q.key)).toEqual([
        'meetings:damaged-meeting',
      ]);

      // What was in the trash can still be brought back.
      expect(await meetings.restore('deleted-meeting')).toEqual({
        id: 'deleted-meeting',
        copy: false,
      });
      expect(await meetings.get('deleted-meeting')).toMatchObject({ title: '已删除的会议' });
      // The index the plan is read by works on the old records.
      const item = dump.stores.actionItems!.records[0] as { id: string; meetingId: string };
      expect(await db.getAllKeysFromIndex('actionItems', 'by-meeting', item.meetingId)).toEqual([
        item.id,
      ]);
      // Every store of this version, with only the indexes a query uses.
      const stores = [...db.objectStoreNames].sort();
      expect(stores).toEqual([...STORES].sort());
      const tx = db.transaction(STORES);
      const indexes = Object.fromEntries(
        STORES.map((name) => [name, [...tx.objectStore(name).indexNames]]),
      );
      expect(indexes).toEqual({
        meetings: [],
        actionItems: ['by-meeting'],
        trash: [],
        quarantine: [],
        versions: ['by-meeting'],
        distributions: ['by-meeting'],
        planVersions: ['by-meeting'],
        summaries: ['by-at', 'by-department-at', 'by-review-at', 'by-series-at'],
        itemRows: [
          'by-department-open-due',
          'by-due',
          'by-meeting-open-due',
          'by-open-due',
          'by-owner-open-due',
          'by-status-due',
        ],
        search: ['by-term'],
        outbox: ['by-state'],
        syncBase: [],
        syncBodies: [],
      });
      // The tracker's first page reads through those indexes.
      const query = { now: '2026-03-04T00:00:00Z', timeZone: 'Asia/Shanghai', statuses: [] };
      expect((await items.page(query, null, 50)).items.map((i) => i.id)).toEqual([item.id]);
      // The outbox (version 6): a dump from before it has none; from it on, every message
      // reads back as stored, a queued one still queued to be sent.
      expect(await outboxStore(async () => db).all()).toEqual(dump.stores.outbox?.records ?? []);
      // A shipped dump's shelves read back (version 2 on); the damaged entry is counted, kept.
      if (dump.stores.versions) {
        const meetingId = item.meetingId;
        const on = testShelves(fakeBrowser as unknown as StorageLike, db);
        expect(await versionStore(on).list(meetingId)).toMatchObject({
          versions: [{ version: 1 }],
          damaged: 1,
        });
        expect(await versionStore(on).distributions(meetingId)).toHaveLength(1);
        expect((await planVersionStore(on).list(meetingId)).versions).toHaveLength(1);
      }
      db.close();
    },
  );
});

/**
 * The one-time move of the shelves out of storage.local: the database and storage.local as the
 * extension left them at database version 1 (test/fixtures/db/storage-local-v1.json).
 */
describe('moving versions and plan versions from storage.local into the database', () => {
  const v1 = dumps.find((d) => d.version === 1)!;
  const local = (
    JSON.parse(readFileSync(join(DIR, 'storage-local-v1.json'), 'utf8')) as {
      local: Record<string, unknown>;
    }
  ).local;
  const meetingId = (v1.stores.meetings!.records[0] as { id: string }).id;
  const api = fakeBrowser as unknown as StorageLike;

  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set(structuredClone(local));
  });

  it('moves every entry in, removes the lists and leaves the preferences where they were', async () => {
    const name = `move-${Math.random()}`;
    await restoreDump(name, v1);
    const db = await openMinutesDB(name);
    const on = shelves(api, async () => db);
    const { versions, damaged } = await versionStore(on).list(meetingId);
    expect(versions.map((v) => [v.version, v.meeting.review.state, v.items.length])).toEqual([
      [1, 'approved', 1],
    ]);
    expect(damaged).toBe(1); // 'garbage': moved as it was, still counted, still not shown
    expect(await versionStore(on).distributions(meetingId)).toEqual([
      { version: 1, at: '2026-03-02T09:30:00.000Z' },
    ]);
    const plans = await planVersionStore(on).list(meetingId);
    expect(plans.versions.map((p) => p.reason)).toEqual(['政策变化,重新分工']);

    const left = await fakeBrowser.storage.local.get(null);
    const shelfKeys = Object.keys(local).filter((k) =>
      /^(versions|distributed|planVersions):/.test(k),
    );
    expect(shelfKeys).toHaveLength(3);
    expect(Object.keys(left).sort()).toEqual(
      Object.keys(local)
        .filter((k) => !shelfKeys.includes(k))
        .sort(),
    );
    expect(left.settings).toEqual(local.settings);
    expect([await db.count('versions'), await db.count('distributions')]).toEqual([2, 1]);
    db.close();
  });

  it('a move that runs twice (two pages at once) adds nothing twice', async () => {
    const name = `move-twice-${Math.random()}`;
    await restoreDump(name, v1);
    const db = await openMinutesDB(name);
    const snapshot = await fakeBrowser.storage.local.get(null);
    await moveShelvesToDb(db, api);
    await fakeBrowser.storage.local.set(snapshot); // the second page read the lists before
    expect(await moveShelvesToDb(db, api)).toBe(0);
    expect(await db.count('versions')).toBe(2);
    expect(await db.count('planVersions')).toBe(1);
    db.close();
  });

  it('a frame denied IndexedDB keeps the lists in storage.local, moved by the next page', async () => {
    const denied = shelves(api, () => Promise.reject(new Error('SecurityError')));
    await versionStore(denied).markDistributed(meetingId, 2, new Date('2026-03-05T00:00:00Z'));
    expect((await versionStore(denied).distributions(meetingId)).map((d) => d.version)).toEqual([
      1, 2,
    ]);
    const name = `move-later-${Math.random()}`;
    await restoreDump(name, v1);
    const db = await openMinutesDB(name);
    const later = shelves(api, async () => db);
    expect((await versionStore(later).distributions(meetingId)).map((d) => d.version)).toEqual([
      1, 2,
    ]);
    expect(await fakeBrowser.storage.local.get(`distributed:${meetingId}`)).toEqual({});
    db.close();
  });
});
