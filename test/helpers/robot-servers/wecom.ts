/**
 * Stand-in for WeCom's group robot (企业微信群机器人), from its documentation
 * (https://developer.work.weixin.qq.com/document/path/91770; codes:
 * https://developer.work.weixin.qq.com/document/path/90313):
 * - POST https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=<key> with a JSON body.
 * - text: content ≤ 2048 bytes, mentioned_list / mentioned_mobile_list; markdown: content ≤ 4096
 *   bytes (UTF-8), <@userid> mentions inside it; over the limit: 40058.
 * - No signature, no keyword: the key is the credential. Unknown or removed key: 93000
 *   "invalid webhook url". 20 messages a minute per robot, then 45009 "api freq out of limit".
 * Success {"errcode":0,"errmsg":"ok"}.
 */
import { startStandIn, utf8Bytes, type Handler, type ServerOptions } from './common';

export const WECOM_HOST = 'qyapi.weixin.qq.com';

const err = (errcode: number, errmsg: string) => ({ body: { errcode, errmsg } });

const handler: Handler = (req, { robots, revoked, allow }) => {
  const token = req.url.searchParams.get('key') ?? '';
  const answer = (a: { body: Record<string, unknown>; posted?: boolean }) => ({ token, ...a });
  if (req.method !== 'POST' || req.url.pathname !== '/cgi-bin/webhook/send') {
    return { token, status: 404, body: { errcode: 404, errmsg: 'not found' } };
  }
  if (!robots.has(token) || revoked.has(token)) {
    return answer(err(93000, 'invalid webhook url, hint: [stand-in]'));
  }
  if (!req.jsonOk || typeof req.json !== 'object' || req.json === null) {
    return answer(err(40008, 'invalid message type'));
  }
  const body = req.json as Record<string, unknown>;
  const type = body.msgtype;
  if (type === 'markdown') {
    const content = (body.markdown as { content?: unknown } | undefined)?.content;
    if (typeof content !== 'string' || !content) {
      return answer(err(41009, 'missing markdown content'));
    }
    if (utf8Bytes(content) > 4096) {
      return answer(
        err(40058, 'markdown.content exceed max length 4096. invalid Request Parameter'),
      );
    }
  } else if (type === 'text') {
    const content = (body.text as { content?: unknown } | undefined)?.content;
    if (typeof content !== 'string' || !content) return answer(err(41009, 'missing text content'));
    if (utf8Bytes(content) > 2048) {
      return answer(err(40058, 'text.content exceed max length 2048. invalid Request Parameter'));
    }
  } else if (!['image', 'news', 'file', 'template_card', 'markdown_v2'].includes(type as string)) {
    return answer(err(40008, 'invalid message type'));
  }
  if (!allow(token)) return answer(err(45009, 'api freq out of limit'));
  return answer({ body: { errcode: 0, errmsg: 'ok' }, posted: true });
};

export const startWecom = (options?: ServerOptions) =>
  startStandIn('wecom', WECOM_HOST, handler, options);
