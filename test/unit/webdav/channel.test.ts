// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueue } from '../../../lib/outbox/actions';
import { runOutbox } from '../../../lib/outbox/runner';
import { outboxStore } from '../../../lib/store/outbox';
import { archiveDrafts, webdavChannel } from '../../../lib/webdav/channel';
import { davClient } from '../../../lib/webdav/client';
import { serverOptions } from '../../helpers/dav-fixture';
import { startWebDav, type WebDavServer } from '../../helpers/webdav-server';

/** The outbox's 'webdav' channel, run by the outbox runner against a real server (rclone). */
let server: WebDavServer;
beforeAll(async () => {
  server = await startWebDav();
});
afterAll(() => server?.close());

const store = outboxStore();
const connect = async () => ({
  ok: true as const,
  writer: davClient({ ...serverOptions(server), timeoutMs: 2_000 }),
});
const server0 = () => ({ base: server.url, origin: server.origin });
const file = (name: string) => ({
  file: { format: 'markdown' as const, folder: ['纪要归档', '2026', '市场部', '项目'], name },
  bytes: new TextEncoder().encode(`# ${name}`),
});
const run = () =>
  runOutbox({ store, channels: { webdav: webdavChannel(connect) }, now: () => Date.now() });

describe('the webdav outbox channel', () => {
  it('uploads a batch in order; the message holds no password', async () => {
    const messages = await enqueue(
      store,
      archiveDrafts('m1', server0(), [file('a.md'), file('b.md')]),
      new Date(),
    );
    expect(JSON.stringify(messages)).not.toContain(server.pass);
    const report = await run();
    expect(report.sent).toEqual(messages.map((m) => m.id));
    const folder = join(server.dir, '纪要归档', '2026', '市场部', '项目');
    expect(readdirSync(folder).sort()).toEqual(['a.md', 'b.md']);
  });

  it('a file already there counts as sent and is not overwritten', async () => {
    const [m] = await enqueue(
      store,
      archiveDrafts('m1', server0(), [{ ...file('a.md'), bytes: new Uint8Array([1]) }]),
      new Date(),
    );
    expect((await run()).sent).toEqual([m!.id]);
    expect(
      readFileSync(join(server.dir, '纪要归档', '2026', '市场部', '项目', 'a.md'), 'utf8'),
    ).toBe('# a.md');
  });

  it('a wrong password fails for good; a timeout and a full disk are retried later', async () => {
    server.fault(401, { method: 'MKCOL' });
    const [auth] = await enqueue(store, archiveDrafts('m2', server0(), [file('c.md')]), new Date());
    await run();
    expect(await store.get(auth!.id)).toMatchObject({
      state: 'failed',
      error: expect.stringMatching(/^auth: /),
    });

    server.fault('timeout', { method: 'MKCOL' });
    const [slow] = await enqueue(store, archiveDrafts('m4', server0(), [file('e.md')]), new Date());
    await run();
    expect(await store.get(slow!.id)).toMatchObject({
      state: 'queued',
      error: expect.stringMatching(/^timeout: /),
    });
    // A target's messages go in order: the one waiting to retry is dropped to test the next.
    await store.update(slow!.id, (m) => ({ ...m, state: 'dropped' }));

    server.fault(507, { method: 'PUT' });
    const [full] = await enqueue(store, archiveDrafts('m3', server0(), [file('d.md')]), new Date());
    await run();
    const stored = await store.get(full!.id);
    expect(stored).toMatchObject({ state: 'queued', error: expect.stringMatching(/^storage: /) });
    expect(Date.parse(stored!.nextAttemptAt!) - Date.now()).toBeGreaterThan(60_000);
  });
});
