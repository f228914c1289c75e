/**
 * Request signatures, with WebCrypto (crypto.subtle: the background worker, pages and Node alike).
 *
 * DingTalk 加签 (https://open.dingtalk.com/document/robots/customize-robot-security-settings):
 * string_to_sign = timestamp (ms) + "\n" + secret; HmacSHA256 keyed with the SECRET over that
 * string; Base64; then URL-encoded; sent as `&timestamp=…&sign=…` on the webhook URL. The
 * timestamp must be within one hour of DingTalk's clock.
 *
 * Feishu / Lark 签名校验 (https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot,
 * 「签名校验」): string_to_sign = timestamp (SECONDS) + "\n" + secret used as the HMAC KEY over an
 * EMPTY message (the documented Java/Go/Python samples all do `hmac(key=string_to_sign, msg="")`);
 * Base64; sent in the JSON body as `timestamp` (a string) and `sign`. Also within one hour.
 *
 * WeCom group robots have no signature: the key in the URL is the credential.
 */
import type { RobotPlatform } from './types';

const utf8 = new TextEncoder();

async function hmacBase64(key: string, message: string): Promise<string> {
  const k = await crypto.subtle.importKey(
    'raw',
    utf8.encode(key),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', k, utf8.encode(message)));
  let binary = '';
  for (const byte of mac) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** DingTalk: the query to append to the webhook URL ("&timestamp=…&sign=…"). */
export async function dingtalkSignature(secret: string, nowMs: number) {
  const timestamp = String(Math.floor(nowMs));
  const sign = await hmacBase64(secret, `${timestamp}\n${secret}`);
  return { timestamp, sign, query: `&timestamp=${timestamp}&sign=${encodeURIComponent(sign)}` };
}

/** Feishu / Lark: the two fields to add to the JSON body. */
export async function feishuSignature(secret: string, nowMs: number) {
  const timestamp = String(Math.floor(nowMs / 1000));
  const sign = await hmacBase64(`${timestamp}\n${secret}`, '');
  return { timestamp, sign };
}

/**
 * The URL and body of one signed post. `secret` is read at send time and used only here: it is
 * in neither the stored message nor anything returned but the request itself.
 */
export async function signedRequest(
  platform: RobotPlatform,
  webhook: string,
  body: Record<string, unknown>,
  secret: string | undefined,
  nowMs: number,
): Promise<{ url: string; body: Record<string, unknown> }> {
  if (!secret) return { url: webhook, body };
  if (platform === 'dingtalk') {
    return { url: webhook + (await dingtalkSignature(secret, nowMs)).query, body };
  }
  if (platform === 'feishu' || platform === 'lark') {
    const { timestamp, sign } = await feishuSignature(secret, nowMs);
    return { url: webhook, body: { timestamp, sign, ...body } };
  }
  return { url: webhook, body };
}
