import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_EXPORT_PREFS,
  EXPORT_PREFS_KEY,
  exportPrefsStore,
} from '../../lib/adapters/export-prefs';
import type { StorageLike } from '../../lib/adapters/live-store';
import { versionStore, type VersionStore } from '../../lib/adapters/versions';
import { approve, snapshotVersion, submitForReview } from '../../lib/review';
import { openMinutesDB, type MinutesDatabase } from '../../lib/store/db';
import { testShelves } from '../helpers/shelves';
import { seedItemsFor, seedMeetingFor } from '../helpers/seed';

const api = fakeBrowser as unknown as StorageLike;
const AT = new Date('2026-03-02T09:00:00.000Z');
const approved = (version = 1) => ({
  ...approve(submitForReview(seedMeetingFor('zh-CN')), '张三', AT),
  version,
});

beforeEach(() => fakeBrowser.reset());

describe("version store (the meeting's versions and distributions shelves, IndexedDB)", () => {
  let db: MinutesDatabase;
  let store: VersionStore;
  beforeEach(async () => {
    db = await openMinutesDB(`versions-${Math.random()}`);
    store = versionStore(testShelves(api, db));
  });

  it('keeps approved versions with their action plan, oldest first', async () => {
    await store.add(snapshotVersion(approved(2), seedItemsFor('zh-CN'), AT));
    await store.add(snapshotVersion(approved(1), [], AT));
    const { versions, damaged } = await store.list('m-2026-q3-promo');
    expect(damaged).toBe(0);
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions[1]!.items).toHaveLength(3);
    expect(versions[1]!.meeting.review.reviewer).toBe('张三');
    expect(await store.list('other')).toEqual({ versions: [], damaged: 0 });
    // In the database, not in storage.local.
    expect(await db.count('versions')).toBe(2);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('a repeated snapshot of one version replaces it (two views reopening at once)', async () => {
    await store.add(snapshotVersion(approved(1), [], AT));
    await store.add(snapshotVersion(approved(1), seedItemsFor('zh-CN'), AT));
    const { versions } = await store.list('m-2026-q3-promo');
    expect(versions).toHaveLength(1);
    expect(versions[0]!.items).toHaveLength(3);
  });

  it('damaged entries are counted, kept and left out; a foreign meeting too', async () => {
    await store.add(snapshotVersion(approved(1), [], AT));
    const other = snapshotVersion({ ...approved(2), id: 'someone-else' }, [], AT);
    const broken = ['garbage', { version: 3, takenAt: 'x' }, other, null];
    for (const value of broken) await db.add('versions', { meetingId: 'm-2026-q3-promo', value });
    const { versions, damaged } = await store.list('m-2026-q3-promo');
    expect(versions.map((v) => v.version)).toEqual([1]);
    expect(damaged).toBe(4);
    expect(await db.count('versions')).toBe(5);
  });

  it('refuses to store an invalid snapshot', async () => {
    const bad = snapshotVersion(approved(1), [], AT);
    (bad.meeting as { title: unknown }).title = 42;
    await expect(store.add(bad)).rejects.toThrow();
    expect(await db.count('versions')).toBe(0);
  });

  it('records which versions were sent, once each', async () => {
    await store.markDistributed('m1', 1, AT);
    await store.markDistributed('m1', 1, new Date('2026-03-02T09:30:00.000Z'));
    await store.markDistributed('m1', 2, AT);
    for (const value of [
      { version: 'one', at: 'never' },
      { version: 1, at: AT.toISOString() },
    ]) {
      await db.add('distributions', { meetingId: 'm2', value });
    }
    expect(await store.distributions('m1')).toEqual([
      { version: 1, at: '2026-03-02T09:30:00.000Z' },
      { version: 2, at: AT.toISOString() },
    ]);
    expect(await store.distributions('m2')).toEqual([{ version: 1, at: AT.toISOString() }]);
  });
});

describe('export preferences (storage.local exportPrefs)', () => {
  it('defaults to Word and the archive pattern', async () => {
    expect(await exportPrefsStore(api).read()).toEqual({
      defaultFormat: 'docx',
      fileNamePattern: '{year}-{department}-{project}-{title}-{date}',
    });
  });

  it('keeps a choice, trims the pattern and refuses invalid ones', async () => {
    const prefs = exportPrefsStore(api);
    await prefs.update({ defaultFormat: 'markdown' });
    await prefs.update({ fileNamePattern: '  {title}-{date}  ' });
    expect(await prefs.read()).toEqual({
      defaultFormat: 'markdown',
      fileNamePattern: '{title}-{date}',
    });
    await expect(prefs.update({ defaultFormat: 'exe' as never })).rejects.toThrow();
    await expect(prefs.update({ fileNamePattern: '   ' })).rejects.toThrow();
    expect((await prefs.read()).defaultFormat).toBe('markdown');
  });

  it.each([['a string'], [42], [{ defaultFormat: 'exe' }], [{ fileNamePattern: 'x'.repeat(301) }]])(
    'a damaged stored value (%j) gives the defaults',
    async (value) => {
      await fakeBrowser.storage.local.set({ [EXPORT_PREFS_KEY]: value });
      expect(await exportPrefsStore(api).read()).toEqual(DEFAULT_EXPORT_PREFS);
    },
  );
});

it('tells a watcher about changes made by any page, parsed', async () => {
  const seen: unknown[] = [];
  const stop = exportPrefsStore(api).watch((p) => seen.push(p));
  await exportPrefsStore(api).update({ defaultFormat: 'csv' });
  await fakeBrowser.storage.local.set({ [EXPORT_PREFS_KEY]: { defaultFormat: 'exe' } });
  await fakeBrowser.storage.local.set({ other: 1 });
  stop();
  await exportPrefsStore(api).update({ defaultFormat: 'ics' });
  expect(seen).toEqual([
    { defaultFormat: 'csv', fileNamePattern: DEFAULT_EXPORT_PREFS.fileNamePattern },
    DEFAULT_EXPORT_PREFS,
  ]);
});

it('two quick preference changes both stick', async () => {
  const prefs = exportPrefsStore(api);
  await Promise.all([
    prefs.update({ defaultFormat: 'xlsx' }),
    prefs.update({ fileNamePattern: '{title}' }),
  ]);
  expect(await prefs.read()).toEqual({ defaultFormat: 'xlsx', fileNamePattern: '{title}' });
});
