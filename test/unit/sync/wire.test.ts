import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SyncEngine } from '../../../lib/adapters/sync';
import { syncServices } from '../../../lib/adapters/sync-client';
import { SYNC_ALARM, wireSync } from '../../../lib/adapters/sync-wire';
import type { StorageLike } from '../../../lib/adapters/live-store';
import { SYNC_PREFS_KEY, SYNC_STATUS_KEY, type SyncCommand } from '../../../lib/sync/status';

/**
 * When the background syncs (lib/adapters/sync-wire.ts) and who may tell it to: the engine is a
 * fake here (lib/adapters/sync.ts is tested against a real server in computers.test.ts).
 */
const engine = vi.hoisted(() => ({
  runs: 0,
  commands: [] as unknown[],
}));
vi.mock('../../../lib/adapters/sync-background', () => ({
  backgroundSync: (): SyncEngine => ({
    run: async () => {
      engine.runs++;
      return {} as never;
    },
    command: async (c: SyncCommand) => void engine.commands.push(c),
    prefs: async () => ({ enabled: true, paused: false }),
  }),
}));

const alarm = { name: SYNC_ALARM, scheduledTime: 0 } as Parameters<
  typeof fakeBrowser.alarms.onAlarm.trigger
>[0];
type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];
const page = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };
const contentScript = {
  id: fakeBrowser.runtime.id,
  url: 'https://meeting.tencent.com/dw/',
  tab: { id: 3 },
  frameId: 0,
};
const send = (message: unknown, sender: object) =>
  fakeBrowser.runtime.onMessage.trigger(message, sender as Sender, () => {});
const feed = (from: string) =>
  fakeBrowser.storage.local.set({
    change: { kind: 'saved', store: 'meetings', id: 'm1', rev: 2, from, nonce: Math.random() },
  });

describe('sync scheduling in the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    engine.runs = 0;
    engine.commands = [];
    wireSync();
  });
  afterEach(() => vi.useRealTimers());

  it('carries out a command from an extension page, never from a meeting page', async () => {
    expect(await send({ type: 'sync', command: 'now' }, contentScript)).toEqual([undefined]);
    expect(await send({ type: 'sync', command: 'drop-everything' }, page)).toEqual([undefined]);
    expect(engine.commands).toEqual([]);
    expect(await send({ type: 'sync', command: 'pause' }, page)).toEqual([{ ok: true }]);
    expect(engine.commands).toEqual([{ type: 'sync', command: 'pause' }]);
  });

  it('off or paused: a change loads and runs nothing; on: one pass ~2 s after the last change, the alarm set', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await feed('panel-1');
    await vi.advanceTimersByTimeAsync(3_000);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toBeUndefined());
    expect(engine.runs).toBe(0);

    await fakeBrowser.storage.local.set({ [SYNC_PREFS_KEY]: { enabled: true, paused: false } });
    for (let i = 0; i < 5; i++) await feed('panel-1');
    await feed('sync'); // the sync's own writes are not a change to answer
    await vi.advanceTimersByTimeAsync(1_000);
    expect(engine.runs).toBe(0);
    await vi.advanceTimersByTimeAsync(2_000);
    await vi.waitFor(() => expect(engine.runs).toBe(1));
    await vi.waitFor(async () =>
      expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toMatchObject({ periodInMinutes: 5 }),
    );
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    await vi.waitFor(() => expect(engine.runs).toBe(2));

    await fakeBrowser.storage.local.set({ [SYNC_PREFS_KEY]: { enabled: true, paused: true } });
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toBeUndefined());
    expect(engine.runs).toBe(2);
  });

  it("a change of the person's settings schedules a pass; one of this computer's own keys does not", async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await fakeBrowser.storage.local.set({ [SYNC_PREFS_KEY]: { enabled: true, paused: false } });
    await fakeBrowser.storage.local.set({ 'dock:width': 420, robotPrefs: { seriesDefaults: [] } });
    await vi.advanceTimersByTimeAsync(3_000);
    expect(engine.runs).toBe(0);
    await fakeBrowser.storage.local.set({ settings: { departments: ['市场部'] } });
    await vi.advanceTimersByTimeAsync(3_000);
    await vi.waitFor(() => expect(engine.runs).toBe(1));
  });

  it("the pages' client sends the commands and reads the status the background wrote", async () => {
    const api = { storage: fakeBrowser.storage } as unknown as StorageLike;
    const client = syncServices(api, (m) => send(m, page).then(([answer]) => answer));
    await client.enable();
    await client.resolve('m1', 'title', 'remote');
    expect(engine.commands).toEqual([
      { type: 'sync', command: 'enable' },
      { type: 'sync', command: 'resolve', id: 'm1', path: 'title', choice: 'remote' },
    ]);
    const seen: string[] = [];
    client.watch((s) => seen.push(s.state));
    await fakeBrowser.storage.local.set({ [SYNC_STATUS_KEY]: { state: 'syncing' } });
    expect(await client.status()).toMatchObject({ state: 'syncing', conflicts: [] });
    await vi.waitFor(() => expect(seen).toEqual(['syncing']));
  });
});
