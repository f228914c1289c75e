/**
 * Adapter (pages): queue messages in the outbox and tell the background to send them. The store
 * is written here, in the page, so a message is kept even if the background is asleep or the
 * message to it is lost; the background also runs the outbox at every start.
 */
import { browser } from 'wxt/browser';
import { enqueue, type Draft } from '../outbox/actions';
import { OUTBOX_RUN } from '../outbox/protocol';
import type { OutboxMessage } from '../outbox/types';
import { outboxStore, type OutboxStore } from '../store/outbox';

export async function pingOutbox(): Promise<void> {
  await browser.runtime.sendMessage({ type: OUTBOX_RUN }).catch(() => undefined);
}

export async function queueAndSend(
  drafts: readonly Draft[],
  store: OutboxStore = outboxStore(),
): Promise<OutboxMessage[]> {
  const messages = await enqueue(store, drafts, new Date());
  void pingOutbox();
  return messages;
}
