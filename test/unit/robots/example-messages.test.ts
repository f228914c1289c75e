// @vitest-environment node
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueue } from '../../../lib/outbox/actions';
import { runOutbox } from '../../../lib/outbox/runner';
import { robotChannel } from '../../../lib/robots/channel';
import { partsFor, robotDrafts } from '../../../lib/robots/format';
import { minutesContent } from '../../../lib/robots/format/minutes';
import type { RobotGroup } from '../../../lib/robots/types';
import { openMinutesDB } from '../../../lib/store/db';
import { outboxStore } from '../../../lib/store/outbox';
import { golden } from '../../helpers/golden';
import { exampleToSend, NOW } from '../../helpers/robot-fixtures';
import { startRobotServers, type RobotServers } from '../../helpers/robot-servers';

/**
 * What each platform receives for the template's example meeting (lib/example.ts, approved, with
 * its decisions and action plan: test/helpers/robot-fixtures.ts), as the stand-in server recorded
 * the request body: test/fixtures/robots/example-<platform>.json.golden. Signature fields, which change
 * with the clock, are shown as "<sign>" / "<timestamp>". UPDATE_GOLDEN=1 rewrites them.
 */
const env = { update: process.env.UPDATE_GOLDEN === '1', ci: process.env.CI === 'true' };
const SECRET = 'SECexample';
const groups: RobotGroup[] = [
  {
    id: 'dingtalk',
    platform: 'dingtalk',
    name: '项目Q3推广',
    webhook: `https://oapi.dingtalk.com/robot/send?access_token=${'e'.repeat(64)}`,
    secret: SECRET,
    keyword: '纪要',
    digest: null,
  },
  {
    id: 'feishu',
    platform: 'feishu',
    name: '项目Q3推广',
    webhook: 'https://open.feishu.cn/open-apis/bot/v2/hook/3a4b5c6d-7e8f-4a0b-9c1d-2e3f4a5b6c7d',
    secret: SECRET,
    digest: null,
  },
  {
    id: 'wecom',
    platform: 'wecom',
    name: '项目Q3推广',
    webhook:
      'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=3a4b5c6d-7e8f-4a0b-9c1d-2e3f4a5b6c7d',
    digest: null,
  },
];

let servers: RobotServers;
beforeAll(async () => {
  servers = await startRobotServers();
  servers.dingtalk.addRobot({ token: 'e'.repeat(64), secret: SECRET, keywords: ['纪要'] });
  servers.feishu.addRobot({ token: '3a4b5c6d-7e8f-4a0b-9c1d-2e3f4a5b6c7d', secret: SECRET });
  servers.wecom.addRobot({ token: '3a4b5c6d-7e8f-4a0b-9c1d-2e3f4a5b6c7d' });
});
afterAll(() => servers.close());

describe('the example meeting as each platform receives it', () => {
  it('is posted to DingTalk, Feishu and WeCom and matches the recorded bodies', async () => {
    const db = await openMinutesDB(`example-${Math.random()}`);
    const store = outboxStore(async () => db);
    const { meeting, items } = exampleToSend();
    const content = minutesContent(
      { meeting, items, locale: 'zh-CN', now: NOW },
      { timeZone: 'Asia/Shanghai' },
    );
    for (const g of groups) {
      await enqueue(
        store,
        robotDrafts(g, partsFor(g, content, 'zh-CN'), 'minutes', meeting.id),
        NOW,
      );
    }
    const report = await runOutbox({
      store,
      channels: {
        robot: robotChannel({
          getGroup: async (id) => groups.find((g) => g.id === id) ?? null,
          fetch: servers.fetch,
          now: () => Date.now(),
        }),
      },
      now: () => Date.now(),
    });
    expect(report.failed).toEqual([]);
    for (const server of [servers.dingtalk, servers.feishu, servers.wecom]) {
      const received = server.posted().map((r) => ({
        path: r.path,
        query: Object.fromEntries(
          Object.entries(r.query).map(([k, v]) => [
            k,
            k === 'sign' ? '<sign>' : k === 'timestamp' ? '<timestamp>' : v,
          ]),
        ),
        body: JSON.parse(
          JSON.stringify(r.body, (k, v: unknown) =>
            k === 'sign' ? '<sign>' : k === 'timestamp' ? '<timestamp>' : v,
          ),
        ) as unknown,
      }));
      expect(received.length).toBeGreaterThan(0);
      const text = `${JSON.stringify(received, null, 2)}\n`;
      const file = join(
        process.cwd(),
        'test/fixtures/robots',
        `example-${server.platform}.json.golden`,
      );
      expect(text).toBe(golden(file, text, env));
    }
    db.close();
  });
});
