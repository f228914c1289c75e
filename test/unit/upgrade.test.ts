import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseActionItem, parseMeeting } from '../../lib/schema';
import { ActionItemRepo } from '../../lib/store/action-items';
import { DB_VERSION, openMinutesDB } from '../../lib/store/db';
import { MeetingRepo } from '../../lib/store/meetings';

/**
 * Upgrades: the database as every shipped version left it (test/fixtures/db/minutes-vN.json:
 * stores, key paths, indexes and records, built here with the bare IndexedDB API, not with our
 * upgrade code) opens in the current version with every record intact; a record that cannot be
 * read is reported and kept.
 */
interface Dump {
  version: number;
  stores: Record<string, { keyPath: string; indexes: Record<string, string>; records: unknown[] }>;
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
        const os = r.result.createObjectStore(store, { keyPath: spec.keyPath });
        for (const [index, path] of Object.entries(spec.indexes)) os.createIndex(index, path);
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
    expect(dumps.map((d) => d.version).sort()).toEqual(
      Array.from({ length: DB_VERSION }, (_, i) => i + 1),
    );
  });

  it.each(dumps.map((d) => [d.version, d] as const))(
    'version %i opens with every record intact, the unreadable one reported and kept',
    async (version, dump) => {
      const name = `upgrade-from-${version}-${Math.random()}`;
      await restoreDump(name, dump);
      const db = await openMinutesDB(name);
      const meetings = new MeetingRepo(db);
      const items = new ActionItemRepo(db);

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
      // The indexes later features query by work on the old records.
      expect(await db.getAllKeysFromIndex('actionItems', 'by-owner', '李四')).toEqual([
        'a1f3c2d4-0000-4000-8000-000000000001',
      ]);
      db.close();
    },
  );
});
