import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebDav, type WebDavServer } from '../helpers/webdav-server';
import {
  closeSession,
  hasBrowser,
  launch,
  newProfile,
  removeProfile,
  type Session,
} from './harness';
import { restoreSeed } from './seed-restore';

/**
 * The shared folder in the built extension against a real WebDAV server (rclone on 127.0.0.1):
 * connect and test in the settings, approve → the files sit in 年份/部门/项目名称 on the server's
 * disk, the Word file the same bytes as the one-click export (at one fixed clock: the file
 * carries the second it was made), a second approval adds version 2 beside the first. The
 * network guard allows exactly this server's origin.
 */
describe.skipIf(!hasBrowser)('archive to a WebDAV folder in Chromium', () => {
  let server: WebDavServer;
  let session: Session;
  let profile: string;
  let panel: Page;
  const id = 'm-2026-q3-promo';
  const stem = '2026-市场部-项目Q3推广-项目Q3推广跨部门协作会-2026-03-02';
  const folder = () => join(server.dir, '纪要归档', '2026', '市场部', '项目Q3推广');

  beforeAll(async () => {
    server = await startWebDav();
    profile = newProfile();
    session = await launch(profile);
    session.allowed.add(server.origin);
    await session.context.clock.setFixedTime(new Date('2026-03-02T10:00:00+08:00'));
  });
  afterAll(async () => {
    await closeSession(session);
    removeProfile(profile);
    await server?.close();
  });

  it('connects and tests the folder from the settings, after the plain-HTTP warning', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    await page.getByLabel('Server address').fill(server.url);
    await page.getByText(/on this computer and uses plain HTTP/).waitFor();
    await page.getByLabel('User', { exact: true }).fill(server.user);
    await page.getByLabel('App password').fill(server.pass);
    await page.getByLabel('Root folder').fill('纪要归档');
    await page.getByLabel('Archive automatically when minutes are approved').check();
    await page.getByRole('button', { name: 'Test connection' }).click();
    await page.getByText('Confirm the plain-HTTP warning first.').waitFor();
    await page.getByLabel(/connect over plain HTTP/).check();
    await page.getByRole('button', { name: 'Test connection' }).click();
    await page.getByText(/^Connection works/).waitFor();
    expect(readdirSync(join(server.dir, '纪要归档'))).toEqual([]);
    await page.close();
  });

  it('archives on approval by 年份/部门/项目名称, the Word file as the export makes it', async () => {
    panel = await restoreSeed(session);

    await panel.goto(`${session.panelUrl}#/meeting/${id}`);
    await panel.getByRole('tab', { name: 'Review & export' }).click();
    await panel.getByLabel('Language', { exact: true }).selectOption('zh-CN');
    await panel.getByRole('button', { name: 'Submit for review' }).click();
    await expect.poll(() => panel.getByLabel('Reviewer').inputValue()).toBe('张三');
    await panel.getByRole('button', { name: 'Approve', exact: true }).click();
    await panel.getByText(/^Archived in 纪要归档\/2026\/市场部\/项目Q3推广/).waitFor();
    expect(readdirSync(folder()).sort()).toEqual(
      [`${stem}.docx`, `${stem}.md`, `${stem}-行动计划表.xlsx`].sort(),
    );

    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export Word (.docx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${stem}.docx`);
    const exported = join(tmpdir(), `minutes-dav-${Date.now()}.docx`);
    await download.saveAs(exported);
    expect(readFileSync(join(folder(), `${stem}.docx`)).equals(readFileSync(exported))).toBe(true);
  });

  it('a second approval adds version 2 beside the first, which stays as it was', async () => {
    const first = readFileSync(join(folder(), `${stem}.docx`));
    await panel.getByRole('button', { name: 'Reopen for changes…' }).click();
    await panel.getByRole('button', { name: 'Reopen as version 2' }).click();
    await panel.getByRole('button', { name: 'Submit for review' }).click();
    await panel.getByRole('button', { name: 'Approve', exact: true }).click();
    // The section shows the new upload (the first's result is replaced as soon as it starts).
    await panel.getByText(`Uploaded ${stem}-v2-行动计划表.xlsx`).waitFor();
    await panel.getByText(/^Archived in/).waitFor();
    expect(existsSync(join(folder(), `${stem}-v2.docx`))).toBe(true);
    expect(existsSync(join(folder(), `${stem}-v2-行动计划表.xlsx`))).toBe(true);
    expect(readFileSync(join(folder(), `${stem}.docx`)).equals(first)).toBe(true);
    expect(session.network).toEqual([]);
  });
});
