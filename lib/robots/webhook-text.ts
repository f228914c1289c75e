/**
 * The words for a webhook problem (webhook.ts), zh-CN and en. Kept out of the UI catalogue so the
 * panel's start-up does not carry them; the groups settings load this with the rest of the page.
 */
import type { Locale } from '../i18n';
import type { RobotPlatform } from './types';
import { WEBHOOK_SHAPES, type WebhookProblem } from './webhook';

export const PLATFORM_NAMES: Record<Locale, Record<RobotPlatform, string>> = {
  'zh-CN': { dingtalk: '钉钉', feishu: '飞书', lark: 'Lark', wecom: '企业微信' },
  en: { dingtalk: 'DingTalk', feishu: 'Feishu', lark: 'Lark', wecom: 'WeCom' },
};

/** What the URL should look like, shown under the field. */
export function webhookExample(platform: RobotPlatform): string {
  const s = WEBHOOK_SHAPES[platform];
  switch (platform) {
    case 'dingtalk':
      return `https://${s.host}/robot/send?access_token=…`;
    case 'wecom':
      return `https://${s.host}/cgi-bin/webhook/send?key=…`;
    default:
      return `https://${s.host}/open-apis/bot/v2/hook/…`;
  }
}

export function describeWebhookProblem(
  problem: WebhookProblem,
  platform: RobotPlatform,
  locale: Locale,
): string {
  const names = PLATFORM_NAMES[locale];
  const name = names[platform];
  const example = webhookExample(platform);
  const zh = locale === 'zh-CN';
  switch (problem.kind) {
    case 'empty':
      return zh ? `请粘贴${name}机器人的 Webhook 地址。` : `Paste the ${name} robot's webhook URL.`;
    case 'not-url':
      return zh
        ? `这不是一个网址。${name}的 Webhook 形如 ${example}`
        : `This is not a URL. A ${name} webhook looks like ${example}`;
    case 'not-https':
      return zh
        ? '只接受 https:// 开头的地址(地址本身就是机器人的凭据,不能明文发送)。'
        : 'Only https:// addresses are accepted (the address is the robot’s credential).';
    case 'other-platform':
      return zh
        ? `这看起来是${names[problem.looksLike]}的 Webhook,不是${name}的。请改选平台“${names[problem.looksLike]}”,或粘贴${name}的地址。`
        : `This looks like a ${names[problem.looksLike]} webhook, not ${name}. Choose ${names[problem.looksLike]} as the platform, or paste the ${name} address.`;
    case 'unknown-host':
      return zh
        ? `${problem.host} 不是${name}机器人的地址。${name}的 Webhook 形如 ${example}`
        : `${problem.host} is not a ${name} robot address. It looks like ${example}`;
    case 'wrong-path':
      return zh
        ? `地址的路径不对。${name}的 Webhook 形如 ${example}`
        : `The address's path is wrong. A ${name} webhook looks like ${example}`;
    case 'missing-token':
      return zh
        ? `地址缺少 ${problem.param}=… 部分,请从机器人设置中完整复制。`
        : `The address lacks its ${problem.param}=… part; copy it whole from the robot's settings.`;
    case 'bad-token':
      return zh
        ? `地址末尾的令牌不完整或格式不对,请从${name}机器人设置中重新复制。`
        : `The token at the end of the address is incomplete or malformed; copy it again from the ${name} robot's settings.`;
  }
}
