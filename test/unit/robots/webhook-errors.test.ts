import { describe, expect, it } from 'vitest';
import { networkOutcome, outcomeOf } from '../../../lib/robots/errors';
import { checkWebhook, permissionPattern, recogniseWebhook } from '../../../lib/robots/webhook';
import { describeWebhookProblem } from '../../../lib/robots/webhook-text';

const DING = `https://oapi.dingtalk.com/robot/send?access_token=${'a1'.repeat(32)}`;
const FEISHU = 'https://open.feishu.cn/open-apis/bot/v2/hook/0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';
const LARK =
  'https://open.larksuite.com/open-apis/bot/v2/hook/0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';
const WECOM =
  'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=11111111-2222-4333-8444-555555555555';

describe('webhook URLs', () => {
  it('recognises each platform’s documented URL', () => {
    expect(recogniseWebhook(` ${DING} `)).toBe('dingtalk');
    expect(recogniseWebhook(FEISHU)).toBe('feishu');
    expect(recogniseWebhook(LARK)).toBe('lark');
    expect(recogniseWebhook(WECOM)).toBe('wecom');
    expect(recogniseWebhook('not a url')).toBeNull();
    for (const [p, url] of [
      ['dingtalk', DING],
      ['feishu', FEISHU],
      ['lark', LARK],
      ['wecom', WECOM],
    ] as const) {
      expect(checkWebhook(p, url)).toMatchObject({ ok: true, platform: p });
    }
  });

  it('stores a clean URL: a pasted old timestamp/sign and fragment are dropped', () => {
    const r = checkWebhook('dingtalk', `${DING}&timestamp=1&sign=abc#x`);
    expect(r).toMatchObject({ ok: true, url: DING, origin: 'https://oapi.dingtalk.com' });
    expect(permissionPattern(DING)).toBe('https://oapi.dingtalk.com/*');
  });

  it.each([
    ['feishu', DING, 'other-platform', '这看起来是钉钉的 Webhook,不是飞书的'],
    ['dingtalk', DING.replace('https', 'http'), 'not-https', '只接受 https://'],
    ['dingtalk', 'https://oapi.dingtalk.com/robot/send', 'missing-token', '缺少 access_token=…'],
    [
      'wecom',
      'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc',
      'bad-token',
      '令牌不完整',
    ],
    ['feishu', 'https://open.feishu.cn/open-apis/bot/hook/x', 'wrong-path', '路径不对'],
    ['wecom', 'https://example.com/hook', 'unknown-host', 'example.com 不是企业微信机器人的地址'],
    ['lark', '', 'empty', '请粘贴Lark机器人的 Webhook 地址'],
    ['feishu', 'open.feishu.cn/xyz', 'not-url', '这不是一个网址'],
  ] as const)('%s %s → %s, said plainly', (platform, url, kind, zh) => {
    const r = checkWebhook(platform, url);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem.kind).toBe(kind);
    expect(describeWebhookProblem(r.problem, platform, 'zh-CN')).toContain(zh);
    expect(describeWebhookProblem(r.problem, platform, 'en')).toMatch(/[A-Za-z]/);
  });
});

describe('platform answers → outcomes', () => {
  const answer = (text: unknown, status = 200, retryAfter: string | null = null) => ({
    status,
    text: typeof text === 'string' ? text : JSON.stringify(text),
    retryAfter,
  });
  it('success bodies of each platform', () => {
    expect(outcomeOf('dingtalk', answer({ errcode: 0, errmsg: 'ok' }))).toEqual({ ok: true });
    expect(outcomeOf('feishu', answer({ code: 0, data: {}, msg: 'success' }))).toEqual({
      ok: true,
    });
    expect(outcomeOf('lark', answer({ StatusCode: 0, StatusMessage: 'success' }))).toEqual({
      ok: true,
    });
    expect(outcomeOf('wecom', answer({ errcode: 0, errmsg: 'ok' }))).toEqual({ ok: true });
  });
  it('rate limits are retried after the documented wait', () => {
    expect(outcomeOf('dingtalk', answer({ errcode: 130101, errmsg: 'send too fast' }))).toEqual({
      ok: false,
      retry: true,
      retryAfterMs: 600_000,
      error: '130101 send too fast',
    });
    expect(
      outcomeOf('wecom', answer({ errcode: 45009, errmsg: 'api freq out of limit' })),
    ).toMatchObject({
      retry: true,
      retryAfterMs: 60_000,
    });
    expect(outcomeOf('feishu', answer({ code: 11232, msg: 'frequency limited' }))).toMatchObject({
      retry: true,
    });
    // 9499 is also Feishu's generic bad request: only its rate wording is retried.
    expect(outcomeOf('feishu', answer({ code: 9499, msg: 'too many request' }))).toMatchObject({
      retry: true,
    });
    expect(outcomeOf('feishu', answer({ code: 9499, msg: 'Bad Request' }))).toMatchObject({
      retry: false,
    });
  });
  it('HTTP 429 and 5xx are retried, honouring Retry-After; a proxy page is kept short', () => {
    expect(outcomeOf('wecom', answer('<html>busy</html>', 503, '7'))).toEqual({
      ok: false,
      retry: true,
      retryAfterMs: 7000,
      error: '<html>busy</html>',
    });
    expect(outcomeOf('dingtalk', answer('', 429))).toMatchObject({
      retry: true,
      error: 'HTTP 429',
    });
  });
  it('signature, keyword and revoked URL fail for good with the platform’s own text', () => {
    expect(outcomeOf('dingtalk', answer({ errcode: 310000, errmsg: 'sign not match' }))).toEqual({
      ok: false,
      retry: false,
      error: '310000 sign not match',
    });
    expect(outcomeOf('feishu', answer({ code: 19024, msg: 'Key Words Not Found' }))).toMatchObject({
      retry: false,
      error: '19024 Key Words Not Found',
    });
    expect(
      outcomeOf('wecom', answer({ errcode: 93000, errmsg: 'invalid webhook url' })),
    ).toMatchObject({
      retry: false,
    });
    expect(outcomeOf('wecom', answer({ errcode: -1, errmsg: 'system busy' }))).toMatchObject({
      retry: true,
    });
  });
  it('a network failure is retried and says only its kind (no URL, no token)', () => {
    expect(networkOutcome(new TypeError('fetch failed https://x?key=secret'))).toEqual({
      ok: false,
      retry: true,
      error: 'network: TypeError',
    });
  });
});
