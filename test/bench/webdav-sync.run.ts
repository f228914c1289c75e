import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { versionStore } from '../../lib/adapters/versions';
import { snapshotVersion } from '../../lib/review';
import { syncComputer } from '../helpers/dav-fixture';
import { testShelves } from '../helpers/shelves';
import { computer } from '../helpers/sync-computer';
import { startWebDav, type WebDavServer } from '../helpers/webdav-server';
import { realisticMeetings } from './large';

/**
 * Sync of 2,000 realistic meetings (lib/sync/run.ts) with a real WebDAV server on 127.0.0.1
 * (rclone): the first full sync, then one edit (target ≤ 2 s, ≤ 50 KB sent). Bytes are the
 * request bodies the server received. Numbers, not assertions. Measured twice: the pass alone
 * (lib/sync/run.ts on records in memory), and the background's whole path (lib/adapters/sync.ts:
 * the records read from IndexedDB, here fake-indexeddb, slower than a browser's), with one
 * meeting in ten holding an approved version put aside and a sent mark (its history document;
 * SYNC_HISTORY_EVERY sets how many).
 */
const COUNT = Number(process.env.SYNC_MEETINGS ?? 2000);
/** One meeting in this many has a history (SYNC_HISTORY_EVERY=0: none). */
const HISTORY_EVERY = Number(process.env.SYNC_HISTORY_EVERY ?? 10);
let server: WebDavServer;
beforeAll(async () => {
  server = await startWebDav();
});
afterAll(() => server?.close());

describe('WebDAV sync of 2,000 meetings', () => {
  it('first full sync, then one edit', async () => {
    // A fresh folder: nothing is pulled, every meeting is pushed.
    const { local, sync } = syncComputer(server, '纪要');
    for (const m of realisticMeetings(COUNT)) local.set(m.id, m);
    let before = server.stats.bytesIn;
    let t = performance.now();
    const first = await sync();
    const full = { ms: Math.round(performance.now() - t), bytes: server.stats.bytesIn - before };
    const edits: { ms: number; bytes: number }[] = [];
    for (let i = 0; i < 5; i++) {
      const id = `realistic-${i * 97}`;
      local.set(id, { ...(local.get(id) as object), title: `改过的标题 ${i}` });
      before = server.stats.bytesIn;
      t = performance.now();
      const one = await sync();
      if (one.pushed.length !== 1) throw new Error(JSON.stringify(one.pushed));
      edits.push({ ms: Math.round(performance.now() - t), bytes: server.stats.bytesIn - before });
    }
    console.log(
      `sync of ${COUNT} meetings: first full sync ${full.ms} ms, ${full.bytes} B sent ` +
        `(${first.pushed.length} documents); one edit: ${JSON.stringify(edits)}`,
    );
  });
});

describe('WebDAV sync of 2,000 meetings through the background engine', () => {
  it('first full sync, then one edit (read from IndexedDB, written status)', async () => {
    const a = await computer(server, 'bench');
    const meetings = realisticMeetings(COUNT);
    await a.meetings.restoreMany(meetings, false);
    const versions = versionStore(testShelves(a.storage, a.db));
    for (const m of meetings.filter((_, i) => HISTORY_EVERY && i % HISTORY_EVERY === 0)) {
      await versions.add(snapshotVersion(m, [], new Date('2026-03-01T10:00:00Z')));
      await versions.markDistributed(m.id, m.version, new Date('2026-03-01T09:00:00Z'));
    }
    await a.engine.command({ type: 'sync', command: 'disconnect' });
    await a.storage.storage.local.set({ syncPrefs: { enabled: true, paused: false } });
    let before = server.stats.bytesIn;
    let t = performance.now();
    const first = await a.engine.run();
    const full = { ms: Math.round(performance.now() - t), bytes: server.stats.bytesIn - before };
    const edits: { ms: number; bytes: number }[] = [];
    for (let i = 0; i < 3; i++) {
      await a.edit(`realistic-${i * 97}`, () => ({ title: `改过的标题 ${i}` }));
      before = server.stats.bytesIn;
      t = performance.now();
      const one = await a.engine.run();
      if (one.last?.pushed !== 1) throw new Error(JSON.stringify(one));
      edits.push({ ms: Math.round(performance.now() - t), bytes: server.stats.bytesIn - before });
    }
    console.log(
      `engine, ${COUNT} meetings: first full sync ${full.ms} ms, ${full.bytes} B sent ` +
        `(${JSON.stringify(first.last)}); one edit: ${JSON.stringify(edits)}`,
    );
  });
});
