import { useState } from 'preact/hooks';
import type { ActionItem } from '../../lib/schema';
import type { MeetingSummary } from '../../lib/store/meetings';
import { useEnv } from '../ui/context';
import { AttentionFlags } from '../plan/AttentionFlags';
import { DueCell } from '../plan/DueCell';
import { attention } from '../../lib/plan/filter';
import { StatusUpdateForm } from './StatusUpdateForm';

/**
 * The weekly 15–30 minute check-in: the unfinished items one at a time, each with the questions
 * of the method (cause, obstacle, help needed, next step) and its new status. The queue is fixed
 * when the review starts, so an item does not jump away when its status changes.
 */
export function WeeklyReview(props: {
  queue: string[];
  items: Map<string, ActionItem>;
  meetings: Map<string, MeetingSummary>;
  by: string;
  today: string;
  onSaved: (item: ActionItem) => void;
  onDone: () => void;
}) {
  const { queue, items } = props;
  const { t } = useEnv();
  const [index, setIndex] = useState(0);
  const [updated, setUpdated] = useState(new Set<string>());
  const item = items.get(queue[index] ?? '');
  const go = (to: number) => {
    setIndex(to);
    requestAnimationFrame(() => document.getElementById('weekly-item')?.focus());
  };

  if (queue.length === 0 || index >= queue.length || !item) {
    return (
      <section class="card weekly" aria-labelledby="weekly-heading">
        <h2 id="weekly-heading">{t('plan.weekly.heading')}</h2>
        <p role="status">
          {queue.length === 0
            ? t('plan.weekly.nothing')
            : t('plan.weekly.finished', { n: queue.length, updated: updated.size })}
        </p>
        <button type="button" class="primary" onClick={props.onDone}>
          {t('plan.tracker.back')}
        </button>
      </section>
    );
  }
  const last = item.history[item.history.length - 1];
  return (
    <section class="card weekly" aria-labelledby="weekly-heading">
      <h2 id="weekly-heading">{t('plan.weekly.heading')}</h2>
      <p class="weekly-progress">
        <progress max={queue.length} value={index + 1} aria-hidden="true" />{' '}
        {t('plan.weekly.progress', { n: index + 1, total: queue.length })}
      </p>
      <h3 id="weekly-item" tabIndex={-1}>
        {item.task || t('plan.noTask')}
      </h3>
      <p class="weekly-meta">
        {item.ownerName || '—'} · {item.ownerDepartment || '—'} ·{' '}
        <DueCell item={item} today={props.today} /> · {t(`plan.status.${item.status}`)} ·{' '}
        {props.meetings.get(item.meetingId)?.title || t('plan.untitledMeeting')}
      </p>
      <AttentionFlags flags={attention(item)} />
      {last?.note && (
        <p class="weekly-last">
          <span class="muted">{t('plan.weekly.lastNote')}</span> {last.note}
        </p>
      )}
      <StatusUpdateForm
        key={item.id}
        item={item}
        by={props.by}
        weekly
        submitLabel={t('plan.weekly.saveNext')}
        onSaved={(saved) => {
          props.onSaved(saved);
          setUpdated((u) => new Set(u).add(saved.id));
          go(index + 1);
        }}
      />
      <div class="form-actions">
        <button type="button" disabled={index === 0} onClick={() => go(index - 1)}>
          ← {t('plan.weekly.previous')}
        </button>
        <button type="button" onClick={() => go(index + 1)}>
          {t('plan.weekly.skip')} →
        </button>
        <button type="button" class="link" onClick={props.onDone}>
          {t('plan.weekly.stop')}
        </button>
      </div>
    </section>
  );
}
