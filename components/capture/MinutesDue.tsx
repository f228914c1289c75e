import { useEffect, useState } from 'preact/hooks';
import { formatDateTime } from '../../lib/format';
import { meetingEnd, reviewDeadlines, type ReviewDeadline } from '../../lib/review';
import type { Meeting } from '../../lib/schema';
import { useEnv } from '../ui/context';

/**
 * When the minutes are due, shown at the close-out: drafted within 2 hours of the end, sent within
 * 24, or within 1 hour of the approval when that is earlier (the method's rule, lib/review.ts,
 * the same the review tab shows; the line names the rule that gave its time). Counted from the actual end
 * once the meeting ended, before that from the planned end.
 */
export function MinutesDue(props: { meeting: Meeting }) {
  const { t, locale, services } = useEnv();
  // Minute steps are enough for deadlines hours away, and keep the capture view quiet.
  const [now, setNow] = useState(() => services.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(services.now()), 60_000);
    return () => clearInterval(timer);
  }, [services]);
  const { meeting } = props;
  // Whether it was sent is known to the review tab (versions store); here it is not yet.
  const deadlines = reviewDeadlines(meeting, null, now);
  const ended = meeting.timing.endedAt;
  const state = (d: ReviewDeadline) =>
    d.status === 'due' ? (d.soon ? 'due-soon' : null) : d.status;

  return (
    <div class="cap-due">
      <h3>{t('capture.due.heading')}</h3>
      {deadlines.length === 0 ? (
        <p class="empty">{t('capture.due.unknown')}</p>
      ) : (
        <>
          <ul>
            {deadlines.map((d) => {
              const s = state(d);
              return (
                <li key={d.key} class={`cap-deadline ${s ?? 'upcoming'}`}>
                  {t(
                    d.counted === 'approval' ? 'capture.due.afterApproval' : `capture.due.${d.key}`,
                    {
                      when: formatDateTime(d.due.toISOString(), locale),
                    },
                  )}
                  {s && ` · ${t(`capture.due.state.${s}`)}`}
                </li>
              );
            })}
          </ul>
          <p class="hint">
            {ended
              ? t('capture.due.fromEnd', { when: formatDateTime(ended, locale) })
              : t('capture.due.fromPlanned', {
                  when: formatDateTime(meetingEnd(meeting)!.toISOString(), locale),
                })}
          </p>
        </>
      )}
    </div>
  );
}
