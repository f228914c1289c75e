// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dropMessage, enqueue, retryMessage, type Draft } from '../../../lib/outbox/actions';
import {
  runOutbox,
  UNKNOWN_CRASH,
  UNKNOWN_TIMEOUT,
  type RunnerDeps,
} from '../../../lib/outbox/runner';
import type { OutboxChannel } from '../../../lib/outbox/types';
import { robotChannel } from '../../../lib/robots/channel';
import { partsFor, robotDrafts, testContent } from '../../../lib/robots/format';
import { minutesContent } from '../../../lib/robots/format/minutes';
import type { RobotGroup } from '../../../lib/robots/types';
import { openMinutesDB } from '../../../lib/store/db';
import { outboxStore, type OutboxStore } from '../../../lib/store/outbox';
import { startRobotServers, type RobotServers } from '../../helpers/robot-servers';
import { dingtalkSignOk, feishuSignOk } from '../../helpers/robot-servers';
import { exampleToSend, NOW } from '../../helpers/robot-fixtures';

/**
 * The outbox over real HTTP against the stand-in servers: order, once-only delivery across a
 * crash, backoff when the server is down, the platforms' rate limits, their error texts, and the
 * user's retry and drop. The runner's clock is a variable the test moves; nothing sleeps.
 */
const SECRET = 'SECstand-in-secret-0123456789';
const TOKEN = 'd'.repeat(64);
const UUID = '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';
const WECOM_KEY = '11111111-2222-4333-8444-555555555555';

let servers: RobotServers;
let store: OutboxStore;
let clock: number;
let groups: Map<string, RobotGroup>;
let dbn = 0;

const deps = (over: Partial<RunnerDeps> = {}): RunnerDeps => ({
  store,
  channels: {
    robot: robotChannel({
      getGroup: async (id) => groups.get(id) ?? null,
      fetch: servers.fetch,
      // The test's clock everywhere: signatures, the runner, the stand-ins' checks and windows.
      now: () => clock,
    }),
  },
  now: () => clock,
  ...over,
});

const ding: RobotGroup = {
  id: 'g-ding',
  platform: 'dingtalk',
  name: '钉钉群',
  webhook: `https://oapi.dingtalk.com/robot/send?access_token=${TOKEN}`,
  secret: SECRET,
  keyword: '纪要',
  digest: null,
};
const feishu: RobotGroup = {
  id: 'g-feishu',
  platform: 'feishu',
  name: '飞书群',
  webhook: `https://open.feishu.cn/open-apis/bot/v2/hook/${UUID}`,
  secret: SECRET,
  digest: null,
};
const wecom: RobotGroup = {
  id: 'g-wecom',
  platform: 'wecom',
  name: '企微群',
  webhook: `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${WECOM_KEY}`,
  digest: null,
};

const testDrafts = (g: RobotGroup, n = 1): Draft[] =>
  Array.from({ length: n }, (_, i) =>
    robotDrafts(
      g,
      partsFor(g, testContent(`${g.name}${i}`, '2026-12-02 10:00', 'zh-CN'), 'zh-CN'),
      'test',
      null,
    ),
  ).flat();

beforeAll(async () => {
  servers = await startRobotServers();
});
afterAll(() => servers.close());
beforeEach(async () => {
  await servers.close();
  servers = await startRobotServers({ now: () => clock });
  servers.dingtalk.addRobot({ token: TOKEN, secret: SECRET, keywords: ['纪要'] });
  servers.feishu.addRobot({ token: UUID, secret: SECRET });
  servers.wecom.addRobot({ token: WECOM_KEY });
  const db = await openMinutesDB(`outbox-${++dbn}-${Math.random()}`);
  store = outboxStore(async () => db);
  clock = NOW.getTime();
  groups = new Map([ding, feishu, wecom].map((g) => [g.id, g]));
});

describe('sending approved minutes', () => {
  it('posts every part once, in order, signed, to each platform', async () => {
    const { meeting, items } = exampleToSend();
    const many = Array.from({ length: 150 }, (_, i) => ({
      ...items[0]!,
      id: `x${i}`,
      task: `第${i + 1}项:${'跟踪落地页改版后的转化率并每周汇报'.repeat(3)}`,
    }));
    const content = minutesContent({
      meeting,
      items: [...items, ...many],
      locale: 'zh-CN',
      now: NOW,
    });
    for (const g of [ding, feishu, wecom]) {
      await enqueue(
        store,
        robotDrafts(g, partsFor(g, content, 'zh-CN'), 'minutes', meeting.id),
        NOW,
      );
    }
    const report = await runOutbox(deps());
    expect(report.failed).toEqual([]);
    const stored = await store.all();
    expect(stored.every((m) => m.state === 'sent')).toBe(true);
    for (const [server, g] of [
      [servers.dingtalk, ding],
      [servers.feishu, feishu],
      [servers.wecom, wecom],
    ] as const) {
      const mine = stored.filter((m) => m.target === g.id);
      expect(mine.length).toBeGreaterThan(1);
      // Received exactly the stored bodies, in part order, each once.
      const bodies = server.posted().map((r) => {
        const { timestamp: _t, sign: _s, ...rest } = r.body as Record<string, unknown>;
        return rest;
      });
      expect(bodies).toEqual(mine.map((m) => m.payload));
    }
    // The stand-ins verified the signatures with their own code; check one of each again.
    const d = servers.dingtalk.posted()[0]!;
    expect(dingtalkSignOk(SECRET, d.query.timestamp!, d.query.sign!)).toBe(true);
    const f = servers.feishu.posted()[0]!.body as { timestamp: string; sign: string };
    expect(feishuSignOk(SECRET, f.timestamp, f.sign)).toBe(true);
    // The secret is in no stored message.
    expect(JSON.stringify(stored)).not.toContain(SECRET);
  });
});

describe('never posted twice', () => {
  it('a crash between the post and its record leaves it unknown, not re-sent', async () => {
    await enqueue(store, testDrafts(ding), NOW);
    // The worker dies right after the platform answered: the "sent" record is never written.
    const dying: OutboxStore = {
      ...store,
      update: async (id, change) => {
        const current = await store.get(id);
        if (current?.state === 'sending') throw new Error('worker stopped');
        return store.update(id, change);
      },
    };
    await expect(runOutbox(deps({ store: dying }))).rejects.toThrow('worker stopped');
    expect(servers.dingtalk.posted()).toHaveLength(1);
    const report = await runOutbox(deps());
    expect(report.unknown).toHaveLength(1);
    const [m] = await store.all();
    expect(m).toMatchObject({ state: 'unknown', error: UNKNOWN_CRASH });
    await runOutbox(deps());
    expect(servers.dingtalk.received).toHaveLength(1);
    // The user checks the group and resends on purpose.
    await retryMessage(store, m!.id);
    await runOutbox(deps());
    expect(servers.dingtalk.posted()).toHaveLength(2);
  });

  it('a post that times out may have landed: unknown, never retried by itself', async () => {
    await enqueue(store, testDrafts(wecom), NOW);
    const hanging: OutboxChannel = {
      send: (_m, signal) =>
        new Promise((_ok, fail) =>
          signal.addEventListener('abort', () => fail(new DOMException('', 'AbortError'))),
        ),
    };
    const report = await runOutbox(deps({ channels: { robot: hanging }, timeoutMs: 50 }));
    expect(report.unknown).toHaveLength(1);
    expect((await store.all())[0]).toMatchObject({ state: 'unknown', error: UNKNOWN_TIMEOUT });
  });
});

describe('the server down, then up', () => {
  it('retries with backoff and posts once when it is back', async () => {
    await enqueue(store, testDrafts(feishu), NOW);
    await servers.feishu.down();
    const first = await runOutbox(deps());
    expect(first.retrying).toHaveLength(1);
    const [m] = await store.all();
    expect(m).toMatchObject({ state: 'queued', attempts: 1 });
    expect(m!.error).toMatch(/^network: /);
    expect(Date.parse(m!.nextAttemptAt!)).toBe(clock + 15_000);
    // Not due yet: nothing is tried.
    await servers.feishu.up();
    expect((await runOutbox(deps())).sent).toEqual([]);
    clock += 15_000;
    expect((await runOutbox(deps())).sent).toHaveLength(1);
    expect(servers.feishu.posted()).toHaveLength(1);
  });

  it('a 502 is retried; later parts of the batch wait for the first', async () => {
    await enqueue(store, testDrafts(wecom, 3), NOW);
    servers.wecom.failNext(1, 502);
    const report = await runOutbox(deps());
    expect(report.retrying).toHaveLength(1);
    expect(servers.wecom.posted()).toHaveLength(0);
    clock += 15_000;
    await runOutbox(deps());
    const texts = servers.wecom.posted().map((r) => JSON.stringify(r.body));
    expect(texts).toHaveLength(3);
    texts.forEach((t, i) => expect(t).toContain(`企微群${i}`));
  });
});

describe('rate limits', () => {
  it('paces a robot to its documented 20 posts a minute, the rest waiting, in order', async () => {
    await enqueue(store, testDrafts(ding, 25), NOW);
    const first = await runOutbox(deps());
    expect(first.sent).toHaveLength(20);
    expect(servers.dingtalk.received.every((r) => r.answer.errcode === 0)).toBe(true);
    expect(first.nextAt).toBe(clock + 60_000);
    clock += 60_000;
    expect((await runOutbox(deps())).sent).toHaveLength(5);
    const order = servers.dingtalk
      .posted()
      .map((r) => /钉钉群(\d+)/.exec(JSON.stringify(r.body))![1]);
    expect(order).toEqual(Array.from({ length: 25 }, (_, i) => String(i)));
  });

  it('Feishu’s 5 a second: the parts of a message go at least 250 ms apart', async () => {
    await enqueue(store, testDrafts(feishu, 3), NOW);
    const waits: number[] = [];
    const report = await runOutbox(
      deps({
        sleep: async (ms) => {
          waits.push(ms);
          clock += ms;
        },
      }),
    );
    expect(report.sent).toHaveLength(3);
    expect(waits).toEqual([250, 250]);
  });

  it('the platform’s own rate-limit answer is retried after its wait, not failed', async () => {
    servers.wecom.ratePerMinute = 2;
    await enqueue(store, testDrafts(wecom, 3), NOW);
    const report = await runOutbox(deps());
    expect(report.sent).toHaveLength(2);
    expect(report.retrying).toHaveLength(1);
    const waiting = (await store.all()).find((m) => m.state === 'queued')!;
    expect(waiting.error).toBe('45009 api freq out of limit');
    expect(Date.parse(waiting.nextAttemptAt!)).toBe(clock + 60_000);
  });
});

describe('errors the user must fix fail at once with the platform’s text', () => {
  it.each([
    [
      'a revoked DingTalk token',
      () => servers.dingtalk.revoke(TOKEN),
      ding,
      '300005 token is not exist',
    ],
    [
      'a wrong DingTalk secret',
      () => groups.set(ding.id, { ...ding, secret: 'SECother' }),
      ding,
      '310000 sign not match',
    ],
    [
      'a missing DingTalk keyword',
      () => {
        // The robot requires 周报; the group was saved without it.
        servers.dingtalk.addRobot({ token: TOKEN, secret: SECRET, keywords: ['周报'] });
        groups.set(ding.id, { ...ding, keyword: '' });
      },
      ding,
      '310000 keywords not in content',
    ],
    [
      'a wrong Feishu secret',
      () => groups.set(feishu.id, { ...feishu, secret: 'x' }),
      feishu,
      '19021 sign match fail or timestamp is not within one hour from current time',
    ],
    [
      'a reset Feishu webhook',
      () => servers.feishu.revoke(UUID),
      feishu,
      '19001 param invalid: incoming webhook access token invalid',
    ],
    [
      'a removed WeCom robot',
      () => servers.wecom.revoke(WECOM_KEY),
      wecom,
      '93000 invalid webhook url, hint: [stand-in]',
    ],
  ] as const)('%s', async (_name, arrange, g, error) => {
    arrange();
    // Drafts made without the keyword when the group has none (as the UI would).
    const current = groups.get(g.id)!;
    await enqueue(store, testDrafts(current), NOW);
    const report = await runOutbox(deps());
    expect(report.failed).toHaveLength(1);
    expect((await store.all())[0]).toMatchObject({ state: 'failed', attempts: 1, error });
    expect(servers[g.platform as 'dingtalk'].received).toHaveLength(1);
  });

  it('Feishu’s keyword refusal (19024)', async () => {
    servers.feishu.addRobot({ token: UUID, secret: SECRET, keywords: ['周报'] });
    await enqueue(store, testDrafts(feishu), NOW);
    await runOutbox(deps());
    expect((await store.all())[0]).toMatchObject({
      state: 'failed',
      error: '19024 Key Words Not Found',
    });
  });
});

describe('the user’s retry and drop', () => {
  it('drop takes the failed part and the rest of its message; other messages still go', async () => {
    servers.wecom.revoke(WECOM_KEY);
    const batch = await enqueue(store, testDrafts(wecom, 3), NOW);
    await runOutbox(deps());
    expect((await store.get(batch[0]!.id))!.state).toBe('failed');
    expect((await store.get(batch[1]!.id))!.state).toBe('queued');
    expect(await dropMessage(store, batch[0]!.id)).toEqual(batch.map((m) => m.id));
    expect((await store.all()).every((m) => m.state === 'dropped')).toBe(true);
    await enqueue(store, testDrafts(ding), NOW);
    expect((await runOutbox(deps())).sent).toHaveLength(1);
  });

  it('retry after fixing the cause sends it, then the rest of its message', async () => {
    servers.feishu.revoke(UUID);
    const batch = await enqueue(store, testDrafts(feishu, 2), NOW);
    await runOutbox(deps());
    const fresh = '9e8d7c6b-5a49-4837-a625-1a2b3c4d5e6f';
    servers.feishu.addRobot({ token: fresh, secret: SECRET });
    groups.set(feishu.id, {
      ...feishu,
      webhook: `https://open.feishu.cn/open-apis/bot/v2/hook/${fresh}`,
    });
    await retryMessage(store, batch[0]!.id);
    expect((await runOutbox(deps())).sent).toEqual(batch.map((m) => m.id));
  });
});
