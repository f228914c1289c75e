import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { syncComputer } from '../helpers/dav-fixture';
import { computer } from '../helpers/sync-computer';
import { startWebDav, type WebDavServer } from '../helpers/webdav-server';
import { realisticMeetings } from './large';

/**
 * Sync of 2,000 realistic meetings (lib/sync/run.ts) with a real WebDAV server on 127.0.0.1
 * (rclone): the first full sync, then one edit (target ≤ 2 s, ≤ 50 KB sent). Bytes are the
 * request bodies the server received. Numbers, not assertions. Measured twice: the pass alone
 * (lib/sync/run.ts on records in memory), and the background's whole path (lib/adapters/sync.ts:
 * the records read from IndexedDB, here fake-indexeddb, slower than a browser's).
 */
const COUNT = Number(process.env.SYNC_MEETINGS ?? 2000);
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
    await a.meetings.restoreMany(realisticMeetings(COUNT), false);
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
