import type { EditableField } from '../../lib/plan/changes';
import type { ActionItem, Status } from '../../lib/schema';
import type { MeetingSummary } from '../../lib/store/meetings';
import { formatDateTime } from '../../lib/format';
import { useEnv } from '../context';
import { formatDay } from '../plan/format';

/** The item's trail, newest first: when, who, where, which fields changed from what to what. */
export function ItemHistory(props: { item: ActionItem; meetings: Map<string, MeetingSummary> }) {
  const { item, meetings } = props;
  const { t, locale } = useEnv();
  const value = (field: string, v: unknown): string => {
    if (v === null || v === undefined || v === '') return '—';
    if (field === 'status') return t(`plan.status.${v as Status}`);
    if (typeof v === 'boolean') return t(v ? 'plan.yes' : 'plan.no');
    if (field.endsWith('Date')) return formatDay(String(v), locale, 'long');
    if (field === 'sourceTopicId' || field === 'sourceDecisionId') return t('plan.history.linked');
    if (Array.isArray(v)) return v.join(locale === 'zh-CN' ? '、' : ', ') || '—';
    return String(v);
  };
  const where = (meetingId: string | null) =>
    meetingId
      ? t('plan.history.inMeeting', {
          title: meetings.get(meetingId)?.title || t('plan.untitledMeeting'),
        })
      : t('plan.history.inTracker');
  const entries = [...item.history].reverse();

  return (
    <section class="history" aria-labelledby={`history-${item.id}`}>
      <h3 id={`history-${item.id}`}>{t('plan.history.heading')}</h3>
      <ol class="history-list">
        {entries.map((entry, i) => (
          <li key={`${entry.at}-${i}`}>
            <p class="history-meta">
              <time dateTime={entry.at}>{formatDateTime(entry.at, locale)}</time>
              {' · '}
              {entry.by || t('plan.history.someone')}
              {' · '}
              {where(entry.meetingId)}
            </p>
            {entry.changes.length > 0 && (
              <ul class="history-changes">
                {entry.changes.map((c) => (
                  <li key={c.field}>
                    <span class="history-field">{t(`plan.field.${c.field as EditableField}`)}</span>
                    {': '}
                    {value(c.field, c.from)} → {value(c.field, c.to)}
                  </li>
                ))}
              </ul>
            )}
            {entry.note && <p class="history-note">{entry.note}</p>}
          </li>
        ))}
        <li>
          <p class="history-meta">
            <time dateTime={item.createdAt}>{formatDateTime(item.createdAt, locale)}</time>
            {' · '}
            {t('plan.history.created', { where: where(item.meetingId) })}
          </p>
        </li>
      </ol>
    </section>
  );
}
