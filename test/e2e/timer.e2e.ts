import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { serveDir } from '../../scripts/serve.mjs';
import {
  closeSession,
  hasBrowser,
  launch,
  newProfile,
  openPanel,
  removeProfile,
  type Session,
} from './harness';

/** The agenda timer in the panel and its overlay on the (demo) meeting page share one timer. */
describe.skipIf(!hasBrowser)('agenda timer and overlay', () => {
  let server: { url: string; close: () => void };
  let session: Session | null = null;
  let profile = '';

  beforeAll(async () => {
    server = await serveDir(join(process.cwd(), 'demo'), { prefix: '/minutes-demo/' });
  });
  afterAll(() => server.close());
  afterEach(async () => {
    await closeSession(session);
    session = null;
    removeProfile(profile);
  });

  const overlay = (page: Page) => page.locator('minutes-overlay');
  const overlayClock = (page: Page) => overlay(page).locator('[role=timer]');
  const seconds = (clock: string) => {
    const [m, s] = clock.replace('+', '').split(':').map(Number);
    return (clock.startsWith('+') ? -1 : 1) * (m! * 60 + s!);
  };

  async function meetingWithAgenda(panel: Page) {
    await panel.getByRole('button', { name: /New meeting/ }).click();
    await panel.getByLabel('Meeting name').fill('Q3 promotion meeting');
    await panel.getByRole('tab', { name: 'Agenda' }).click();
    await panel.getByRole('button', { name: '+ Add topic' }).click();
    await panel.getByLabel('Topic 2').fill('Q2 review');
    await panel.getByRole('tab', { name: 'Timer' }).click();
  }

  it('panel and overlay drive one timer that survives closing the panel and a browser restart', async () => {
    profile = newProfile();
    session = await launch(profile);
    const panel = await openPanel(session);
    await meetingWithAgenda(panel);
    const meeting = await session.context.newPage();
    await meeting.goto(`${server.url}meeting.html`);
    await expect(overlay(meeting).count()).resolves.toBe(0); // nothing while no meeting runs

    await panel.getByRole('button', { name: /Start the meeting/ }).click();
    await panel.locator('.clock-topic', { hasText: 'Opening' }).waitFor();

    // The overlay shows the same topic, and it counts down (how fast: `npm run bench`).
    await overlay(meeting).getByText('Opening').waitFor({ timeout: 5000 });
    const first = seconds(await overlayClock(meeting).innerText());
    expect(first).toBeGreaterThan(170);
    expect(first).toBeLessThanOrEqual(180);
    await expect
      .poll(async () => seconds(await overlayClock(meeting).innerText()), { timeout: 5000 })
      .toBeLessThan(first);

    // Pause from the overlay: the panel shows it paused.
    await overlay(meeting).getByRole('button', { name: 'Pause' }).click();
    await panel.getByRole('button', { name: /Resume/ }).waitFor({ timeout: 5000 });
    await panel.locator('.phase', { hasText: 'Paused' }).waitFor();
    const pausedAt = await panel.locator('.clock').innerText();
    // A fixed wait is the right bound here: a running clock changes its text every second, so
    // 1.2 s without a change shows it paused (the overlay wakes once per displayed second).
    await meeting.waitForTimeout(1200);
    expect(await overlayClock(meeting).innerText()).toBe(pausedAt);

    // Next from the overlay, while the panel is closed; reopen it: it shows the right topic and time.
    await overlay(meeting).getByRole('button', { name: 'Resume' }).click();
    const meetingUrl = panel.url();
    await panel.close();
    await overlay(meeting).getByRole('button', { name: 'Next topic' }).click();
    await overlay(meeting).getByText('Q2 review').waitFor();
    const reopened = await openPanel(session, `#/meeting/${meetingUrl.split('#/meeting/')[1]}`);
    await reopened.locator('.clock-topic', { hasText: 'Q2 review' }).waitFor();
    const panelSeconds = seconds(await reopened.locator('.clock').innerText());
    expect(
      Math.abs(panelSeconds - seconds(await overlayClock(meeting).innerText())),
    ).toBeLessThanOrEqual(1);
    expect(panelSeconds).toBeGreaterThan(10 * 60 - 5);
    // The opening's actual time was recorded in the minutes while the panel was closed.
    const openingActual = reopened.locator('.topic-times tbody tr').first().locator('td').nth(3);
    await expect.poll(() => openingActual.innerText()).not.toBe('–');

    // Restart the browser mid-topic: the timer resumes where real time says it should be.
    await session.context.close();
    const beforeRestart = Date.now();
    session = await launch(profile);
    const after = await openPanel(session, `#/meeting/${meetingUrl.split('#/meeting/')[1]}`);
    await after.locator('.clock-topic', { hasText: 'Q2 review' }).waitFor();
    const elapsedOutside = (Date.now() - beforeRestart) / 1000;
    const afterSeconds = seconds(await after.locator('.clock').innerText());
    expect(afterSeconds).toBeLessThanOrEqual(panelSeconds);
    expect(afterSeconds).toBeGreaterThanOrEqual(panelSeconds - elapsedOutside - 30);
    const page = await session.context.newPage();
    await page.goto(`${server.url}meeting.html`);
    await overlay(page).getByText('Q2 review').waitFor({ timeout: 5000 });
  });

  it('the overlay stays off pages that are not the meeting page', async () => {
    profile = newProfile();
    session = await launch(profile);
    const panel = await openPanel(session);
    await meetingWithAgenda(panel);
    await panel.getByRole('button', { name: /Start the meeting/ }).click();
    const other = await session.context.newPage();
    await other.goto(server.url.replace('/minutes-demo/', '/elsewhere/'));
    const meeting = await session.context.newPage();
    await meeting.goto(`${server.url}meeting.html`);
    await overlay(meeting).getByText('Opening').waitFor();
    expect(await overlay(other).count()).toBe(0);
  });
});
