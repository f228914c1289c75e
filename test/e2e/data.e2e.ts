import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { STORES } from '../../lib/store/db';
import { hasBrowser, useSessions, type Session } from './harness';

/**
 * "Delete everything" in the real browser: every IndexedDB store and every storage.local key the
 * extension wrote (records, trash, quarantine, the meetings' history, preferences, the live timer,
 * the overlay's place, a list left in storage.local by an older version, the meetings' summaries,
 * the items' index rows) is gone afterwards; only the install mark stays, so the welcome page is not shown again.
 */

/** Every store of the extension's database with its count, and every storage.local key. */
const STORED = `(async () => {
  const db = await new Promise((ok, fail) => {
    const r = indexedDB.open('minutes');
    r.onsuccess = () => ok(r.result);
    r.onerror = () => fail(r.error);
  });
  const counts = {};
  for (const name of db.objectStoreNames) {
    counts[name] = await new Promise((ok) => {
      const r = db.transaction(name).objectStore(name).count();
      r.onsuccess = () => ok(r.result);
    });
  }
  db.close();
  return { counts, keys: Object.keys(await chrome.storage.local.get(null)).sort() };
})()`;

/** One entry in every store, and a key of every kind in storage.local. */
const FILL = `(async () => {
  const db = await new Promise((ok, fail) => {
    const r = indexedDB.open('minutes');
    r.onsuccess = () => ok(r.result);
    r.onerror = () => fail(r.error);
  });
  const values = {
    meetings: { id: 'm1', title: 42 },
    actionItems: { id: 'a1', meetingId: 'm1' },
    trash: { id: 't1', store: 'meetings', deletedAt: '2026-03-02T00:00:00.000Z', record: {} },
    quarantine: { key: 'meetings:q1', store: 'meetings', id: 'q1', reason: 'x', seenAt: '', raw: {} },
    summaries: { id: 'm1', title: 'x' },
    itemRows: { id: 'a1', meetingId: 'm1', open: 1, due: '~' },
    outbox: { id: 'o1', state: 'sent' },
    search: { id: 'm1', meetingId: 'm1', terms: ['x'] },
    syncBase: { key: 'meeting:m1', hash: 'h', etag: 'e' },
    syncBodies: { key: 'meeting:m1', body: { id: 'm1' } },
  };
  const names = [...db.objectStoreNames];
  await new Promise((ok, fail) => {
    const tx = db.transaction(names, 'readwrite');
    for (const name of names) tx.objectStore(name).put(values[name] ?? { meetingId: 'm1', value: {} });
    tx.oncomplete = ok;
    tx.onerror = () => fail(tx.error);
  });
  db.close();
  await chrome.storage.local.set({
    settings: { language: 'en', departments: ['市场部'] },
    exportPrefs: { defaultFormat: 'markdown' },
    trackerUser: '李四',
    'dock:width': 420,
    'overlay:meeting.tencent.com': { x: 1, y: 2 },
    'versions:old': [{ version: 1 }],
    'planVersions:old': [],
    'distributed:old': [],
  });
  return names;
})()`;

const stored = (page: Page) =>
  page.evaluate(STORED) as Promise<{ counts: Record<string, number>; keys: string[] }>;

/** The settings page, once it has opened the database (every store is there). */
async function openSettings(session: Session): Promise<Page> {
  const settings = await session.context.newPage();
  await settings.goto(`chrome-extension://${session.extensionId}/options.html`);
  await settings.getByRole('heading', { name: 'Delete everything' }).waitFor();
  await expect
    .poll(async () => Object.keys((await stored(settings)).counts).length)
    .toBe(STORES.length);
  return settings;
}

/** "Delete everything", confirmed as a user does. */
async function deleteEverything(settings: Page) {
  await settings.getByLabel('Type DELETE to confirm').fill('DELETE');
  await settings.getByRole('button', { name: 'Delete everything' }).click();
  await settings.getByText('Everything was deleted.').waitFor();
}

describe.skipIf(!hasBrowser)('delete everything', () => {
  const sessions = useSessions();

  it('leaves no record in any store and no storage.local key but the install mark', async () => {
    const session = await sessions.start();
    const settings = await openSettings(session);
    await expect.poll(async () => (await stored(settings)).keys).toContain('welcomedAt');
    const names = (await settings.evaluate(FILL)) as string[];
    const before = await stored(settings);
    expect(Object.values(before.counts).every((n) => n > 0)).toBe(true);
    expect(before.keys).toEqual(expect.arrayContaining(['settings', 'versions:old', 'welcomedAt']));

    await deleteEverything(settings);

    // The announcement to open views is a key set and removed at once (lib/store/storage-feed.ts).
    await expect.poll(async () => (await stored(settings)).keys).toEqual(['welcomedAt']);
    const after = await stored(settings);
    expect(after.counts).toEqual(Object.fromEntries(names.map((n) => [n, 0])));
  });

  it('a backup brings the versions and preferences back after delete-everything', async () => {
    // A meeting and an earlier version of its minutes, as the extension stored them at version 1.
    const fixture = (name: string) =>
      JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/db', name), 'utf8')) as never;
    const dump = fixture('minutes-v1.json') as {
      stores: { meetings: { records: { id: string }[] } };
    };
    const local = (fixture('storage-local-v1.json') as { local: Record<string, unknown[]> }).local;
    const meeting = dump.stores.meetings.records[0]!;
    const version = local[`versions:${meeting.id}`]![0];

    const session = await sessions.start();
    const settings = await openSettings(session);
    await settings.evaluate(`(async () => {
      const db = await new Promise((ok) => { const r = indexedDB.open('minutes'); r.onsuccess = () => ok(r.result); });
      await new Promise((ok, fail) => {
        const tx = db.transaction(['meetings', 'versions'], 'readwrite');
        tx.objectStore('meetings').put(${JSON.stringify(meeting)});
        tx.objectStore('versions').put({ meetingId: ${JSON.stringify(meeting.id)}, value: ${JSON.stringify(version)} });
        tx.oncomplete = ok;
        tx.onerror = () => fail(tx.error);
      });
      db.close();
      await chrome.storage.local.set({ trackerUser: '李四' });
    })()`);

    const [download] = await Promise.all([
      settings.waitForEvent('download'),
      settings.getByRole('button', { name: 'Back up all meetings' }).click(),
    ]);
    const path = join(tmpdir(), `minutes-backup-${Date.now()}.json`);
    await download.saveAs(path);

    await deleteEverything(settings);
    expect((await stored(settings)).counts).toMatchObject({
      meetings: 0,
      versions: 0,
      summaries: 0,
      itemRows: 0,
      search: 0,
    });

    await settings.getByLabel('Restore from a backup file').setInputFiles(path);
    // The preview names the history and the preference the file brings back.
    await settings
      .getByText('Also 1 earlier version(s), 0 plan version(s), 1 preference(s).')
      .waitFor();
    await settings.getByRole('button', { name: 'Restore 1 record(s)' }).click();
    await settings.getByText(/^Restored: 3 added/).waitFor();

    await expect
      .poll(async () => (await stored(settings)).keys)
      .toEqual(['trackerUser', 'welcomedAt']);
    // The summary is not in the file; the restore writes it with the meeting (lib/summary.ts).
    expect((await stored(settings)).counts).toMatchObject({
      meetings: 1,
      versions: 1,
      summaries: 1,
    });
    // Nor is the search index; the restore writes it with each record (lib/store/search-doc.ts).
    expect((await stored(settings)).counts.search).toBeGreaterThan(0);
    rmSync(path);
  });
});
