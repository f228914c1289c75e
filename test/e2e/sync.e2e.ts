import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebDav, type WebDavServer } from '../helpers/webdav-server';
import {
  closeSession,
  hasBrowser,
  launch,
  newProfile,
  openPanel,
  removeProfile,
  type Session,
} from './harness';

/**
 * Sync between two computers in the built extension: two Chromium profiles against one real
 * WebDAV server (rclone on 127.0.0.1). What is typed on one reaches the shared folder by itself
 * (the background syncs ~2 s after a change) and the other's meetings list after its pass; an
 * edit there comes back. The settings' 同步 block is another branch's: the commands are sent as
 * it sends them (lib/adapters/sync-client.ts), from an extension page.
 */
describe.skipIf(!hasBrowser)('sync between two Chromium profiles', () => {
  let server: WebDavServer;
  const sessions: Session[] = [];
  const profiles: string[] = [];

  beforeAll(async () => {
    server = await startWebDav();
  });
  afterAll(async () => {
    for (const s of sessions) await closeSession(s);
    profiles.forEach(removeProfile);
    await server?.close();
  });

  async function computer(): Promise<{ session: Session; settings: Page }> {
    const profile = newProfile();
    profiles.push(profile);
    const session = await launch(profile);
    sessions.push(session);
    session.allowed.add(server.origin);
    const settings = await session.context.newPage();
    await settings.goto(`chrome-extension://${session.extensionId}/options.html`);
    await settings.getByLabel('Server address').fill(server.url);
    await settings.getByLabel('User', { exact: true }).fill(server.user);
    await settings.getByLabel('App password').fill(server.pass);
    await settings.getByLabel('Root folder').fill('纪要归档');
    await settings.getByLabel(/connect over plain HTTP/).check();
    await settings.getByRole('button', { name: 'Test connection' }).click();
    await settings.getByText(/^Connection works/).waitFor();
    await command(settings, 'enable');
    return { session, settings };
  }
  // A string expression: the extension page's CSP forbids eval, CDP's evaluate does not.
  const command = (page: Page, name: string) =>
    page.evaluate(`chrome.runtime.sendMessage(${JSON.stringify({ type: 'sync', command: name })})`);
  const onServer = (id: string) => {
    const file = join(server.dir, '纪要归档', '.minutes-sync', 'meeting', `${id}.json`);
    if (!existsSync(file)) return null;
    try {
      return (JSON.parse(readFileSync(file, 'utf8')) as { body: Record<string, unknown> }).body;
    } catch {
      return null; // being written
    }
  };

  it('a meeting typed on one appears on the other, and the other’s edit comes back', async () => {
    const a = await computer();
    const b = await computer();

    const panelA = await openPanel(a.session);
    await panelA.getByRole('button', { name: /New meeting/ }).click();
    await panelA.waitForURL(/#\/meeting\//);
    const id = panelA.url().split('#/meeting/')[1]!;
    await panelA.getByLabel('Meeting name').pressSequentially('跨部门协作会');
    // Not asked: the background syncs on its own after the change.
    await expect
      .poll(() => onServer(id)?.title, { timeout: 60_000, interval: 250 })
      .toBe('跨部门协作会');

    await command(b.settings, 'now');
    const panelB = await openPanel(b.session, `#/meeting/${id}`);
    await expect
      .poll(() => panelB.getByLabel('Meeting name').inputValue(), { timeout: 30_000 })
      .toBe('跨部门协作会');
    await panelB.getByLabel('Room').pressSequentially('五楼');
    await expect.poll(() => onServer(id)?.room, { timeout: 60_000, interval: 250 }).toBe('五楼');

    await command(a.settings, 'now');
    // The open editor on A hears the sync's write on the change feed and shows it.
    await expect
      .poll(() => panelA.getByLabel('Room').inputValue(), { timeout: 30_000 })
      .toBe('五楼');
    const status = (await a.settings.evaluate(
      `chrome.storage.local.get('syncStatus').then((r) => r.syncStatus)`,
    )) as { state: string; pending: number; error: unknown };
    expect(status).toMatchObject({ state: 'idle', pending: 0, error: null });
  });
});
