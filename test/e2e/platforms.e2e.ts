import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { hasBrowser, openPanel, useSharedBrowser } from './harness';
import { hasPageScript, overlayDecided } from './overlay-decided';

/**
 * The real meeting hostnames, routed to a fixture page (no network): the overlay appears on
 * meeting pages and stays off the same sites' other pages; the docked panel opens beside the
 * meeting, edits, and closes leaving the page as it was; new minutes are pre-filled.
 */
const fixture = readFileSync(join(process.cwd(), 'test/fixtures/pages/meeting.html'), 'utf8');

const CASES: [platform: string, meeting: string, title: string, notMeeting: string][] = [
  [
    'tencent',
    'https://meeting.tencent.com/dm/E9PPpvNCArg5',
    '张三预定的会议 | 会议号：123 456 789 - 腾讯会议',
    'https://meeting.tencent.com/download/',
  ],
  [
    'meet',
    'https://meet.google.com/abc-defg-hij',
    'Meet - abc-defg-hij',
    'https://meet.google.com/landing',
  ],
  ['zoom', 'https://app.zoom.us/wc/85212345678/join', 'Zoom Meeting', 'https://zoom.us/pricing'],
  [
    'teams',
    'https://teams.microsoft.com/meet/21234567890123?p=AbCd',
    'Weekly sync | Microsoft Teams',
    'https://www.microsoft.com/microsoft-teams/',
  ],
  ['feishu', 'https://vc.feishu.cn/j/414822034', '飞书视频会议', 'https://www.feishu.cn/'],
  [
    'dingtalk',
    'https://meeting.dingtalk.com/j/EQzqQVtJoro',
    '钉钉会议',
    'https://www.dingtalk.com/',
  ],
  ['webex', 'https://acme.webex.com/meet/jdoe', 'Webex', 'https://www.webex.com/pricing'],
  [
    'jitsi',
    'https://meet.jit.si/Q3PromotionSync',
    'Q3PromotionSync | Jitsi Meet',
    'https://meet.jit.si/',
  ],
  [
    'whereby',
    'https://whereby.com/q3-promotion',
    'Whereby',
    'https://whereby.com/information/pricing',
  ],
];

/** The docked panel's frame, found in the page's frame tree (its host's shadow root is closed). */
async function dockFrame(page: Page): Promise<Frame> {
  const find = () => page.frames().find((f) => f.url().includes('/sidepanel.html'));
  await expect.poll(() => !!find(), { timeout: 10_000 }).toBe(true);
  return find()!;
}

describe.skipIf(!hasBrowser)('meeting sites', () => {
  const shared = useSharedBrowser('test/fixtures/pages');

  beforeAll(async () => {
    await shared.session.context.route(/^https:\/\//, (route) => {
      const url = new URL(route.request().url());
      const title = CASES.find(([, m, , n]) => m === url.href || n === url.href)?.[2] ?? 'Page';
      return route.fulfill({
        contentType: 'text/html',
        body: fixture.replace('Fixture meeting', title),
      });
    });
    // A meeting is running, so meeting pages show the overlay.
    const panel = await openPanel(shared.session);
    await panel.getByRole('button', { name: /New meeting/ }).click();
    await panel.getByLabel('Meeting name').fill('Cross-site sync');
    await panel.getByRole('tab', { name: 'Timer' }).click();
    await panel.getByRole('button', { name: /Start the meeting/ }).click();
  });

  /**
   * The overlays on `page` once nothing more can add one: where the page script runs, after it
   * had its answer; where it does not run (its URL matches no content-script pattern), nothing
   * of the extension is in the page to add one, so the loaded page is final.
   */
  const overlayShown = async (page: Page) => {
    if (hasPageScript(page.url())) await overlayDecided(shared.session, page);
    return page.locator('minutes-overlay').count();
  };

  it.each(CASES)(
    '%s: overlay on its meeting page, not on the site’s other pages',
    async (_p, meeting, _t, notMeeting) => {
      const page = await shared.session.context.newPage();
      await page.goto(meeting);
      await page.locator('minutes-overlay').getByText('Opening').waitFor({ timeout: 3000 });
      await page.goto(notMeeting);
      expect(await overlayShown(page)).toBe(0);
      await page.close();
    },
  );

  it('docking on a meeting page whose CSP forbids inline styles sends the site no report', async () => {
    const url = 'https://meet.google.com/csp-test-abc';
    const reports: string[] = [];
    await shared.session.context.route(/^https:\/\/meet\.google\.com\//, (route) => {
      const request = route.request();
      if (request.method() === 'POST') {
        reports.push(request.postData() ?? '');
        return route.fulfill({ status: 204 });
      }
      return route.fulfill({
        contentType: 'text/html',
        headers: {
          'content-security-policy':
            "default-src 'self'; style-src 'self' 'report-sample'; report-uri /csp-report",
        },
        body: '<!doctype html><title>Meet - csp-test-abc</title><p>A strict meeting</p>',
      });
    });
    const page = await shared.session.context.newPage();
    await page.goto(url);
    await page
      .locator('minutes-overlay')
      .getByRole('button', { name: /Dock the minutes panel/ })
      .click();
    await (await dockFrame(page)).getByText(/New meeting/).waitFor();
    // The dock's rules apply: the meeting is narrowed to make room for the panel.
    expect(
      await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).marginRight)),
    ).toBeGreaterThan(200);
    // The page's own violation, made after the dock is up, marks when reports have arrived.
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = '/* marker */';
      document.head.append(style);
    });
    await expect.poll(() => reports.some((r) => r.includes('marker'))).toBe(true);
    expect(reports.filter((r) => !r.includes('marker'))).toEqual([]);
    await shared.session.context.unroute(/^https:\/\/meet\.google\.com\//);
    await page.close();
  });

  it('docks the panel beside the meeting, edits there, pre-fills, and undocks cleanly', async () => {
    const page = await shared.session.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(CASES[0]![1]);
    const controls = page.locator('#controls');
    // Counted once the overlay is there: it comes after load, and stays after the undock.
    await page.locator('minutes-overlay').getByText('Opening').waitFor();
    const before = await controls.boundingBox();
    const nodesBefore = await page.evaluate(() => document.querySelectorAll('*').length);
    await page
      .locator('minutes-overlay')
      .getByRole('button', { name: /Dock the minutes panel/ })
      .click();
    // The dock's shadow root is closed: the page sees the host element, not the frame or its URL
    // (use_dynamic_url's secret). The test finds the frame through the browser's frame tree.
    await page.locator('minutes-dock').waitFor();
    expect(
      await page.evaluate(() => document.querySelector('minutes-dock')!.shadowRoot),
    ).toBeNull();
    expect(
      await page.evaluate(() => {
        try {
          return window.frames[0]?.location.href ?? 'no frame';
        } catch {
          return 'hidden';
        }
      }),
    ).toMatch(/^(hidden|no frame)$/);
    const frame = await dockFrame(page);
    await frame.getByRole('heading', { name: 'This meeting page' }).waitFor();
    // The meeting's own layout got narrower instead of being covered.
    const docked = await controls.boundingBox();
    const dock = await page.locator('minutes-dock').boundingBox();
    expect(docked!.width).toBeLessThan(before!.width);
    expect(docked!.x + docked!.width).toBeLessThanOrEqual(dock!.x + 1);
    // New minutes pre-filled from the page: platform, code, title, link.
    await frame.getByText('Tencent Meeting · 123456789').waitFor();
    await frame.getByRole('button', { name: 'Start minutes for this meeting' }).click();
    await expect.poll(() => frame.getByLabel('Meeting name').inputValue()).toBe('张三预定的会议');
    expect(await frame.getByLabel('Online platform').inputValue()).toBe('tencent');
    expect(await frame.getByLabel('Meeting link').inputValue()).toBe(CASES[0]![1]);
    await frame.getByLabel('Core goal').fill('在会议旁边记录');
    // The timer stays in view, left of the dock. Undock: the page is as it was.
    const timer = await page.locator('minutes-overlay').boundingBox();
    expect(timer!.x + timer!.width).toBeLessThanOrEqual(dock!.x);
    // The close button is inside the closed root: clicked where it is, top of the dock's strip.
    await page.mouse.click(dock!.x + 7, dock!.y + 10);
    await expect.poll(() => page.locator('minutes-dock').count()).toBe(0);
    expect(await controls.boundingBox()).toEqual(before);
    expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBe(nodesBefore);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    // What was typed in the docked panel is in the same store as the side panel's.
    const panel = await openPanel(shared.session);
    await panel.getByRole('button', { name: 'Open 张三预定的会议' }).click();
    await expect.poll(() => panel.getByLabel('Core goal').inputValue()).toBe('在会议旁边记录');
  });

  it('a page that frames the panel itself (its URL leaked) gets a refusal and no data', async () => {
    const page = await shared.session.context.newPage();
    await page.goto(CASES[0]![1]);
    // Our own dock is open and works...
    await page
      .locator('minutes-overlay')
      .getByRole('button', { name: /Dock the minutes panel/ })
      .click();
    const dock = await dockFrame(page);
    await dock.getByRole('heading', { name: 'This meeting page' }).waitFor();
    // ...while the page frames the panel page itself, twice: once waiting for a token, once
    // posting a made-up one. The dynamic URL is taken from the extension, as if it had leaked.
    const [worker] = shared.session.context.serviceWorkers();
    type Runtime = { chrome: { runtime: { getURL(path: string): string } } };
    const url = await worker!.evaluate(() =>
      (globalThis as unknown as Runtime).chrome.runtime.getURL('sidepanel.html'),
    );
    await page.evaluate((src) => {
      for (const name of ['waiting', 'forged']) {
        const frame = document.createElement('iframe');
        frame.name = name;
        frame.src = src;
        if (name === 'forged') {
          frame.onload = () =>
            frame.contentWindow!.postMessage(
              { type: 'minutes:dock-grant', token: '00000000-0000-4000-8000-000000000000' },
              '*',
            );
        }
        document.body.append(frame);
      }
    }, url);
    for (const name of ['forged', 'waiting']) {
      await expect.poll(() => !!page.frame({ name })).toBe(true);
      const frame = page.frame({ name })!;
      const refusal = frame.getByRole('alert');
      await refusal.waitFor({ timeout: 20_000 });
      expect(await refusal.textContent()).toContain('Another page has put it inside itself');
      expect(await frame.locator('body').textContent()).not.toContain('Cross-site sync');
      expect(await frame.getByRole('button').count()).toBe(0);
    }
    // The dock is unaffected.
    await dock.getByRole('heading', { name: 'This meeting page' }).waitFor();
    await page.close();
  });
});
