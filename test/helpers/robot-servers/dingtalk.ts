/**
 * Stand-in for DingTalk's custom robot (自定义机器人), from its documentation:
 * - POST https://oapi.dingtalk.com/robot/send?access_token=… with a JSON body
 *   (https://open.dingtalk.com/document/robots/custom-robot-access).
 * - Message types text / markdown (title + text) / link / actionCard / feedCard, and
 *   at.atMobiles / at.atUserIds / at.isAtAll
 *   (https://open.dingtalk.com/document/orgapp/custom-bot-send-message-type).
 * - 加签: &timestamp=<ms>&sign=<urlencoded base64(HmacSHA256(key=secret, msg=timestamp+"\n"+secret))>,
 *   timestamp within one hour (https://open.dingtalk.com/document/robots/customize-robot-security-settings).
 * - 自定义关键词: the message must contain one of them, else 310000 "keywords not in content".
 * - 20 messages a minute per robot, then 130101 "send too fast".
 * Success {"errcode":0,"errmsg":"ok"}.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { allText, startStandIn, utf8Bytes, type Handler, type ServerOptions } from './common';

export const DINGTALK_HOST = 'oapi.dingtalk.com';
/** The markdown/text size the stand-in accepts (bytes of the body). */
export const DINGTALK_MAX_BYTES = 20_000;

const err = (errcode: number, errmsg: string) => ({ body: { errcode, errmsg } });

/** The verifier, written from the documentation (not lib/robots/sign.ts). */
export function dingtalkSignOk(secret: string, timestamp: string, sign: string): boolean {
  const expected = createHmac('sha256', Buffer.from(secret, 'utf8'))
    .update(Buffer.from(`${timestamp}\n${secret}`, 'utf8'))
    .digest();
  const given = Buffer.from(sign, 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The text a keyword is looked for in: what the group sees. */
function visible(body: Record<string, unknown>): string {
  const type = body.msgtype as string;
  return allText(body[type]);
}

const handler: Handler = (req, { robots, revoked, now, allow }) => {
  const token = req.url.searchParams.get('access_token') ?? '';
  const answer = (a: { body: Record<string, unknown>; posted?: boolean }) => ({ token, ...a });
  if (req.method !== 'POST' || req.url.pathname !== '/robot/send') {
    return { token, status: 404, body: { errcode: 404, errmsg: 'not found' } };
  }
  if (!token) return answer(err(300001, 'token is empty'));
  const robot = robots.get(token);
  if (!robot || revoked.has(token)) return answer(err(300005, 'token is not exist'));
  if (robot.secret) {
    const ts = req.url.searchParams.get('timestamp') ?? '';
    const sign = req.url.searchParams.get('sign') ?? '';
    if (!/^\d+$/.test(ts) || Math.abs(now() - Number(ts)) > 3600_000) {
      return answer(err(310000, 'invalid timestamp'));
    }
    if (!dingtalkSignOk(robot.secret, ts, sign)) return answer(err(310000, 'sign not match'));
  }
  if (!req.jsonOk || typeof req.json !== 'object' || req.json === null) {
    return answer(err(40035, '缺少参数 json'));
  }
  const body = req.json as Record<string, unknown>;
  const type = body.msgtype;
  if (!['text', 'markdown', 'link', 'actionCard', 'feedCard'].includes(type as string)) {
    return answer(err(400105, '不支持的消息类型'));
  }
  if (type === 'markdown') {
    const md = body.markdown as { title?: unknown; text?: unknown } | undefined;
    if (typeof md?.title !== 'string' || typeof md.text !== 'string' || !md.text) {
      return answer(err(40035, '缺少参数 markdown'));
    }
  }
  if (utf8Bytes(req.raw) > DINGTALK_MAX_BYTES) {
    return answer(err(460101, 'message too long, exceed 20000 bytes'));
  }
  if (robot.keywords?.length && !robot.keywords.some((k) => visible(body).includes(k))) {
    return answer(err(310000, 'keywords not in content'));
  }
  if (!allow(token)) return answer(err(130101, 'send too fast, exceed 20 times per minute'));
  return answer({ body: { errcode: 0, errmsg: 'ok' }, posted: true });
};

export const startDingtalk = (options?: ServerOptions) =>
  startStandIn('dingtalk', DINGTALK_HOST, handler, options);
