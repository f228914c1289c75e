/**
 * The messages a group receives, per platform: a test message, approved minutes, a due-soon or
 * overdue reminder, a weekly digest. Pure: content (minutes.ts, plan.ts) → one platform's body
 * (render.ts), split to the platform's size limit (split.ts) → outbox drafts.
 */
import type { Locale } from '../../i18n';
import type { Draft } from '../../outbox/actions';
import type { PublicGroup, RobotGroup, RobotPart } from '../types';
import type { Content } from './content';
import { formatFor } from './split';

export type { Block, Content, Inline } from './content';
export { formatFor, splitContent, LIMITS } from './split';
export {
  digestContent,
  reminderContent,
  testContent,
  type DigestInput,
  type ItemRef,
} from './plan';
export type { RobotPart };

type Group = Pick<RobotGroup | PublicGroup, 'id' | 'platform' | 'keyword'>;

/** The parts a group will receive for `content` (for the preview: exactly what is posted). */
export const partsFor = (group: Group, content: Content, locale: Locale): RobotPart[] =>
  formatFor(group.platform, content, {
    locale,
    ...(group.keyword?.trim() && { keyword: group.keyword.trim() }),
  });

/** Outbox drafts for those parts, queued together so they go in order. */
export function robotDrafts(
  group: Group,
  parts: readonly RobotPart[],
  kind: string,
  meetingId: string | null,
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
