import { findAttendee, type RosterParse } from '../../lib/capture/roster';
import type { Attendee } from '../../lib/schema';
import { useEnv } from '../context';

/** What the paste was understood as, person by person, and what could not be read. */
export function RosterPreview(props: { parsed: RosterParse; existing: readonly Attendee[] }) {
  const { t } = useEnv();
  const { attendees, unparsed } = props.parsed;
  return (
    <div class="cap-preview" aria-live="polite">
      <h3>{t('capture.paste.understood', { n: attendees.length })}</h3>
      {attendees.length > 0 && (
        <ul class="cap-preview-list">
          {attendees.map((a) => {
            const known = findAttendee(props.existing, a.name, a.department) !== -1;
            const absent = a.attendance === 'absent';
            return (
              <li key={`${a.name}\u0000${a.department}`} data-absent={absent || undefined}>
                <strong>{a.name}</strong>
                <span>{a.department || t('capture.noDepartment')}</span>
                <span>{t(`capture.role.${a.role}`)}</span>
                {absent && (
                  <span>
                    {t('capture.attendance.absent')}
                    {a.absenceReason && `(${a.absenceReason})`}
                  </span>
                )}
                {a.substitute && <span>{t('capture.substituteBy', { name: a.substitute })}</span>}
                <span class="cap-badge">
                  {known ? t('capture.paste.update') : t('capture.paste.new')}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {unparsed.length > 0 && (
        <div class="banner warn cap-unparsed">
          <p>{t('capture.paste.unparsed', { n: unparsed.length })}</p>
          <ul>
            {unparsed.map((u, i) => (
              <li key={i}>{t('capture.paste.line', { line: u.line, text: u.text })}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
