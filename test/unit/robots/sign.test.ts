// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dingtalkSignature, feishuSignature, signedRequest } from '../../../lib/robots/sign';
import {
  dingtalkSignOk,
  feishuSignOk,
  startRobotServers,
  type RobotServers,
} from '../../helpers/robot-servers';

/**
 * The product's signatures (WebCrypto) against the stand-ins' verifiers (node:crypto, written
 * from each platform's documentation), and over real HTTP: what a group with 加签 / 签名校验
 * accepts.
 */
const SECRET = 'SEC0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcd';
const NOW = Date.UTC(2026, 11, 2, 3, 4, 5, 678);

describe('signatures', () => {
  it('DingTalk: ms timestamp, HMAC keyed with the secret, base64, URL-encoded in the query', async () => {
    const s = await dingtalkSignature(SECRET, NOW);
    expect(s.timestamp).toBe(String(NOW));
    expect(dingtalkSignOk(SECRET, s.timestamp, s.sign)).toBe(true);
    expect(dingtalkSignOk(`${SECRET}x`, s.timestamp, s.sign)).toBe(false);
    // '+', '/' and '=' of base64 must be percent-encoded, or the server reads a space.
    expect(s.query).toBe(`&timestamp=${NOW}&sign=${encodeURIComponent(s.sign)}`);
    expect(new URLSearchParams(s.query.slice(1)).get('sign')).toBe(s.sign);
  });

  it('Feishu/Lark: seconds, HMAC keyed with timestamp+"\\n"+secret over an empty message', async () => {
    const s = await feishuSignature(SECRET, NOW);
    expect(s.timestamp).toBe(String(Math.floor(NOW / 1000)));
    expect(feishuSignOk(SECRET, s.timestamp, s.sign)).toBe(true);
    expect(feishuSignOk(SECRET, String(Number(s.timestamp) + 1), s.sign)).toBe(false);
  });

  it('signs many timestamps the verifiers accept (base64 with + and / included)', async () => {
    let plus = false;
    for (let i = 0; i < 40; i++) {
      const d = await dingtalkSignature(SECRET, NOW + i);
      const f = await feishuSignature(SECRET, NOW + i * 1000);
      plus ||= /[+/]/.test(d.sign);
      expect(dingtalkSignOk(SECRET, d.timestamp, d.sign)).toBe(true);
      expect(feishuSignOk(SECRET, f.timestamp, f.sign)).toBe(true);
    }
    expect(plus).toBe(true);
  });

  it('WeCom and groups without a secret are sent unsigned', async () => {
    const body = { msgtype: 'text', text: { content: '你好' } };
    const url = 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k';
    expect(await signedRequest('wecom', url, body, SECRET, NOW)).toEqual({ url, body });
    expect(await signedRequest('feishu', url, body, undefined, NOW)).toEqual({ url, body });
  });
});

describe('signed posts over HTTP to the stand-ins', () => {
  let servers: RobotServers;
  beforeAll(async () => {
    servers = await startRobotServers();
  });
  afterAll(() => servers.close());

  it('DingTalk accepts the signed URL and refuses a wrong secret with "sign not match"', async () => {
    servers.dingtalk.addRobot({ token: 'a'.repeat(64), secret: SECRET });
    const webhook = `https://oapi.dingtalk.com/robot/send?access_token=${'a'.repeat(64)}`;
    const body = { msgtype: 'markdown', markdown: { title: '纪要', text: '### 纪要\n内容' } };
    const post = async (secret: string) => {
      const r = await signedRequest('dingtalk', webhook, body, secret, Date.now());
      const res = await servers.fetch(r.url, { method: 'POST', body: JSON.stringify(r.body) });
      return res.json();
    };
    expect(await post(SECRET)).toEqual({ errcode: 0, errmsg: 'ok' });
    expect(await post('SECwrong')).toEqual({ errcode: 310000, errmsg: 'sign not match' });
  });

  it('Feishu and Lark accept the signed body and refuse a wrong secret with 19021', async () => {
    for (const [platform, server] of [
      ['feishu', servers.feishu],
      ['lark', servers.lark],
    ] as const) {
      const token = '7f3c1f2e-1b2c-4d5e-8f90-a1b2c3d4e5f6';
      server.addRobot({ token, secret: SECRET });
      const webhook = `https://${server.host}/open-apis/bot/v2/hook/${token}`;
      const body = { msg_type: 'text', content: { text: '测试' } };
      const post = async (secret: string) => {
        const r = await signedRequest(platform, webhook, body, secret, Date.now());
        const res = await servers.fetch(r.url, { method: 'POST', body: JSON.stringify(r.body) });
        return (await res.json()) as { code: number; msg: string };
      };
      expect((await post(SECRET)).code).toBe(0);
      expect(await post('other')).toMatchObject({ code: 19021 });
    }
  });
});
