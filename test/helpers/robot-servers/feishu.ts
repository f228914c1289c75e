/**
 * Stand-in for Feishu's (and Lark's) custom robot (自定义机器人), from its documentation
 * (https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot):
 * - POST https://open.feishu.cn/open-apis/bot/v2/hook/<token> (Lark: open.larksuite.com) with a
 *   JSON body {msg_type, content} (text, post, image, share_chat) or {msg_type:"interactive", card}.
 * - 签名校验: body.timestamp (seconds) and body.sign = base64(HmacSHA256(key=timestamp+"\n"+secret,
 *   msg="")), within one hour, else 19021 "sign match fail or timestamp is not within one hour
 *   from current time".
 * - 自定义关键词: else 19024 "Key Words Not Found".
 * - Request body at most 20 KB; 100 requests a minute (and 5 a second) per robot, else 11232
 *   "frequency limited".
 * - Unknown or reset webhook: 19001 "param invalid: incoming webhook access token invalid".
 * Success {"code":0,"data":{},"msg":"success"}.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { allText, startStandIn, utf8Bytes, type Handler, type ServerOptions } from './common';

export const FEISHU_HOST = 'open.feishu.cn';
export const LARK_HOST = 'open.larksuite.com';
export const FEISHU_MAX_BYTES = 20 * 1024;

const err = (code: number, msg: string) => ({ body: { code, data: {}, msg } });

/** The verifier, written from the documentation (not lib/robots/sign.ts). */
export function feishuSignOk(secret: string, timestamp: string, sign: string): boolean {
  const expected = createHmac('sha256', Buffer.from(`${timestamp}\n${secret}`, 'utf8'))
    .update(Buffer.alloc(0))
    .digest();
  const given = Buffer.from(sign, 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** What the group sees: text, post content (tags' text and user names), a card's texts. */
function visible(body: Record<string, unknown>): string {
  if (body.msg_type === 'interactive') return allText(body.card);
  return allText(body.content);
}

const PATH = /^\/open-apis\/bot\/v2\/hook\/([^/]+)$/;

const handler: Handler = (req, { robots, revoked, now, allow }) => {
  const token = PATH.exec(req.url.pathname)?.[1] ?? '';
  const answer = (a: { body: Record<string, unknown>; posted?: boolean }) => ({ token, ...a });
  if (req.method !== 'POST' || !token) {
    return { token, status: 404, body: { code: 404, msg: 'page not found' } };
  }
  const robot = robots.get(token);
  if (!robot || revoked.has(token)) {
    return answer(err(19001, 'param invalid: incoming webhook access token invalid'));
  }
  if (utf8Bytes(req.raw) > FEISHU_MAX_BYTES) return answer(err(9499, 'request body too large'));
  if (!req.jsonOk || typeof req.json !== 'object' || req.json === null) {
    return answer(err(9499, 'Bad Request'));
  }
  const body = req.json as Record<string, unknown>;
  if (robot.secret) {
    const ts = String(body.timestamp ?? '');
    const sign = typeof body.sign === 'string' ? body.sign : '';
    const fresh = /^\d+$/.test(ts) && Math.abs(now() / 1000 - Number(ts)) <= 3600;
    if (!fresh || !feishuSignOk(robot.secret, ts, sign)) {
      return answer(
        err(19021, 'sign match fail or timestamp is not within one hour from current time'),
      );
    }
  }
  const type = body.msg_type;
  const hasContent =
    type === 'interactive'
      ? typeof body.card === 'object' && body.card !== null
      : ['text', 'post', 'image', 'share_chat'].includes(type as string) &&
        typeof body.content === 'object' &&
        body.content !== null;
  if (!hasContent) return answer(err(19002, 'params error, msg_type need'));
  if (type === 'post') {
    const post = (body.content as { post?: Record<string, { content?: unknown }> }).post;
    const langs = Object.values(post ?? {});
    if (!langs.length || !langs.every((l) => Array.isArray(l.content))) {
      return answer(err(9499, 'Bad Request'));
    }
  }
  if (robot.keywords?.length && !robot.keywords.some((k) => visible(body).includes(k))) {
    return answer(err(19024, 'Key Words Not Found'));
  }
  if (!allow(token)) {
    return answer(err(11232, 'frequency limited psm[lark.oapi.app_platform_runtime]'));
  }
  return answer({ body: { code: 0, data: {}, msg: 'success' }, posted: true });
};

export const startFeishu = (options?: ServerOptions & { lark?: boolean }) =>
  startStandIn(
    options?.lark ? 'lark' : 'feishu',
    options?.lark ? LARK_HOST : FEISHU_HOST,
    handler,
    options,
  ).then((s) => Object.assign(s, { ratePerMinute: 100 }));
