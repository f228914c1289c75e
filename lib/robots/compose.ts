/**
 * The outbox messages of each robot message kind for one group: the content
 * (lib/robots/format/), the platform's parts (split to its size limit, the keyword in every part)
 * and one batch of outbox messages (lib/outbox/actions.ts), so a split message's parts go out in
 * order. The payload and preview never hold the secret: the channel signs at send time
 * (lib/robots/channel.ts).
 */
import type { Locale } from '../i18n';
import { newMessages, type Draft } from '../outbox/actions';
import type { OutboxMessage } from '../outbox/types';
import { dayIn } from '../plan/calendar';
import type { ActionItem, Meeting } from '../schema';
import {
  digestContent,
  partsFor,
  reminderContent,
  robotDrafts,
  testContent,
  type ItemRef,
} from './format';
import type { PublicGroup, RobotGroup } from './types';

type Target = Pick<RobotGroup | PublicGroup, 'id' | 'platform' | 'keyword' | 'name'>;

const stamp = (now: Date, locale: Locale) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(now);

/** "发送测试消息": one short message naming the group. */
export function testMessages(group: Target, locale: Locale, now: Date): OutboxMessage[] {
  const parts = partsFor(group, testContent(group.name, stamp(now, locale), locale), locale);
  return newMessages(robotDrafts(group, parts, 'test', null), now);
}

/**
 * Each item with what a message about it needs: its row in its meeting's 行动计划表 (the plan's
 * order: creation, as lib/store/action-items.ts lists them), the meeting's title and roster.
 */
export function itemRefs(
  items: readonly ActionItem[],
  meetings: ReadonlyMap<string, Meeting | null>,
): Map<string, ItemRef> {
  const byMeeting = new Map<string, ActionItem[]>();
  for (const i of items) byMeeting.set(i.meetingId, [...(byMeeting.get(i.meetingId) ?? []), i]);
  const refs = new Map<string, ItemRef>();
  for (const [meetingId, list] of byMeeting) {
    const m = meetings.get(meetingId) ?? null;
    const sorted = [...list].sort(
      (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : 1),
    );
    sorted.forEach((item, i) =>
      refs.set(item.id, {
        item,
        row: i + 1,
        meetingTitle: m?.title ?? '',
        roster: m?.attendees ?? [],
      }),
    );
  }
  return refs;
}

/** Reminders that fired for one group: one message each, in the order they fired. */
export function reminderDrafts(
  group: Target,
  fired: readonly { ref: ItemRef; kind: 'dueSoon' | 'overdue' }[],
  o: { locale: Locale; now: Date; timeZone: string },
): Draft[] {
  const today = dayIn(o.now, o.timeZone);
  return fired.flatMap(({ ref, kind }) =>
    robotDrafts(
      group,
      partsFor(group, reminderContent(ref, kind, today, o.locale), o.locale),
      kind === 'overdue' ? 'overdue' : 'reminder',
      ref.item.meetingId,
    ),
  );
}

/** The weekly digest of the plan for (from, to]. */
export function digestDrafts(
  group: Target,
  refs: readonly ItemRef[],
  o: { from: Date; to: Date; locale: Locale; now: Date; timeZone: string },
): Draft[] {
  const day = (d: Date) => dayIn(d, o.timeZone);
  const content = digestContent({
    refs,
    // The week after the previous digest: its first day is the day after that one.
    from: day(new Date(o.from.getTime() + 86_400_000)),
    to: day(o.to),
    today: day(o.now),
    locale: o.locale,
  });
  return robotDrafts(group, partsFor(group, content, o.locale), 'digest', null);
}
