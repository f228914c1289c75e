import { useState } from 'preact/hooks';
import { newMeeting } from '../../lib/new-meeting';
import { useEnv } from '../ui/context';
import { Lazy } from '../ui/Lazy';
import { PageOffer } from './PageOffer';

// The list itself (read, group, filter, rename, delete with undo) loads in its own chunk: the
// panel's start-up has a byte budget (test/build/budgets.test.ts).
const body = () => import('./MeetingListBody').then((m) => m.MeetingListBody);

/** The meetings of this browser (MeetingListBody.tsx), and a new meeting. */
export function MeetingList({ onOpen }: { onOpen: (id: string) => void }) {
  const { t, services } = useEnv();
  const [error, setError] = useState<string | null>(null);

  const create = () =>
    services.meetings
      .create(newMeeting(services.now(), { openingTitle: t('agenda.opening') }))
      .then((m) => onOpen(m.id))
      .catch((e: unknown) => setError(String(e)));

  return (
    <div class="list">
      <header class="bar">
        <h1>{t('list.heading')}</h1>
        <button type="button" onClick={() => (location.hash = '#/search')}>
          {t('list.search')}
        </button>
        <button type="button" class="primary" onClick={() => void create()}>
          + {t('list.new')}
        </button>
      </header>
      {error && (
        <p role="alert" class="banner error">
          {t('error.generic', { message: error })}
        </p>
      )}
      <PageOffer onOpen={onOpen} />
      <Lazy load={body} loading={t('list.group.loading')} props={{ onOpen }} />
      {/* Pages of their own, in a tab: the shortcut list stays out of the panel's bundle. */}
      <footer class="list-foot">
        <button type="button" class="link" onClick={() => services.openPage('/options.html')}>
          {t('list.settings')}
        </button>
        <button
          type="button"
          class="link"
          onClick={() => services.openPage('/options.html#shortcuts')}
        >
          {t('list.shortcuts')}
        </button>
      </footer>
    </div>
  );
}
