/**
 * Who to @mention, and how, from the roster's optional `contact` (lib/schema/meeting.ts).
 *
 * The rule: an action item's owner (and, for a reminder, its collaborators) is mentioned when a
 * person of that name on the meeting's roster has a contact. A contact of 6–15 digits (an
 * optional leading +, spaces and dashes ignored; a mainland mobile is 11 digits) is a MOBILE;
 * anything else is a platform USER ID. Each platform then mentions what it can:
 * - DingTalk: at.atMobiles / at.atUserIds, and "@<mobile or userid>" in the text (the text must
 *   hold it for the mention to show; https://open.dingtalk.com/document/orgapp/custom-bot-send-message-type).
 * - WeCom markdown: <@userid> in the content (user ids only; markdown has no mobile list);
 *   a mobile is shown as "@name" only (https://developer.work.weixin.qq.com/document/path/91770).
 * - Feishu / Lark post: {"tag":"at","user_id": open_id or user_id} (user ids only; a mobile
 *   cannot be mentioned by a custom robot: "@name" as text).
 * Someone without a contact is written "@name" as plain text: the group still reads who is meant.
 */
import type { Attendee } from '../schema';
import type { Mention } from './types';

const MOBILE = /^\+?\d{6,15}$/;

export function mentionOf(name: string, contact: string | undefined): Mention {
  const c = (contact ?? '').trim();
  if (!c) return { name };
  const digits = c.replace(/[\s-]/g, '');
  return MOBILE.test(digits) ? { name, mobile: digits } : { name, userId: c };
}

/** The mention for a person named `name`, from the roster (first person of that name). */
export function mentionFor(name: string, roster: readonly Pick<Attendee, 'name' | 'contact'>[]) {
  const n = name.trim();
  const person = roster.find((a) => a.name.trim() === n && (a.contact ?? '').trim());
  return mentionOf(n, person?.contact);
}
