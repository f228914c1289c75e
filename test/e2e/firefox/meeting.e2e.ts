import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { COMMAND_KEYS } from '../../../lib/shortcuts';
import { openSidebar, pressShortcut, sidebarText } from './browser-ui';
import {
  closeFirefox,
  hasFirefox,
  launchFirefox,
  newProfile,
  removeProfile,
  type FirefoxSession,
} from './firefox';
import { findPage, hrefOf, navigate, openBackgroundTab, openPage, waitFor } from './pages';
import { startMeetingServer, type MeetingServer } from './meeting-server';
import { click, field, shows, type } from './ui';
import { clickWhenShown } from '../first-click';

/**
 * An English-speaking user beside a meeting in Firefox: the sidebar, the panel driving the timer
 * overlay and the docked panel on the demo meeting page, both keyboard commands, docking on a
 * meeting site with a strict Content-Security-Policy, and a Word export. One browser for the
 * whole file; every step also runs under the session guards (no extension error, no request).
 */
describe.skipIf(!hasFirefox)('Firefox (en): beside a meeting', () => {
  let profile = '';
  let server: MeetingServer;
  let s: FirefoxSession;
  let panel: Page;
  let meeting: Page;

  beforeAll(async () => {
    profile = newProfile();
    server = await startMeetingServer();
    s = await launchFirefox(profile, { install: true, origins: [server.origin] });
  });
  afterAll(async () => {
    await closeFirefox(s ?? null);
    server?.close();
    removeProfile(profile);
  });

  /** The docked panel's frame in `page`, found by where its document is. */
  const dockedFrame = (page: Page) =>
    waitFor(
      async () => {
        for (const f of page.frames()) if ((await hrefOf(f)).includes('/sidepanel.html')) return f;
        return null;
      },
      { what: 'the docked panel' },
    ) as Promise<Frame>;
  const isDocked = (page: Page) => page.evaluate(() => !!document.querySelector('minutes-dock'));

  it('Alt+Shift+M opens the panel in the sidebar, in English', async () => {
    const welcome = await findPage(s, '/welcome.html');
    await shows(welcome, 'Welcome to Minutes Side Panel');
    await pressShortcut(s, COMMAND_KEYS.panel);
    await waitFor(() => openSidebar(s), { what: 'the sidebar' });
    await waitFor(async () => /^Meetings\n[\s\S]*New meeting/.test(await sidebarText(welcome)), {
      what: 'the panel in the sidebar',
    });
  });

  it('"New meeting" clicked the moment it shows opens the meeting, in a background tab', async () => {
    const tab = await openBackgroundTab(s, 'sidepanel.html');
    expect(await tab.evaluate(clickWhenShown, 'New meeting')).toBe(true);
    await waitFor(() => tab.evaluate(() => location.hash.startsWith('#/meeting/')));
    await field(tab, 'Meeting name'); // the editor, not the list the view stayed on before
    await tab.close();
  });

  it('the panel drives the overlay and the docked panel on the demo meeting', async () => {
    panel = await openPage(s, 'sidepanel.html');
    await click(panel, /New meeting/);
    await type(panel, 'Meeting name', 'Q3 promotion meeting');
    await click(panel, 'Timer');
    await click(panel, /Start the meeting/);

    meeting = await s.browser.newPage({ type: 'window' });
    await navigate(meeting, server.url('meeting.html'));
    await shows(meeting, /Opening/); // the overlay's current topic
    await click(meeting, 'Pause');
    await click(panel, /Resume/); // the panel follows the overlay; resume from there
    await click(meeting, 'Pause'); // and the overlay follows the panel

    await click(meeting, 'Dock the minutes panel beside the meeting');
    const docked = await dockedFrame(meeting);
    await shows(docked, /Q3 promotion meeting/);

    // Alt+Shift+D undocks and docks again, on the page of the focused window.
    await pressShortcut(s, COMMAND_KEYS.dock, meeting);
    await waitFor(async () => !(await isDocked(meeting)), { what: 'the dock to close' });
    await pressShortcut(s, COMMAND_KEYS.dock, meeting);
    await waitFor(() => isDocked(meeting), { what: 'the dock to open' });
    await shows(await dockedFrame(meeting), /Q3 promotion meeting/);
  });

  it('docking on a page whose CSP forbids inline styles sends the site no report', async () => {
    const strict = await s.browser.newPage({ type: 'window' });
    await navigate(strict, server.url('strict.html'));
    await shows(strict, /Paused/); // the overlay of the running meeting is on this page too
    await pressShortcut(s, COMMAND_KEYS.dock, strict);
    await shows(await dockedFrame(strict), /Q3 promotion meeting/);
    // The dock's rules apply: the meeting is narrowed to make room for the panel.
    expect(
      await strict.evaluate(() =>
        parseFloat(getComputedStyle(document.documentElement).marginRight),
      ),
    ).toBeGreaterThan(200);
    // The page's own violation, made after the dock is up, marks when reports have arrived.
    await strict.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = '/* marker */';
      document.head.append(style);
    });
    await waitFor(() => server.reports.some((r) => r.includes('marker')), { what: 'the marker' });
    expect(server.reports.filter((r) => !r.includes('marker'))).toEqual([]);
  });

  it('one click on the Word button downloads a real .docx of the meeting', async () => {
    await click(panel, 'Review & export');
    await click(panel, 'Export Word (.docx)');
    // Firefox writes to `<name>.part` and then moves it over an empty placeholder `<name>`.
    const dir = join(profile, 'downloads');
    const zip = await waitFor(
      () => {
        const name = readdirSync(dir).find((f) => f.endsWith('.docx'));
        return name ? unzipSync(readFileSync(join(dir, name))) : null;
      },
      { what: 'the .docx download' },
    );
    expect(strFromU8(zip['[Content_Types].xml']!)).toContain('wordprocessingml');
    expect(strFromU8(zip['word/document.xml']!)).toContain('Q3 promotion meeting');
  });

  it('the session guards see an extension page’s errors and its request to another host', async () => {
    const page = await openPage(s, 'sidepanel.html');
    await page.evaluate(() => {
      console.error('guard check: logged');
      setTimeout(() => {
        throw new Error('guard check: uncaught');
      });
      void fetch('http://guard-check.invalid/').catch(() => {});
    });
    await waitFor(
      async () => {
        await s.guards.collect();
        const seen = [...s.guards.errors, ...s.guards.network].join('\n');
        return ['guard check: logged', 'guard check: uncaught', 'guard-check.invalid'].every((x) =>
          seen.includes(x),
        );
      },
      { what: 'the guards to report the error, the uncaught error and the request' },
    );
    // Seen; forgotten again, so that this session's own verdict is about the product.
    s.guards.errors.length = 0;
    s.guards.network.length = 0;
    await page.close();
  });
});
