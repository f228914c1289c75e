import { suggestDepartments, suggestOwners } from '../../lib/plan/suggest';
import type { DraftErrors, DraftField } from '../../lib/plan/validate';
import { STATUSES, type Meeting, type Status } from '../../lib/schema';
import type { MessageKey } from '../../lib/i18n';
import { useEnv } from '../ui/context';
import { CollaboratorsField } from './CollaboratorsField';
import type { ItemFormState } from './formState';
import { Field } from '../ui/Field';
import { SourceFields } from './SourceFields';

const LABELS: Record<DraftField, MessageKey> = {
  task: 'plan.field.task',
  ownerName: 'plan.field.ownerName',
  ownerDepartment: 'plan.field.ownerDepartment',
  collaborators: 'plan.field.collaborators',
  series: 'plan.field.series',
  startDate: 'plan.field.startDate',
  dueDate: 'plan.field.dueDate',
  support: 'plan.field.support',
  status: 'plan.field.status',
  delayReason: 'plan.field.delayReason',
  revisedDueDate: 'plan.field.revisedDueDate',
  notes: 'plan.field.notes',
};

/** The columns of the 行动计划表 as fields; owners and departments suggested from the sign-in. */
export function ItemFields(props: {
  meeting: Meeting;
  state: ItemFormState;
  set: (patch: Partial<ItemFormState>) => void;
  errors: DraftErrors;
  /** The earliest due day allowed (the meeting's day), for the message. */
  earliest: string;
  /** The company's departments (settings), offered after those at the meeting. */
  known: readonly string[];
}) {
  const { meeting, state: s, set, errors } = props;
  const { t } = useEnv();
  const owners = suggestOwners(meeting.attendees, s.ownerName);
  const typed = s.ownerDepartment.trim().toLowerCase();
  const atMeeting = suggestDepartments(meeting.attendees, s.ownerDepartment);
  const departments = [
    ...atMeeting,
    ...props.known.filter((d) => d.toLowerCase().includes(typed) && !atMeeting.includes(d)),
  ].slice(0, 12);
  const error = (field: DraftField) => {
    const code = errors[field];
    return code && t(`plan.error.${code}`, { field: t(LABELS[field]), date: props.earliest });
  };
  const text = (
    field: keyof ItemFormState & DraftField,
    extra: Partial<Parameters<typeof Field>[0]> = {},
  ) => (
    <Field
      id={`item-${field}`}
      label={t(LABELS[field])}
      value={s[field] as string}
      onInput={(value) => set({ [field]: value })}
      error={error(field)}
      {...extra}
    />
  );
  const pickOwner = (name: string) => {
    const match = suggestOwners(meeting.attendees, name).find((o) => o.name === name.trim());
    // Picking someone from the sign-in fills in their department when none is set yet.
    set(
      match && !s.ownerDepartment
        ? { ownerName: name, ownerDepartment: match.department }
        : { ownerName: name },
    );
  };

  return (
    <>
      {text('task', {
        multiline: true,
        rows: 2,
        required: true,
        placeholder: t('plan.field.task.placeholder'),
      })}
      <div class="row">
        <Field
          id="item-ownerName"
          label={t('plan.field.ownerName')}
          value={s.ownerName}
          onInput={pickOwner}
          required
          list="item-owner-options"
          error={error('ownerName')}
        >
          <datalist id="item-owner-options">
            {owners.map((o) => (
              <option key={`${o.name}/${o.department}`} value={o.name}>
                {o.substitute ? t('plan.suggest.substitute', { dept: o.department }) : o.department}
              </option>
            ))}
          </datalist>
        </Field>
        {text('ownerDepartment', { list: 'item-dept-options' })}
        <datalist id="item-dept-options">
          {departments.map((d) => (
            <option key={d} value={d} />
          ))}
        </datalist>
      </div>
      <CollaboratorsField meeting={meeting} state={s} set={set} error={error('collaborators')} />
      <div class="row">
        {text('startDate', { type: 'date' })}
        {text('dueDate', { type: 'date', required: true })}
      </div>
      {text('support', {
        multiline: true,
        rows: 2,
        placeholder: t('plan.field.support.placeholder'),
      })}
      <div class="field">
        <label for="item-status">{t('plan.field.status')}</label>
        <select
          id="item-status"
          value={s.status}
          onChange={(e) => set({ status: e.currentTarget.value as Status })}
        >
          {STATUSES.map((st) => (
            <option key={st} value={st}>
              {t(`plan.status.${st}`)}
            </option>
          ))}
        </select>
      </div>
      {(s.status === 'delayed' || errors.delayReason || errors.revisedDueDate) && (
        <fieldset class="delay">
          <legend>{t('plan.form.delayLegend')}</legend>
          {text('delayReason', { multiline: true, rows: 2, required: true })}
          {text('revisedDueDate', { type: 'date', required: true })}
        </fieldset>
      )}
      {text('notes', { multiline: true, rows: 2 })}
      <SourceFields meeting={meeting} state={s} set={set} />
      <label class="check">
        <input
          type="checkbox"
          checked={s.ownerConfirmed}
          onChange={(e) => set({ ownerConfirmed: e.currentTarget.checked })}
        />
        {t('plan.field.ownerConfirmed')}
      </label>
    </>
  );
}
