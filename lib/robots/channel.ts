/**
 * The 'robot' outbox channel: posts a stored message to its group's webhook. The group (with its
 * secret) is read at send time from an injected getter (extension storage); the signature is made
 * here, per post, and lives only in the request. The answer becomes a SendOutcome (errors.ts).
 */
import type { OutboxMessage, SendOutcome } from '../outbox/types';
import type { PacedChannel } from '../outbox/runner';
import { networkOutcome, outcomeOf } from './errors';
import { signedRequest } from './sign';
import type { RobotGroup, RobotPlatform } from './types';
import { checkWebhook } from './webhook';

/**
 * Posts per minute per robot, as documented: DingTalk 20
 * (https://open.dingtalk.com/document/orgapp/custom-robots-send-group-messages), WeCom 20
 * (https://developer.work.weixin.qq.com/document/path/91770, 消息发送频率限制), Feishu/Lark 100
 * (and 5 a second; https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot).
 */
export const PER_MINUTE: Record<RobotPlatform, number> = {
  dingtalk: 20,
  wecom: 20,
  feishu: 100,
  lark: 100,
};

/** Feishu/Lark also allow 5 posts a second per robot: parts of one message go ≥ 250 ms apart. */
export const MIN_GAP_MS: Partial<Record<RobotPlatform, number>> = { feishu: 250, lark: 250 };

export interface RobotChannelDeps {
  getGroup(id: string): Promise<RobotGroup | null>;
  fetch: typeof fetch;
  now: () => number;
  /**
   * Whether the extension may post to this origin (an optional host permission, asked for when
   * the group's test message is sent). Without it the browser blocks the post, which would look
   * like a network error and be retried for ever: it fails instead, saying so.
   */
  mayPost?: (origin: string) => Promise<boolean>;
}

export function robotChannel(deps: RobotChannelDeps): PacedChannel {
  return {
    async perMinute(message) {
      const group = await deps.getGroup(message.target);
      return group ? PER_MINUTE[group.platform] : undefined;
    },
    async minGapMs(message) {
      const group = await deps.getGroup(message.target);
      return group ? MIN_GAP_MS[group.platform] : undefined;
    },
    async send(message: OutboxMessage, signal: AbortSignal): Promise<SendOutcome> {
      const group = await deps.getGroup(message.target);
      if (!group) return { ok: false, retry: false, error: 'group removed' };
      const checked = checkWebhook(group.platform, group.webhook);
      if (!checked.ok)
        return { ok: false, retry: false, error: `webhook: ${checked.problem.kind}` };
      if (deps.mayPost && !(await deps.mayPost(checked.origin))) {
        return { ok: false, retry: false, error: `no permission for ${checked.origin}` };
      }
      const body = message.payload as Record<string, unknown>;
      const request = await signedRequest(
        group.platform,
        checked.url,
        body,
        group.secret,
        deps.now(),
      );
      let response: Response;
      try {
        response = await deps.fetch(request.url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json; charset=utf-8' },
          body: JSON.stringify(request.body),
          signal,
          // The webhook is a credential: no referrer, no cookies.
          credentials: 'omit',
          referrerPolicy: 'no-referrer',
        });
      } catch (error) {
        if (signal.aborted) throw error;
        return networkOutcome(error);
      }
      const text = await response.text().catch(() => '');
      return outcomeOf(group.platform, {
        status: response.status,
        text,
        retryAfter: response.headers.get('retry-after'),
      });
    },
  };
}
