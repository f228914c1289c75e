import { useEffect, useState } from 'preact/hooks';
import type { ActionItem, Meeting, Status } from '../../lib/schema';
import type { MeetingSummary } from '../../lib/store/meetings';
import { useEnv } from '../ui/context';
import { Guard, named } from '../ui/Guard';
import { AttentionFlags } from '../plan/AttentionFlags';
import { attention } from '../../lib/plan/filter';
import { formatDay } from '../plan/format';
import { ItemHistory } from './ItemHistory';
import { StatusUpdateForm } from './StatusUpdateForm';

/** One action item in full: every column, a status update, its history, its meeting. */
export function ItemDetail(props: {
  item: ActionItem;
  by: string;
  preset?: Status;
  meetings: Map<string, MeetingSummary>;
  onSaved: (item: ActionItem) => void;
  onBack: () => void;
}) {
  const { item, meetings } = props;
  const { t, locale, services } = useEnv();
  const [meeting, setMeeting] = useState<Meeting | null>(null);
  const [saved, setSaved] = useState(false);
  const [round, setRound] = useState(0); // a fresh form after each own save
  useEffect(() => {
    void services.meetings
      .get(item.meetingId)
      .then((m) => setMeeting(m && !('reason' in m) ? m : null));
  }, [item.meetingId, services]);
  const title = meetings.get(item.meetingId)?.title || t('plan.untitledMeeting');
  const topic = meeting?.topics.find((x) => x.id === item.sourceTopicId)?.title;
  const decision = meeting?.decisions.find((x) => x.id === item.sourceDecisionId)?.text;
  const rows: [string, string][] = [
    [t('plan.field.ownerName'), item.ownerName],
    [t('plan.field.ownerDepartment'), item.ownerDepartment],
    [t('plan.field.collaborators'), item.collaborators.join(locale === 'zh-CN' ? '、' : ', ')],
    [t('plan.field.startDate'), formatDay(item.startDate, locale, 'long')],
    [t('plan.field.dueDate'), formatDay(item.dueDate, locale, 'long')],
    [t('plan.field.support'), item.support],
    [t('plan.field.status'), t(`plan.status.${item.status}`)],
    ...(item.status === 'delayed'
      ? ([
          [t('plan.field.delayReason'), item.delayReason],
          [t('plan.field.revisedDueDate'), formatDay(item.revisedDueDate, locale, 'long')],
        ] as [string, string][])
      : []),
    [t('plan.field.notes'), item.notes],
    [t('plan.field.ownerConfirmed'), t(item.ownerConfirmed ? 'plan.yes' : 'plan.no')],
    [t('plan.field.series'), item.series],
    [t('plan.field.sourceTopicId'), topic ?? ''],
    [t('plan.field.sourceDecisionId'), decision ?? ''],
  ];

  return (
    <article class="item-detail card" aria-labelledby="item-detail-heading">
      <button type="button" class="link" onClick={props.onBack}>
        ← {t('plan.tracker.back')}
      </button>
      <h2 id="item-detail-heading" tabIndex={-1}>
        {item.task || t('plan.noTask')}
      </h2>
      <AttentionFlags flags={attention(item)} />
      <p>
        {t('plan.tracker.fromMeeting')}{' '}
        <button
          type="button"
          class="link"
          onClick={() => services.openPage(`/sidepanel.html#/meeting/${item.meetingId}`)}
        >
          {title}
        </button>
      </p>
      <dl class="item-fields">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value.trim() ? value : '—'}</dd>
          </div>
        ))}
      </dl>
      <section class="update" aria-labelledby="update-heading">
        <h3 id="update-heading">{t('plan.update.heading')}</h3>
        {saved && (
          <p role="status" class="saved-note">
            {t('plan.update.saved')}
          </p>
        )}
        <StatusUpdateForm
          key={`${item.id}:${round}`}
          item={item}
          by={props.by}
          preset={round === 0 ? props.preset : undefined}
          submitLabel={t('plan.update.save')}
          onSaved={(next) => {
            setSaved(true);
            setRound((r) => r + 1);
            props.onSaved(next);
          }}
        />
      </section>
      <Guard
        reset={item}
        what={t('guard.history', { name: named(item.task, item.id, t('plan.noTask')) })}
      >
        <ItemHistory item={item} meetings={meetings} />
      </Guard>
    </article>
  );
}
