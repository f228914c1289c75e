// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runExport } from '../../../lib/export/run';
import { DEFAULT_PATTERN } from '../../../lib/export/filename';
import { archiveFiles, uploadArchive, type ArchiveOptions } from '../../../lib/webdav/archive';
import { checkConnection } from '../../../lib/webdav/check';
import { DavError, davClient, type DavOptions } from '../../../lib/webdav/client';
import { createMeeting } from '../../../lib/schema';
import { serverOptions } from '../../helpers/dav-fixture';
import { startWebDav, type WebDavServer } from '../../helpers/webdav-server';

/** The client, the check and the archive against a real WebDAV server (rclone) on 127.0.0.1. */
let server: WebDavServer;
let base: DavOptions;
beforeAll(async () => {
  server = await startWebDav();
  base = { ...serverOptions(server), timeoutMs: 2_000 };
});
afterAll(() => server?.close());

const options: ArchiveOptions = {
  root: ['纪要归档'],
  pattern: DEFAULT_PATTERN,
  locale: 'zh-CN',
  fallback: { year: '未知年份', department: '未分部门', project: '未命名项目' },
  timeZone: 'Asia/Shanghai',
};

const meeting = (version = 1) => ({
  ...createMeeting(new Date('2026-03-02T06:00:00Z'), {
    id: 'm1',
    title: '项目Q3推广跨部门协作会',
    series: '项目Q3推广',
    department: '市场部/品牌组',
    startAt: '2026-03-02T06:00:00Z',
  }),
  version,
});

const build = (m: ReturnType<typeof meeting>) => async (format: 'docx' | 'markdown' | 'xlsx') => {
  const result = await runExport(format, {
    meeting: m,
    items: [],
    locale: 'zh-CN',
    now: new Date('2026-03-03T00:00:00Z'),
  });
  if (result.kind !== 'file') throw new Error('not a file');
  return new Uint8Array(await result.data.arrayBuffer());
};

describe('WebDAV against a real server', () => {
  it('checks a connection: folder, write, read, list, delete, leaving nothing behind', async () => {
    const steps: string[] = [];
    const result = await checkConnection(davClient(base), ['纪要归档'], 'p1', (s) => steps.push(s));
    expect(result).toEqual({ ok: true });
    expect(steps).toEqual(['folder', 'write', 'read', 'list', 'delete']);
    expect(readdirSync(join(server.dir, '纪要归档'))).toEqual([]);
  });

  it('reports a wrong password as auth, at the first step', async () => {
    const result = await checkConnection(davClient({ ...base, password: 'wrong' }), ['x'], 'p2');
    expect(result).toMatchObject({
      ok: false,
      step: 'folder',
      error: { kind: 'auth', status: 401 },
    });
  });

  it.each([
    [401, 'auth'],
    [412, 'precondition'],
    [507, 'storage'],
  ] as const)('names a %i on write as %s and cleans up the probe', async (status, kind) => {
    server.fault(status, { method: 'PUT' });
    const result = await checkConnection(davClient(base), ['纪要归档'], `f${status}`);
    expect(result).toMatchObject({ ok: false, step: 'write', error: { kind, status } });
    expect(readdirSync(join(server.dir, '纪要归档'))).toEqual([]);
  });

  it('gives up on a silent server with a timeout', async () => {
    server.fault('timeout', { method: 'PROPFIND' });
    const error = await davClient(base)
      .list([])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DavError);
    expect(error).toMatchObject({ kind: 'timeout', status: null });
  });

  afterEach(() => vi.useRealTimers());

  it('archives by 年份/部门/项目名称 with the export bytes; a second version sits beside the first', async () => {
    // The Word file carries the second it was made (docProps/core.xml, the zip's dates): at the
    // same clock the archive and the one-click export are the same bytes.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-03T08:00:00Z'));
    const client = davClient(base);
    const v1 = meeting(1);
    const files = archiveFiles(v1, ['docx', 'markdown', 'xlsx'], options);
    const first = await uploadArchive(client, files, build(v1));
    expect(first.map((o) => o.state)).toEqual(['uploaded', 'uploaded', 'uploaded']);
    const folder = join(server.dir, '纪要归档', '2026', '市场部_品牌组', '项目Q3推广');
    const stem = '2026-市场部_品牌组-项目Q3推广-项目Q3推广跨部门协作会-2026-03-02';
    expect(readdirSync(folder).sort()).toEqual(
      [`${stem}.docx`, `${stem}.md`, `${stem}-行动计划表.xlsx`].sort(),
    );
    const docx = readFileSync(join(folder, `${stem}.docx`));
    expect(Buffer.compare(docx, Buffer.from(await build(v1)('docx')))).toBe(0);

    // The same version again: found there, not overwritten.
    const again = await uploadArchive(client, files, async () => new Uint8Array([1, 2, 3]));
    expect(again.map((o) => o.state)).toEqual(['exists', 'exists', 'exists']);
    expect(Buffer.compare(readFileSync(join(folder, `${stem}.docx`)), docx)).toBe(0);

    const v2 = meeting(2);
    const second = await uploadArchive(
      client,
      archiveFiles(v2, ['docx', 'xlsx'], options),
      build(v2),
    );
    expect(second.map((o) => o.state)).toEqual(['uploaded', 'uploaded']);
    expect(existsSync(join(folder, `${stem}-v2.docx`))).toBe(true);
    expect(existsSync(join(folder, `${stem}-v2-行动计划表.xlsx`))).toBe(true);
    expect(Buffer.compare(readFileSync(join(folder, `${stem}.docx`)), docx)).toBe(0);
  });

  it('stops at a full disk (507) and says which files did not go', async () => {
    server.fault(507, { method: 'PUT' });
    const m = { ...meeting(3), series: '满盘' };
    const outcome = await uploadArchive(
      davClient(base),
      archiveFiles(m, ['docx', 'markdown'], options),
      build(m),
    );
    expect(outcome.map((o) => o.state)).toEqual(['failed', 'skipped']);
    expect(outcome[0]).toMatchObject({ error: { kind: 'storage', status: 507 } });
  });
});
