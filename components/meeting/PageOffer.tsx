import { useEffect, useState } from 'preact/hooks';
import type { PageHints } from '../../lib/page-info';
import { newMeeting } from '../../lib/new-meeting';
import type { Meeting } from '../../lib/schema';
import { useEnv } from '../ui/context';

/**
 * Beside a meeting page: continue this meeting's draft, or start minutes pre-filled with the
 * platform, link, title and time. A meeting code seen before joins the new minutes to the earlier
 * meeting's series, so the next meeting can review the previous one's open items.
 */
export function PageOffer({ onOpen }: { onOpen: (id: string) => void }) {
  const { t, services } = useEnv();
  const [page, setPage] = useState<PageHints | null>(null);
  const [earlier, setEarlier] = useState<Meeting[]>([]);

  // Asked again whenever the tab beside the panel may have changed: the side panel stays open
  // while the user switches tabs and the tab navigates. Only the latest answer is shown.
  useEffect(() => {
    let asked = 0;
    const ask = () => {
      const mine = ++asked;
      void services.pageHints().then(async (hints) => {
        const found = hints ? await services.meetings.findForPage(hints) : [];
        if (mine !== asked) return;
        setPage(hints);
        setEarlier(found);
      });
    };
    ask();
    const stop = services.onPageChange(ask);
    return () => {
      asked = -1;
      stop();
    };
  }, [services]);

  if (!page) return null;
  const draft = earlier.find((m) => m.review.state !== 'approved');
  const previous = earlier[0];
  const label = [t(`platform.${page.platform}`), page.meetingCode, page.title]
    .filter(Boolean)
    .join(' · ');

  const start = async () => {
    const meeting = newMeeting(services.now(), {
      openingTitle: t('agenda.opening'),
      page,
      previous,
    });
    await services.meetings.create(meeting);
    onOpen(meeting.id);
  };

  return (
    <section class="card offer" aria-labelledby="offer-heading">
      <h2 id="offer-heading">{t('offer.heading')}</h2>
      <p>{label}</p>
      <div class="row">
        {draft && (
          <button type="button" class="primary" onClick={() => onOpen(draft.id)}>
            {t('offer.continue', { title: draft.title || t('list.untitled') })}
          </button>
        )}
        <button type="button" class={draft ? '' : 'primary'} onClick={() => void start()}>
          {t('offer.start')}
        </button>
      </div>
      {previous && !draft && <p class="hint">{t('offer.series', { title: previous.title })}</p>}
    </section>
  );
}
