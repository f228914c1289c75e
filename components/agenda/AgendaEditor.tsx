import { useRef } from 'preact/hooks';
import { checkAgenda, moveTopic, newTopic } from '../../lib/agenda';
import type { Meeting } from '../../lib/schema';
import { useEnv } from '../ui/context';
import { MinutesField } from '../ui/MinutesField';
import { Guard, named } from '../ui/Guard';
import { PreNotice } from './PreNotice';
import { TopicRow } from './TopicRow';

/** 会议议程: topics in order with owner, planned minutes and materials; the cap and the slot. */
export function AgendaEditor(props: {
  meeting: Meeting;
  edit: (u: (m: Meeting) => Meeting) => void;
}) {
  const { meeting: m, edit } = props;
  const { t } = useEnv();
  const list = useRef<HTMLOListElement>(null);
  const check = checkAgenda(m, t('agenda.opening'));

  const move = (from: number, to: number) => {
    edit((d) => ({ ...d, topics: moveTopic(d.topics, from, to) }));
    // Keep the keyboard where the moved topic went.
    const target = Math.max(0, Math.min(to, m.topics.length - 1));
    requestAnimationFrame(() => {
      const handles = list.current?.querySelectorAll<HTMLElement>('.drag');
      handles?.[target]?.focus();
    });
  };
  const add = () => {
    const topic = newTopic();
    edit((d) => ({ ...d, topics: [...d.topics, topic] }));
    requestAnimationFrame(() => document.getElementById(`topic-${topic.id}-title`)?.focus());
  };

  return (
    <section class="card" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">{t('agenda.heading')}</h2>
      <div class="row">
        <MinutesField
          id="f-cap"
          label={t('agenda.cap')}
          min={1}
          max={240}
          value={m.topicCapMinutes}
          onChange={(n) => edit((d) => ({ ...d, topicCapMinutes: n }))}
        />
        <p class="agenda-total" role="status">
          {t('agenda.total', { n: check.plannedMinutes })}
          {check.slotMinutes !== null && ` / ${t('agenda.slot', { n: check.slotMinutes })}`}
        </p>
      </div>
      {check.overSlot && (
        <p class="banner warn">
          ⚠ {t('agenda.overSlot', { over: check.plannedMinutes - (check.slotMinutes ?? 0) })}
        </p>
      )}
      {check.longOpening && <p class="banner warn">⚠ {t('agenda.longOpening')}</p>}
      <p class="hint">{t('agenda.reorderHint')}</p>
      <ol class="topics" ref={list}>
        {m.topics.map((topic, i) => (
          <Guard
            key={topic.id}
            as="li"
            reset={topic}
            what={t('guard.topic', { name: named(topic.title, topic.id, t('guard.unnamed')) })}
          >
            <TopicRow
              topic={topic}
              index={i}
              count={m.topics.length}
              overCap={check.overCap.includes(topic.id)}
              cap={m.topicCapMinutes}
              edit={edit}
              move={move}
            />
          </Guard>
        ))}
      </ol>
      <button type="button" onClick={add}>
        + {t('agenda.add')}
      </button>
      <PreNotice meeting={m} />
    </section>
  );
}
