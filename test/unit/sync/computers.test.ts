// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMeeting, type Meeting } from '../../../lib/schema';
import { sha256 } from '../../../lib/adapters/sync';
import { deleteEverything } from '../../../lib/adapters/wipe';
import { docPath, encodeDoc } from '../../../lib/sync/document';
import { davClient } from '../../../lib/webdav/client';
import { bothHaveMeeting, computer, enable, type Computer } from '../../helpers/sync-computer';
import { makeItem } from '../../helpers/items';
import { startWebDav, type WebDavServer } from '../../helpers/webdav-server';

/**
 * Two computers, each with its own database and storage, syncing through a real WebDAV server
 * (rclone behind the fault proxy, test/helpers/webdav-server.ts) with the background's engine
 * (lib/adapters/sync.ts): what one types reaches the other, nothing is lost on either.
 */
let server: WebDavServer;
beforeAll(async () => {
  server = await startWebDav();
});
afterAll(() => server?.close());

const dav = () => davClient({ ...server, base: server.url, password: server.pass, fetch });
const live = async (c: Computer, id: string) => (await c.meetings.get(id)) as Meeting | null;
const bothHave = (fields: Parameters<Computer['create']>[0]) => bothHaveMeeting(server, fields);

describe('sync between two computers', () => {
  it('a meeting made on one is listed, found and edited on the other; nothing echoes back', async () => {
    const a = await computer(server, 'a');
    const b = await computer(server, 'b');
    await enable(a, b);
    const m = await a.create({ title: '跨部门协作会', room: '三楼会议室' });
    expect((await a.engine.run()).last).toMatchObject({ pushed: 1 });
    const pulled = await b.engine.run();
    expect(pulled).toMatchObject({ state: 'idle', pending: 0, error: null });
    expect(pulled.last).toMatchObject({ pulled: 1, pushed: 0 });
    expect(await live(b, m.id)).toMatchObject({ title: '跨部门协作会', room: '三楼会议室' });
    // Through the repositories' write path: the list's summary and the search index have it.
    expect((await b.meetings.list()).meetings.map((s) => s.title)).toEqual(['跨部门协作会']);
    expect((await b.meetings.search('协作')).results.map((r) => r.meeting.id)).toEqual([m.id]);
    expect(b.feed.sent).toContainEqual({
      kind: 'restored',
      store: 'meetings',
      id: m.id,
      from: 'sync',
    });

    // Pulled records are not sent back, and an idle pass moves nothing.
    expect((await b.engine.run()).last).toMatchObject({ pushed: 0, pulled: 0, bytesSent: 0 });
    await b.edit(m.id, () => ({ room: '五楼' }));
    expect((await b.engine.run()).last).toMatchObject({ pushed: 1 });
    expect((await a.engine.run()).last).toMatchObject({ pulled: 1, pushed: 0 });
    expect(await live(a, m.id)).toMatchObject({ room: '五楼', title: '跨部门协作会' });
    expect((await a.engine.run()).last).toMatchObject({ pushed: 0, pulled: 0 });
  });

  it('200 interleaved edits on both converge with none lost', async () => {
    const a = await computer(server, 'a');
    const b = await computer(server, 'b');
    await enable(a, b);
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) ids.push((await a.create({ title: `会议 ${i}` })).id);
    await a.engine.run();
    await b.engine.run();
    const titles = new Map<string, string>();
    const rooms = new Map<string, string>();
    for (let i = 0; i < 200; i++) {
      const id = ids[(i * 7) % ids.length]!;
      if (i % 2) {
        await a.edit(id, () => ({ title: `A 的标题 ${i}` }));
        titles.set(id, `A 的标题 ${i}`);
      } else {
        await b.edit(id, () => ({ room: `B 的房间 ${i}` }));
        rooms.set(id, `B 的房间 ${i}`);
      }
      if (i % 9 === 0) await a.engine.run();
      if (i % 13 === 0) await b.engine.run();
    }
    for (const c of [a, b, a, b]) expect(await c.engine.run()).toMatchObject({ error: null });
    for (const id of ids) {
      const [x, y] = [await live(a, id), await live(b, id)];
      expect(x).toMatchObject({ title: titles.get(id) ?? expect.any(String) });
      if (rooms.has(id)) expect(x?.room).toBe(rooms.get(id));
      const { rev: _r1, ...xs } = x!;
      const { rev: _r2, ...ys } = y!;
      expect(ys).toEqual(xs);
    }
    expect((await a.status()).pending).toBe(0);
    expect((await b.status()).pending).toBe(0);
  });

  it('the same field changed on both: the conflict is kept with both values until chosen', async () => {
    const { a, b, m } = await bothHave({ title: '周会' });
    await a.edit(m.id, () => ({ title: 'A 改的标题' }));
    await b.edit(m.id, () => ({ title: 'B 改的标题', room: '二楼' }));
    await a.engine.run();
    const merged = await b.engine.run();
    expect(merged.last).toMatchObject({ merged: 1 });
    expect(merged.conflicts).toEqual([
      expect.objectContaining({
        kind: 'meeting',
        id: m.id,
        title: 'B 改的标题',
        path: 'title',
        local: 'B 改的标题',
        remote: 'A 改的标题',
        kept: 'local',
      }),
    ]);
    // The user picks the other computer's value: it is saved here and syncs like an edit.
    await b.engine.command({
      type: 'sync',
      command: 'resolve',
      id: m.id,
      path: 'title',
      choice: 'remote',
    });
    expect((await b.status()).conflicts).toEqual([]);
    await a.engine.run();
    for (const c of [a, b])
      expect(await live(c, m.id)).toMatchObject({ title: 'A 改的标题', room: '二楼' });
  });

  it('deleted on one, edited on the other: the edit wins and the record is back; a delete alone travels to the trash', async () => {
    const a = await computer(server, 'a');
    const b = await computer(server, 'b');
    await enable(a, b);
    const kept = await a.create({ title: '要保留的' });
    const gone = await a.create({ title: '要删除的' });
    await a.engine.run();
    await b.engine.run();
    await a.meetings.remove(kept.id);
    await a.meetings.remove(gone.id);
    await b.edit(kept.id, () => ({ goal: 'B 补充的目标' }));
    await a.engine.run();
    await b.engine.run();
    await a.engine.run();
    for (const c of [a, b]) {
      expect(await live(c, kept.id)).toMatchObject({ title: '要保留的', goal: 'B 补充的目标' });
      expect(await live(c, gone.id)).toBeNull();
    }
    expect(await a.db.get('trash', kept.id)).toBeUndefined();
    // Nothing is hard-deleted: b can bring the other computer's delete back from its trash.
    expect(await b.meetings.restore(gone.id)).toEqual({ id: gone.id, copy: false });
  });

  it('action items: the updates of both computers stay in the history', async () => {
    const a = await computer(server, 'a');
    const b = await computer(server, 'b');
    await enable(a, b);
    const item = await a.items.create(makeItem({ id: `sync-item-${Math.random()}` }));
    await a.engine.run();
    await b.engine.run();
    const update = async (c: Computer, note: string, at: string) => {
      const current = (await c.items.get(item.id)) as typeof item;
      const entry = { at, by: note, meetingId: null, changes: [], note };
      await c.items.save(current, { ...current, history: [...current.history, entry] });
    };
    await update(a, 'A 的进展', '2026-03-03T01:00:00.000Z');
    await update(b, 'B 的进展', '2026-03-03T02:00:00.000Z');
    await a.engine.run();
    await b.engine.run();
    await a.engine.run();
    for (const c of [a, b]) {
      const got = (await c.items.get(item.id)) as typeof item;
      expect(got.history.map((h) => h.note)).toEqual(['A 的进展', 'B 的进展']);
    }
    expect((await b.status()).conflicts).toEqual([]);
  });

  it('401, 507, a timeout and a raced write: the status says which, nothing is lost', async () => {
    const a = await computer(server, 'a', 3_000);
    const b = await computer(server, 'b');
    await enable(a, b);
    const m = await a.create({ title: '离线时写的' });
    for (const [fault, kind] of [
      [401, 'auth'],
      [507, 'storage'],
      ['timeout', 'timeout'],
    ] as const) {
      server.fault(fault, { method: fault === 507 ? 'PUT' : undefined });
      const failed = await a.engine.run();
      expect(failed).toMatchObject({ state: 'error', error: { kind } });
      expect(failed.pending).toBeLessThanOrEqual(1);
    }
    // Another computer wrote in between: 412, counted as still to send, sent by the next pass.
    server.fault(412, { method: 'PUT' });
    expect(await a.engine.run()).toMatchObject({ state: 'idle', pending: 1, error: null });
    expect(await a.engine.run()).toMatchObject({ state: 'idle', pending: 0 });
    await b.engine.run();
    expect(await live(b, m.id)).toMatchObject({ title: '离线时写的' });
  });

  it('a damaged document on the server is ignored and counted', async () => {
    const { a, b, m } = await bothHave({ title: '原样' });
    await a.edit(m.id, () => ({ title: '改过' }));
    await a.engine.run();
    // Cut off half-way (an upload interrupted by a server that does not write atomically).
    await dav().put(
      docPath(['纪要归档'], 'meeting', m.id),
      '{"format":1,"kind":"meeting","id":"half',
    );
    const got = await b.engine.run();
    expect(got).toMatchObject({ state: 'idle', error: null });
    expect(got.last?.damaged).toBe(1);
    expect(await live(b, m.id)).toMatchObject({ title: '原样' });

    // Whole, but a record this version cannot read (a newer version's): left, not overwritten.
    const path = docPath(['纪要归档'], 'meeting', m.id);
    const newer = { ...(await live(b, m.id)), rev: undefined, schemaVersion: 99 };
    await dav().put(path, (await encodeDoc(sha256, 'meeting', m.id, newer)).text);
    await b.edit(m.id, () => ({ room: 'B 在此期间改的' }));
    expect((await b.engine.run()).last?.damaged).toBe(1);
    expect(await live(b, m.id)).toMatchObject({ title: '原样', room: 'B 在此期间改的' });
    const onServer = JSON.parse(new TextDecoder().decode((await dav().get(path)).bytes));
    expect(onServer.body.schemaVersion).toBe(99);
  });

  it('an upload cut off half-way is never imported; edits of the record replace it and merge', async () => {
    const a = await computer(server, 'a', 3_000);
    const b = await computer(server, 'b');
    await enable(a, b);
    const m = await a.create({ title: '原样', room: '一楼' });
    await a.engine.run();
    await b.engine.run();
    // What earlier tests left damaged on the server is counted on every pass.
    const left = (await b.engine.run()).last!.damaged;
    await a.edit(m.id, () => ({ title: 'A 上传到一半的' }));
    // The server keeps half of A's upload; A never hears back (its browser died, or it timed out).
    server.fault('cut', { method: 'PUT' });
    expect(await a.engine.run()).toMatchObject({ state: 'error', error: { kind: 'timeout' } });
    server.clearFaults();
    expect((await b.engine.run()).last).toMatchObject({ damaged: left + 1, pulled: 0 });
    expect(await live(b, m.id)).toMatchObject({ title: '原样', room: '一楼' });

    // B's own edit of that record goes over the broken file; A's next pass merges its edit onto it.
    await b.edit(m.id, () => ({ room: 'B 改的房间' }));
    expect((await b.engine.run()).last).toMatchObject({ damaged: left + 1, pushed: 1 });
    expect(await a.engine.run()).toMatchObject({ state: 'idle', pending: 0, error: null });
    await b.engine.run();
    for (const c of [a, b])
      expect(await live(c, m.id)).toMatchObject({ title: 'A 上传到一半的', room: 'B 改的房间' });
  });

  it('paused or disconnected: no request at all; disconnect keeps the data', async () => {
    const a = await computer(server, 'a');
    await enable(a);
    const m = await a.create({ title: '暂停' });
    await a.engine.command({ type: 'sync', command: 'pause' });
    const before = JSON.stringify(server.stats.requests);
    await a.edit(m.id, () => ({ title: '暂停时改的' }));
    expect(await a.engine.run()).toMatchObject({ state: 'paused' });
    expect(JSON.stringify(server.stats.requests)).toBe(before);
    await a.engine.command({ type: 'sync', command: 'resume' });
    expect(await a.status()).toMatchObject({ state: 'idle', error: null });
    await a.engine.command({ type: 'sync', command: 'disconnect' });
    expect([await a.db.count('syncBase'), await a.db.count('syncBodies')]).toEqual([0, 0]);
    expect(a.storage.data).toEqual({});
    expect(await live(a, m.id)).toMatchObject({ title: '暂停时改的' });
    const quiet = JSON.stringify(server.stats.requests);
    expect(await a.engine.run()).toMatchObject({ state: 'off' });
    expect(JSON.stringify(server.stats.requests)).toBe(quiet);
  });

  it('connected again after a disconnect: the same records on both sides, nothing is sent again', async () => {
    const a = await computer(server, 'a');
    await enable(a);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await a.create({ title: `重连 ${i}` })).id);
    expect((await a.engine.run()).last).toMatchObject({ pushed: 3 });
    await a.engine.command({ type: 'sync', command: 'disconnect' });
    await enable(a);
    expect(await a.status()).toMatchObject({
      state: 'idle',
      last: { pushed: 0, merged: 0, bytesSent: 0 },
    });
    for (const id of ids) expect(await a.db.get('syncBase', `meeting:${id}`)).toBeDefined();
  });

  it('delete-everything on one computer deletes nothing on the other, and syncs it back when on again', async () => {
    const { a, b, m } = await bothHave({ title: '不能被清空的' });
    await deleteEverything(a.storage, async () => a.db);
    expect(await a.engine.run()).toMatchObject({ state: 'off' });
    await b.engine.run();
    expect(await live(b, m.id)).toMatchObject({ title: '不能被清空的' });
    await enable(a);
    expect(await live(a, m.id)).toMatchObject({ title: '不能被清空的' });
  });

  it('a long pass cut off (a stopped worker, the network gone) keeps what it sent: the next sends only the rest', async () => {
    let puts = 0;
    let online = true;
    const flaky: typeof fetch = (input, init) => {
      if (init?.method === 'PUT' && ++puts > 150) online = false;
      return online ? fetch(input, init) : Promise.reject(new TypeError('Failed to fetch'));
    };
    const a = await computer(server, 'a', 15_000, flaky);
    await a.storage.storage.local.set({ syncPrefs: { enabled: true, paused: false } });
    await a.engine.run(); // what the other tests left on the server
    const made = await a.meetings.restoreMany(
      Array.from({ length: 250 }, (_, i) =>
        createMeeting(new Date('2026-03-02T06:00:00Z'), { title: `批量 ${i}` }),
      ),
      false,
    );
    expect(made).toHaveLength(250);
    expect(await a.engine.run()).toMatchObject({ state: 'error', error: { kind: 'network' } });
    online = true;
    puts = -Infinity;
    const rest = await a.engine.run();
    expect(rest).toMatchObject({ state: 'idle', pending: 0 });
    expect(rest.last!.pushed).toBeGreaterThan(0);
    expect(rest.last!.pushed).toBeLessThanOrEqual(150);
  });
});
