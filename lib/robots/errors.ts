/**
 * A platform's answer to one post, as a SendOutcome: sent, failed for good (with the platform's
 * own text, which names the cause: "sign not match", "keywords not in content", "invalid webhook
 * url"), or to be retried (rate limit, a server error, the network).
 *
 * The documented answers:
 * - DingTalk (https://open.dingtalk.com/document/orgapp/custom-robots-send-group-messages, 错误码;
 *   security settings https://open.dingtalk.com/document/robots/customize-robot-security-settings):
 *   HTTP 200 with {"errcode":0,"errmsg":"ok"}; 310000 for a failed security setting, the errmsg
 *   saying which ("keywords not in content", "sign not match", "invalid timestamp",
 *   "ip X not in whitelist"); 300001 / 300005 / 400101 token missing or not existing (revoked);
 *   400102 robot stopped; 400013 group dissolved; 130101 / 410100 "send too fast": each robot may
 *   post 20 messages a minute, over it is throttled for 10 minutes.
 * - Feishu / Lark (https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot, 常见问题):
 *   {"code":0,"msg":"success"} (older answers {"StatusCode":0,"StatusMessage":"success"});
 *   19021 "sign match fail or timestamp is not within one hour from current time"; 19022 IP not
 *   allowed; 19024 "Key Words Not Found"; 19001 "param invalid: incoming webhook access token
 *   invalid" (revoked); 9499 "Bad Request" / 11232 "frequency limited": 100 posts a minute and 5 a
 *   second per robot; a request body of at most 20 KB.
 * - WeCom (https://developer.work.weixin.qq.com/document/path/91770 and the global codes
 *   https://developer.work.weixin.qq.com/document/path/90313): {"errcode":0,"errmsg":"ok"};
 *   93000 "invalid webhook url" (revoked or wrong key); 45009 "api freq out of limit": 20 messages
 *   a minute per robot; 40008 invalid message type; 40058 a field out of range (e.g. markdown
 *   content over 4096 bytes); -1 system busy (retry).
 * Any HTTP 429 or 5xx is retried, honouring Retry-After.
 */
import type { SendOutcome } from '../outbox/types';
import type { RobotPlatform } from './types';

/** After a platform's own rate-limit code: DingTalk throttles 10 minutes, the others a minute. */
const RATE_WAIT: Record<RobotPlatform, number> = {
  dingtalk: 600_000,
  feishu: 60_000,
  lark: 60_000,
  wecom: 60_000,
};

const RATE_CODES: Record<RobotPlatform, readonly number[]> = {
  dingtalk: [130101, 410100],
  feishu: [11232, 9499],
  lark: [11232, 9499],
  wecom: [45009, 45033],
};
/** Codes that mean "the platform is busy, try again". */
const BUSY_CODES: readonly number[] = [-1];

export interface PlatformAnswer {
  status: number;
  /** The body as text (it may not be JSON: a proxy's error page). */
  text: string;
  retryAfter?: string | null;
}

function retryAfterMs(header: string | null | undefined): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/** The code and text in a platform's JSON answer, whichever field names it uses. */
export function readAnswer(text: string): { code: number | null; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { code: null, message: text.slice(0, 200) };
  }
  const o = (json ?? {}) as Record<string, unknown>;
  const code = [o.errcode, o.code, o.StatusCode].find((v) => typeof v === 'number') as
    number | undefined;
  const message = [o.errmsg, o.msg, o.StatusMessage].find((v) => typeof v === 'string') as
    string | undefined;
  return { code: code ?? null, message: (message ?? '').slice(0, 500) };
}

export function outcomeOf(platform: RobotPlatform, answer: PlatformAnswer): SendOutcome {
  const { code, message } = readAnswer(answer.text);
  const label = (fallback: string) =>
    code !== null ? `${code} ${message || fallback}`.trim() : message || fallback;
  if (answer.status === 429 || answer.status >= 500) {
    const after = retryAfterMs(answer.retryAfter);
    return {
      ok: false,
      retry: true,
      ...(after !== undefined && { retryAfterMs: after }),
      error: label(`HTTP ${answer.status}`),
    };
  }
  if (answer.status >= 200 && answer.status < 300 && code === 0) return { ok: true };
  if (code !== null && RATE_CODES[platform].includes(code)) {
    // 9499 is also Feishu's generic "Bad Request": only its rate-limit wording is retried.
    if (code !== 9499 || /freq|limit|too many/i.test(message)) {
      return { ok: false, retry: true, retryAfterMs: RATE_WAIT[platform], error: label('') };
    }
  }
  if (code !== null && BUSY_CODES.includes(code)) {
    return { ok: false, retry: true, error: label('') };
  }
  // Everything else is the sender's to fix (signature, keyword, revoked URL, a bad message):
  // sending it again unchanged cannot succeed, so it fails with the platform's text.
  return { ok: false, retry: false, error: label(`HTTP ${answer.status}`) };
}

/** A fetch that did not get an answer (offline, DNS, TLS, reset): retried. */
export function networkOutcome(error: unknown): SendOutcome {
  const name = (error as { name?: string } | null)?.name ?? 'Error';
  return { ok: false, retry: true, error: `network: ${name}` };
}
