import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { historyStore } from '../../lib/adapters/history-store';
import type { StorageLike } from '../../lib/adapters/live-store';
import { WELCOMED_KEY } from '../../lib/adapters/panel';
import { planVersionStore } from '../../lib/adapters/plan-versions';
import { settingsStore } from '../../lib/adapters/settings';
import { versionStore } from '../../lib/adapters/versions';
import { robotGroupsItem } from '../../lib/adapters/robot-groups';
import { webdavServices } from '../../lib/adapters/webdav';
import { deleteEverything } from '../../lib/adapters/wipe';
import { enqueue } from '../../lib/outbox/actions';
import { outboxStore } from '../../lib/store/outbox';
import { BACKUP_VERSION, createBackup, parseBackup } from '../../lib/export/json';
import { applyRestore, backupEverything, planRestore } from '../../lib/export/restore';
import { snapshotPlan } from '../../lib/plan/versions';
import { approve, snapshotVersion, submitForReview } from '../../lib/review';
import { ActionItemRepo } from '../../lib/store/action-items';
import { openMinutesDB, type MinutesDatabase } from '../../lib/store/db';
import { summarise } from '../../lib/summary';
import { MeetingRepo } from '../../lib/store/meetings';
import { testShelves } from '../helpers/shelves';
import { seedItemsFor, seedMeetingFor } from '../helpers/seed';

/**
 * Every byte the extension stores is covered: delete-everything leaves nothing but the install
 * mark, and a backup carries the meetings' history and the preferences back.
 */
const api = fakeBrowser as unknown as StorageLike;
const ROBOT_SECRET = 'SECbackup-must-not-hold-this';
const AT = new Date('2026-03-02T09:00:00.000Z');
const storageV1 = (
  JSON.parse(
    readFileSync(join(process.cwd(), 'test/fixtures/db/storage-local-v1.json'), 'utf8'),
  ) as {
    local: Record<string, unknown>;
  }
).local;

let db: MinutesDatabase;
let stores: { meetings: MeetingRepo; items: ActionItemRepo };
beforeEach(async () => {
  fakeBrowser.reset();
  db = await openMinutesDB(`wipe-${Math.random()}`);
  stores = { meetings: new MeetingRepo(db, () => AT), items: new ActionItemRepo(db, () => AT) };
});

/** A browser that has used every feature: records, trash, quarantine, history, preferences. */
async function useEverything() {
  await fakeBrowser.storage.local.set(structuredClone(storageV1));
  const on = testShelves(api, db);
  const meeting = await stores.meetings.create(seedMeetingFor('zh-CN'));
  const items = [];
  for (const item of seedItemsFor('zh-CN')) items.push(await stores.items.create(item));
  const approved = { ...approve(submitForReview(meeting), '张三', AT), version: 1 };
  await versionStore(on).add(snapshotVersion(approved, items, AT));
  await versionStore(on).markDistributed(meeting.id, 1, AT);
  await planVersionStore(on).add(snapshotPlan(items, meeting.id, AT, '首版', 'plan-v1'));
  const doomed = await stores.meetings.create({ ...seedMeetingFor('en'), id: 'doomed' });
  await stores.meetings.remove(doomed.id); // into the trash
  await db.put('meetings', { schemaVersion: 1, id: 'broken', title: 42 } as never);
  await stores.meetings.list(); // the broken one is copied to the quarantine
  await settingsStore(api).update({ language: 'en', departments: ['市场部'] });
  // A group robot with its secret, and a message in the outbox (issue 17).
  await robotGroupsItem(api).write([
    {
      id: 'g1',
      platform: 'dingtalk',
      name: '钉钉群',
      webhook: `https://oapi.dingtalk.com/robot/send?access_token=${'a'.repeat(64)}`,
      secret: ROBOT_SECRET,
      digest: null,
    },
  ]);
  const draft = { channel: 'robot', target: 'g1', kind: 'test', meetingId: null } as const;
  await enqueue(
    outboxStore(async () => db),
    [{ ...draft, payload: {}, preview: '测试' }],
    AT,
  );
  // This computer syncs (issue 18): what it last synced of the meeting, and its preferences.
  await db.put('syncBase', { key: `meeting:${meeting.id}`, hash: 'h', etag: 'e' });
  await db.put('syncBodies', { key: `meeting:${meeting.id}`, body: meeting });
  await fakeBrowser.storage.local.set({ syncPrefs: { enabled: true, paused: false } });
  return { meeting, on };
}

async function everythingLeft() {
  const names = [...db.objectStoreNames];
  const counts: Record<string, number> = {};
  for (const name of names) counts[name] = await db.count(name as never);
  return { keys: Object.keys(await fakeBrowser.storage.local.get(null)).sort(), counts };
}

describe('delete everything', () => {
  it('leaves no store with a record and no storage.local key but the install mark', async () => {
    await useEverything();
    const before = await everythingLeft();
    // Every store and every kind of key was in use, so the check below means something.
    expect(Object.values(before.counts).every((n) => n > 0)).toBe(true);
    expect(before.keys).toEqual(
      expect.arrayContaining([
        'settings',
        'exportPrefs',
        'dock:width',
        'change',
        'syncPrefs',
        WELCOMED_KEY,
      ]),
    );

    await deleteEverything(api, async () => db);

    const after = await everythingLeft();
    expect(after.keys).toEqual([WELCOMED_KEY]);
    expect(Object.values(after.counts).every((n) => n === 0)).toBe(true);
    expect(Object.keys(after.counts).sort()).toEqual([
      'actionItems',
      'distributions',
      'itemRows',
      'meetings',
      'outbox',
      'planVersions',
      'quarantine',
      'search',
      'summaries',
      'syncBase',
      'syncBodies',
      'trash',
      'versions',
    ]);
  });
});

describe('a backup carries the history and the preferences', () => {
  it('never carries the WebDAV password (nor the connection); delete-everything removes both', async () => {
    const { on } = await useEverything();
    const webdav = webdavServices(api);
    await webdav.update({ url: 'https://dav.example.com/dav/', user: 'me@example.com' });
    await webdav.writePassword('app-密码-0123');
    const backup = await backupEverything(stores, AT, historyStore(api, on));
    expect(backup.text).not.toContain('app-密码-0123');
    expect(backup.text).not.toContain('dav.example.com');
    await deleteEverything(api, async () => db);
    expect(await webdav.readPassword()).toBe('');
    expect((await webdav.read()).url).toBe('');
  });

  it('backup → delete everything → restore brings back versions, plan versions and preferences', async () => {
    const { meeting, on } = await useEverything();
    const history = historyStore(api, on);
    const backup = await backupEverything(stores, AT, history);

    await deleteEverything(api, async () => db);
    expect((await versionStore(on).list(meeting.id)).versions).toEqual([]);

    const parsed = parseBackup(backup.text);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(JSON.parse(backup.text).version).toBe(BACKUP_VERSION);
    const plan = await planRestore(parsed, stores);
    const result = await applyRestore(plan, stores, { replace: false }, history);
    expect(result.failed).toEqual([]);
    // Summaries are derived: not in the file, written again with each restored meeting.
    expect(JSON.parse(backup.text)).not.toHaveProperty('summaries');
    // Neither the outbox (already posted, or posted again on another computer) nor a robot's
    // secret or webhook is in a backup.
    expect(JSON.parse(backup.text)).not.toHaveProperty('outbox');
    expect(backup.text).not.toContain(ROBOT_SECRET);
    expect(backup.text).not.toContain('access_token');
    expect(await db.getAll('summaries')).toEqual([summarise(meeting)]);
    // So are the items' index rows (lib/plan/item-row.ts).
    expect(JSON.parse(backup.text)).not.toHaveProperty('itemRows');
    expect(await db.count('itemRows')).toBe(await db.count('actionItems'));
    expect(await db.count('itemRows')).toBeGreaterThan(0);

    const { versions, damaged } = await versionStore(on).list(meeting.id);
    expect(versions.map((v) => [v.version, v.meeting.review.state, v.items.length])).toEqual([
      [1, 'approved', 3],
    ]);
    expect(damaged).toBe(0);
    expect(await versionStore(on).distributions(meeting.id)).toEqual([
      { version: 1, at: AT.toISOString() },
    ]);
    expect((await planVersionStore(on).list(meeting.id)).versions.map((p) => p.id)).toEqual([
      'plan-v1',
    ]);
    const settings = await settingsStore(api).read();
    expect([settings.language, settings.departments]).toEqual(['en', ['市场部']]);
    expect((await fakeBrowser.storage.local.get('exportPrefs')).exportPrefs).toEqual(
      storageV1.exportPrefs,
    );
    // This machine's state is not carried: the live timer, the overlay's place, the last run.
    const keys = Object.keys(await fakeBrowser.storage.local.get(null)).sort();
    expect(keys).toEqual(['exportPrefs', 'settings', 'trackerUser', WELCOMED_KEY].sort());

    // Restoring the same file again adds nothing twice.
    const stored = await db.count('versions');
    const again = await applyRestore(
      await planRestore(parsed, stores),
      stores,
      { replace: false },
      history,
    );
    expect(again.added).toBe(0);
    expect(await db.count('versions')).toBe(stored);
  });

  it('a preference here is kept unless the user agreed to replace', async () => {
    const on = testShelves(api, db);
    const history = historyStore(api, on);
    const text = createBackup({
      meetings: [],
      actionItems: [],
      history: {
        versions: [],
        distributions: [],
        planVersions: [],
        preferences: { trackerUser: '王五' },
      },
      now: AT,
    });
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.reason);
    await fakeBrowser.storage.local.set({ trackerUser: '李四' });
    await applyRestore(await planRestore(parsed, stores), stores, { replace: false }, history);
    expect((await fakeBrowser.storage.local.get('trackerUser')).trackerUser).toBe('李四');
    await applyRestore(await planRestore(parsed, stores), stores, { replace: true }, history);
    expect((await fakeBrowser.storage.local.get('trackerUser')).trackerUser).toBe('王五');
  });

  it('a version 1 file (records only) still restores; invalid history entries are reported', async () => {
    const v1 = JSON.stringify({
      format: 'minutes-side-panel-backup',
      version: 1,
      exportedAt: AT.toISOString(),
      meetings: [seedMeetingFor('zh-CN')],
      actionItems: [],
    });
    const parsed = parseBackup(v1);
    expect(parsed.ok && parsed.meetings.length).toBe(1);
    expect(parsed.ok && parsed.history).toEqual({
      versions: [],
      distributions: [],
      planVersions: [],
      preferences: {},
    });

    const v2 = JSON.parse(createBackup({ meetings: [], actionItems: [], now: AT })) as Record<
      string,
      unknown
    >;
    v2.versions = [{ version: 'x' }];
    v2.planVersions = [{ id: 1 }];
    v2.preferences = { settings: { language: 'en' }, secret: 'not ours' };
    const damaged = parseBackup(JSON.stringify(v2));
    if (!damaged.ok) throw new Error(damaged.reason);
    expect(damaged.rejected.map((r) => r.collection)).toEqual(['versions', 'planVersions']);
    expect(damaged.history.preferences).toEqual({ settings: { language: 'en' } });
    expect(parseBackup(JSON.stringify({ ...v2, versions: 'x' }))).toEqual({
      ok: false,
      reason: 'invalid_shape',
    });
    expect(parseBackup(JSON.stringify({ ...v2, version: 3 }))).toEqual({
      ok: false,
      reason: 'unsupported_version',
    });
  });
});
