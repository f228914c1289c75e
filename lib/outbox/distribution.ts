/**
 * Minutes posted to a group count as distributed (docs/DOMAIN.md: approved minutes go out within
 * one hour): when every part of a 'minutes' message is sent, the meeting's version gets a sent
 * mark saying when (the last part's sentAt) and where (the group). Pure; the background records
 * it through the version store (lib/adapters/outbox.ts, lib/adapters/versions.ts).
 */
import type { Distribution } from '../distribution';
import type { OutboxMessage } from './types';

export interface SentMinutes {
  meetingId: string;
  /** The group's id (the message's target), to look up its platform and name. */
  target: string;
  mark: Distribution;
}

/** The mark for a completed batch, or null when it is not minutes or not every part is sent. */
export function sentMinutes(parts: readonly OutboxMessage[]): SentMinutes | null {
  const first = parts[0];
  if (!first || first.kind !== 'minutes' || first.channel !== 'robot') return null;
  const { meetingId, meetingVersion: version } = first;
  if (!meetingId || version === undefined) return null;
  if (parts.some((p) => p.state !== 'sent' || !p.sentAt || p.batch !== first.batch)) return null;
  const at = parts.map((p) => p.sentAt!).reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
  return {
    meetingId,
    target: first.target,
    mark: { version, at: new Date(at).toISOString(), send: first.batch },
  };
}

/** The runner's completion hook: records the mark, with the group's platform and name if known. */
export function recordSentMinutes(deps: {
  group: (id: string) => Promise<{ platform: string; name: string } | null>;
  record: (meetingId: string, mark: Distribution) => Promise<void>;
}) {
  return async (parts: OutboxMessage[]) => {
    const sent = sentMinutes(parts);
    if (!sent) return;
    const group = await deps.group(sent.target).catch(() => null);
    const mark: Distribution = group
      ? { ...sent.mark, channel: { platform: group.platform, name: group.name } }
      : sent.mark;
    await deps.record(sent.meetingId, mark);
  };
}
