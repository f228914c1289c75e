import type { DraftErrors } from '../../lib/plan/validate';
import { useEnv } from '../context';

/** 延期: its reason and the adjusted date, both required. */
export function DelayFields(props: {
  idPrefix: string;
  reason: string;
  date: string;
  errors: DraftErrors;
  onReason: (v: string) => void;
  onDate: (v: string) => void;
}) {
  const { t } = useEnv();
  const reasonId = `${props.idPrefix}reason`;
  const dateId = `${props.idPrefix}revised`;
  const error = (field: 'delayReason' | 'revisedDueDate', id: string) =>
    props.errors[field] && (
      <p id={`${id}-error`} class="field-error">
        {t(field === 'delayReason' ? 'capture.delay.reasonRequired' : 'capture.delay.dateRequired')}
      </p>
    );
  return (
    <div class="row">
      <div class="field">
        <label for={reasonId}>{t('capture.delay.reason')}</label>
        <input
          id={reasonId}
          value={props.reason}
          maxLength={2000}
          aria-invalid={props.errors.delayReason ? true : undefined}
          aria-describedby={props.errors.delayReason ? `${reasonId}-error` : undefined}
          onInput={(e) => props.onReason(e.currentTarget.value)}
        />
        {error('delayReason', reasonId)}
      </div>
      <div class="field narrow">
        <label for={dateId}>{t('capture.delay.date')}</label>
        <input
          id={dateId}
          type="date"
          value={props.date}
          aria-invalid={props.errors.revisedDueDate ? true : undefined}
          aria-describedby={props.errors.revisedDueDate ? `${dateId}-error` : undefined}
          onInput={(e) => props.onDate(e.currentTarget.value)}
        />
        {error('revisedDueDate', dateId)}
      </div>
    </div>
  );
}
