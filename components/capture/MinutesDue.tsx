import { useEffect, useState } from 'preact/hooks';
import { minutesDeadlines } from '../../lib/capture/summary';
import { formatDateTime } from '../../lib/format';
import type { Meeting } from '../../lib/schema';
import { useEnv } from '../context';

/**
 * When the minutes are due: drafted within 2 hours of the end, sent within 24 (the method's
 * rule). Counted from the actual end once the meeting ended, before that from the planned end.
 */
export function MinutesDue(props: { meeting: Meeting }) {
  const { t, locale, services } = useEnv();
  const [now, setNow] = useState(() => services.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(services.now()), 60_000);
    return () => clearInterval(timer);
  }, [services]);
  const ended = props.meeting.timing.endedAt;
  const from = ended ?? props.meeting.endAt;
  const deadlines = minutesDeadlines(from, now);

  return (
    <div class="cap-due">
      <h3>{t('capture.due.heading')}</h3>
      {deadlines.length === 0 ? (
        <p class="empty">{t('capture.due.unknown')}</p>
      ) : (
        <>
          <ul>
            {deadlines.map((d) => (
              <li key={d.key} class={`cap-deadline ${d.state}`}>
                {t(`capture.due.${d.key}`, {
                  when: formatDateTime(d.due.toISOString(), locale),
                })}
                {d.state !== 'upcoming' && ` · ${t(`capture.due.state.${d.state}`)}`}
              </li>
            ))}
          </ul>
          <p class="hint">
            {ended
              ? t('capture.due.fromEnd', { when: formatDateTime(ended, locale) })
              : t('capture.due.fromPlanned', { when: formatDateTime(from, locale) })}
          </p>
        </>
      )}
    </div>
  );
}
