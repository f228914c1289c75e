import { EDITABLE_FIELDS, type EditableField } from '../../lib/plan/changes';
import { STATUSES, type ActionItem, type Status } from '../../lib/schema';
import type { MeetingSummary } from '../../lib/store/meetings';
import { formatDateTime } from '../../lib/format';
import { useEnv } from '../ui/context';
import { formatDay } from '../plan/format';

const isStatus = (v: string): v is Status => (STATUSES as readonly string[]).includes(v);
const isField = (f: string): f is EditableField =>
  (EDITABLE_FIELDS as readonly string[]).includes(f);

/** The item's trail, newest first: when, who, where, which fields changed from what to what. */
export function ItemHistory(props: { item: ActionItem; meetings: Map<string, MeetingSummary> }) {
  const { item, meetings } = props;
  const { t, locale } = useEnv();
  // Only the shapes the schema lets through are shown (text, yes/no, a list of names); never
  // String() of anything else, whose toString could be anything.
  const value = (field: string, v: unknown): string => {
    if (v === null || v === undefined || v === '') return '—';
    if (typeof v === 'boolean') return t(v ? 'plan.yes' : 'plan.no');
    if (Array.isArray(v)) {
      const names = v.filter((x): x is string => typeof x === 'string');
      return names.join(locale === 'zh-CN' ? '、' : ', ') || '—';
    }
    if (typeof v !== 'string') return '?';
    if (field === 'status') return isStatus(v) ? t(`plan.status.${v}`) : v;
    if (field.endsWith('Date')) return formatDay(v, locale, 'long');
    if (field === 'sourceTopicId' || field === 'sourceDecisionId') return t('plan.history.linked');
    return v;
  };
  const label = (field: string) => (isField(field) ? t(`plan.field.${field}`) : field);
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
                    <span class="history-field">{label(c.field)}</span>
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
