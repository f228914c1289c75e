import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasBrowser, openPanel, useSessions, type Session } from './harness';
import { activateTab, newTab, openSidePanel, WAIT } from './side-panel';

/**
 * The side panel beside the tab the user is on: its "this meeting page" card follows the tab
 * (navigated to a meeting, switched to another tab, left for another site), and the minutes it
 * starts keep the meeting code and the join link. The real hostnames are routed to a fixture page.
 */
const fixture = readFileSync(join(process.cwd(), 'test/fixtures/pages/meeting.html'), 'utf8');
const TENCENT = 'https://meeting.tencent.com/dm/E9PPpvNCArg5';
const WEB_CLIENT = 'https://meeting.tencent.com/dw/?meeting_code=375539623';
const TITLES: Record<string, string> = {
  [TENCENT]: '张三预定的会议 | 会议号：123 456 789 - 腾讯会议',
  [WEB_CLIENT]: '腾讯会议网页版',
  'https://meeting.tencent.com/download/': '下载中心 - 腾讯会议',
  'https://oa.example.com/': '公司 OA',
  'https://oa.example.com/other': '公司 OA 审批',
};
const CARD = 'This meeting page';

/**
 * The fixture sites, and an extension page to drive tabs from. First the welcome page: the
 * extension opens it on install as the active tab of a window, and on a loaded machine it may come
 * seconds late, after the test made its own tab the active one (then the panel is beside the
 * welcome page and never shows the card; seen in CI). Waiting for it makes the order fixed.
 */
async function sites(session: Session) {
  await expect
    .poll(() => session.context.pages().some((p) => p.url().endsWith('/welcome.html')), WAIT)
    .toBe(true);
  await session.context.route(/^https:\/\//, (route) => {
    const title = TITLES[route.request().url()] ?? 'Page';
    return route.fulfill({
      contentType: 'text/html',
      body: fixture.replace('Fixture meeting', title),
    });
  });
  const ext = await session.context.newPage();
  await ext.goto(`chrome-extension://${session.extensionId}/options.html`);
  return ext;
}

describe.skipIf(!hasBrowser)('the side panel beside the tab', () => {
  const { start } = useSessions();

  it('shows the meeting page card for the tab it is beside, and only while it is a meeting', async () => {
    const session = await start();
    const ext = await sites(session);
    const tab = await newTab(ext, 'https://oa.example.com/');
    const panel = await openSidePanel(session, ext);
    await panel.waitForText('New meeting');

    // The tab goes to a meeting: the card appears, with no reopening of the panel.
    await tab.page.goto(TENCENT);
    await panel.waitForText('Tencent Meeting · 123456789 · 张三预定的会议');
    // Another tab in front: no meeting there.
    const other = await newTab(ext, 'https://oa.example.com/other');
    await panel.waitForText(CARD, false);
    // Back to the meeting's tab.
    await activateTab(ext, tab.id);
    await panel.waitForText('Tencent Meeting · 123456789');
    // The tab leaves the meeting for the site's download page, then for the company's OA.
    await tab.page.goto('https://meeting.tencent.com/download/');
    await panel.waitForText(CARD, false);
    await tab.page.goto(TENCENT);
    await panel.waitForText('Tencent Meeting · 123456789');
    await tab.page.goto('https://oa.example.com/');
    await panel.waitForText(CARD, false);
    await other.page.close();
  });

  it('keeps the meeting code and join link of the web client, not the site’s name', async () => {
    const session = await start();
    const ext = await sites(session);
    const tab = await newTab(ext, WEB_CLIENT);
    const panel = await openSidePanel(session, ext);
    await panel.waitForText('Tencent Meeting · 375539623');
    expect(await panel.text()).not.toContain('腾讯会议网页版');
    await panel.click('Start minutes for this meeting');
    await expect.poll(() => panel.evaluate<string>('location.hash'), WAIT).toMatch(/^#\/meeting\//);
    const hash = await panel.evaluate<string>('location.hash');
    await tab.page.close();

    const minutes = await openPanel(session, hash);
    await expect
      .poll(() => minutes.getByLabel('Meeting code').inputValue(), WAIT)
      .toBe('375539623');
    expect(await minutes.getByLabel('Meeting name').inputValue()).toBe('');
    expect(await minutes.getByLabel('Meeting link').inputValue()).toBe(WEB_CLIENT);
    await minutes.getByLabel('Meeting name').fill('Q3 sync');
    await minutes.getByRole('tab', { name: 'Review & export' }).click();
    await minutes.getByRole('button', { name: 'More export formats' }).click();
    const [download] = await Promise.all([
      minutes.waitForEvent('download'),
      minutes.getByRole('menuitem', { name: 'Export Markdown (.md)' }).click(),
    ]);
    // Markdown escapes the `_` of the link (user text never becomes markup); it reads the same.
    const markdown = readFileSync((await download.path())!, 'utf8').replace(/\\(.)/g, '$1');
    expect(markdown).toMatch(/\*\*(?:Meeting code|会议号)\*\*: ?375539623/);
    expect(markdown).toContain(WEB_CLIENT);
  });
});
