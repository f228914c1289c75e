/**
 * What a user (or a feature) does with the outbox: queue messages, retry a failed or unknown
 * one, drop one. Pure over the store; pages call these and then ping the background to run.
 */
import type { OutboxStore } from '../store/outbox';
import type { OutboxChannelName, OutboxMessage } from './types';

export interface Draft {
  channel: OutboxChannelName;
  target: string;
  kind: string;
  meetingId: string | null;
  /** Minutes only: the version they carry (see OutboxMessage). */
  meetingVersion?: number;
  payload: unknown;
  preview: string;
}

/**
 * Messages for drafts queued together, in order (a split message's parts, or several messages
 * that must arrive in this order): one batch, `part`/`parts` numbered 1..n.
 */
export function newMessages(
  drafts: readonly Draft[],
  now: Date,
  newId: () => string = () => crypto.randomUUID(),
): OutboxMessage[] {
  const batch = newId();
  const createdAt = now.toISOString();
  return drafts.map((d, i) => ({
    ...d,
    id: newId(),
    part: i + 1,
    parts: drafts.length,
    state: 'queued',
    attempts: 0,
    nextAttemptAt: null,
    createdAt,
    sentAt: null,
    error: null,
    batch,
    seq: i,
  }));
}

export async function enqueue(
  store: OutboxStore,
  drafts: readonly Draft[],
  now: Date,
): Promise<OutboxMessage[]> {
  const messages = newMessages(drafts, now);
  await store.add(messages);
  return messages;
}

/** A failed or unknown message goes back to the queue, due now (the user's explicit resend). */
export function retryMessage(store: OutboxStore, id: string) {
  return store.update(id, (m) =>
    m.state === 'failed' || m.state === 'unknown'
      ? { ...m, state: 'queued', nextAttemptAt: null, error: null, attempts: 0 }
      : null,
  );
}

/**
 * Drops a message that is not sent, and the later unsent parts of its batch (part 3 of minutes
 * whose part 2 was dropped would read as a fragment).
 */
export async function dropMessage(store: OutboxStore, id: string): Promise<string[]> {
  const target = await store.get(id);
  if (!target) return [];
  const later = (await store.all()).filter((m) => m.batch === target.batch && m.seq >= target.seq);
  const dropped: string[] = [];
  for (const m of later) {
    const r = await store.update(m.id, (c) =>
      c.state === 'sent' || c.state === 'sending' || c.state === 'dropped'
        ? null
        : { ...c, state: 'dropped', nextAttemptAt: null },
    );
    if (r) dropped.push(m.id);
  }
  return dropped;
}
