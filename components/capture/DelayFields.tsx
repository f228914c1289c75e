import type { DraftErrors } from '../../lib/plan/validate';
import { useEnv } from '../ui/context';
import { Field } from '../ui/Field';

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
  return (
    <div class="row">
      <Field
        id={`${props.idPrefix}reason`}
        label={t('capture.delay.reason')}
        value={props.reason}
        maxLength={2000}
        error={props.errors.delayReason && t('capture.delay.reasonRequired')}
        onInput={props.onReason}
      />
      <Field
        id={`${props.idPrefix}revised`}
        class="narrow"
        type="date"
        label={t('capture.delay.date')}
        value={props.date}
        error={props.errors.revisedDueDate && t('capture.delay.dateRequired')}
        onInput={props.onDate}
      />
    </div>
  );
}
