import { useState } from 'preact/hooks';
import { formatDateTime } from '../../lib/format';
import { approve, reopen, returnToDraft, snapshotVersion, submitForReview } from '../../lib/review';
import { REVIEW_STATES, type Meeting } from '../../lib/schema';
import { useEnv } from '../ui/context';
import { useReviewServices } from './context';

/**
 * 审核: 草稿 → 待审核 → 审核通过 with who and when. Reopening approved minutes first puts the
 * approved version aside (with its action plan); only once that is stored does the next version
 * start, so a failed snapshot never costs the approved record.
 */
export function ReviewStatus(props: {
  meeting: Meeting;
  edit: (u: (m: Meeting) => Meeting) => void;
  onReopened: () => void;
}) {
  const { meeting, edit } = props;
  const { t, locale, services } = useEnv();
  const { versions } = useReviewServices();
  const [reviewer, setReviewer] = useState(meeting.review.reviewer || meeting.host);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { state } = meeting.review;
  const current = REVIEW_STATES.indexOf(state);

  const doReopen = async () => {
    setBusy(true);
    setError(null);
    try {
      const { items } = await services.items.listByMeeting(meeting.id);
      await versions.add(snapshotVersion(meeting, items, services.now()));
      edit(reopen);
      setConfirming(false);
      props.onReopened();
    } catch (e) {
      setError(t('review.reopen.failed', { message: (e as Error)?.message ?? String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="review-status" aria-labelledby="review-heading">
      <h2 id="review-heading">
        {t('review.heading')}{' '}
        <span class="hint">{t('review.version', { n: meeting.version })}</span>
      </h2>
      <ol class="review-steps">
        {REVIEW_STATES.map((s, i) => (
          <li
            key={s}
            class={i < current ? 'past' : i === current ? 'current' : ''}
            aria-current={i === current ? 'step' : undefined}
          >
            {t(`review.${s}`)}
          </li>
        ))}
      </ol>
      {state === 'draft' && (
        <div class="review-actions">
          <p class="hint">{t('review.draft.hint')}</p>
          <button type="button" class="primary" onClick={() => edit(submitForReview)}>
            {t('review.submit')}
          </button>
        </div>
      )}
      {state === 'in_review' && (
        <form
          class="review-actions"
          onSubmit={(e) => {
            e.preventDefault();
            edit((m) => approve(m, reviewer, services.now()));
          }}
        >
          <div class="field">
            <label for="review-reviewer">{t('review.reviewer')}</label>
            <input
              id="review-reviewer"
              value={reviewer}
              maxLength={100}
              required
              onInput={(e) => setReviewer(e.currentTarget.value)}
            />
          </div>
          <button type="submit" class="primary" disabled={!reviewer.trim()}>
            {t('review.approve')}
          </button>{' '}
          <button type="button" onClick={() => edit(returnToDraft)}>
            {t('review.returnToDraft')}
          </button>
        </form>
      )}
      {state === 'approved' && (
        <div class="review-actions">
          <p>
            {t('review.approvedBy', {
              reviewer: meeting.review.reviewer,
              at: formatDateTime(meeting.review.at, locale),
            })}
          </p>
          <p class="hint">{t('review.readOnly')}</p>
          {!confirming ? (
            <button type="button" onClick={() => setConfirming(true)}>
              {t('review.reopen')}
            </button>
          ) : (
            <div class="confirm" role="group" aria-labelledby="reopen-question">
              <p id="reopen-question">
                {t('review.reopen.confirm', { n: meeting.version, next: meeting.version + 1 })}
              </p>
              <button type="button" class="primary" disabled={busy} onClick={doReopen}>
                {t('review.reopen.yes', { next: meeting.version + 1 })}
              </button>{' '}
              <button type="button" onClick={() => setConfirming(false)}>
                {t('review.cancel')}
              </button>
            </div>
          )}
        </div>
      )}
      {error && (
        <p class="banner error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
