import { mergeRoster } from '../../lib/capture/roster';
import { rosterFromPrevious } from '../../lib/capture/series';
import { formatDateTime } from '../../lib/format';
import { newId, type Meeting } from '../../lib/schema';
import { useEnv } from '../ui/context';
import type { PreviousMeeting } from '../capture/useOtherMeetings';

/** A meeting of a series starts from the previous meeting's roster: one key to take it over. */
export function PreviousRoster(props: {
  previous: PreviousMeeting;
  edit: (u: (m: Meeting) => Meeting) => void;
  announce: (message: string) => void;
}) {
  const { t, locale } = useEnv();
  const { previous } = props;
  const people = previous.attendees.filter((a) => a.name.trim());
  if (!people.length) return null;
  const title = previous.title || t('capture.untitledMeeting');
  const when = formatDateTime(previous.startAt, locale);

  const use = () => {
    const fresh = rosterFromPrevious(people, newId);
    props.edit((m) => {
      if (!m.attendees.length) return { ...m, attendees: fresh };
      const parsed = fresh.map(({ id: _id, ...p }) => ({ ...p, line: 0 }));
      return { ...m, attendees: mergeRoster(m.attendees, parsed, newId) };
    });
    props.announce(t('capture.prev.used', { n: fresh.length }));
  };

  return (
    <div class="banner cap-prev">
      <p>{t('capture.prev.offer', { title, when: when || '—', n: people.length })}</p>
      <button type="button" class="primary" onClick={use}>
        {t('capture.prev.use')}
      </button>
    </div>
  );
}
