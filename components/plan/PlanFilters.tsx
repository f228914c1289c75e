import { STATUSES } from '../../lib/schema';
import { useEnv } from '../ui/context';
import { SelectField } from '../ui/SelectField';

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
      <SelectField
        id="plan-filter-status"
        class="narrow"
        label={t('plan.filter.status')}
        value={f.status}
        options={[
          { value: 'all', label: t('plan.filter.all') },
          { value: 'open', label: t('plan.filter.open') },
          ...STATUSES.map((s) => ({ value: s, label: t(`plan.status.${s}`) })),
        ]}
        onChange={(status) => onChange({ ...f, status: status as PlanFilter['status'] })}
      />
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
