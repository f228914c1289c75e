/**
 * Approved minutes as one group's outbox messages (what the review tab's preview shows is exactly
 * what is queued). Apart from compose.ts: the minutes' outline is large, and the background,
 * which sends reminders and digests, must not carry it (test/build/budgets.test.ts).
 */
import type { Locale } from '../i18n';
import { newMessages } from '../outbox/actions';
import type { OutboxMessage } from '../outbox/types';
import type { ActionItem, Meeting } from '../schema';
import { partsFor, robotDrafts } from './format';
import { minutesContent } from './format/minutes';
import type { PublicGroup } from './types';

/** Approved minutes: what the preview shows is exactly what is queued. */
export function minutesMessages(
  group: Pick<PublicGroup, 'id' | 'platform' | 'keyword'>,
  meeting: Meeting,
  items: readonly ActionItem[],
  locale: Locale,
  now: Date,
): OutboxMessage[] {
  const content = minutesContent({ meeting, items: [...items], locale, now });
  // The version goes with the parts so the background can mark it as sent (lib/outbox/distribution.ts).
  const drafts = robotDrafts(group, partsFor(group, content, locale), 'minutes', meeting.id);
  return newMessages(
    drafts.map((d) => ({ ...d, meetingVersion: meeting.version })),
    now,
  );
}
