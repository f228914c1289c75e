/**
 * Recognises and checks a group robot's webhook URL per platform. Pure; the words for a problem
 * are in webhook-text.ts (zh-CN / en).
 *
 * The documented shapes (each platform's robot page shows the URL to copy):
 * - DingTalk 自定义机器人: https://oapi.dingtalk.com/robot/send?access_token=XXXXXX
 *   (https://open.dingtalk.com/document/robots/custom-robot-access)
 * - Feishu 自定义机器人: https://open.feishu.cn/open-apis/bot/v2/hook/<uuid>
 *   (https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot)
 * - Lark custom bot: https://open.larksuite.com/open-apis/bot/v2/hook/<uuid>
 *   (https://open.larksuite.com/document/client-docs/bot-v3/add-custom-bot)
 * - WeCom 群机器人: https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=<uuid>
 *   (https://developer.work.weixin.qq.com/document/path/91770)
 * HTTPS only: the URL is the robot's credential.
 */
import type { RobotPlatform } from './types';

interface Shape {
  host: string;
  path: RegExp;
  /** The query parameter that carries the token, or null when it is the path's last segment. */
  param: string | null;
  token: RegExp;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const WEBHOOK_SHAPES: Record<RobotPlatform, Shape> = {
  // access_token is 64 hex characters in every URL DingTalk hands out; accept any long token.
  dingtalk: {
    host: 'oapi.dingtalk.com',
    path: /^\/robot\/send$/,
    param: 'access_token',
    token: /^[0-9A-Za-z_-]{16,128}$/,
  },
  feishu: {
    host: 'open.feishu.cn',
    path: /^\/open-apis\/bot\/v2\/hook\/([^/]+)$/,
    param: null,
    token: UUID,
  },
  lark: {
    host: 'open.larksuite.com',
    path: /^\/open-apis\/bot\/v2\/hook\/([^/]+)$/,
    param: null,
    token: UUID,
  },
  wecom: {
    host: 'qyapi.weixin.qq.com',
    path: /^\/cgi-bin\/webhook\/send$/,
    param: 'key',
    token: UUID,
  },
};

export type WebhookProblem =
  | { kind: 'empty' }
  | { kind: 'not-url' }
  | { kind: 'not-https' }
  /** A valid URL of another robot platform: tell the user which. */
  | { kind: 'other-platform'; looksLike: RobotPlatform }
  /** Not a robot webhook of any platform we know. */
  | { kind: 'unknown-host'; host: string }
  | { kind: 'wrong-path' }
  | { kind: 'missing-token'; param: string }
  | { kind: 'bad-token' };

export type WebhookCheck =
  | { ok: true; platform: RobotPlatform; url: string; origin: string; token: string }
  | { ok: false; problem: WebhookProblem };

/** Which platform a URL's host belongs to, or null. */
export function platformOfHost(host: string): RobotPlatform | null {
  for (const [platform, shape] of Object.entries(WEBHOOK_SHAPES)) {
    if (shape.host === host.toLowerCase()) return platform as RobotPlatform;
  }
  return null;
}

/** Guesses the platform from a pasted URL (to preselect it), null when none fits. */
export function recogniseWebhook(raw: string): RobotPlatform | null {
  try {
    return platformOfHost(new URL(raw.trim()).hostname);
  } catch {
    return null;
  }
}

/**
 * Checks `raw` as a webhook of `platform`. `hosts` maps a platform to another origin (the test
 * servers on 127.0.0.1): only tests pass it; the product's check knows the four real hosts.
 */
export function checkWebhook(
  platform: RobotPlatform,
  raw: string,
  hosts: Partial<Record<RobotPlatform, string>> = {},
): WebhookCheck {
  const text = raw.trim();
  if (!text) return { ok: false, problem: { kind: 'empty' } };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: { kind: 'not-url' } };
  }
  const shape = WEBHOOK_SHAPES[platform];
  const override = hosts[platform];
  const expectedHost = override ? new URL(override).host : shape.host;
  const other = platformOfHost(url.hostname);
  if (url.host !== expectedHost) {
    if (other && other !== platform) return fail({ kind: 'other-platform', looksLike: other });
    return fail({ kind: 'unknown-host', host: url.host });
  }
  // An override (a test server) may be plain HTTP on 127.0.0.1; the real hosts never.
  const wantProtocol = override ? new URL(override).protocol : 'https:';
  if (url.protocol !== wantProtocol || (!override && url.protocol !== 'https:')) {
    return fail({ kind: 'not-https' });
  }
  const path = shape.path.exec(url.pathname);
  if (!path) return fail({ kind: 'wrong-path' });
  let token: string;
  if (shape.param) {
    token = url.searchParams.get(shape.param) ?? '';
    if (!token) return fail({ kind: 'missing-token', param: shape.param });
  } else {
    token = decodeURIComponent(path[1] ?? '');
  }
  if (!shape.token.test(token)) return fail({ kind: 'bad-token' });
  // The stored form: no fragment, only the token parameter (a pasted `&timestamp=…&sign=…` from an
  // earlier signed request would otherwise be sent again next to the new one).
  const clean = new URL(url.origin + url.pathname);
  if (shape.param) clean.searchParams.set(shape.param, token);
  return { ok: true, platform, url: clean.toString(), origin: url.origin, token };
}

const fail = (problem: WebhookProblem): WebhookCheck => ({ ok: false, problem });

/** The origin pattern to ask optional host permission for ("https://oapi.dingtalk.com/*"). */
export const permissionPattern = (url: string): string => `${new URL(url).origin}/*`;
