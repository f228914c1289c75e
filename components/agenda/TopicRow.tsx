import { useState } from 'preact/hooks';
import { updateTopic } from '../../lib/agenda';
import type { Meeting, Topic } from '../../lib/schema';
import { useEnv } from '../ui/context';
import { MinutesField } from '../ui/MinutesField';

/**
 * One agenda topic. Reorder by dragging the handle, with its ↑/↓ buttons, or with Alt+↑/↓
 * anywhere in the row.
 */
export function TopicRow(props: {
  topic: Topic;
  index: number;
  count: number;
  overCap: boolean;
  cap: number;
  edit: (u: (m: Meeting) => Meeting) => void;
  move: (from: number, to: number) => void;
}) {
  const { topic, index, count, overCap, edit, move } = props;
  const { t } = useEnv();
  const [dragOver, setDragOver] = useState(false);
  const name = topic.title || t('agenda.untitled');
  const set = (patch: Partial<Topic>) => edit((m) => updateTopic(m, topic.id, patch));
  const id = (f: string) => `topic-${topic.id}-${f}`;

  return (
    <li
      class={`topic${dragOver ? ' drag-over' : ''}${overCap ? ' over-cap' : ''}`}
      onKeyDown={(e) => {
        if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
          e.preventDefault();
          move(index, index + (e.key === 'ArrowUp' ? -1 : 1));
        }
      }}
      onDragOver={(e) => {
        e.preventDefault();
        setDragOver(true);
      }}
      onDragLeave={() => setDragOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragOver(false);
        const from = Number(e.dataTransfer?.getData('text/x-topic-index'));
        if (Number.isInteger(from)) move(from, index);
      }}
    >
      <div class="topic-head">
        <button
          type="button"
          class="drag"
          draggable
          aria-label={t('agenda.dragHandle', { title: name, n: index + 1 })}
          onDragStart={(e) => e.dataTransfer?.setData('text/x-topic-index', String(index))}
        >
          ⋮⋮ {index + 1}
        </button>
        <input
          id={id('title')}
          class="topic-title"
          aria-label={t('agenda.topicTitle', { n: index + 1 })}
          placeholder={t('agenda.topicTitle.placeholder')}
          value={topic.title}
          onInput={(e) => set({ title: e.currentTarget.value })}
        />
        <button
          type="button"
          disabled={index === 0}
          aria-label={t('agenda.moveUp', { title: name })}
          onClick={() => move(index, index - 1)}
        >
          ↑
        </button>
        <button
          type="button"
          disabled={index === count - 1}
          aria-label={t('agenda.moveDown', { title: name })}
          onClick={() => move(index, index + 1)}
        >
          ↓
        </button>
        <button
          type="button"
          aria-label={t('agenda.remove', { title: name })}
          onClick={() => edit((m) => ({ ...m, topics: m.topics.filter((x) => x.id !== topic.id) }))}
        >
          ✕
        </button>
      </div>
      <div class="row">
        <MinutesField
          id={id('minutes')}
          label={t('agenda.planned')}
          min={0}
          max={600}
          value={topic.plannedMinutes}
          describedBy={overCap ? id('cap') : undefined}
          onChange={(n) => set({ plannedMinutes: n })}
        />
        <div class="field">
          <label for={id('owner')}>{t('agenda.owner')}</label>
          <input
            id={id('owner')}
            value={topic.ownerName}
            onInput={(e) => set({ ownerName: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for={id('dept')}>{t('agenda.department')}</label>
          <input
            id={id('dept')}
            value={topic.ownerDepartment}
            onInput={(e) => set({ ownerDepartment: e.currentTarget.value })}
          />
        </div>
      </div>
      {overCap && (
        <p id={id('cap')} class="field-error">
          ⚠ {t('agenda.overCap', { cap: props.cap })}
        </p>
      )}
      <div class="field">
        <label for={id('materials')}>{t('agenda.materials')}</label>
        <input
          id={id('materials')}
          value={topic.materials}
          onInput={(e) => set({ materials: e.currentTarget.value })}
        />
      </div>
    </li>
  );
}
