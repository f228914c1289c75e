// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPrefsStore } from '../../../lib/adapters/export-prefs';
import { planVersionStore } from '../../../lib/adapters/plan-versions';
import { robotConfig } from '../../../lib/adapters/robot-prefs';
import { settingsStore } from '../../../lib/adapters/settings';
import { trackerPrefs } from '../../../lib/adapters/tracker-prefs';
import { versionStore } from '../../../lib/adapters/versions';
import { snapshotPlan } from '../../../lib/plan/versions';
import { approve, reopen, snapshotVersion, submitForReview } from '../../../lib/review';
import type { Meeting } from '../../../lib/schema';
import { SYNC_FOLDER } from '../../../lib/sync/document';
import { davClient } from '../../../lib/webdav/client';
import { computer, enable, type Computer } from '../../helpers/sync-computer';
import { testShelves } from '../../helpers/shelves';
import { startWebDav, type WebDavServer } from '../../helpers/webdav-server';

/**
 * Issue 18's other kinds between two computers through a real WebDAV server: each meeting's
 * history (approved versions, sent marks, plan versions) and the person's settings; what stays
 * on one computer never reaches the folder.
 */
let server: WebDavServer;
beforeAll(async () => {
  server = await startWebDav();
});
afterAll(() => server?.close());

let roots = 0;
/** Two computers on a folder of their own (the person's document is one per folder). */
async function pair(fetchB: typeof fetch = fetch) {
  const root = [`kinds-${++roots}`];
  const a = await computer(server, 'a', 15_000, fetch, root);
  const b = await computer(server, 'b', 15_000, fetchB, root);
  await enable(a, b);
  return { a, b, root };
}
const history = (c: Computer) => {
  const shelves = testShelves(c.storage, c.db);
  return { versions: versionStore(shelves), plans: planVersionStore(shelves) };
};
const meeting = async (c: Computer, id: string) => (await c.meetings.get(id)) as Meeting;
/** Passes on both, in turn, until one round moves nothing. */
async function settle(a: Computer, b: Computer) {
  for (let round = 0; round < 6; round++) {
    let moved = 0;
    for (const c of [a, b]) {
      const s = await c.engine.run();
      expect(s.error).toBeNull();
      moved += s.last!.pushed + s.last!.pulled + s.last!.merged;
    }
    if (!moved) return;
  }
  throw new Error('still moving after six rounds');
}

/** Every document in the folder, as text. */
async function documents(root: string[]): Promise<Map<string, string>> {
  const dav = davClient({ ...server, base: server.url, password: server.pass, fetch });
  const out = new Map<string, string>();
  const walk = async (segments: string[]) => {
    for (const e of await dav.list(segments)) {
      const name = decodeURIComponent(e.path.split('/').filter(Boolean).at(-1) ?? '');
      if (name === segments.at(-1)) continue; // the folder itself
      if (e.collection) await walk([...segments, name]);
      else
        out.set(
          [...segments, name].join('/'),
          new TextDecoder().decode((await dav.get([...segments, name])).bytes),
        );
    }
  };
  await walk([...root, SYNC_FOLDER]);
  return out;
}

describe('versions between two computers', () => {
  it('a "v2" approved on each: both keep both, renumbered by time; sent marks and plan versions follow', async () => {
    const { a, b } = await pair();
    const m = await a.create({ title: '版本评审会', endAt: '2026-03-02T08:00:00.000Z' });
    await a.edit(m.id, (x) =>
      approve(submitForReview(x), '王总', new Date('2026-03-02T08:30:00Z')),
    );
    await settle(a, b);
    expect((await meeting(b, m.id)).review.state).toBe('approved');

    /** Reopens, changes, approves and marks sent version 2, then reopens it: as a user would. */
    const secondVersion = async (c: Computer, hour: string, change: Partial<Meeting>) => {
      const h = history(c);
      const at = (min: string) => new Date(`2026-03-02T${hour}:${min}:00Z`);
      await h.versions.add(snapshotVersion(await meeting(c, m.id), [], at('00')));
      await c.edit(m.id, (x) => ({ ...reopen(x), ...change }));
      await c.edit(m.id, (x) => approve(submitForReview(x), '王总', at('10')));
      await h.versions.markDistributed(m.id, 2, at('15'));
      await h.versions.add(snapshotVersion(await meeting(c, m.id), [], at('20')));
      await c.edit(m.id, reopen);
      await h.plans.add(snapshotPlan([], m.id, at('30'), `plan ${hour}`, `plan-${hour}`));
    };
    // Neither has seen the other's: both made a "v2" (and both put the same v1 aside).
    await secondVersion(a, '10', { room: 'A 的会议室' });
    await secondVersion(b, '11', { goal: 'B 的目标' });
    await settle(a, b);

    for (const c of [a, b]) {
      const { versions, damaged } = await history(c).versions.list(m.id);
      expect(damaged).toBe(0);
      // v1 once (the same approved minutes, put aside on both), A's v2 (earlier), B's as v3.
      expect(versions.map((v) => [v.version, v.takenAt])).toEqual([
        [1, '2026-03-02T10:00:00.000Z'],
        [2, '2026-03-02T10:20:00.000Z'],
        [3, '2026-03-02T11:20:00.000Z'],
      ]);
      expect(versions[1]!.meeting.room).toBe('A 的会议室');
      expect(versions[2]!.meeting.goal).toBe('B 的目标');
      // Each sent mark stays with the version that was sent.
      const marks = await history(c).versions.distributions(m.id);
      expect(marks.map((d) => [d.version, d.at])).toEqual([
        [2, '2026-03-02T10:15:00.000Z'],
        [3, '2026-03-02T11:15:00.000Z'],
      ]);
      expect((await history(c).plans.list(m.id)).versions.map((p) => p.id)).toEqual([
        'plan-10',
        'plan-11',
      ]);
      // The minutes being edited now are above every version put aside.
      expect(await meeting(c, m.id)).toMatchObject({
        version: 4,
        room: 'A 的会议室',
        goal: 'B 的目标',
      });
    }
  });

  it('a version made on one computer reaches the other as it was; nothing travels again', async () => {
    const { a, b } = await pair();
    const m = await a.create({ title: '只在一台上批准' });
    await settle(a, b);
    await history(a).versions.add(snapshotVersion(await meeting(a, m.id), [], new Date()));
    await history(a).versions.markDistributed(m.id, 1, new Date('2026-03-02T09:00:00Z'));
    await a.edit(m.id, (x) => ({ version: x.version + 1 }));
    const pushed = await a.engine.run();
    expect(pushed.last).toMatchObject({ pushed: 2 }); // the meeting and its history
    expect((await b.engine.run()).last).toMatchObject({ pulled: 2 });
    expect((await history(b).versions.list(m.id)).versions.map((v) => v.version)).toEqual([1]);
    expect(await history(b).versions.distributions(m.id)).toHaveLength(1);
    for (const c of [a, b])
      expect((await c.engine.run()).last).toMatchObject({ pushed: 0, pulled: 0 });
  });
});

describe("the person's settings between two computers", () => {
  it('a change on each is merged field by field; lists of names keep both; device-only stays', async () => {
    const { a, b } = await pair();
    await settingsStore(a.storage).update({
      language: 'en',
      departments: ['市场部'],
      customHosts: ['https://meet.a.example'],
    });
    await settingsStore(b.storage).update({ departments: ['销售部'] });
    await exportPrefsStore(b.storage).update({ defaultFormat: 'markdown' });
    await trackerPrefs(a.storage).writeUser('张三');
    await settle(a, b);
    for (const c of [a, b]) {
      const s = await settingsStore(c.storage).read();
      expect(s.language).toBe('en');
      expect([...s.departments].sort()).toEqual(['市场部', '销售部']);
      expect((await exportPrefsStore(c.storage).read()).defaultFormat).toBe('markdown');
      expect(await trackerPrefs(c.storage).readUser()).toBe('张三');
      expect((await c.status()).conflicts).toEqual([]);
    }
    expect((await settingsStore(a.storage).read()).customHosts).toEqual(['https://meet.a.example']);
    expect((await settingsStore(b.storage).read()).customHosts).toEqual([]);
  });

  it('the same field changed on both: the later change wins on both and is listed to choose', async () => {
    let offline = false;
    const fetchB: typeof fetch = (...args) =>
      offline ? Promise.reject(new TypeError('offline')) : fetch(...args);
    const { a, b } = await pair(fetchB);
    await settle(a, b);
    // B changes first, while offline (its pass sees the change and cannot send it) …
    offline = true;
    b.setTime('2026-03-02T09:00:00Z');
    await trackerPrefs(b.storage).writeReminders({
      lead: '2days',
      workingDaysOnly: true,
      hour: 10,
    });
    expect((await b.engine.run()).error).toMatchObject({ kind: 'network' });
    // … then A, an hour later, online.
    a.setTime('2026-03-02T10:00:00Z');
    await trackerPrefs(a.storage).writeReminders({
      lead: 'sameDay',
      workingDaysOnly: true,
      hour: 8,
    });
    await a.engine.run();
    offline = false;
    b.setTime('2026-03-02T11:00:00Z');
    await settle(a, b);
    for (const c of [a, b]) {
      expect(await trackerPrefs(c.storage).readReminders()).toEqual({
        lead: 'sameDay',
        workingDaysOnly: true,
        hour: 8,
      });
    }
    const listed = (await b.status()).conflicts;
    expect(listed.map((c) => [c.kind, c.path, c.local, c.remote, c.kept]).sort()).toEqual([
      ['person', 'reminderSettings.hour', 10, 8, 'remote'],
      ['person', 'reminderSettings.lead', '2days', 'sameDay', 'remote'],
    ]);
    // B's user keeps their own hour after all: it is theirs on both.
    await b.engine.command({
      type: 'sync',
      command: 'resolve',
      id: 'person',
      path: 'reminderSettings.hour',
      choice: 'local',
    });
    await settle(a, b);
    for (const c of [a, b]) expect((await trackerPrefs(c.storage).readReminders()).hour).toBe(10);
    expect((await b.status()).conflicts.map((c) => c.path)).toEqual(['reminderSettings.lead']);
  });

  it('no secret or device-only value is in any document in the folder', async () => {
    const { a, b, root } = await pair();
    const secrets = [
      'app-password-5Ecr3t',
      'SEC-robot-77f1',
      'access_token=ROBOT-TOKEN-42',
      'meet.private.example',
    ];
    a.storage.data.webdavPassword = secrets[0];
    a.storage.data.webdav = { url: 'https://dav.example/', user: 'wang', root: '纪要' };
    await robotConfig(a.storage).save({
      platform: 'dingtalk',
      name: '项目群',
      webhook: `https://oapi.dingtalk.com/robot/send?${secrets[2]}`,
      secret: secrets[1],
      keyword: '',
      digest: null,
      reminders: true,
    });
    await settingsStore(a.storage).update({
      departments: ['市场部'],
      customHosts: [`https://${secrets[3]}`],
    });
    const m = await a.create({ title: '有版本的会' });
    await history(a).versions.add(snapshotVersion(await meeting(a, m.id), [], new Date()));
    await settle(a, b);

    const docs = await documents(root);
    // Not vacuous: the person's document and the meeting's history are there.
    expect([...docs.keys()].some((k) => k.endsWith('/person/person.json'))).toBe(true);
    expect([...docs.keys()].some((k) => k.endsWith(`/history/${m.id}.json`))).toBe(true);
    expect([...docs.values()].some((text) => text.includes('市场部'))).toBe(true);
    for (const [path, text] of docs)
      for (const secret of secrets)
        expect(text.includes(secret), `${secret} in ${path}`).toBe(false);
    expect(Object.keys(b.storage.data)).not.toContain('robotGroups');
    expect(b.storage.data.webdavPassword).toBeUndefined();
  });
});
