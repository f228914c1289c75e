import { useState } from 'preact/hooks';
import { formatDateTime } from '../../lib/format';
import { newMeeting } from '../../lib/new-meeting';
import { concerns } from '../../lib/store/changes';
import type { MeetingSummary } from '../../lib/store/meetings';
import { useEnv } from '../ui/context';
import { Guard, named } from '../ui/Guard';
import { MeetingRow } from './MeetingRow';
import { PageOffer } from './PageOffer';
import { UndoToast } from '../ui/UndoToast';
import { useStoreQuery } from '../ui/useStoreQuery';

/** The meetings of this browser: drafts first, newest first; create, rename, delete with undo. */
export function MeetingList({ onOpen }: { onOpen: (id: string) => void }) {
  const { t, locale, services } = useEnv();
  const [deleted, setDeleted] = useState<MeetingSummary | null>(null);
  const [failure, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const list = useStoreQuery(
    () => services.meetings.list(),
    (m) => concerns(m, 'meetings'),
    [],
  );
  const { reload } = list;
  const meetings = list.value?.meetings ?? null;
  const damaged = list.value?.damaged ?? [];
  const error = failure ?? (list.error === null ? null : String(list.error));

  const guard = (p: Promise<unknown>) => p.catch((e: unknown) => setError(String(e)));

  const create = () =>
    guard(
      services.meetings
        .create(newMeeting(services.now(), { openingTitle: t('agenda.opening') }))
        .then((m) => onOpen(m.id)),
    );

  const rename = (summary: MeetingSummary, title: string) =>
    guard(
      services.meetings.get(summary.id).then(async (m) => {
        if (!m || 'reason' in m) return;
        await services.meetings.save(m, { ...m, title });
        reload();
      }),
    );

  const remove = (summary: MeetingSummary) =>
    guard(
      services.meetings.remove(summary.id).then(() => {
        setDeleted(summary);
        reload();
      }),
    );

  const undo = () => {
    const summary = deleted;
    setDeleted(null);
    if (summary) {
      void guard(
        services.meetings.restore(summary.id).then((back) => {
          // Another copy came back since the delete (a restored backup): both are kept.
          if (back?.copy)
            setNotice(t('list.restoredCopy', { title: summary.title || t('list.untitled') }));
          reload();
        }),
      );
    }
  };

  return (
    <div class="list">
      <header class="bar">
        <h1>{t('list.heading')}</h1>
        <button type="button" onClick={() => (location.hash = '#/search')}>
          {t('list.search')}
        </button>
        <button type="button" class="primary" onClick={create}>
          + {t('list.new')}
        </button>
      </header>
      {error && (
        <p role="alert" class="banner error">
          {t('error.generic', { message: error })}
        </p>
      )}
      {notice && (
        <p role="status" class="banner warn">
          {notice}
        </p>
      )}
      <PageOffer onOpen={onOpen} />
      {damaged.length > 0 && (
        <p role="status" class="banner warn">
          {t('list.damaged', { count: damaged.length })}
        </p>
      )}
      {meetings?.length === 0 && <p class="empty">{t('list.empty')}</p>}
      {meetings && meetings.length > 0 && (
        <ul class="meetings">
          {meetings.map((m) => (
            <Guard
              key={m.id}
              as="li"
              reset={m}
              what={t('guard.meeting', { name: named(m.title, m.id, t('list.untitled')) })}
            >
              <MeetingRow
                meeting={m}
                when={formatDateTime(m.startAt ?? m.updatedAt, locale)}
                onOpen={() => onOpen(m.id)}
                onRename={(title) => void rename(m, title)}
                onDelete={() => void remove(m)}
              />
            </Guard>
          ))}
        </ul>
      )}
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
      {deleted && (
        <UndoToast
          message={t('list.deleted', { title: deleted.title || t('list.untitled') })}
          actionLabel={t('list.undo')}
          onAction={undo}
          onTimeout={() => setDeleted(null)}
        />
      )}
    </div>
  );
}
