import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRobotServers, type RobotServers } from '../../helpers/robot-servers';
import { acceptPrompt, prompts } from './browser-ui';
import {
  closeFirefox,
  hasFirefox,
  launchFirefox,
  newProfile,
  removeProfile,
  type FirefoxSession,
} from './firefox';
import { openPage, waitFor } from './pages';
import { click, field, shows, type } from './ui';

/**
 * A DingTalk group robot set up in Firefox as a user does it. The webhook is the real host
 * (`oapi.dingtalk.com`); the session's proxy passes its connections to the stand-in server
 * (test/helpers/robot-servers, HTTPS with a throwaway certificate), which checks the 加签
 * signature with its own code. Unlike the Chromium suite, which cannot answer the browser's
 * permission prompt and loads a build that already holds the hosts, Firefox shows its real
 * prompt for exactly the group's host, and the test answers it.
 */
const TOKEN = 'ffe2e123456789abcdef0123456789abcdef0123456789abcdef0123456789a';
const SECRET = 'SECffe2e0dingtalk0secret000000000000000000000000000000000000000';
const WEBHOOK = `https://oapi.dingtalk.com/robot/send?access_token=${TOKEN}`;

describe.skipIf(!hasFirefox)('group robots in Firefox', () => {
  let servers: RobotServers;
  let session: FirefoxSession | null = null;
  let profile = '';
  beforeAll(async () => {
    servers = await startRobotServers({ https: true });
    servers.dingtalk.addRobot({ token: TOKEN, secret: SECRET });
  });
  afterAll(async () => {
    await closeFirefox(session);
    removeProfile(profile);
    await servers?.close();
  });

  it('adds a DingTalk group (加签); its test message asks for that host alone and arrives signed', async () => {
    profile = newProfile();
    session = await launchFirefox(profile, {
      install: true,
      origins: ['https://oapi.dingtalk.com'],
      tunnels: { 'oapi.dingtalk.com': servers.dingtalk.port },
    });
    const settings = await openPage(session, 'options.html');
    await click(settings, 'Add a group');
    await (
      (await field(settings, 'Platform')) as unknown as { select(v: string): Promise<unknown> }
    ).select('dingtalk');
    await type(settings, 'Group name', '钉钉项目群');
    await type(settings, 'Webhook URL', WEBHOOK);
    await type(settings, 'Signing secret (optional)', SECRET);
    await click(settings, 'Save group');
    await shows(settings, 'Saved 钉钉项目群.');
    expect(await prompts(session)).toEqual([]); // nothing asked until the test message

    await click(settings, 'Send a test message to 钉钉项目群');
    await waitFor(() => acceptPrompt(session!, 'addon-webext-permissions'), {
      what: 'the permission prompt for oapi.dingtalk.com',
    });
    await shows(settings, 'Test message posted to 钉钉项目群.');
    const [received] = await servers.dingtalk.waitFor(1);
    expect(received!.posted).toBe(true); // the stand-in checked the signature and the format
    expect(received!.query).toMatchObject({ access_token: TOKEN, sign: expect.any(String) });
    expect(received!.raw + JSON.stringify(received!.query)).not.toContain(SECRET);
    // What the user allowed is exactly the group's host.
    const granted = await settings.evaluate(() =>
      (
        globalThis as unknown as {
          browser: { permissions: { getAll(): Promise<{ origins: string[] }> } };
        }
      ).browser.permissions.getAll(),
    );
    expect(granted.origins).toEqual(['https://oapi.dingtalk.com/*']);
  }, 180_000);
});
