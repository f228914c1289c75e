import { useState } from 'preact/hooks';
import type { Distribution } from '../../lib/adapters/versions';
import { formatDateTime } from '../../lib/format';
import { reviewDeadlines, type ReviewDeadline } from '../../lib/review';
import type { Meeting } from '../../lib/schema';
import { useEnv } from '../ui/context';
import { useNow } from '../ui/useNow';
import { useReviewServices } from './context';
import { durationText } from './duration';
import { SentTo } from './SentTo';

/**
 * The method's deadlines for these minutes: the draft within 2 hours of the end, sending within
 * 1 hour of approval and 24 hours of the meeting; each done, due or late, derived from the clock.
 */
export function Deadlines(props: {
  meeting: Meeting;
  /** This version's first sent mark (by hand, or a post to a group), if any. */
  distribution: Distribution | null;
  onSent: () => void;
}) {
  const { meeting, distribution } = props;
  const distributedAt = distribution?.at ?? null;
  const { t, locale, services } = useEnv();
  const { versions } = useReviewServices();
  const [error, setError] = useState<string | null>(null);
  const now = useNow(services.now, true);
  const deadlines = reviewDeadlines(meeting, distributedAt, new Date(now));
  const approved = meeting.review.state === 'approved';

  const markSent = () =>
    versions.markDistributed(meeting.id, meeting.version, services.now()).then(
      () => props.onSent(),
      (e: unknown) => setError(String(e)),
    );

  const line = (d: ReviewDeadline) => {
    const due = formatDateTime(d.due.toISOString(), locale);
    if (d.status === 'done') {
      if (d.key !== 'distribute' || !distribution) return '';
      return distribution.channel ? (
        <SentTo mark={distribution} />
      ) : (
        t('review.deadline.sentAt', { at: formatDateTime(distribution.at, locale) })
      );
    }
    return t(`review.deadline.${d.status}`, { due, left: durationText(Math.abs(d.msLeft), t) });
  };

  return (
    <section class="deadlines" aria-labelledby="deadlines-heading">
      <h2 id="deadlines-heading">{t('review.deadlines')}</h2>
      {deadlines.length === 0 ? (
        <p class="hint">{t('review.deadline.noEnd')}</p>
      ) : (
        <ul>
          {deadlines.map((d) => (
            <li key={d.key} class={`deadline-${d.status}`}>
              <span class="deadline-name">{t(`review.deadline.${d.key}`)}</span>
              <span class={`badge status-${d.status}`}>
                {t(`review.deadline.status.${d.status}`)}
              </span>
              <span class="deadline-when">{line(d)}</span>
            </li>
          ))}
        </ul>
      )}
      {approved && !distributedAt && (
        <button type="button" onClick={markSent}>
          {t('review.markSent')}
        </button>
      )}
      {error && (
        <p class="banner error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
