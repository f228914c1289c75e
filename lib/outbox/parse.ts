/**
 * A stored outbox record, checked on read like every record (lib/store/db.ts keeps values
 * `unknown`): one that does not pass is skipped by the runner and never sent.
 */
import type { OutboxMessage } from './types';
import { OUTBOX_STATES } from './types';

const str = (v: unknown): v is string => typeof v === 'string';
const strOrNull = (v: unknown) => v === null || str(v);
const count = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

export function parseOutboxMessage(raw: unknown): OutboxMessage | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const m = raw as Record<string, unknown>;
  const ok =
    str(m.id) &&
    (m.channel === 'robot' || m.channel === 'webdav') &&
    str(m.target) &&
    str(m.kind) &&
    strOrNull(m.meetingId) &&
    count(m.part) &&
    count(m.parts) &&
    str(m.preview) &&
    OUTBOX_STATES.includes(m.state as never) &&
    count(m.attempts) &&
    strOrNull(m.nextAttemptAt) &&
    str(m.createdAt) &&
    strOrNull(m.sentAt) &&
    strOrNull(m.error) &&
    str(m.batch) &&
    count(m.seq);
  return ok ? (m as unknown as OutboxMessage) : null;
}
