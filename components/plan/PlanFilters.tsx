import { STATUSES } from '../../lib/schema';
import { useEnv } from '../ui/context';

export interface PlanFilter {
  status: 'all' | 'open' | (typeof STATUSES)[number];
  text: string;
  attention: boolean;
}

/** Narrowing the meeting's plan: by status, by words, to the rows that need attention. */
export function PlanFilters(props: {
  value: PlanFilter;
  onChange: (f: PlanFilter) => void;
  shown: number;
  total: number;
}) {
  const { value: f, onChange } = props;
  const { t } = useEnv();
  return (
    <div class="plan-filters" role="search" aria-label={t('plan.filter.label')}>
      <div class="field narrow">
        <label for="plan-filter-status">{t('plan.filter.status')}</label>
        <select
          id="plan-filter-status"
          value={f.status}
          onChange={(e) =>
            onChange({ ...f, status: e.currentTarget.value as PlanFilter['status'] })
          }
        >
          <option value="all">{t('plan.filter.all')}</option>
          <option value="open">{t('plan.filter.open')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`plan.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="plan-filter-text">{t('plan.filter.text')}</label>
        <input
          id="plan-filter-text"
          type="search"
          value={f.text}
          onInput={(e) => onChange({ ...f, text: e.currentTarget.value })}
        />
      </div>
      <label class="check">
        <input
          type="checkbox"
          checked={f.attention}
          onChange={(e) => onChange({ ...f, attention: e.currentTarget.checked })}
        />
        {t('plan.filter.attention')}
      </label>
      <p class="count" role="status">
        {t('plan.filter.count', { shown: props.shown, total: props.total })}
      </p>
    </div>
  );
}
