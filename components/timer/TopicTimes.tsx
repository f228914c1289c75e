import { actuals } from '../../lib/timer/meeting-view';
import type { Meeting } from '../../lib/schema';
import { useEnv } from '../ui/context';

const minutes = (ms: number) => Math.round(ms / 6_000) / 10; // one decimal

/** Planned against actual minutes per topic, with overrun; jump to a topic while it runs. */
export function TopicTimes(props: {
  meeting: Meeting;
  now: number;
  onStart?: (topicId: string) => void;
}) {
  const { meeting: m, now, onStart } = props;
  const { t } = useEnv();
  const rows = actuals(m.timing, m.topics, now);
  if (!m.topics.length) return null;
  return (
    <table class="topic-times">
      <caption>{t('timer.perTopic')}</caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">{t('timer.topic')}</th>
          <th scope="col">{t('timer.planned')}</th>
          <th scope="col">{t('timer.actual')}</th>
          <th scope="col">{t('timer.overrun')}</th>
          {onStart && (
            <th scope="col">
              <span class="sr-only">{t('timer.actions')}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {m.topics.map((topic, i) => {
          const r = rows[i]!;
          const current = topic.id === m.timing.currentTopicId;
          return (
            <tr
              key={topic.id}
              aria-current={current ? 'step' : undefined}
              class={current ? 'current' : ''}
            >
              <td>{i + 1}</td>
              <td>{topic.title || t('agenda.untitled')}</td>
              <td>{minutes(r.plannedMs)}</td>
              <td>{r.actualMs ? minutes(r.actualMs) : '–'}</td>
              <td class={r.overrunMs ? 'behind' : ''}>
                {r.overrunMs ? `+${minutes(r.overrunMs)}` : '–'}
              </td>
              {onStart && (
                <td>
                  {!current && (
                    <button
                      type="button"
                      onClick={() => onStart(topic.id)}
                      aria-label={t('timer.startTopic', { title: topic.title || String(i + 1) })}
                    >
                      ▶
                    </button>
                  )}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
