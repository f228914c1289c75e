import { DUE_BUCKETS, SORT_KEYS } from '../../lib/plan/filter';
import { STATUSES } from '../../lib/schema';
import type { MeetingSummary } from '../../lib/store/meetings';
import type { MessageKey } from '../../lib/i18n';
import { useEnv } from '../ui/context';
import { SelectField, type SelectOption } from '../ui/SelectField';
import { EMPTY_FILTER, type Facets, type TrackerFilter } from './query';

/** Filters over every action item: department, owner, status, project, meeting, due, words. */
export function TrackerFilters(props: {
  value: TrackerFilter;
  onChange: (f: TrackerFilter) => void;
  facets: Facets;
  meetings: Map<string, MeetingSummary>;
}) {
  const { value: f, onChange, facets } = props;
  const { t, services } = useEnv();
  const set = (patch: Partial<TrackerFilter>) => onChange({ ...f, ...patch });
  const select = (
    key: 'department' | 'owner' | 'status' | 'series' | 'due' | 'meetingId' | 'sort',
    label: MessageKey,
    options: SelectOption[],
    all = true,
  ) => (
    <SelectField
      id={`tf-${key}`}
      label={t(label)}
      value={f[key]}
      options={options}
      all={all ? t('plan.filter.all') : undefined}
      onChange={(value) => set({ [key]: value } as Partial<TrackerFilter>)}
    />
  );
  const plain = (values: string[]) => values.map((v) => ({ value: v, label: v }));
  const titled = [...props.meetings.values()].map((m) => ({
    value: m.id,
    label: m.title || t('plan.untitledMeeting'),
  }));

  return (
    <div class="tracker-filters" role="search" aria-label={t('plan.filter.label')}>
      <div class="field search">
        <label for="tf-text">{t('plan.tracker.search')}</label>
        <input
          id="tf-text"
          type="search"
          value={f.text}
          placeholder={t('plan.tracker.searchHint')}
          onFocus={() => void services.items.prepareWords().catch(() => {})}
          onInput={(e) => set({ text: e.currentTarget.value })}
        />
      </div>
      {select('department', 'plan.field.ownerDepartment', plain(facets.departments))}
      {select('owner', 'plan.field.ownerName', plain(facets.owners))}
      {select('status', 'plan.field.status', [
        { value: 'open', label: t('plan.filter.open') },
        ...STATUSES.map((s) => ({ value: s, label: t(`plan.status.${s}`) })),
      ])}
      {select(
        'due',
        'plan.tracker.due',
        DUE_BUCKETS.map((b) => ({ value: b, label: t(`plan.bucket.${b}`) })),
      )}
      {select('series', 'plan.field.series', plain(facets.series))}
      {select('meetingId', 'plan.tracker.meeting', titled)}
      {select(
        'sort',
        'plan.tracker.sort',
        SORT_KEYS.map((k) => ({ value: k, label: t(`plan.sort.${k}`) })),
        false,
      )}
      <label class="check">
        <input
          type="checkbox"
          checked={f.attention}
          onChange={(e) => set({ attention: e.currentTarget.checked })}
        />
        {t('plan.filter.attention')}
      </label>
      <button type="button" class="link" onClick={() => onChange(EMPTY_FILTER)}>
        {t('plan.tracker.reset')}
      </button>
    </div>
  );
}
