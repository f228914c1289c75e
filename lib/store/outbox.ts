/**
 * The outbox store (IndexedDB `outbox`, version 6): every message leaving the computer, stored
 * before it is sent (lib/outbox/). Changes go through `update`, which reads and writes in ONE
 * transaction, so the runner's "claim" (queued → sending) cannot race another writer.
 *
 * Not in backups: it holds copies of text that was already posted (or is about to be) and
 * per-machine delivery state; restoring it on another computer would post again. Cleared by
 * delete-everything (it is in STORES).
 */
import { parseOutboxMessage } from '../outbox/parse';
import type { OutboxMessage, OutboxState } from '../outbox/types';
import { openMinutesDB, type MinutesDatabase } from './db';

export interface OutboxStore {
  /** Stores new messages together (a split message's parts all or none). */
  add(messages: readonly OutboxMessage[]): Promise<void>;
  get(id: string): Promise<OutboxMessage | null>;
  /** Every readable message, oldest first. */
  all(): Promise<OutboxMessage[]>;
  inState(state: OutboxState): Promise<OutboxMessage[]>;
  /**
   * Reads, changes and writes one message in one transaction; `change` returns null to leave it
   * as it is. Resolves to the stored result (null when missing or unchanged).
   */
  update(
    id: string,
    change: (current: OutboxMessage) => OutboxMessage | null,
  ): Promise<OutboxMessage | null>;
}

const order = (a: OutboxMessage, b: OutboxMessage) =>
  a.createdAt.localeCompare(b.createdAt) || a.batch.localeCompare(b.batch) || a.seq - b.seq;

const readable = (raws: unknown[]) =>
  raws.flatMap((raw) => {
    const m = parseOutboxMessage(raw);
    return m ? [m] : [];
  });

export function outboxStore(open: () => Promise<MinutesDatabase> = openMinutesDB): OutboxStore {
  return {
    async add(messages) {
      const tx = (await open()).transaction('outbox', 'readwrite');
      await Promise.all([...messages.map((m) => tx.store.add(m)), tx.done]);
    },
    async get(id) {
      return parseOutboxMessage(await (await open()).get('outbox', id));
    },
    async all() {
      return readable(await (await open()).getAll('outbox')).sort(order);
    },
    async inState(state) {
      return readable(await (await open()).getAllFromIndex('outbox', 'by-state', state)).sort(
        order,
      );
    },
    async update(id, change) {
      const tx = (await open()).transaction('outbox', 'readwrite');
      const current = parseOutboxMessage(await tx.store.get(id));
      const next = current ? change(current) : null;
      if (next) await tx.store.put(next);
      await tx.done;
      return next;
    },
  };
}
