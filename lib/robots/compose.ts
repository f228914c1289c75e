/**
 * The outbox messages of each robot message kind for one group: the platform's formatted parts
 * (lib/robots/format/, split to its size limit, the keyword in every part) as one batch of drafts
 * (lib/outbox/actions.ts), so a split message's parts go out in order. The payload and preview
 * never hold the secret: the channel signs at send time (lib/robots/channel.ts).
 */
import type { Locale } from '../i18n';
import { newMessages, type Draft } from '../outbox/actions';
import type { OutboxMessage } from '../outbox/types';
import type { ActionItem, Meeting } from '../schema';
import {
  formatDigest,
  formatMinutes,
  formatReminders,
  formatTest,
  type DigestWindow,
} from './format';
import type { PublicGroup, RobotGroup, RobotPart } from './types';

type Target = Pick<PublicGroup, 'id' | 'platform' | 'keyword' | 'name'>;

export function toDrafts(
  group: Target,
  kind: string,
  meetingId: string | null,
  parts: readonly RobotPart[],
): Draft[] {
  return parts.map((p) => ({
    channel: 'robot',
    target: group.id,
    kind,
    meetingId,
    payload: p.body,
    preview: p.preview,
  }));
}

const opts = (group: Target, locale: Locale) => ({
  platform: group.platform,
  keyword: group.keyword ?? '',
  locale,
});

/** "发送测试消息": one short message naming the group. */
export function testMessages(group: Target, locale: Locale, now: Date): OutboxMessage[] {
  const parts = formatTest(opts(group, locale), { groupName: group.name, at: now });
  return newMessages(toDrafts(group, 'test', null, parts), now);
}

/** Approved minutes: what the preview shows is exactly what is queued. */
export function minutesMessages(
  group: Target,
  meeting: Meeting,
  items: readonly ActionItem[],
  locale: Locale,
  now: Date,
): OutboxMessage[] {
  const parts = formatMinutes(opts(group, locale), meeting, items);
  return newMessages(toDrafts(group, 'minutes', meeting.id, parts), now);
}

/** Reminders that fired for one group (due soon or overdue), with the owners' mentions. */
export function reminderMessages(
  group: RobotGroup,
  fired: readonly { item: ActionItem; kind: 'dueSoon' | 'overdue' }[],
  meetings: ReadonlyMap<string, Meeting | null>,
  locale: Locale,
  now: Date,
): Draft[] {
  const overdue = fired.some((f) => f.kind === 'overdue');
  const parts = formatReminders(opts(group, locale), fired, meetings, now);
  return toDrafts(group, overdue ? 'overdue' : 'reminder', null, parts);
}

/** The weekly digest of the plan's changes in the window. */
export function digestMessages(
  group: RobotGroup,
  items: readonly ActionItem[],
  window: DigestWindow & { locale: Locale; now: Date },
): Draft[] {
  const parts = formatDigest(opts(group, window.locale), items, window);
  return toDrafts(group, 'digest', null, parts);
}
