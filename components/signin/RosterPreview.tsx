import { useMemo } from 'preact/hooks';
import { attendeeIndex, type RosterParse } from '../../lib/capture/roster';
import type { Attendee } from '../../lib/schema';
import { useEnv } from '../ui/context';

/** How many people and unread parts are listed; a paste of thousands says how many more there are. */
export const PREVIEW_MAX = 200;

/** What the paste was understood as, person by person, and what could not be read. */
export function RosterPreview(props: {
  parsed: RosterParse;
  existing: readonly Attendee[];
  /** The text changed since this reading: it is shown until the next one is ready. */
  pending: boolean;
}) {
  const { t } = useEnv();
  const { attendees, unparsed } = props.parsed;
  const index = useMemo(() => attendeeIndex(props.existing), [props.existing]);
  const more = (n: number) =>
    n > PREVIEW_MAX && <li class="hint">{t('capture.paste.more', { n: n - PREVIEW_MAX })}</li>;
  return (
    <div class="cap-preview" aria-live="polite" aria-busy={props.pending}>
      <h3>{t('capture.paste.understood', { n: attendees.length })}</h3>
      {attendees.length > 0 && (
        <ul class="cap-preview-list">
          {attendees.slice(0, PREVIEW_MAX).map((a) => {
            const known = index.find(a.name, a.department) !== -1;
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
          {more(attendees.length)}
        </ul>
      )}
      {unparsed.length > 0 && (
        <div class="banner warn cap-unparsed">
          <p>{t('capture.paste.unparsed', { n: unparsed.length })}</p>
          <ul>
            {unparsed.slice(0, PREVIEW_MAX).map((u, i) => (
              <li key={i}>{t('capture.paste.line', { line: u.line, text: u.text })}</li>
            ))}
            {more(unparsed.length)}
          </ul>
        </div>
      )}
    </div>
  );
}
