import { useState } from 'preact/hooks';
import type { Person } from '../../lib/capture/signin';
import { ROLES, type Attendee } from '../../lib/schema';
import { useEnv } from '../ui/context';
import { Field } from '../ui/Field';
import { composing, focusLater } from '../capture/keys';

/** Adds one person; a remembered name brings its department. Enter adds; the department stays. */
export function AttendeeAdd(props: {
  people: readonly Person[];
  onAdd: (person: Pick<Attendee, 'name' | 'department' | 'role'>) => void;
}) {
  const { t } = useEnv();
  const [name, setName] = useState('');
  const [department, setDepartment] = useState('');
  const [role, setRole] = useState<Attendee['role']>('executor');

  const add = () => {
    if (!name.trim()) return focusLater('signin-add-name');
    props.onAdd({ name: name.trim(), department: department.trim(), role });
    setName('');
    focusLater('signin-add-name');
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && !composing(e) && (e.target as HTMLElement).tagName === 'INPUT') {
      e.preventDefault();
      add();
    }
  };
  const onName = (value: string) => {
    setName(value);
    const known = props.people.find((p) => p.name === value.trim() && p.department);
    if (known && !department.trim()) setDepartment(known.department);
  };

  return (
    <fieldset class="cap-add" onKeyDown={onKeyDown}>
      <legend>{t('capture.signin.add')}</legend>
      <div class="row">
        <Field
          id="signin-add-name"
          label={t('capture.signin.name')}
          list="signin-people"
          maxLength={100}
          value={name}
          onInput={onName}
        />
        <Field
          id="signin-add-dept"
          label={t('capture.department')}
          list="signin-departments"
          maxLength={100}
          value={department}
          onInput={setDepartment}
        />
        <div class="field narrow">
          <label for="signin-add-role">{t('capture.role')}</label>
          <select
            id="signin-add-role"
            value={role}
            onChange={(e) => setRole(e.currentTarget.value as Attendee['role'])}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`capture.role.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" class="cap-add-button" onClick={add}>
          + {t('capture.signin.addButton')}
        </button>
      </div>
    </fieldset>
  );
}
