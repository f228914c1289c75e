import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebDav, type WebDavServer } from '../../helpers/webdav-server';
import {
  closeSession,
  hasBrowser,
  launch,
  newProfile as newChromiumProfile,
  openPanel,
  removeProfile as removeChromiumProfile,
  type Session,
} from '../harness';
import { command, connect, onServer as onServerDoc } from '../sync-pair';
import { acceptPrompt } from './browser-ui';
import {
  closeFirefox,
  hasFirefox,
  launchFirefox,
  newProfile,
  removeProfile,
  type FirefoxSession,
} from './firefox';
import { openPage, waitFor } from './pages';
import { click, field, shows, type, valueOf } from './ui';

/**
 * The office PC on Chrome, the laptop on Firefox: one user's two computers syncing through one
 * real WebDAV server (rclone on 127.0.0.1). Firefox is set up the way a user does it: the
 * settings' shared folder, "Test connection" (which asks for exactly that host, accepted in
 * Firefox's own prompt), then sync turned on. A meeting typed on Chrome reaches Firefox; an edit
 * made on Firefox comes back into the editor open on Chrome; minutes approved on Firefox are
 * archived in the shared folder.
 */
describe.skipIf(!hasFirefox || !hasBrowser)('sync between Chromium and Firefox', () => {
  let server: WebDavServer;
  let chromium: Session | null = null;
  let firefox: FirefoxSession | null = null;
  const profiles = { chromium: '', firefox: '' };

  beforeAll(async () => {
    server = await startWebDav();
  });
  afterAll(async () => {
    await closeSession(chromium);
    await closeFirefox(firefox);
    removeChromiumProfile(profiles.chromium);
    removeProfile(profiles.firefox);
    await server?.close();
  });

  const onServer = (id: string) => onServerDoc(server, 'meetings', id);

  it('a meeting typed on Chromium opens on Firefox, Firefox’s edit comes back, its approval is archived', async () => {
    // Chromium: connected and on through its settings (test/e2e/sync-pair.ts), then a meeting typed.
    profiles.chromium = newChromiumProfile();
    chromium = await launch(profiles.chromium);
    chromium.allowed.add(server.origin);
    const settingsA = await connect(chromium, server);
    const panelA = await openPanel(chromium);
    await panelA.getByRole('button', { name: /New meeting/ }).click();
    await panelA.waitForURL(/#\/meeting\//);
    const id = panelA.url().split('#/meeting/')[1]!;
    await panelA.getByLabel('Meeting name').pressSequentially('跨部门协作会');
    await expect
      .poll(() => onServer(id)?.title, { timeout: 60_000, interval: 250 })
      .toBe('跨部门协作会');

    // Firefox: installed fresh, the same folder set up through its settings page.
    profiles.firefox = newProfile();
    firefox = await launchFirefox(profiles.firefox, { install: true, origins: [server.origin] });
    const settingsB = await openPage(firefox, 'options.html');
    await type(settingsB, 'Server address', server.url);
    await type(settingsB, 'User', server.user);
    await type(settingsB, 'App password', server.pass);
    const root = await field(settingsB, 'Root folder');
    await root.click({ count: 3 });
    await root.type('纪要归档');
    await (await field(settingsB, /connect over plain HTTP/)).click();
    await (await field(settingsB, 'Archive automatically when minutes are approved')).click();
    await click(settingsB, 'Test connection');
    // Firefox asks for exactly this host; the user allows it.
    await waitFor(() => acceptPrompt(firefox!, 'addon-webext-permissions'), {
      what: 'the permission prompt for the WebDAV host',
    });
    await shows(settingsB, /Connection works/);
    await click(settingsB, 'Turn on sync on this computer');
    await shows(settingsB, /Last sync[\s\S]*\d/, 60_000);

    const panelB = await openPage(firefox, `sidepanel.html#/meeting/${id}`);
    await waitFor(async () => (await valueOf(panelB, 'Meeting name')) === '跨部门协作会', {
      what: 'the meeting from Chromium on Firefox',
      timeout: 60_000,
    });
    await type(panelB, 'Room', '五楼');
    await expect.poll(() => onServer(id)?.room, { timeout: 60_000, interval: 250 }).toBe('五楼');

    // Back on Chromium: the open editor shows Firefox's edit after a pass.
    await command(settingsA, 'now');
    await expect
      .poll(() => panelA.getByLabel('Room').inputValue(), { timeout: 30_000 })
      .toBe('五楼');
    expect(await panelA.getByLabel('Meeting name').inputValue()).toBe('跨部门协作会');

    // Approved on Firefox: the minutes are archived in the shared folder by year, department
    // and project (neither set here: the folders say so), as files a reader opens.
    await click(panelB, 'Review & export');
    await click(panelB, 'Submit for review');
    await type(panelB, 'Reviewer', '张三');
    await click(panelB, 'Approve');
    await shows(panelB, /Archived in 纪要归档\/\d{4}\/no-department\/no-project/, 60_000);
    const year = readdirSync(join(server.dir, '纪要归档')).find((d) => /^\d{4}$/.test(d))!;
    const folder = join(server.dir, '纪要归档', year, 'no-department', 'no-project');
    const files = readdirSync(folder).sort();
    expect(files.map((f) => extname(f)).sort()).toEqual(['.docx', '.md', '.xlsx']);
    // A Word file is a zip; the Markdown carries the meeting.
    const docx = files.find((f) => f.endsWith('.docx'))!;
    expect(readFileSync(join(folder, docx)).subarray(0, 2).toString()).toBe('PK');
    const md = files.find((f) => f.endsWith('.md'))!;
    expect(readFileSync(join(folder, md), 'utf8')).toContain('五楼');
  }, 240_000);
});
