import type { Meeting } from '../../lib/schema';
import { useEnv } from '../ui/context';
import { joinList, splitList } from '../../lib/text-split';
import type { ItemFormState } from './formState';
import { Field } from '../ui/Field';

/** 协作部门: typed freely, or toggled from the departments at the meeting. */
export function CollaboratorsField(props: {
  meeting: Meeting;
  state: ItemFormState;
  set: (patch: Partial<ItemFormState>) => void;
  error?: string;
}) {
  const { meeting, state, set } = props;
  const { t, locale } = useEnv();
  const chosen = splitList(state.collaborators);
  const departments = [
    ...new Set(meeting.attendees.map((a) => a.department.trim()).filter((d) => d !== '')),
  ].filter((d) => d !== state.ownerDepartment.trim());
  const toggle = (dept: string) =>
    set({
      collaborators: joinList(
        chosen.includes(dept) ? chosen.filter((c) => c !== dept) : [...chosen, dept],
        locale,
      ),
    });

  return (
    <Field
      id="item-collaborators"
      label={t('plan.field.collaborators')}
      value={state.collaborators}
      onInput={(collaborators) => set({ collaborators })}
      hint={t('plan.field.collaborators.hint')}
      error={props.error}
    >
      {departments.length > 0 && (
        <div class="chips" role="group" aria-label={t('plan.field.collaborators.pick')}>
          {departments.map((dept) => (
            <button
              key={dept}
              type="button"
              class="chip"
              aria-pressed={chosen.includes(dept)}
              onClick={() => toggle(dept)}
            >
              {dept}
            </button>
          ))}
        </div>
      )}
    </Field>
  );
}
