import { useEffect, useState } from 'preact/hooks';
import type { SaveState } from '../../lib/autosave';
import { formatTime } from '../../lib/format';
import { useEnv } from '../ui/context';
import { DeletedBanner } from './DeletedBanner';

/** How long the note about a merge with another view's edits stays. */
export const MERGED_NOTE_MS = 8000;

/**
 * The quiet "saved at…" line; errors are announced (role=alert), routine saves are not. A merge
 * with another view's edits is said for a few seconds after it happened, not for as long as the
 * two views stay open.
 */
export function SaveStatus({
  state,
  mergedAt,
  onRestore,
}: {
  state: SaveState;
  mergedAt: number | null;
  /** Brings the meeting back from the trash when another view deleted it. */
  onRestore: () => Promise<void>;
}) {
  const { t, locale, services } = useEnv();
  const [, rerender] = useState(0);
  const left = mergedAt === null ? 0 : mergedAt + MERGED_NOTE_MS - services.now().getTime();
  useEffect(() => {
    if (left <= 0) return;
    const timer = setTimeout(() => rerender((n) => n + 1), left + 20);
    return () => clearTimeout(timer);
  }, [mergedAt, left > 0]);
  if (state.kind === 'deleted') return <DeletedBanner what="meeting" onRestore={onRestore} />;
  if (state.kind === 'error') {
    const seconds = Math.round(state.retryInMs / 1000);
    return (
      <p class="save-status save-error" role="alert">
        {t(state.quota ? 'save.quota' : 'save.error', { seconds })}
      </p>
    );
  }
  const text =
    state.kind === 'saved'
      ? state.at
        ? t('save.saved', { time: formatTime(state.at, locale) })
        : ''
      : t(state.kind === 'pending' ? 'save.pending' : 'save.saving');
  return (
    <p class="save-status" data-state={state.kind}>
      <span>{text}</span>
      {left > 0 && <span class="save-merged"> · {t('save.merged')}</span>}
    </p>
  );
}
