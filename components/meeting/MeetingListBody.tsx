import { useEffect, useState } from 'preact/hooks';
import { concerns } from '../../lib/store/changes';
import type { MeetingSummary } from '../../lib/store/meetings';
import { useEnv } from '../ui/context';
import { UndoToast } from '../ui/UndoToast';
import { useStoreQuery } from '../ui/useStoreQuery';
import { MeetingGroups } from './MeetingGroups';

/**
 * The meetings list's body (its own chunk, loaded by MeetingList.tsx): the groups and the rows
 * on screen, read again on a change from another view (MeetingGroups.tsx); the summaries
 * repaired beside them, damaged meetings reported; rename, and delete with undo.
 */
export function MeetingListBody({ onOpen }: { onOpen: (id: string) => void }) {
  const { t, services } = useEnv();
  const [deleted, setDeleted] = useState<MeetingSummary | null>(null);
  const [failure, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // Bumped after this view's writes and after a repair: what is on screen is read again.
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((v) => v + 1);
  // Beside the first screen, not before it: keys only (lib/store/meeting-list.ts).
  const repair = useStoreQuery(
    () => services.meetings.repairSummaries(),
    (m) => concerns(m, 'meetings'),
    [],
  );
  const repaired = repair.value?.repaired ?? 0;
  useEffect(() => {
    if (repaired > 0) reload();
  }, [repair.value, repaired]);
  const damaged = repair.value?.damaged ?? [];
  const error = failure ?? (repair.error === null ? null : String(repair.error));

  const guard = (p: Promise<unknown>) => p.catch((e: unknown) => setError(String(e)));

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
    <>
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
      {damaged.length > 0 && (
        <p role="status" class="banner warn">
          {t('list.damaged', { count: damaged.length })}
        </p>
      )}
      <MeetingGroups
        version={version}
        checked={repair.value !== null}
        onOpen={onOpen}
        onRename={(m, title) => void rename(m, title)}
        onDelete={(m) => void remove(m)}
      />
      {deleted && (
        <UndoToast
          message={t('list.deleted', { title: deleted.title || t('list.untitled') })}
          actionLabel={t('list.undo')}
          onAction={undo}
          onTimeout={() => setDeleted(null)}
        />
      )}
    </>
  );
}
