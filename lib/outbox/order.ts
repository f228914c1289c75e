/**
 * The outbox's order, pure: which queued messages may go now, when the next one is due, and how
 * long a message waits after a failure. Apart from the runner (lib/outbox/runner.ts), which
 * sends, so the rules of order can be read and tested alone.
 */
import type { OutboxMessage } from './types';

/** 15 s, 30 s, 1 min, … capped at 30 min. */
export const defaultBackoff = (attempts: number) =>
  Math.min(15_000 * 2 ** Math.max(0, attempts - 1), 30 * 60_000);

const due = (m: OutboxMessage, now: number) =>
  m.nextAttemptAt === null || Date.parse(m.nextAttemptAt) <= now;

/**
 * The messages that may be sent now, in order: per target, the queued messages oldest first;
 * a batch's message only when every earlier one of its batch is sent; a target stops at its
 * first message that is not yet due.
 */
export function pickDue(all: readonly OutboxMessage[], now: number): OutboxMessage[] {
  const sentIds = new Set(all.filter((m) => m.state === 'sent').map((m) => m.id));
  const byBatch = new Map<string, OutboxMessage[]>();
  for (const m of all) byBatch.set(m.batch, [...(byBatch.get(m.batch) ?? []), m]);
  const ready = (m: OutboxMessage) =>
    (byBatch.get(m.batch) ?? []).every((o) => o.seq >= m.seq || sentIds.has(o.id));
  const picked: OutboxMessage[] = [];
  const held = new Set<string>();
  for (const m of all) {
    if (m.state !== 'queued' || held.has(m.target)) continue;
    if (!ready(m)) continue;
    if (!due(m, now)) {
      held.add(m.target);
      continue;
    }
    picked.push(m);
  }
  return picked;
}

/**
 * When the runner has something to do next: per target, its first queued message that is not
 * waiting for an earlier part (the ones behind it wait for it anyway). Null: nothing queued.
 */
export function nextDue(all: readonly OutboxMessage[], now: number): number | null {
  const sentIds = new Set(all.filter((m) => m.state === 'sent').map((m) => m.id));
  const seen = new Set<string>();
  let next: number | null = null;
  for (const m of all) {
    if (m.state !== 'queued' || seen.has(m.target)) continue;
    const earlier = all.filter((o) => o.batch === m.batch && o.seq < m.seq);
    if (!earlier.every((o) => sentIds.has(o.id))) continue;
    seen.add(m.target);
    const at = m.nextAttemptAt ? Date.parse(m.nextAttemptAt) : now;
    next = next === null ? at : Math.min(next, at);
  }
  return next;
}
