import { CONTACT_TEXT } from '../../lib/i18n/features/contact';
import { ATTENDANCE, ROLES, type Attendee } from '../../lib/schema';
import { useEnv } from '../ui/context';

/**
 * One attendee: name, department, role, attendance, a mobile number or user id for group robots'
 * @mentions (optional, lib/robots/mentions.ts); for an absentee the reason and who attends
 * instead (代参会人). The department is taken when the field is left, so the row does not jump to
 * another department's group while it is being typed.
 */
export function AttendeeRow(props: {
  attendee: Attendee;
  update: (id: string, patch: Partial<Attendee>) => void;
  remove: (id: string) => void;
}) {
  const { attendee: a, update } = props;
  const { t, locale } = useEnv();
  const contact = CONTACT_TEXT[locale];
  const name = a.name || t('capture.signin.unnamed');
  const id = (f: string) => `att-${a.id}-${f}`;
  const set = (patch: Partial<Attendee>) => update(a.id, patch);

  return (
    <li class="cap-attendee" data-attendance={a.attendance} data-attendee={a.id}>
      <div class="cap-attendee-main">
        <input
          id={id('name')}
          aria-label={t('capture.signin.nameOf', { name })}
          maxLength={100}
          value={a.name}
          onInput={(e) => set({ name: e.currentTarget.value })}
        />
        <input
          id={id('dept')}
          list="signin-departments"
          aria-label={t('capture.signin.deptOf', { name })}
          maxLength={100}
          value={a.department}
          onChange={(e) => set({ department: e.currentTarget.value.trim() })}
        />
        <select
          id={id('role')}
          aria-label={t('capture.signin.roleOf', { name })}
          value={a.role}
          onChange={(e) => set({ role: e.currentTarget.value as Attendee['role'] })}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`capture.role.${r}`)}
            </option>
          ))}
        </select>
        <select
          id={id('attendance')}
          aria-label={t('capture.signin.attendanceOf', { name })}
          value={a.attendance}
          onChange={(e) => set({ attendance: e.currentTarget.value as Attendee['attendance'] })}
        >
          {ATTENDANCE.map((s) => (
            <option key={s} value={s}>
              {t(`capture.attendance.${s}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          aria-label={t('capture.signin.remove', { name })}
          onClick={() => props.remove(a.id)}
        >
          ✕
        </button>
      </div>
      <div class="cap-attendee-contact">
        <input
          id={id('contact')}
          aria-label={contact.label.replace('{name}', name)}
          maxLength={100}
          inputMode="tel"
          autoComplete="off"
          placeholder={contact.placeholder}
          value={a.contact ?? ''}
          onChange={(e) => {
            const value = e.currentTarget.value.trim();
            set({ contact: value });
          }}
        />
      </div>
      {a.attendance === 'absent' && (
        <div class="cap-attendee-absent">
          <input
            id={id('reason')}
            aria-label={t('capture.signin.reasonOf', { name })}
            maxLength={500}
            placeholder={t('capture.signin.reason')}
            value={a.absenceReason}
            onInput={(e) => set({ absenceReason: e.currentTarget.value })}
          />
          <input
            id={id('substitute')}
            list="signin-people"
            aria-label={t('capture.signin.substituteOf', { name })}
            maxLength={100}
            placeholder={t('capture.signin.substitute')}
            value={a.substitute}
            onInput={(e) => set({ substitute: e.currentTarget.value })}
          />
        </div>
      )}
    </li>
  );
}
