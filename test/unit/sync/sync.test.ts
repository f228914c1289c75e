// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeDoc, encodeDoc } from '../../../lib/sync/document';
import { fieldConflicts, planSync, type BaseEntry } from '../../../lib/sync/plan';
import { digest, serverClient, syncComputer } from '../../helpers/dav-fixture';
import { startWebDav, type WebDavServer } from '../../helpers/webdav-server';

describe('sync planning (pure)', () => {
  const base = new Map<string, BaseEntry>([
    ['a', { hash: 'ha', etag: 'ea', body: {} }],
    ['b', { hash: 'hb', etag: 'eb', body: {} }],
    ['c', { hash: 'hc', etag: 'ec', body: {} }],
  ]);
  it('moves only what changed: push, pull, merge, nothing for the unchanged', () => {
    const local = new Map([
      ['a', 'ha'], // unchanged
      ['b', 'hb2'], // edited here
      ['c', 'hc2'], // edited here and there
      ['n', 'hn'], // new here
    ]);
    const remote = new Map([
      ['a', 'ea'],
      ['b', 'eb'],
      ['c', 'ec2'],
      ['r', 'er'], // new there
    ]);
    expect(planSync(local, base, remote)).toEqual([
      { op: 'push', id: 'b', ifMatch: 'eb' },
      { op: 'merge', id: 'c', ifMatch: 'ec2' },
      { op: 'push', id: 'n', ifMatch: null },
      { op: 'pull', id: 'r' },
    ]);
  });

  it('lists a field both sides changed, with both values; records matched by id', () => {
    const b = { title: 'T', points: [{ id: 'p1', text: 'x' }] };
    const l = { title: 'Local', points: [{ id: 'p1', text: 'y' }] };
    const r = { title: 'Remote', points: [{ id: 'p1', text: 'x' }] };
    expect(fieldConflicts(b, l, r)).toEqual([{ path: 'title', local: 'Local', remote: 'Remote' }]);
  });

  it('detects a damaged document by its hash', async () => {
    const { text } = await encodeDoc(digest, 'meeting', 'm1', { title: '周会' });
    expect((await decodeDoc(digest, text)).ok).toBe(true);
    expect(await decodeDoc(digest, text.replace('周会', '周报'))).toEqual({
      ok: false,
      reason: 'hash',
    });
    expect(await decodeDoc(digest, text.slice(0, 40))).toEqual({ ok: false, reason: 'unreadable' });
  });
});

describe('two computers syncing through a real WebDAV server', () => {
  let server: WebDavServer;
  beforeAll(async () => {
    server = await startWebDav();
  });
  afterAll(() => server?.close());

  const computer = () => syncComputer(server, '纪要归档');

  it('push, pull, edits on both sides merged, a same-field conflict kept visible, tombstones', async () => {
    const a = computer();
    const b = computer();
    a.local.set('m1', { title: '周会', host: '张三', notes: '' });
    expect((await a.sync()).pushed).toEqual(['m1']);
    expect((await b.sync()).pulled).toEqual(['m1']);
    expect(b.local.get('m1')).toEqual({ title: '周会', host: '张三', notes: '' });

    // Nothing changed: nothing travels.
    const idle = await a.sync();
    expect(idle).toMatchObject({ pushed: [], pulled: [], merged: [], bytesSent: 0 });

    // Different fields on each side: both kept.
    a.local.set('m1', { title: '周会', host: '李四', notes: '' });
    b.local.set('m1', { title: '周会', host: '张三', notes: '预算' });
    await a.sync();
    const merged = await b.sync();
    expect(merged.merged).toEqual(['m1']);
    expect(merged.conflicts).toEqual([]);
    expect(b.local.get('m1')).toEqual({ title: '周会', host: '李四', notes: '预算' });
    await a.sync();
    expect(a.local.get('m1')).toEqual({ title: '周会', host: '李四', notes: '预算' });

    // The same field on both: listed with both values.
    a.local.set('m1', { title: 'A的标题', host: '李四', notes: '预算' });
    b.local.set('m1', { title: 'B的标题', host: '李四', notes: '预算' });
    await a.sync();
    const clash = await b.sync();
    expect(clash.conflicts).toEqual([
      { id: 'm1', fields: [{ path: 'title', local: 'B的标题', remote: 'A的标题' }] },
    ]);

    // Deleted on one: a tombstone travels and deletes on the other.
    await a.sync();
    a.local.set('m1', null);
    await a.sync();
    expect((await b.sync()).pulled).toEqual(['m1']);
    expect(b.local.get('m1')).toBeNull();
  });

  it('two writes at once: the second gets 412 and nothing is overwritten; a damaged file is not imported', async () => {
    const a = computer();
    a.local.set('m2', { title: 'v1' });
    await a.sync();
    const etag = a.base.get('m2')!.etag;
    const client = serverClient(server);
    const path = ['纪要归档', '.minutes-sync', 'meeting', 'm2.json'];
    // Two computers that both read `etag` write at once: one wins, the other is refused.
    const first = await encodeDoc(digest, 'meeting', 'm2', { title: 'A' });
    const second = await encodeDoc(digest, 'meeting', 'm2', { title: 'B' });
    await client.put(path, first.text, { ifMatch: etag });
    await expect(client.put(path, second.text, { ifMatch: etag })).rejects.toMatchObject({
      kind: 'precondition',
      status: 412,
    });
    expect(new TextDecoder().decode((await client.get(path)).bytes)).toBe(first.text);

    // A half-written document (a computer stopped mid-upload) is reported, never imported.
    await client.put(['纪要归档', '.minutes-sync', 'meeting', 'm3.json'], first.text.slice(0, 50));
    const c = computer();
    const report = await c.sync();
    expect(report.damaged).toEqual(['m3']);
    expect(c.local.has('m3')).toBe(false);
    expect(c.local.get('m2')).toEqual({ title: 'A' });
  });
});
