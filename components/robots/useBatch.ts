import { useEffect, useState } from 'preact/hooks';
import type { OutboxMessage } from '../../lib/outbox/types';
import { useRobots } from './context';

/**
 * The stored state of the messages just queued (a test message, a minutes' parts), read again on
 * every outbox change, so a view can say "sent", the platform's error, or "may have been posted".
 */
export function useBatch(ids: readonly string[]): OutboxMessage[] {
  const { robots } = useRobots();
  const [messages, setMessages] = useState<OutboxMessage[]>([]);
  const key = ids.join(',');
  useEffect(() => {
    if (!ids.length) return setMessages([]);
    let alive = true;
    const wanted = new Set(ids);
    const read = () =>
      void robots.outbox.list().then((all) => {
        if (!alive) return;
        const mine = all.filter((m) => wanted.has(m.id));
        setMessages(mine.sort((a, b) => a.part - b.part));
      });
    read();
    const stop = robots.outbox.watch(read);
    return () => {
      alive = false;
      stop();
    };
  }, [robots, key]);
  return messages;
}

export type BatchResult =
  | { state: 'none' }
  | { state: 'pending'; sent: number; parts: number }
  | { state: 'sent'; parts: number }
  | { state: 'failed'; error: string }
  | { state: 'unknown' };

/** One word for a batch: failed or unknown as soon as one part is, sent when all are. */
export function batchResult(messages: readonly OutboxMessage[]): BatchResult {
  if (!messages.length) return { state: 'none' };
  const failed = messages.find((m) => m.state === 'failed');
  if (failed) return { state: 'failed', error: failed.error ?? '' };
  if (messages.some((m) => m.state === 'unknown')) return { state: 'unknown' };
  const sent = messages.filter((m) => m.state === 'sent').length;
  if (sent === messages.length) return { state: 'sent', parts: messages.length };
  return { state: 'pending', sent, parts: messages.length };
}
