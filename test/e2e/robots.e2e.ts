import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startRobotServers, type RobotServers } from '../helpers/robot-servers';
import { seedItemsFor, seedMeetingFor } from '../helpers/seed';
import { extensionPath, hasBrowser, useSessions, type Session } from './harness';
import { putRecords, readRecords, type StoreName } from './idb';

/**
 * Group robots end to end: the demo build in Chromium posts to the REAL webhook hosts, which
 * `--host-resolver-rules` sends to the stand-in servers (test/helpers/robot-servers, HTTPS with a
 * throwaway self-signed certificate, `--ignore-certificate-errors`); the stand-ins verify
 * signatures with their own code. The network guard (harness.ts) allows exactly those four hosts
 * and still fails any other request.
 *
 * The host permission: headless Chromium cannot answer the permission prompt of
 * `permissions.request` (no UI; Playwright does not drive it: microsoft/playwright#32755), so the
 * test loads a copy of the demo build whose manifest already grants the four robot hosts; the
 * page still asks (answered at once, as the browser does for a granted host), and the test
 * records what it asked for: exactly the group's host. The component tests cover a refusal.
 */
/** The slice of the extension API the test calls inside the extension's pages and worker. */
declare const chrome: {
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(values: Record<string, unknown>): Promise<void>;
    };
  };
  alarms: { create(name: string, info: { when: number }): void };
};

const HOSTS = ['oapi.dingtalk.com', 'open.feishu.cn', 'open.larksuite.com', 'qyapi.weixin.qq.com'];
const DING_TOKEN = 'e2e0123456789abcdef0123456789abcdef0123456789abcdef0123456789ab';
const DING_SECRET = 'SECe2e0dingtalk0secret0000000000000000000000000000000000000000';
const FEISHU_HOOK = '3f1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';
const FEISHU_SECRET = 'e2eFeishuSecret0';
const WECOM_KEY = '7a1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';
/** A second WeCom robot, revoked by its test (a revoke lasts for the servers' life). */
const REVOKED_KEY = '9e1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';
const WEBHOOK = {
  dingtalk: `https://oapi.dingtalk.com/robot/send?access_token=${DING_TOKEN}`,
  feishu: `https://open.feishu.cn/open-apis/bot/v2/hook/${FEISHU_HOOK}`,
  wecom: `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${WECOM_KEY}`,
};
const MEETING = seedMeetingFor('zh-CN');

let servers: RobotServers;
let build = '';

/** A copy of the demo build that holds the robot hosts (see above); removed after the block. */
function grantedBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'minutes-robots-build-'));
  cpSync(extensionPath, dir, { recursive: true });
  const file = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = HOSTS.map((h) => `https://${h}/*`);
  writeFileSync(file, JSON.stringify(manifest));
  return dir;
}

describe.skipIf(!hasBrowser)('group robots (DingTalk, Feishu, WeCom) end to end', () => {
  beforeAll(async () => {
    servers = await startRobotServers({ https: true });
    build = grantedBuild();
  });
  afterAll(async () => {
    await servers?.close();
    if (build) rmSync(build, { recursive: true, force: true });
  });
  beforeEach(() => {
    servers.dingtalk.addRobot({ token: DING_TOKEN, secret: DING_SECRET });
    servers.feishu.addRobot({ token: FEISHU_HOOK, secret: FEISHU_SECRET });
    servers.wecom.addRobot({ token: WECOM_KEY });
    servers.wecom.addRobot({ token: REVOKED_KEY });
    for (const s of servers.all) s.received.length = 0;
  });
  const sessions = useSessions('en-US', () => ({
    extensionPath: build,
    args: [`--host-resolver-rules=${servers.hostResolverRules()}`, '--ignore-certificate-errors'],
    allowHosts: HOSTS,
  }));

  async function settings(session: Session): Promise<Page> {
    // Records what the page asks the browser for (the call itself goes through unchanged).
    await session.context.addInitScript(() => {
      const api = (
        globalThis as { chrome?: { permissions?: { request: (p: unknown) => Promise<boolean> } } }
      ).chrome;
      if (!api?.permissions) return;
      const request = api.permissions.request.bind(api.permissions);
      const asked: unknown[] = ((globalThis as Record<string, unknown>).__asked = []);
      api.permissions.request = (p: unknown) => (asked.push(p), request(p));
    });
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    await page.getByRole('region', { name: 'Group robots' }).waitFor();
    return page;
  }

  async function addGroup(
    page: Page,
    g: { platform: string; name: string; webhook: string; secret?: string; reminders?: boolean },
  ) {
    const region = page.getByRole('region', { name: 'Group robots' });
    await region.getByRole('button', { name: 'Add a group' }).click();
    const form = region.getByRole('form', { name: 'Add a group' });
    await form.getByLabel('Platform').selectOption(g.platform);
    await form.getByLabel('Group name').fill(g.name);
    await form.getByLabel('Webhook URL').fill(g.webhook);
    if (g.secret) await form.getByLabel('Signing secret (optional)').fill(g.secret);
    if (g.reminders) await form.getByLabel(/Post due-date and overdue reminders/).check();
    await form.getByRole('button', { name: 'Save group' }).click();
    await region.getByText(`Saved ${g.name}.`).waitFor();
  }

  /** The settings page with the DingTalk group (加签) saved: where most tests start. */
  async function withDingTalk(session: Session, more?: { reminders: boolean }): Promise<Page> {
    const page = await settings(session);
    await addGroup(page, {
      platform: 'dingtalk',
      name: '钉钉项目群',
      webhook: WEBHOOK.dingtalk,
      secret: DING_SECRET,
      ...more,
    });
    return page;
  }

  async function groupId(page: Page, name: string): Promise<string> {
    const stored = (await page.evaluate(() => chrome.storage.local.get('robotGroups'))) as {
      robotGroups: { id: string; name: string }[];
    };
    return stored.robotGroups.find((g) => g.name === name)!.id;
  }

  const outbox = (page: Page) =>
    readRecords<{ id: string; state: string; attempts: number; kind: string }[]>(
      page,
      'outbox' as StoreName,
    );

  const worker = (session: Session): Worker => session.context.serviceWorkers()[0]!;

  it('adds DingTalk (加签), Feishu (签名校验) and WeCom groups; each test message arrives signed', async () => {
    const page = await withDingTalk(await sessions.start());
    await addGroup(page, {
      platform: 'feishu',
      name: '飞书项目群',
      webhook: WEBHOOK.feishu,
      secret: FEISHU_SECRET,
    });
    await addGroup(page, { platform: 'wecom', name: '企业微信项目群', webhook: WEBHOOK.wecom });
    const region = page.getByRole('region', { name: 'Group robots' });
    // A saved secret is never shown again.
    expect(await page.content()).not.toContain(DING_SECRET);
    await region
      .getByText(/DingTalk · oapi\.dingtalk\.com · Signing secret \(optional\): Set/)
      .waitFor();

    for (const [name, server] of [
      ['钉钉项目群', servers.dingtalk],
      ['飞书项目群', servers.feishu],
      ['企业微信项目群', servers.wecom],
    ] as const) {
      await region.getByRole('button', { name: `Send a test message to ${name}` }).click();
      await region.getByText(`Test message posted to ${name}.`).waitFor({ timeout: 30_000 });
      const [received] = await server.waitFor(1);
      expect(received!.posted).toBe(true); // the stand-in checked the signature and the format
    }
    expect(await page.evaluate(() => (globalThis as Record<string, unknown>).__asked)).toEqual([
      { origins: ['https://oapi.dingtalk.com/*'] },
      { origins: ['https://open.feishu.cn/*'] },
      { origins: ['https://qyapi.weixin.qq.com/*'] },
    ]);
    // DingTalk's signature is in the query, Feishu's in the body: the documented places.
    expect(servers.dingtalk.received[0]!.query).toMatchObject({ access_token: DING_TOKEN });
    expect(servers.dingtalk.received[0]!.query.sign).toBeTruthy();
    expect(servers.feishu.received[0]!.body).toMatchObject({ sign: expect.any(String) });
    // The secret itself never travels.
    for (const s of servers.all)
      for (const r of s.received)
        expect(r.raw + JSON.stringify(r.query)).not.toContain(DING_SECRET);
  });

  it('sends approved minutes to the group from the review tab: the documented body, a valid sign', async () => {
    const session = await sessions.start();
    const page = await withDingTalk(session);
    await putRecords(page, { meetings: [MEETING], actionItems: seedItemsFor('zh-CN') });
    const panel = await session.context.newPage();
    await panel.goto(`${session.panelUrl}#/meeting/${MEETING.id}`);
    await panel.getByRole('tab', { name: 'Review & export' }).click();
    const send = panel.getByRole('region', { name: 'Send to group' });
    await send.getByRole('button', { name: 'Send to group…' }).click();
    const parts = send.getByRole('list', { name: 'What will be posted' }).getByRole('listitem');
    await parts.first().waitFor();
    const count = await parts.count();
    const previews = await send.locator('pre').allTextContents();
    await send.getByRole('button', { name: `Send ${count} message(s)` }).click();
    await send.getByText(`${count} of ${count} sent to 钉钉项目群.`).waitFor({ timeout: 30_000 });

    const received = await servers.dingtalk.waitFor(count);
    expect(received.every((r) => r.posted)).toBe(true);
    const bodies = received.map(
      (r) => r.body as { msgtype: string; markdown: { title: string; text: string } },
    );
    expect(bodies.map((b) => b.msgtype)).toEqual(Array(count).fill('markdown'));
    const text = bodies.map((b) => b.markdown.text).join('\n');
    expect(text).toContain(MEETING.title);
    expect(text).toContain(MEETING.decisions[0]!.text);
    for (const item of seedItemsFor('zh-CN')) expect(text).toContain(item.task);
    expect(previews.length).toBe(count);
    // Posted to the group counts as distributed: the deadline says when and where, and the
    // "mark as sent" button is gone (the background recorded it when the last part was out).
    const deadlines = panel.getByRole('region', { name: 'Deadlines' });
    await deadlines
      .getByText(/^Sent .+ to 钉钉项目群 \(DingTalk\)\.$/)
      .waitFor({ timeout: 30_000 });
    expect(await deadlines.getByRole('button', { name: 'Mark as sent to attendees' }).count()).toBe(
      0,
    );
    await send
      .getByRole('listitem')
      .getByText(/^Sent .+ to 钉钉项目群 \(DingTalk\)\.$/)
      .waitFor();
    // The outbox shows them sent.
    await page.reload();
    const box = page.getByRole('region', { name: 'Outbox' });
    await box.getByText('Sent').first().waitFor();
  });

  it('a revoked webhook fails with the platform’s own words, and can be sent again', async () => {
    const session = await sessions.start();
    const page = await settings(session);
    const webhook = WEBHOOK.wecom.replace(WECOM_KEY, REVOKED_KEY);
    await addGroup(page, { platform: 'wecom', name: '企业微信项目群', webhook });
    servers.wecom.revoke(REVOKED_KEY);
    const region = page.getByRole('region', { name: 'Group robots' });
    await region.getByRole('button', { name: 'Send a test message to 企业微信项目群' }).click();
    await region
      // The platform's code and words (WeCom 93000), as the stand-in answered them.
      .getByText(
        '企业微信项目群: the platform answered “93000 invalid webhook url, hint: [stand-in]”.',
      )
      .waitFor({ timeout: 30_000 });
    const box = page.getByRole('region', { name: 'Outbox' });
    await box.getByText(/The platform answered: 93000 invalid webhook url/).waitFor();
    await box.getByRole('button', { name: 'Send “Test → 企业微信项目群” again' }).waitFor();
    expect(servers.wecom.posted()).toEqual([]);
  });

  it('a due-date reminder and the weekly digest post to the group at their (faked) time', async () => {
    const session = await sessions.start();
    const page = await withDingTalk(session, { reminders: true });
    // An item due today whose owner has a mobile number on the roster: @mentioned.
    const today = new Date().toLocaleDateString('sv'); // YYYY-MM-DD, this machine's zone
    const [first, ...rest] = seedItemsFor('zh-CN');
    const due = { ...first!, dueDate: today, status: 'in_progress' };
    const meeting = {
      ...MEETING,
      attendees: MEETING.attendees.map((a) =>
        a.name === due.ownerName ? { ...a, contact: '13800138000' } : a,
      ),
    };
    await putRecords(page, { meetings: [meeting], actionItems: [due, ...rest] });
    // "Yesterday" was the last run: today's 00:00 reminder fell while the browser was away.
    await page.evaluate(() =>
      chrome.storage.local.set({ reminderLastRunAt: Date.now() - 86_400_000 }),
    );
    await page.evaluate(() =>
      chrome.storage.local.set({
        reminderSettings: { lead: 'sameDay', workingDaysOnly: false, hour: 0 },
      }),
    );
    const [reminder] = await servers.dingtalk.waitFor(1, 30_000);
    expect(reminder!.posted).toBe(true);
    const body = reminder!.body as { markdown: { text: string }; at?: { atMobiles?: string[] } };
    expect(body.markdown.text).toContain(due.task);
    expect(body.at?.atMobiles).toEqual(['13800138000']);
    expect(body.markdown.text).toContain('@13800138000');

    // The digest: set for today, 00:00, last posted three days ago; its alarm fires now.
    const id = await groupId(page, '钉钉项目群');
    const day = new Date().getDay();
    await page.evaluate(
      async ({ id, day }) => {
        const { robotGroups } = (await chrome.storage.local.get('robotGroups')) as {
          robotGroups: { id: string; digest: unknown }[];
        };
        for (const g of robotGroups) if (g.id === id) g.digest = { day, time: '00:00' };
        await chrome.storage.local.set({ robotDigestRuns: { [id]: Date.now() - 3 * 86_400_000 } });
        await chrome.storage.local.set({ robotGroups });
      },
      { id, day },
    );
    const all = await servers.dingtalk.waitFor(2, 30_000);
    const digest = all[1]!.body as { markdown: { title: string; text: string } };
    expect(all[1]!.posted).toBe(true);
    expect(digest.markdown.text).toContain(rest[1]!.task); // the delayed item, with its reason
    expect(digest.markdown.text).toContain(rest[1]!.delayReason);
    // Once: the record moved on, a second wake-up posts nothing more.
    await worker(session).evaluate(() =>
      chrome.alarms.create('robots:digest', { when: Date.now() }),
    );
    const kinds = async () => (await outbox(page)).map((m) => m.kind).sort();
    await expect.poll(kinds).toEqual(['digest', 'reminder']);
  });

  it('the browser killed between queueing and sending, the server down then up: sent once', async () => {
    const first = await sessions.start();
    let page = await withDingTalk(first);
    await servers.dingtalk.down();
    const region = page.getByRole('region', { name: 'Group robots' });
    await region.getByRole('button', { name: 'Send a test message to 钉钉项目群' }).click();
    // Stored, tried once (refused: the server is down), waiting for its next try.
    await expect
      .poll(async () => (await outbox(page)).map((m) => [m.state, m.attempts > 0]), {
        timeout: 30_000,
      })
      .toEqual([['queued', true]]);

    const again = await sessions.killAndRelaunch(first);
    await servers.dingtalk.up();
    page = await settings(again);
    // The background sends it after its backoff (an alarm), once.
    const [received] = await servers.dingtalk.waitFor(1, 90_000);
    expect(received!.posted).toBe(true);
    await expect
      .poll(async () => (await outbox(page)).map((m) => m.state), { timeout: 30_000 })
      .toEqual(['sent']);
    expect(servers.dingtalk.received.length).toBe(1);
  }, 180_000);

  it('the network guard still fails a request to any host the test did not configure', async () => {
    const session = await sessions.start();
    const page = await settings(session);
    await page.evaluate(() => fetch('https://example.com/robot').catch(() => null));
    await expect.poll(() => session.network).toEqual(['https://example.com/robot']);
    session.network.length = 0; // seen: the guard works; the session may close cleanly
  });
});
