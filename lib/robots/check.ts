/**
 * The settings form's webhook check: lib/robots/webhook.ts's verdict for the chosen platform,
 * with its problem put into the user's language (lib/robots/webhook-text.ts).
 */
import type { Locale } from '../i18n';
import type { RobotPlatform } from './groups';
import { describeWebhookProblem } from './webhook-text';
import { checkWebhook } from './webhook';

export function checkGroupWebhook(
  platform: RobotPlatform,
  raw: string,
  locale: Locale,
): { ok: true; url: string } | { ok: false; message: string } {
  const check = checkWebhook(platform, raw);
  return check.ok
    ? { ok: true, url: check.url }
    : { ok: false, message: describeWebhookProblem(check.problem, platform, locale) };
}
