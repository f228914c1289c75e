/**
 * The outbox: one queue for everything that leaves the computer (group robots now, the WebDAV
 * archive later). Pure types; the store is lib/store/outbox.ts, the runner lib/outbox/runner.ts.
 *
 * A message is stored before it is sent and marked `sending` in the store before the channel is
 * called, so a crash between the post and its record leaves it `sending`; the runner turns that
 * into `unknown` at its next start and never re-sends it by itself (never posted twice).
 */
export type OutboxState = 'queued' | 'sending' | 'sent' | 'failed' | 'unknown' | 'dropped';

export const OUTBOX_STATES: readonly OutboxState[] = [
  'queued',
  'sending',
  'sent',
  'failed',
  'unknown',
  'dropped',
];

export type OutboxChannelName = 'robot' | 'webdav';

export interface OutboxMessage {
  /** One id per message (uuid), the idempotency key. */
  id: string;
  channel: OutboxChannelName;
  /** A group's id, or 'webdav'. */
  target: string;
  /** 'test' | 'minutes' | 'reminder' | 'overdue' | 'digest' | 'archive' | … */
  kind: string;
  meetingId: string | null;
  /**
   * The version of the meeting's minutes this message carries (kind 'minutes'): once every part
   * is sent, that version is marked as distributed (lib/outbox/distribution.ts). Absent on other
   * kinds and on minutes queued before it was kept.
   */
  meetingVersion?: number;
  /** A message split for a platform's size limit: 1..parts, sent in order. */
  part: number;
  parts: number;
  /** What the channel sends (request body); NEVER a secret. */
  payload: unknown;
  /** The text the user sees in the outbox; NEVER a secret. */
  preview: string;
  state: OutboxState;
  attempts: number;
  /** ISO; when a queued message may be tried again (backoff). Null: now. */
  nextAttemptAt: string | null;
  createdAt: string;
  sentAt: string | null;
  /** The platform's own error text (e.g. "sign not match"), no secret. */
  error: string | null;
  /**
   * Messages enqueued together (the parts of one split message share it) and their order in it:
   * the runner sends a batch's messages in `seq` order and none before the previous one is sent.
   */
  batch: string;
  seq: number;
}

export type SendOutcome =
  { ok: true } | { ok: false; retry: boolean; retryAfterMs?: number; error: string };

export interface OutboxChannel {
  send(message: OutboxMessage, signal: AbortSignal): Promise<SendOutcome>;
}
