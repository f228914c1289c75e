import { useEffect, useState } from 'preact/hooks';
import type { OutboxMessage } from '../../lib/outbox/types';
import type { RobotsView } from '../../lib/robots/services';
import { useEnv } from '../ui/context';
import { useRobots } from '../robots/context';

const KINDS = ['test', 'minutes', 'reminder', 'overdue', 'digest'] as const;
type Kind = (typeof KINDS)[number];
const isKind = (k: string): k is Kind => (KINDS as readonly string[]).includes(k);

/**
 * 发件箱: every message to a group with its state (排队中, 发送中, 已发送, 失败 with the
 * platform's own text, "可能已发出" after a crash mid-send), newest first; a failed or unknown
 * one can be sent again or dropped, a queued one dropped. Plain buttons: keyboard reachable.
 */
export function OutboxSection() {
  const { locale } = useEnv();
  const { robots, rt } = useRobots();
  const [list, setList] = useState<OutboxMessage[] | null>(null);
  const [groups, setGroups] = useState<RobotsView | null>(null);
  useEffect(() => {
    let alive = true;
    const read = () => void robots.outbox.list().then((l) => alive && setList(l));
    read();
    const stop = robots.outbox.watch(read);
    void robots.read().then((v) => alive && setGroups(v));
    const stopGroups = robots.watch(setGroups);
    return () => {
      alive = false;
      stop();
      stopGroups();
    };
  }, [robots]);
  if (!list) return null;
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' });
  const groupName = (id: string) =>
    groups?.groups.find((g) => g.id === id)?.name ?? rt('outbox.goneGroup');
  const robotMessages = list.filter((m) => m.channel === 'robot');

  return (
    <section class="card outbox" aria-labelledby="s-outbox">
      <h2 id="s-outbox">{rt('outbox.heading')}</h2>
      <p class="hint">{rt('outbox.hint')}</p>
      {robotMessages.length === 0 && <p class="hint">{rt('outbox.empty')}</p>}
      <ol class="outbox-list">
        {robotMessages.map((m) => {
          const kind = isKind(m.kind) ? rt(`outbox.kind.${m.kind}`) : m.kind;
          const what = `${kind} → ${groupName(m.target)}`;
          const canRetry = m.state === 'failed' || m.state === 'unknown';
          const canDrop = canRetry || m.state === 'queued';
          return (
            <li key={m.id} class={`outbox-item state-${m.state}`} data-state={m.state}>
              <div class="row">
                <strong>{what}</strong>
                {m.parts > 1 && (
                  <span class="hint">{rt('outbox.part', { part: m.part, parts: m.parts })}</span>
                )}
                <span class="hint">{when.format(new Date(m.sentAt ?? m.createdAt))}</span>
                <span class="outbox-state">{rt(`outbox.state.${m.state}`)}</span>
              </div>
              {m.state === 'failed' && m.error && (
                <p class="error">{rt('outbox.error', { error: m.error })}</p>
              )}
              <details>
                <summary>{firstLine(m.preview)}</summary>
                <pre class="outbox-preview">{m.preview}</pre>
              </details>
              {(canRetry || canDrop) && (
                <div class="row">
                  {canRetry && (
                    <button
                      type="button"
                      aria-label={rt('outbox.retryLabel', { what })}
                      onClick={() => void robots.outbox.retry(m.id)}
                    >
                      {rt('outbox.retry')}
                    </button>
                  )}
                  {canDrop && (
                    <button
                      type="button"
                      aria-label={rt('outbox.dropLabel', { what })}
                      onClick={() => void robots.outbox.drop(m.id)}
                    >
                      {rt('outbox.drop')}
                    </button>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

const firstLine = (text: string) => {
  const line = text.split('\n').find((l) => l.trim()) ?? '';
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
};
