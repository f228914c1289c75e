import { useMemo, useState } from 'preact/hooks';
import { mergeRoster } from '../../lib/capture/roster';
import { attendanceCounts, groupAttendees, markRestPresent } from '../../lib/capture/signin';
import { newId, type Attendee, type Meeting } from '../../lib/schema';
import { useEnv } from '../ui/context';
import { Guard, named } from '../ui/Guard';
import { AttendeeAdd } from './AttendeeAdd';
import { AttendeeRow } from './AttendeeRow';
import { PreviousRoster } from './PreviousRoster';
import { RosterPaste } from './RosterPaste';
import { SignInCounts } from './SignInCounts';
import { useAnnouncer } from '../capture/useAnnouncer';
import { useOtherMeetings } from '../capture/useOtherMeetings';
import '../capture/capture.css';

const unique = (list: string[]) => [...new Set(list.map((s) => s.trim()).filter(Boolean))];

/** 签到: attendees by department, role, attendance, absence reason and substitute. */
export function SignInView(props: {
  meeting: Meeting;
  edit: (u: (m: Meeting) => Meeting) => void;
}) {
  const { meeting: m, edit } = props;
  const { t } = useEnv();
  const { directory, previous } = useOtherMeetings(m);
  const { announce, region } = useAnnouncer();
  const [removed, setRemoved] = useState<{ attendee: Attendee; index: number } | null>(null);
  const { attendees } = m;
  const departments = useMemo(
    () => unique([...attendees.map((a) => a.department), ...directory.departments]),
    [attendees, directory],
  );
  const people = useMemo(() => {
    const here = attendees.map((a) => ({ name: a.name.trim(), department: a.department.trim() }));
    const seen = new Set(here.map((p) => `${p.name}\u0000${p.department}`));
    return [
      ...here,
      ...directory.people.filter((p) => !seen.has(`${p.name}\u0000${p.department}`)),
    ];
  }, [attendees, directory]);
  const counts = attendanceCounts(attendees);

  const update = (id: string, patch: Partial<Attendee>) =>
    edit((d) => ({
      ...d,
      attendees: d.attendees.map((a) => (a.id === id ? { ...a, ...patch } : a)),
    }));
  const remove = (id: string) => {
    const index = attendees.findIndex((a) => a.id === id);
    if (index < 0) return;
    setRemoved({ attendee: attendees[index]!, index });
    edit((d) => ({ ...d, attendees: d.attendees.filter((a) => a.id !== id) }));
  };
  const restore = () => {
    if (!removed) return;
    const back = removed;
    edit((d) => {
      const list = d.attendees.slice();
      list.splice(Math.min(back.index, list.length), 0, back.attendee);
      return { ...d, attendees: list };
    });
    setRemoved(null);
  };
  const add = (p: Pick<Attendee, 'name' | 'department' | 'role'>) => {
    const person = { ...p, attendance: 'unknown' as const, absenceReason: '', substitute: '' };
    edit((d) => ({ ...d, attendees: mergeRoster(d.attendees, [{ ...person, line: 0 }], newId) }));
    announce(t('capture.signin.added', { name: p.name }));
  };

  return (
    <section class="card cap-signin" aria-labelledby="signin-heading">
      <h2 id="signin-heading">{t('capture.signin.heading')}</h2>
      <SignInCounts counts={counts} total={attendees.length} />
      {attendees.length === 0 && previous && (
        <PreviousRoster previous={previous} edit={edit} announce={announce} />
      )}
      <RosterPaste
        attendees={attendees}
        knownDepartments={departments}
        edit={edit}
        announce={announce}
      />
      <AttendeeAdd people={people} onAdd={add} />
      {counts.unknown > 0 && (
        <button
          type="button"
          class="cap-rest-present"
          onClick={() => edit((d) => ({ ...d, attendees: markRestPresent(d.attendees) }))}
        >
          {t('capture.signin.restPresent', { n: counts.unknown })}
        </button>
      )}
      {attendees.length === 0 && <p class="empty">{t('capture.signin.empty')}</p>}
      {groupAttendees(attendees).map((g) => (
        <section
          key={g.department}
          class="cap-group"
          aria-label={g.department || t('capture.noDepartment')}
        >
          <h3>{`${g.department || t('capture.noDepartment')} (${g.people.length})`}</h3>
          <ul class="cap-attendees">
            {g.people.map((a) => (
              <Guard
                key={a.id}
                as="li"
                reset={a}
                what={t('guard.attendee', { name: named(a.name, a.id, t('guard.unnamed')) })}
              >
                <AttendeeRow attendee={a} update={update} remove={remove} />
              </Guard>
            ))}
          </ul>
        </section>
      ))}
      {removed && (
        <p class="cap-removed">
          {t('capture.signin.removed', { name: removed.attendee.name })}{' '}
          <button type="button" onClick={restore}>
            {t('capture.undo')}
          </button>
        </p>
      )}
      {region}
      <datalist id="signin-departments">
        {departments.map((d) => (
          <option key={d} value={d} />
        ))}
      </datalist>
      <datalist id="signin-people">
        {people.map((p) => (
          <option key={`${p.name}\u0000${p.department}`} value={p.name} label={p.department} />
        ))}
      </datalist>
    </section>
  );
}
